// A small report across three departments and a lone file, for the scorecard and the audit formatters' unit tests.
// The scores it should give are worked out by hand in scorecard.test.ts.
import { sortFindings } from '../../../src/report/finding-order.js';
import type { Category, Finding, Severity } from '../../../src/model/finding.js';
import { summarise } from '../../../src/report/summary.js';
import type { LintReport, ReportRule } from '../../../src/model/report.js';

export function finding(ruleId: string, severity: Severity, file: string, dataset: string | undefined, line: number | undefined, extra: Partial<Finding> = {}): Finding {
  const f: Finding = { ruleId, category: ruleId.split('/')[0] as Category, severity, message: `${ruleId} on line ${line ?? '-'}`, file, messageId: 'sample', ...extra };
  if (line !== undefined) f.line = line;
  if (dataset !== undefined) f.dataset = dataset;
  return f;
}

const RULES: ReportRule[] = [
  ['format/blank-row', 'warning'],
  ['format/bom', 'info'],
  ['format/metadata-missing', 'warning'],
  ['format/range', 'error'],
  ['format/type', 'error'],
  ['licence/open', 'error'],
  ['linking/foreign-key', 'error'],
  ['linking/register-code', 'error'],
].map(([id, severity]) => ({ id: id!, category: id!.split('/')[0] as Category, severity: severity as Severity, check: id!.split('/')[1]!, description: `${id} description`, helpUri: `https://example.org/rules/${id}.md` }));

/**
 * Dept X publishes a (problems in every category but freshness; 100 records, 2 keys) and b (clean, no keys); Dept Y
 * publishes c (one register code miss in 20 records); loose.csv has no metadata and no publisher.
 */
export function sampleAuditReport(): LintReport {
  const findings = sortFindings([
    finding('format/type', 'error', 'x/a.csv', 'a', 2, { record: 1 }),
    finding('format/type', 'error', 'x/a.csv', 'a', 3, { record: 2 }),
    finding('format/type', 'error', 'x/a.csv', 'a', 4, { record: 3 }),
    finding('format/blank-row', 'warning', 'x/a.csv', 'a', 5, { record: 4 }),
    finding('format/bom', 'info', 'x/a.csv', 'a', 1),
    finding('licence/open', 'error', 'x/datapackage.json', 'a', 7),
    finding('linking/foreign-key', 'error', 'x/a.csv', 'a', 6, { record: 5, target: 'c', targetKind: 'dataset' }),
    finding('linking/foreign-key', 'error', 'x/datapackage.json', 'a', 30, { target: '../land-register', targetKind: 'dataset' }),
    finding('linking/register-code', 'error', 'y/c.csv', 'c', 2, { record: 1, target: 'za-provinces', targetKind: 'register' }),
    finding('format/metadata-missing', 'warning', 'loose.csv', 'loose.csv', undefined),
  ]);
  const omitted = [
    // Cut by the cap: same rule and file as listed findings, so they take those findings' dataset (and target).
    { ruleId: 'format/type', severity: 'error' as const, file: 'x/a.csv', count: 5 },
    { ruleId: 'linking/foreign-key', severity: 'error' as const, file: 'x/a.csv', count: 4 },
    // No listed sibling: attributed through the dataset that lists the file, its category through report.rules.
    { ruleId: 'format/range', severity: 'error' as const, file: 'x/a.csv', count: 2 },
  ];
  return {
    tool: { name: 'odlint', version: '0.1.0' },
    standard: { id: 'national-open-data', version: '1.1.0', title: 'National Open Data Standard' },
    now: '2026-11-27',
    summary: summarise(findings, omitted, 4, 4),
    findings,
    omitted,
    rules: RULES,
    datasets: [
      { name: 'a', title: 'Dataset A', publisher: 'Dept X', metadataFile: 'x/datapackage.json', files: ['x/a.csv'], keys: 2, records: 100 },
      { name: 'b', title: 'Dataset B', publisher: 'Dept X', metadataFile: 'x2/datapackage.json', files: ['x2/b.csv'], keys: 0, records: 10 },
      { name: 'c', title: 'Dataset C', publisher: 'Dept Y', metadataFile: 'y/datapackage.json', files: ['y/c.csv'], keys: 1, records: 20 },
      { name: 'loose.csv', files: ['loose.csv'], keys: 0, records: 5 },
    ],
  };
}
