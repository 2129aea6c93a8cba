// Real CKAN package_show records (test/corpus/ckan-*/, see each SOURCE.md) through the real engine and the bundled
// standard: the licence, freshness and publisher findings each record earns, pointing into the record with lines.
//
// The records are read with loadMetadataFile and handed to the engine as `lint()` hands it discovered datasets: until
// discovery recognises CKAN records by content while walking folders, naming a folder on the command line would lint
// package_show.json as JSON data. When it does, these tests can run the CLI on the folders instead (lintJson([dir])).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/config/project.js';
import { loadMetadataFile } from '../../src/datasets/metadata-file.js';
import { Engine } from '../../src/engine/lint.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { Finding } from '../../src/model/finding.js';
import { reportDatasets } from '../../src/run/report-parts.js';
import { NOW, REPO_ROOT } from './helpers.js';

interface Linted { datasets: Dataset[]; findings: Finding[] }

async function lintRecord(dir: string): Promise<Linted> {
  const cwd = process.cwd();
  process.chdir(REPO_ROOT); // display paths are relative to the working folder, as on the command line
  try {
    const project = await loadProject({ config: false });
    const datasets = loadMetadataFile(path.join(REPO_ROOT, dir, 'package_show.json'));
    const result = await new Engine(project.standard, project.checks, project.policy).lint(datasets, { now: NOW, jobs: 1, maxFindingsPerRule: 0 });
    return { datasets, findings: result.findings };
  } finally {
    process.chdir(cwd);
  }
}

/** The licence and freshness findings (the metadata this reader maps), as file:line:column rule message. */
function metadataFindings(findings: Finding[]): string[] {
  return findings
    .filter((f) => f.category === 'licence' || f.category === 'freshness')
    .map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
}

function countBy(findings: Finding[], key: (f: Finding) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[key(f)] = (out[key(f)] ?? 0) + 1;
  return out;
}

describe('open.canada.ca: NRCan fuel consumption ratings (ckan-ca-fuel-consumption)', () => {
  const DIR = 'test/corpus/ckan-ca-fuel-consumption';
  const RECORD = `${DIR}/package_show.json`;
  const CSV = `${DIR}/MY2012-2023 Plug-in Hybrid Electric Vehicles.csv`;
  let linted: Linted;
  beforeAll(async () => {
    linted = await lintRecord(DIR);
  });

  it('reads the record as one CKAN dataset, with the department that published it', () => {
    expect(reportDatasets(linted.datasets).map(({ files: _f, formats: _formats, ...d }) => d)).toEqual([
      { name: '98f1a129-f628-4ce4-b24d-6f16bf24dd64', title: 'Fuel consumption ratings', publisher: 'Natural Resources Canada', metadataFile: RECORD, keys: 0 },
    ]);
    expect(linted.datasets[0]!.form).toBe('ckan');
    expect(linted.datasets[0]!.notes ?? []).toEqual([]);
  });

  it("accepts ca-ogl-lgo as open, reads the data's own date_modified (not metadata_modified) and 'as_needed'", () => {
    expect(metadataFindings(linted.findings)).toEqual([
      `${RECORD}:1304:22 info freshness/modified-timezone 'modified' is '2023-08-28 00:00:00', a date-time without a time zone; odlint reads it as UTC`,
    ]);
  });

  it('reads the download beside the record as its resource, and leaves the other 33 remote', () => {
    const local = linted.datasets[0]!.resources.filter((r) => r.status === 'ok');
    expect(local.map((r) => [r.file, r.format, r.name])).toEqual([[CSV, 'csv', 'plug-in-hybrid-electric-vehicles-2012-2023-2023-08-18']]);
    expect(linted.datasets[0]!.resources.filter((r) => r.status === 'remote')).toHaveLength(33);
    expect(countBy(linted.findings.filter((f) => f.file === CSV), (f) => f.ruleId)).toEqual({ 'format/header-duplicate': 3, 'format/header-blank': 2, 'format/blank-row': 2 });
    expect(linted.findings.filter((f) => f.ruleId === 'format/resource-remote')).toHaveLength(33);
  });
});

describe('data.gov.au: NSW Local Government Areas (ckan-au-nsw-lga)', () => {
  const RECORD = 'test/corpus/ckan-au-nsw-lga/package_show.json';
  let linted: Linted;
  beforeAll(async () => {
    linted = await lintRecord('test/corpus/ckan-au-nsw-lga');
  });

  it('takes the organization as publisher', () => {
    expect(reportDatasets(linted.datasets)[0]).toMatchObject({ name: 'nsw-local-government-areas', publisher: 'Department of Industry, Science, Energy and Resources', metadataFile: RECORD });
  });

  it("accepts cc-by-4.0, reads update_freq 'quarterly' and dates the data by its newest resource: overdue since 2021", () => {
    expect(metadataFindings(linted.findings)).toEqual([
      `${RECORD}:66:26 info freshness/modified-timezone 'modified' is '2021-02-22T04:43:49.334104', a date-time without a time zone; odlint reads it as UTC`,
      `${RECORD}:66:26 warning freshness/overdue The package was last modified on 2021-02-22T04:43:49.334104 and is updated quarterly ('quarterly'): the next update was due on 2021-05-24 and is 2012 days late at 2026-11-27`,
    ]);
  });

  it('names the variant spelling and the web services in notes', () => {
    expect(linted.datasets[0]!.notes!.map((n) => [n.kind, n.pointer, n.written])).toEqual([
      ['variant', '/result/update_freq', 'update_freq'],
      ['unread', '/result/resources/2', 'NSW Local Government Areas - PSMA Administrative Boundaries - Preview this Dataset (WMS)'],
      ['unread', '/result/resources/3', 'NSW Local Government Areas - PSMA Administrative Boundaries Web Feature Service API Link'],
    ]);
  });
});

describe('data.wa.gov.au: Bush Fire Prone Areas 2025 (ckan-au-wa-bush-fire-prone)', () => {
  const RECORD = 'test/corpus/ckan-au-wa-bush-fire-prone/package_show.json';
  let linted: Linted;
  beforeAll(async () => {
    linted = await lintRecord('test/corpus/ckan-au-wa-bush-fire-prone');
  });

  it("accepts the version-less cc-by beside its 4.0 URL, and 'static' (published once, no schedule)", () => {
    expect(reportDatasets(linted.datasets)[0]).toMatchObject({ publisher: 'Department of Fire and Emergency Services' });
    // 'static' was an update-frequency error until the Australian portals' words joined the vocabulary.
    expect(metadataFindings(linted.findings)).toEqual([]);
    expect(linted.datasets[0]!.descriptor).toMatchObject({ modified: '2025-12-03', accrualPeriodicity: 'static' });
    expect(linted.datasets[0]!.notes!.filter((n) => n.kind === 'variant').map((n) => n.written)).toEqual(['update_frequency', 'last_updated_on']);
  });
});

describe('DATA.GOV.HK: Territorial Population and Employment Data Matrix (ckan-hk-tpedm)', () => {
  const RECORD = 'test/corpus/ckan-hk-tpedm/package_show.json';
  let linted: Linted;
  beforeAll(async () => {
    linted = await lintRecord('test/corpus/ckan-hk-tpedm');
  });

  it('reports the missing licence at the package, and the words of update_frequency', () => {
    expect(metadataFindings(linted.findings)).toEqual([
      `${RECORD}:4:13 error licence/declared The package declares no licence`,
      `${RECORD}:16:26 info freshness/modified-timezone 'modified' is '2024-12-30T16:50:37.676965', a date-time without a time zone; odlint reads it as UTC`,
      `${RECORD}:39:25 error freshness/update-frequency 'accrualPeriodicity' is 'Every five years', which is not a recognised update frequency`,
    ]);
    expect(reportDatasets(linted.datasets)[0]).toMatchObject({ publisher: 'Planning Department', files: [] });
  });

  it('dates it by metadata_modified only because nothing better exists, and says so', () => {
    expect(linted.datasets[0]!.notes).toContainEqual({
      kind: 'variant',
      pointer: '/result/metadata_modified',
      written: 'metadata_modified',
      detail: 'modified',
      why: 'it is when the catalogue record last changed, and the record gives no date for the data itself',
      // A hint by id (metadata-variant's), so it can be translated; the finding says it in words.
      hint: 'ckanModified',
    });
    expect(linted.findings.find((f) => f.ruleId === 'format/metadata-variant' && f.message.includes("'metadata_modified'"))?.hint).toBe("Give the data's own modification date: an extra 'modified', or each resource's last_modified");
    expect(linted.datasets[0]!.notes).toContainEqual(expect.objectContaining({ kind: 'unread', pointer: '/result/resources/0' }));
  });
});
