// The SARIF format: valid against the official SARIF 2.1.0 schema, shaped for GitHub code scanning.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import sarif, { SARIF_FINGERPRINT_KEY, SARIF_MAX_RESULTS, SARIF_SCHEMA_URI } from '../../../../src/report/formatters/sarif.js';
import { findingFingerprint } from '../../../../src/report/fingerprint.js';
import type { LintReport } from '../../../../src/model/report.js';
import { AT_REPO_ROOT, demoReport, finding, REPO_ROOT, reportWith, validateSarif } from '../../../helpers/format-reports.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn?: number } } }>;
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
}
interface SarifNotification {
  level: string;
  message: { text: string };
  associatedRule?: { id: string; index?: number };
  locations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<Record<string, unknown>> } };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[] }>;
    originalUriBaseIds: Record<string, { uri?: string; description?: { text: string } }>;
    results: SarifResult[];
    properties: Record<string, unknown>;
  }>;
}

function render(report: LintReport, options = AT_REPO_ROOT): { text: string; log: SarifLog } {
  const text = sarif(report, options);
  return { text, log: JSON.parse(text) as SarifLog };
}

describe('sarif formatter on the demo report', () => {
  const report = demoReport();
  const { text, log } = render(report);
  const run = log.runs[0]!;

  it('validates against the SARIF 2.1.0 schema and names it', () => {
    expect(validateSarif(log)).toEqual([]);
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('describes every rule of the report, with its level, help page and category', () => {
    const rules = run.tool.driver.rules;
    expect(run.tool.driver).toMatchObject({ name: 'odlint', version: report.tool.version, informationUri: 'https://github.com/odlint/odlint' });
    expect(rules.map((r) => r.id)).toEqual(report.rules!.map((r) => r.id));
    const bom = rules.find((r) => r.id === 'format/bom')!;
    expect(bom).toMatchObject({
      name: 'FormatBom',
      shortDescription: { text: report.rules!.find((r) => r.id === 'format/bom')!.description },
      defaultConfiguration: { level: 'note' },
      helpUri: 'https://github.com/odlint/odlint/blob/main/docs/rules/format/bom.md',
      properties: { category: 'format' },
    });
    expect(rules.find((r) => r.id === 'format/type')!.defaultConfiguration).toEqual({ level: 'error' });
    expect(rules.find((r) => r.id === 'format/blank-row')!.defaultConfiguration).toEqual({ level: 'warning' });
  });

  it('turns a rule that is off into a disabled descriptor', () => {
    const off = demoReport();
    off.rules = off.rules!.map((r) => (r.id === 'format/bom' ? { ...r, severity: 'off' } : r));
    const out = render(off).log;
    expect(out.runs[0]!.tool.driver.rules.find((r) => r.id === 'format/bom')!.defaultConfiguration).toEqual({ enabled: false, level: 'none' });
    expect(validateSarif(out)).toEqual([]);
  });

  it('has one result per finding, in report order, pointing at its rule', () => {
    expect(run.results).toHaveLength(report.findings.length);
    run.results.forEach((r, i) => {
      const f = report.findings[i]!;
      expect(r.ruleId).toBe(f.ruleId);
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(f.ruleId);
      expect(r.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[f.severity]);
      expect(r.message.text.startsWith(f.message)).toBe(true);
      if (f.hint) expect(r.message.text).toBe(`${f.message}\nHint: ${f.hint}`);
      expect(r.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: f.file, uriBaseId: '%SRCROOT%' });
      expect(r.locations[0]!.physicalLocation.region.startLine).toBe(f.line ?? 1);
      expect(r.partialFingerprints).toEqual({ [SARIF_FINGERPRINT_KEY]: findingFingerprint(f) });
    });
    // No absolute path of the machine that ran it (issue 14): the same data gives the same bytes anywhere.
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { description: { text: expect.stringContaining('root of the repository') } } });
    expect(text).not.toContain(pathToFileURL(REPO_ROOT).href);
  });

  it('gives file-level findings line 1 (code scanning needs a startLine) and marks them', () => {
    const i = report.findings.findIndex((f) => f.line === undefined);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(run.results[i]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
    expect(run.results[i]!.properties.fileLevel).toBe(true);
  });

  it('gives a start column only where odlint counts characters (JSON), and keeps CSV cell positions as a property', () => {
    const json = report.findings.findIndex((f) => f.file.endsWith('.json') && f.column !== undefined);
    expect(run.results[json]!.locations[0]!.physicalLocation.region.startColumn).toBe(report.findings[json]!.column);
    const csv = report.findings.findIndex((f) => f.file.endsWith('.csv') && f.column !== undefined);
    expect(run.results[csv]!.locations[0]!.physicalLocation.region.startColumn).toBeUndefined();
    expect(run.results[csv]!.properties).toMatchObject({ column: report.findings[csv]!.column, field: report.findings[csv]!.field, dataset: report.findings[csv]!.dataset });
  });

  it('names what a linking finding fails to join', () => {
    const i = report.findings.findIndex((f) => f.target !== undefined);
    expect(run.results[i]!.properties.target).toBe(report.findings[i]!.target);
  });

  it('is the same bytes for the same report', () => {
    expect(sarif(demoReport(), AT_REPO_ROOT)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('sarif paths and fingerprints', () => {
  it('are relative to the repository root and the same whichever folder odlint ran in', () => {
    const fromRoot = render(demoReport()).log.runs[0]!.results;
    // The same findings as a run inside fixtures/ reports them.
    const inside = demoReport();
    inside.findings = inside.findings.map((f) => ({ ...f, file: path.posix.relative('fixtures', f.file) }));
    const fromFixtures = render(inside, { color: false, cwd: path.join(REPO_ROOT, 'fixtures'), repositoryRoot: REPO_ROOT }).log.runs[0]!.results;
    expect(fromFixtures.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(fromRoot.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect(fromFixtures.map((r) => r.partialFingerprints)).toEqual(fromRoot.map((r) => r.partialFingerprints));
  });

  it('names files relative to the repository root the options give, from a working folder below it', () => {
    const { log } = render(reportWith([finding({ file: 'health/clinic-visits.csv' })]), { color: false, cwd: path.join(REPO_ROOT, 'fixtures'), repositoryRoot: REPO_ROOT });
    const location = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(location.uri).toBe('fixtures/health/clinic-visits.csv');
    expect(log.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBeUndefined();
  });

  it('are the same bytes for the same data checked out in another folder, on another machine', () => {
    const here = sarif(reportWith([finding({ file: 'health/clinic-visits.csv' })]), { color: false, cwd: REPO_ROOT, repositoryRoot: REPO_ROOT });
    const elsewhere = '/srv/ci/runner-7/checkout';
    const there = sarif(reportWith([finding({ file: 'health/clinic-visits.csv' })]), { color: false, cwd: elsewhere, repositoryRoot: elsewhere });
    expect(there).toBe(here);
  });

  it('keep their fingerprint when the finding moves to another line', () => {
    const at5 = render(reportWith([finding()])).log.runs[0]!.results[0]!;
    const at9 = render(reportWith([finding({ line: 9, record: 8 })])).log.runs[0]!.results[0]!;
    expect(at9.partialFingerprints).toEqual(at5.partialFingerprints);
    expect(at9.locations[0]!.physicalLocation.region.startLine).toBe(9);
  });

  it('percent-encode characters a URI reserves, and point outside the repository with a file URI', () => {
    const odd = finding({ file: 'data/2026 #1 100%.csv' });
    const outside = finding({ file: '../elsewhere/data.csv' });
    const { log } = render(reportWith([odd, outside]));
    const [a, b] = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(a).toEqual({ uri: 'data/2026%20%231%20100%25.csv', uriBaseId: '%SRCROOT%' });
    expect(b).toEqual({ uri: pathToFileURL(path.resolve(REPO_ROOT, '../elsewhere/data.csv')).href });
    expect(validateSarif(log)).toEqual([]);
  });
});

describe('sarif with findings left out', () => {
  it('says which findings the cap per rule left out, as notifications tied to rule and file', () => {
    const capped = demoReport(['--max-findings-per-rule', '1']);
    expect(capped.omitted.length).toBeGreaterThan(0);
    const { log } = render(capped);
    expect(validateSarif(log)).toEqual([]);
    const notes = log.runs[0]!.invocations[0]!.toolExecutionNotifications!;
    expect(notes).toHaveLength(capped.omitted.length);
    capped.omitted.forEach((o, i) => {
      expect(notes[i]!.associatedRule!.id).toBe(o.ruleId);
      expect(log.runs[0]!.tool.driver.rules[notes[i]!.associatedRule!.index!]!.id).toBe(o.ruleId);
      expect(notes[i]!.locations![0]!.physicalLocation.artifactLocation.uri).toBe(o.file);
      expect(notes[i]!.message.text).toContain(`${o.count} more ${o.ruleId}`);
      expect(notes[i]!.level).toBe('note');
    });
  });

  it(`keeps the first ${SARIF_MAX_RESULTS} results of a larger report, says how many it left out, and stays valid`, () => {
    const total = SARIF_MAX_RESULTS + 7;
    const many = Array.from({ length: total }, (_, i) => finding({ line: i + 2, record: i + 1, message: `'x${i}' in field 'visits' is not an integer` }));
    const { log } = render(reportWith(many));
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(SARIF_MAX_RESULTS);
    expect(run.results[0]!.locations[0]!.physicalLocation.region.startLine).toBe(2);
    expect(run.results[SARIF_MAX_RESULTS - 1]!.locations[0]!.physicalLocation.region.startLine).toBe(SARIF_MAX_RESULTS + 1);
    expect(run.properties.findingsNotInLog).toBe(7);
    const notes = run.invocations[0]!.toolExecutionNotifications!;
    expect(notes).toHaveLength(1);
    expect(notes[0]!.level).toBe('warning');
    expect(notes[0]!.message.text).toMatch(new RegExp(`^7 findings of ${total} not in this log`));
    expect(validateSarif(log)).toEqual([]);
  });

  it('adds no notification and no count when everything is listed', () => {
    const run = render(demoReport()).log.runs[0]!;
    expect(run.invocations[0]!.toolExecutionNotifications).toBeUndefined();
    expect(run.properties.findingsNotInLog).toBeUndefined();
    expect(run.properties.summary).toEqual(demoReport().summary);
  });
});
