// The report with a baseline: summary.suppressed, the `baseline` block, its JSON schema and both formatters.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AT_REPO_ROOT } from '../../helpers/format-reports.js';
import { applyBaseline, createBaseline, toReportBaseline } from '../../../src/baseline/baseline.js';
import type { Finding } from '../../../src/model/finding.js';
import json from '../../../src/report/formatters/json.js';
import stylish from '../../../src/report/formatters/stylish.js';
import { summarise } from '../../../src/report/summary.js';
import type { LintReport, ReportBaseline } from '../../../src/model/report.js';
import { createAjv } from '../../../src/util/ajv.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const validateReport = createAjv().compile(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas', 'report.schema.json'), 'utf8')) as object);
const STANDARD = { id: 'national-open-data', version: '1.1.0' };

function typeFinding(file: string, line: number, value: string): Finding {
  return { ruleId: 'format/type', category: 'format', severity: 'error', message: `'${value}' in field 'visits' is not an integer`, file, line, column: 5, field: 'visits', record: line - 1, messageId: 'notType', data: { value: `'${value}'`, field: 'visits', expected: 'an integer' } };
}

/** A report as the lint command builds it with --baseline: findings filtered, summary told what was suppressed. */
function reportWithBaseline(accepted: Finding[], now: Finding[]): LintReport {
  const location = { baselineFile: 'data/.odlint-baseline.json', cwd: '/repo' };
  const applied = applyBaseline(now, createBaseline(accepted, { ...location, standard: STANDARD }), location);
  return {
    tool: { name: 'odlint', version: '0.1.0' },
    standard: STANDARD,
    now: '2026-11-27',
    summary: summarise(applied.findings, [], 1, 2, applied.suppressed),
    findings: applied.findings,
    omitted: [],
    baseline: toReportBaseline(applied, location),
  };
}

const accepted = [typeFinding('data/a.csv', 3, 'x'), typeFinding('data/a.csv', 4, 'x'), typeFinding('data/b.csv', 2, 'gone')];
const withBaseline = reportWithBaseline(accepted, [typeFinding('data/a.csv', 5, 'x'), typeFinding('data/a.csv', 9, 'new')]);

describe('summarise', () => {
  it('counts suppressed findings apart from errors, warnings and infos; 0 when not given', () => {
    const findings = [typeFinding('a.csv', 2, 'x')];
    expect(summarise(findings, [], 1, 1)).toEqual({ datasets: 1, files: 1, errors: 1, warnings: 0, infos: 0, omitted: 0, suppressed: 0 });
    expect(summarise(findings, [], 1, 1, 7)).toEqual({ datasets: 1, files: 1, errors: 1, warnings: 0, infos: 0, omitted: 0, suppressed: 7 });
  });
});

describe('JSON report with a baseline', () => {
  it('validates against schemas/report.schema.json, with the baseline block and its fixed entries', () => {
    const report = JSON.parse(json(withBaseline, AT_REPO_ROOT)) as LintReport;
    expect(validateReport(report) ? [] : validateReport.errors).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 1, suppressed: 1 });
    expect(report.baseline!.file).toBe('data/.odlint-baseline.json');
    expect(report.baseline!.suppressed).toBe(1);
    expect(report.baseline!.fixed.map((e) => [e.file, e.ruleId, e.message, e.count])).toEqual([
      ['data/a.csv', 'format/type', "'x' in field 'visits' is not an integer", 1],
      ['data/b.csv', 'format/type', "'gone' in field 'visits' is not an integer", 1],
    ]);
    expect(report.findings.map((f) => f.message)).toEqual(["'new' in field 'visits' is not an integer"]);
  });

  it('the schema rejects a summary without suppressed and a baseline block without fixed', () => {
    const report = JSON.parse(json(withBaseline, AT_REPO_ROOT)) as Record<string, Record<string, unknown>>;
    const { suppressed: _, ...summary } = report.summary!;
    expect(validateReport({ ...report, summary })).toBe(false);
    const { fixed: __, ...baseline } = report.baseline!;
    expect(validateReport({ ...report, baseline })).toBe(false);
  });

  it('has the same bytes whatever key order the report was built in, and no baseline key without a baseline', () => {
    const b = withBaseline.baseline!;
    const s = withBaseline.summary;
    const shuffled = {
      baseline: { fixed: b.fixed.map((e) => ({ count: e.count, message: e.message, fingerprint: e.fingerprint, ruleId: e.ruleId, file: e.file })), suppressed: b.suppressed, file: b.file },
      omitted: withBaseline.omitted,
      findings: withBaseline.findings,
      summary: { suppressed: s.suppressed, omitted: s.omitted, infos: s.infos, warnings: s.warnings, errors: s.errors, files: s.files, datasets: s.datasets },
      now: withBaseline.now,
      standard: withBaseline.standard,
      tool: withBaseline.tool,
    } as LintReport;
    const text = json(withBaseline, AT_REPO_ROOT);
    expect(json(shuffled, AT_REPO_ROOT)).toBe(text);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['tool', 'standard', 'now', 'summary', 'findings', 'omitted', 'baseline']);
    const { baseline: _, ...without } = withBaseline;
    const plain = JSON.parse(json(without, AT_REPO_ROOT)) as object;
    expect('baseline' in plain).toBe(false);
    expect(validateReport(plain)).toBe(true);
  });
});

describe('stylish report with a baseline', () => {
  it('says how many findings the baseline suppressed and lists the fixed entries with the command to prune them', () => {
    const text = stylish(withBaseline, AT_REPO_ROOT);
    expect(text.split('\n').slice(-7)).toEqual([
      '✖ 1 new problem (1 error, 0 warnings) in 2 files in 1 dataset, checked against national-open-data 1.1.0.',
      '  by category: format 1 (1 error), licence 0, freshness 0, linking 0',
      '1 finding suppressed by the baseline data/.odlint-baseline.json.',
      '2 baseline entries are fixed — run with --baseline-write data/.odlint-baseline.json to prune them:',
      "  data/a.csv  format/type  'x' in field 'visits' is not an integer",
      "  data/b.csv  format/type  'gone' in field 'visits' is not an integer",
      '',
    ]);
  });

  it('with nothing new: "No new problems", since accepted problems remain', () => {
    const report = reportWithBaseline(accepted, accepted);
    expect(stylish(report, AT_REPO_ROOT)).toBe(
      '✔ No new problems: 2 files in 1 dataset checked against national-open-data 1.1.0.\n3 findings suppressed by the baseline data/.odlint-baseline.json.\n',
    );
  });

  it('with a baseline that suppressed nothing and nothing found: the usual "No problems" line', () => {
    const report = reportWithBaseline([], []);
    expect(stylish(report, AT_REPO_ROOT)).toBe(
      '✔ No problems: 2 files in 1 dataset meet national-open-data 1.1.0.\n0 findings suppressed by the baseline data/.odlint-baseline.json.\n',
    );
  });

  it('lists ten fixed entries, then "and N more"; shows how many fewer when more than one', () => {
    const fixed: ReportBaseline['fixed'] = Array.from({ length: 13 }, (_, i) => ({
      file: `f${String(i).padStart(2, '0')}.csv`, ruleId: 'format/type', fingerprint: '0123456789abcdef', message: 'm', count: i === 0 ? 3 : 1,
    }));
    const report: LintReport = { ...withBaseline, findings: [], summary: summarise([], [], 1, 2, 0), baseline: { file: 'b.json', suppressed: 0, fixed } };
    const lines = stylish(report, AT_REPO_ROOT).trimEnd().split('\n');
    expect(lines[2]).toBe('13 baseline entries are fixed — run with --baseline-write b.json to prune them:');
    expect(lines.slice(3)).toEqual([
      '  f00.csv  format/type  m (3 fewer)',
      ...Array.from({ length: 9 }, (_, i) => `  f${String(i + 1).padStart(2, '0')}.csv  format/type  m`),
      '  … and 3 more',
    ]);
  });

  it('without a baseline: no baseline lines, the summary line as before', () => {
    const { baseline: _, ...without } = withBaseline;
    const text = stylish(without, AT_REPO_ROOT);
    expect(text).not.toContain('baseline');
    expect(text.trimEnd().split('\n').slice(-2)).toEqual([
      '✖ 1 problem (1 error, 0 warnings) in 2 files in 1 dataset, checked against national-open-data 1.1.0.',
      '  by category: format 1 (1 error), licence 0, freshness 0, linking 0',
    ]);
  });
});
