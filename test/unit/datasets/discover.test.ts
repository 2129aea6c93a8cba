// Discovery: which files become datasets, which are metadata, and which are never linted as data.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discover } from '../../../src/datasets/discover.js';
import { OdlintError } from '../../../src/util/errors.js';
import { cleanupTempDirs, datapackage, lintFiles, makeTempDir, writeFiles } from '../../helpers/lint-files.js';

afterEach(cleanupTempDirs);

const CSV = 'id,name\n1,a\n2,b\n';

function found(files: Record<string, string>, paths: string[] = ['.']) {
  const dir = makeTempDir();
  writeFiles(dir, files);
  const d = discover(paths, dir);
  return {
    ...d,
    lone: d.datasets.filter((s) => !s.metadataFile).map((s) => path.relative(dir, s.resources[0]!.absolutePath!)),
    metadata: d.datasets.filter((s) => s.metadataFile).map((s) => ({ file: path.relative(dir, s.metadataPath!), form: s.form, resources: s.resources.map((r) => r.declaredPath) })),
  };
}

describe('discover', () => {
  it('never lints odlint\'s own reports, SARIF, baselines or GitLab reports as data, whatever their names', () => {
    const d = found({
      'data.csv': CSV,
      'out/report.json': JSON.stringify({ tool: { name: 'odlint', version: '0.1.0' }, findings: [] }),
      'out/results.sarif.json': JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [] }),
      'out/gl.json': JSON.stringify([{ check_name: 'x', description: 'd', fingerprint: 'f', severity: 'major', location: { path: 'a', lines: { begin: 1 } } }]),
      'accepted.json': JSON.stringify({ tool: 'odlint', format: 2, entries: [] }),
    });
    expect(d.lone).toEqual(['data.csv']);
  });

  it('never lints schema or dialect files as data: referenced ones, and Table Schemas, JSON Schemas and dialects found on their own', () => {
    const d = found({
      'pkg/datapackage.json': datapackage([{ name: 'data', path: 'data.csv', schema: 'schemas/data-fields.json', dialect: 'csv-dialect.json' }]),
      'pkg/data.csv': CSV,
      'pkg/schemas/data-fields.json': JSON.stringify({ fields: [{ name: 'id', type: 'integer' }, { name: 'name', type: 'string' }] }),
      'pkg/csv-dialect.json': JSON.stringify({ delimiter: ',', header: true }),
      'other/table.json': JSON.stringify({ fields: [{ name: 'a' }], primaryKey: ['a'] }),
      'other/records.schema-like.json': JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object' }),
      'other/real.json': JSON.stringify([{ id: 1 }]),
    });
    expect(d.lone).toEqual(['other/real.json']);
    expect(d.metadata).toEqual([{ file: 'pkg/datapackage.json', form: 'datapackage', resources: ['data.csv'] }]);
  });

  it('reads datapackage.yaml and *.datapackage.json, and a package recognised by its $schema under any name', () => {
    const d = found({
      'a/datapackage.yaml': 'name: a\nresources:\n  - name: data\n    path: data.csv\n',
      'a/data.csv': CSV,
      'b/spend.datapackage.json': datapackage([{ name: 'data', path: 'data.csv' }]),
      'b/data.csv': CSV,
      'c/package-v2.json': JSON.stringify({ $schema: 'https://datapackage.org/profiles/2.0/datapackage.json', resources: [{ name: 'data', path: 'data.csv' }] }),
      'c/data.csv': CSV,
    });
    expect(d.metadata.map((m) => [m.file, m.form])).toEqual([['a/datapackage.yaml', 'datapackage'], ['b/spend.datapackage.json', 'datapackage'], ['c/package-v2.json', 'datapackage']]);
    expect(d.lone).toEqual([]);
  });

  it('skips text and other files while walking, but passes spreadsheets, PDFs and archives on for file-format', () => {
    const d = found({ 'requirements.txt': 'pandas\n', 'README.md': '# x\n', 'budget.xlsx': 'PK', 'report.pdf': '%PDF', 'bundle.zip': 'PK', 'spend.csv.gz': '' });
    expect(d.lone).toEqual(['spend.csv.gz', 'budget.xlsx', 'bundle.zip', 'report.pdf']);
    expect(d.skipped).toEqual({ '.md': 1, '.txt': 1 });
  });

  it('names the files given on the command line that are not data, and lints nothing for them', () => {
    const d = found({ 'report.json': JSON.stringify({ tool: { name: 'odlint' }, findings: [] }) }, ['report.json']);
    expect(d.datasets).toEqual([]);
    expect(d.notData).toEqual([{ file: expect.stringMatching(/report\.json$/), what: 'an odlint JSON report' }]);
  });

  it('lints one file given alone as the resource of the metadata beside or above it, and reports a broken descriptor instead of "no metadata"', () => {
    const d = found({ 'pkg/datapackage.json': '{"name": "x", "resources": [', 'pkg/data/a.csv': CSV }, ['pkg/data/a.csv']);
    expect(d.lone).toEqual([]);
    expect(d.datasets).toHaveLength(1);
    expect(d.datasets[0]!.metadataError?.message).toMatch(/^datapackage\.json is not valid JSON/);
  });
});

describe('a run with nothing to lint', () => {
  it('fails with a clear message naming what was searched', async () => {
    const err = await lintFiles({ 'notes.md': '# notes\n', 'requirements.txt': 'x\n' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OdlintError);
    expect((err as OdlintError).message).toBe("nothing to lint in '.': no CSV, TSV, JSON, NDJSON, GeoJSON or metadata file (files seen: 1 .md, 1 .txt).");
  });

  it('a folder of only spreadsheets and PDFs fails with a finding per file', async () => {
    const findings = await lintFiles({ 'budget.xlsx': 'PK\u0003\u0004', 'annual-report.pdf': '%PDF-1.4' });
    expect(findings.filter((f) => f.ruleId === 'format/file-format').map((f) => [f.file, f.messageId, f.severity])).toEqual([
      ['annual-report.pdf', 'fileNotOpen', 'error'],
      ['budget.xlsx', 'fileNotOpen', 'error'],
    ]);
    expect(findings.filter((f) => f.ruleId === 'format/metadata-missing')).toEqual([]);
  });
});

it('a CSVW table schema kept in a file of its own is not data', () => {
  const dir = makeTempDir();
  writeFiles(dir, { 'schemas/codes.json': JSON.stringify({ '@context': 'http://www.w3.org/ns/csvw', columns: [{ name: 'code', titles: 'Code' }] }) });
  expect(discover(['schemas/codes.json'], dir).notData).toEqual([{ file: expect.stringMatching(/codes\.json$/), what: 'a CSVW table schema' }]);
});

it('a .jsonld file that is not metadata of a form odlint reads is linted as JSON, not passed unread', async () => {
  const findings = await lintFiles({ 'notes.jsonld': '{"@context": "https://example.org/", "@type": "Note", "text": "x"}\n' }, { rules: [{ check: 'json-structure' }] });
  expect(findings.map((f) => [f.file, f.ruleId])).toEqual([['notes.jsonld', 'format/json-structure']]);
});
