// Reports for the formatter tests: the demo's real report (the CLI run on fixtures with --format json), variations
// of it built in code, and the SARIF 2.1.0 schema validator.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { lintJson, REPO_ROOT } from '../e2e/helpers.js';
import type { Finding } from '../../src/model/finding.js';
import type { FormatterOptions, LintReport } from '../../src/model/report.js';
import { createAjv } from '../../src/util/ajv.js';

export { REPO_ROOT };

/** Formatter options for reports whose paths are relative to the repository root, as the demo's are. */
export const AT_REPO_ROOT: FormatterOptions = { color: false, cwd: REPO_ROOT, repositoryRoot: REPO_ROOT };

const reports = new Map<string, LintReport>();

/** `odlint lint fixtures --format json --now 2026-11-27 <extra>` run once per test file and argument list. */
export function demoReport(extra: readonly string[] = []): LintReport {
  const key = extra.join(' ');
  let report = reports.get(key);
  if (!report) {
    report = lintJson(['fixtures', ...extra]).report;
    reports.set(key, report);
  }
  return structuredClone(report);
}

/** A report of the given findings, with the demo's rules and datasets, its summary recounted. */
export function reportWith(findings: Finding[], base: LintReport = demoReport()): LintReport {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return {
    ...base,
    findings,
    omitted: [],
    summary: { ...base.summary, errors: count('error'), warnings: count('warning'), infos: count('info'), omitted: 0, suppressed: 0 },
  };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'format/type',
    category: 'format',
    severity: 'error',
    message: "'1 234' in field 'visits' is not an integer",
    file: 'fixtures/health/clinic-visits.csv',
    line: 5,
    column: 5,
    field: 'visits',
    record: 4,
    dataset: 'health-clinic-statistics',
    messageId: 'notType',
    data: { value: "'1 234'", field: 'visits', expected: 'an integer' },
    ...overrides,
  };
}

let sarifValidator: ValidateFunction | undefined;

/**
 * The vendored SARIF 2.1.0 schema (schemas/vendor), compiled by ajv 8. It is draft-04: its `$schema` and `id` are
 * removed first, since ajv 8 has no draft-04 meta-schema and the keywords it uses mean the same in draft-07.
 */
export function validateSarif(log: unknown): unknown[] {
  if (!sarifValidator) {
    const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas', 'vendor', 'sarif-2.1.0.schema.json'), 'utf8')) as Record<string, unknown>;
    delete schema.$schema;
    delete schema.id;
    sarifValidator = createAjv().compile(schema);
  }
  return sarifValidator(log) ? [] : (sarifValidator.errors ?? []);
}
