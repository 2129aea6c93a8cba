// Every problem planted in fixtures/ (the tables of fixtures/README.md) is reported at the right file, line, column
// and rule, and nothing else is reported. This is the semantic twin of the golden test: a golden regenerated with
// UPDATE_GOLDEN=1 without reading it cannot hide a lost or moved finding from this file.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Finding, lintJson, type Report } from './helpers.js';

interface Planted {
  id: string;
  file: string;
  ruleId: string;
  /** undefined: a file-level finding with no line. */
  line?: number;
  /** Checked only when given (the README gives a column, and the finding is about a cell or header column). */
  column?: number;
  field?: string;
}

const H = 'fixtures/health/clinic-visits.csv';
const WQ = 'fixtures/water/water-quality.json';
const DL = 'fixtures/water/dam-levels.ndjson';
const SP = 'fixtures/treasury/spending.csv';
const GR = 'fixtures/treasury/grants.csv';
const TP = 'fixtures/treasury/datapackage.json';

const PLANTED: Planted[] = [
  { id: 'H1', file: H, line: 5, column: 5, field: 'visits', ruleId: 'format/type' },
  { id: 'H2', file: H, line: 7, column: 6, field: 'avg_wait_minutes', ruleId: 'format/type' },
  { id: 'H3', file: H, line: 9, column: 7, field: 'reported_date', ruleId: 'format/type' },
  { id: 'H4', file: H, line: 10, column: 7, field: 'reported_date', ruleId: 'format/type' },
  { id: 'H5', file: H, line: 11, column: 5, field: 'visits', ruleId: 'format/required' },
  { id: 'H6', file: H, line: 12, column: 6, field: 'avg_wait_minutes', ruleId: 'format/range' },
  { id: 'H7', file: H, line: 14, ruleId: 'format/blank-row' },
  { id: 'H8', file: H, line: 15, column: 4, field: 'service', ruleId: 'format/enum' },
  { id: 'H9', file: H, line: 17, column: 1, field: 'report_id', ruleId: 'format/pattern' },
  { id: 'H10', file: H, line: 18, column: 8, field: 'notes', ruleId: 'format/length' },
  { id: 'H11', file: H, line: 20, column: 1, field: 'report_id', ruleId: 'format/unique' },
  // H12: README allows a type error for the undeclared missing-value marker 'N/A'.
  { id: 'H12', file: H, line: 21, column: 6, field: 'avg_wait_minutes', ruleId: 'format/type' },
  { id: 'H13', file: H, line: 22, column: 9, ruleId: 'format/ragged-row' },
  { id: 'H14', file: H, line: 23, column: 8, ruleId: 'format/ragged-row' },
  // JSON arrays: the line is where the record's '{' starts.
  { id: 'W1', file: WQ, line: 32, field: 'e_coli_count', ruleId: 'format/type' },
  { id: 'W2', file: WQ, line: 62, field: 'municipality_code', ruleId: 'format/required' },
  { id: 'W3', file: WQ, line: 91, field: 'turbidity_ntu', ruleId: 'format/range' },
  { id: 'D1', file: DL, line: 7, column: 160, ruleId: 'format/json-syntax' },
  { id: 'D2', file: DL, line: 14, ruleId: 'format/json-structure' },
  { id: 'T1', file: SP, line: 1, ruleId: 'format/bom' },
  { id: 'T2', file: SP, line: 5, ruleId: 'format/line-endings' },
  { id: 'T3', file: SP, line: 1, column: 2, ruleId: 'format/header-schema' },
  { id: 'T4', file: SP, line: 1, column: 4, ruleId: 'format/header-padded' },
  // T5/T6: the README names column 2 (supplier_name); the encoding and quoting checks report the line only.
  { id: 'T5', file: SP, line: 9, ruleId: 'format/encoding' },
  { id: 'T6', file: SP, line: 16, ruleId: 'format/quoting' },
  { id: 'G1', file: GR, line: 1, ruleId: 'format/delimiter' },
  { id: 'G2', file: GR, line: 1, column: 4, ruleId: 'format/header-blank' },
  { id: 'G3', file: GR, line: 1, column: 6, ruleId: 'format/header-duplicate' },
  { id: 'P1', file: TP, line: 168, ruleId: 'format/resource-path' },
  { id: 'P2', file: TP, line: 219, ruleId: 'format/resource-path' },
  // loose/: no metadata (a file-level finding).
  { id: 'L1', file: 'fixtures/loose/population-estimates.csv', ruleId: 'format/metadata-missing' },
];

/**
 * Findings that are not planted problems themselves but follow from one. G2/G3: with a blank header name in column 4
 * and a duplicate 'allocation' in column 6, the header-schema check also says the schema fields 'financial_year' and
 * 'transferred' are missing from the header (fixtures/README.md does not list these side effects).
 */
const SIDE_EFFECTS: Planted[] = [
  { id: 'G2+', file: GR, line: 1, field: 'financial_year', ruleId: 'format/header-schema' },
  { id: 'G3+', file: GR, line: 1, field: 'transferred', ruleId: 'format/header-schema' },
];

function matches(f: Finding, p: Planted): boolean {
  return (
    f.file === p.file &&
    f.ruleId === p.ruleId &&
    f.line === p.line &&
    (p.column === undefined || f.column === p.column) &&
    (p.field === undefined || f.field === p.field)
  );
}

function show(f: Finding): string {
  return `${f.file}:${f.line ?? '-'}:${f.column ?? '-'} ${f.ruleId}${f.field ? ` [${f.field}]` : ''} ${f.message}`;
}

describe('planted problems of fixtures/README.md', () => {
  let report: Report;
  beforeAll(() => {
    report = lintJson(['fixtures']).report;
  });

  it.each(PLANTED.map((p) => [p.id, p] as const))('%s is reported', (_id, p) => {
    const hits = report.findings.filter((f) => matches(f, p));
    expect(hits.map(show), `${p.id}: expected ${p.ruleId} at ${p.file}:${p.line ?? '-'}${p.column ? `:${p.column}` : ''}\nall findings in the file:\n${report.findings.filter((f) => f.file === p.file).map(show).join('\n')}`).toHaveLength(1);
  });

  it('nothing is reported that is not planted (or a known side effect of a planted problem)', () => {
    const known = [...PLANTED, ...SIDE_EFFECTS];
    const unexpected = report.findings.filter((f) => !known.some((p) => matches(f, p)));
    expect(unexpected.map(show)).toEqual([]);
    expect(report.findings).toHaveLength(known.length);
  });

  it('the clean resources have no findings', () => {
    const clean = ['fixtures/municipal-register/municipalities.csv', 'fixtures/health/clinics.csv', 'fixtures/water/reservoirs.json'];
    expect(report.findings.filter((f) => clean.includes(f.file)).map(show)).toEqual([]);
  });

  it('the summary counts every data file and dataset of the demo', () => {
    // 9 data files (budget-2026.csv is missing; 'outside' leaves its package and is not read) in 5 datasets.
    expect(report.summary.files).toBe(9);
    expect(report.summary.datasets).toBe(5);
    const count = (s: string): number => report.findings.filter((f) => f.severity === s).length;
    expect(report.summary).toMatchObject({ errors: count('error'), warnings: count('warning'), infos: count('info') });
  });
});
