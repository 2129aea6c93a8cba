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
  /** A substring the finding's hint must contain (the near-miss and fix hints of fixtures/README.md). */
  hint?: string;
  /** A substring the finding's message must contain. */
  message?: string;
  /** The finding must have no hint (an unmatched code with no single near miss). */
  noHint?: boolean;
}

const H = 'fixtures/health/clinic-visits.csv';
const WQ = 'fixtures/water/water-quality.json';
const DL = 'fixtures/water/dam-levels.ndjson';
const SP = 'fixtures/treasury/spending.csv';
const GR = 'fixtures/treasury/grants.csv';
const TP = 'fixtures/treasury/datapackage.json';
const EP = 'fixtures/education/datapackage.json';
const SC = 'fixtures/education/schools.csv';
const LC = 'fixtures/education/learner-counts.csv';
const RP = 'fixtures/transport/datapackage.json';
const RI = 'fixtures/transport/road-incidents.csv';
const DP = 'fixtures/social-development/datapackage.json';
const DC = 'fixtures/social-development/drop-in-centres.csv';

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
  // A province code from another scheme (GP for Gauteng): an alias in the register (ISO 3166-2:ZA), so the hint names GT.
  { id: 'R1', file: DL, line: 11, field: 'province_code', ruleId: 'linking/register-code', message: "'GP' in field 'province_code' is not a code of the register za-provinces", hint: "'GP' is ISO 3166-2:ZA for Gauteng; the register za-provinces writes it 'GT'" },
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
  { id: 'P1', file: TP, line: 177, ruleId: 'format/resource-path' },
  { id: 'P2', file: TP, line: 228, ruleId: 'format/resource-path' },
  // loose/: no metadata (a file-level finding).
  { id: 'L1', file: 'fixtures/loose/population-estimates.csv', ruleId: 'format/metadata-missing' },

  // ---- licence ------------------------------------------------------------------------------------------------
  // The finding is at the licence property that names the licence (the path, for a licence without a name).
  { id: 'C1', file: EP, line: 11, ruleId: 'licence/open', message: 'CC-BY-NC-4.0', hint: 'CC-BY-4.0' },
  { id: 'C2', file: RP, line: 12, ruleId: 'licence/consistent', message: "name 'CC-BY-4.0' is CC-BY-4.0 but path 'https://creativecommons.org/licenses/by-sa/4.0/' is CC-BY-SA-4.0" },
  { id: 'C3', file: RP, line: 225, ruleId: 'licence/consistent', message: "Resource 'taxi-ranks' is licensed under ODbL-1.0, but the package under CC-BY-4.0" },
  { id: 'C4', file: DP, line: 17, ruleId: 'licence/declared', message: "Resource 'drop-in-centres' has no licence" },
  { id: 'C5', file: DP, line: 111, ruleId: 'licence/recognised', message: "'ZA-GOL-9' (title 'Government Open Licence v9')", hint: 'SPDX or Open Definition id' },

  // ---- freshness ----------------------------------------------------------------------------------------------
  { id: 'F1', file: RP, line: 16, ruleId: 'freshness/overdue', message: 'the next update was due on 2026-03-16 and is 255 days late at 2026-11-27', hint: '22.8 days of grace' },
  { id: 'F2', file: RP, line: 149, ruleId: 'freshness/modified', message: "Resource 'traffic-counts': 'modified' is '2027-01-10', after the reference date 2026-11-27" },
  { id: 'F3', file: DP, line: 1, ruleId: 'freshness/update-frequency', message: "The package declares no update frequency ('accrualPeriodicity')" },
  { id: 'F4', file: LC, line: 12, column: 2, field: 'month', ruleId: 'freshness/data-currency', message: "The newest 'month' is 2025-09 (14 months before 2026-11-27)" },

  // ---- linking: foreign keys to the municipal register (near-miss hints) ------------------------------------------
  { id: 'K1', file: SP, line: 10, column: 3, field: 'municipality_code', ruleId: 'linking/foreign-key', message: "'ec101'", hint: "did you mean 'EC101'? (case differs)" },
  { id: 'K2', file: SP, line: 13, column: 3, field: 'municipality_code', ruleId: 'linking/foreign-key', message: "'EC103'", noHint: true }, // EC101, EC104 and EC108 are each one character away
  { id: 'K3', file: SP, line: 15, column: 3, field: 'municipality_code', ruleId: 'linking/foreign-key', message: "'KZN122'", hint: "did you mean 'KZN212'? (two characters swapped)" },
  { id: 'K4', file: SP, line: 21, column: 3, field: 'municipality_code', ruleId: 'linking/foreign-key', message: "'ETH '", hint: "did you mean 'ETH'? (trailing white space)" },
  // JSON: the line of the record's '{' (record 11, WQ-26111; the property is on line 103). Messages show the U+00A0
  // after the code as U+2423 (a visible space).
  { id: 'K5', file: WQ, line: 101, field: 'municipality_code', ruleId: 'linking/foreign-key', message: "'FS184\\u00A0'", hint: "did you mean 'FS184'? (trailing non-breaking space)" },
  // ---- linking: keys within a package ------------------------------------------------------------------------
  { id: 'K6', file: LC, line: 5, column: 1, field: 'emis_number', ruleId: 'linking/foreign-key', message: "'10503214' in field 'emis_number' is not a code in schools", hint: "did you mean '010503214'? (leading zeros lost)" },
  { id: 'K7', file: LC, line: 10, column: 1, field: 'emis_number', ruleId: 'linking/foreign-key', hint: "did you mean '010503214'? (leading zeros lost)" },
  { id: 'K8', file: LC, line: 15, column: 1, field: 'emis_number', ruleId: 'linking/foreign-key', hint: "did you mean '010503214'? (leading zeros lost)" },
  { id: 'K9', file: EP, line: 166, ruleId: 'linking/key-type-drift', message: "such as '010503214' (fixtures/education/schools.csv line 11, 3 in all)", hint: 'type string' },
  { id: 'K10', file: SC, line: 16, column: 1, field: 'emis_number', ruleId: 'linking/primary-key', message: "'500338150' in field 'emis_number' is a duplicate primary key: it first appears on line 7" },
  { id: 'K11', file: RI, line: 7, column: 1, field: 'route_id', ruleId: 'linking/primary-key', message: "('N3', '2025-10-18', '1') in fields 'route_id', 'incident_date', 'seq' is a duplicate primary key: it first appears on line 6" },
  { id: 'K12', file: RI, line: 13, column: 4, field: 'incident_ref', ruleId: 'linking/unique-keys', message: "'RI-2025-04566' in field 'incident_ref' is a duplicate unique key: it first appears on line 12" },
  { id: 'K13', file: DC, line: 7, column: 1, field: 'centre_id', ruleId: 'linking/primary-key', message: "Field 'centre_id' is part of the primary key but has no value" },
  { id: 'K14', file: DP, line: 94, ruleId: 'linking/foreign-key', message: "references the package '../land-register', but fixtures/land-register/datapackage.json does not exist" },
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
    (p.field === undefined || f.field === p.field) &&
    (p.message === undefined || f.message.includes(p.message)) &&
    (p.hint === undefined || (f.hint ?? '').includes(p.hint)) &&
    (p.noHint !== true || f.hint === undefined)
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

  it('the clean resources (and the metadata of health, water and the register) have no findings', () => {
    const clean = [
      'fixtures/municipal-register/municipalities.csv',
      'fixtures/municipal-register/datapackage.json',
      'fixtures/health/clinics.csv',
      'fixtures/health/datapackage.json',
      'fixtures/water/reservoirs.json',
      'fixtures/water/datapackage.json',
      'fixtures/transport/traffic-counts.csv',
      'fixtures/transport/taxi-ranks.csv',
      'fixtures/social-development/grant-payments.csv',
    ];
    expect(report.findings.filter((f) => clean.includes(f.file)).map(show)).toEqual([]);
  });

  it('the summary counts every data file and dataset of the demo', () => {
    // 16 data files (budget-2026.csv is missing; 'outside' leaves its package and is not read) in 8 datasets.
    expect(report.summary.files).toBe(16);
    expect(report.summary.datasets).toBe(8);
    const count = (s: string): number => report.findings.filter((f) => f.severity === s).length;
    expect(report.summary).toMatchObject({ errors: count('error'), warnings: count('warning'), infos: count('info') });
  });
});
