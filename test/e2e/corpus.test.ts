// Real published data (test/corpus/, see each SOURCE.md), linted as a data officer would: with metadata describing
// the files as they are. Every real quirk described in the sources must come out as a precise finding, and nothing
// else may.
import { describe, expect, it } from 'vitest';
import './setup.js';
import { expectNoCrash, lintJson, type Finding } from './helpers.js';

const ZA = 'test/corpus/za-municipal-finance';
const OXFORD = 'test/corpus/uk-oxford-spend';
const COVID = 'test/corpus/za-covid19-cases';

function countBy(findings: Finding[], key: (f: Finding) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[key(f)] = (out[key(f)] ?? 0) + 1;
  return out;
}

describe('South African Treasury exports (za-municipal-finance)', () => {
  const { run, report } = lintJson([ZA]);
  const findings = report.findings;

  it('lints without a crash and exits 1', () => {
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(report.summary).toMatchObject({ datasets: 1, files: 4 });
  });

  it('reports exactly the real quirks, by rule', () => {
    expect(countBy(findings, (f) => f.ruleId)).toEqual({
      'format/pattern': 19,
      'format/header-padded': 9,
      'licence/open': 1,
      'freshness/overdue': 1,
    });
  });

  it('flags the padded Treasury headers with the trimmed name', () => {
    const padded = findings.filter((f) => f.ruleId === 'format/header-padded');
    expect(padded.every((f) => f.file === `${ZA}/aged_creditors_2015q4.csv` && f.line === 1)).toBe(true);
    expect(padded.map((f) => f.column)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(padded[0]!.hint).toBe("Rename it to 'G1 AMOUNT'");
  });

  it('finds the legacy municipality codes (NP…, KZ…, KZN00) in the headerless audit reports, and only them', () => {
    const codes = findings.filter((f) => f.ruleId === 'format/pattern').map((f) => /^'([^']+)'/.exec(f.message)![1]);
    expect(new Set(codes)).toEqual(new Set(['KZN00', 'KZ242', 'NP367', 'NP365', 'NP364', 'NP353', 'NP352', 'NP351', 'NP344', 'NP342', 'NP341', 'KZ292', 'KZ291', 'KZ271', 'KZ262', 'KZ232', 'KZ212']));
    expect(findings.filter((f) => f.ruleId === 'format/pattern').every((f) => f.file === `${ZA}/audit_reports.csv` && f.column === 1)).toBe(true);
  });

  it('respects "header": false: the first line of audit_reports.csv is data, not a missing header', () => {
    expect(findings.some((f) => f.ruleId === 'format/header-missing')).toBe(false);
  });

  it('reports the MIT licence as not open for data, and the quarterly data as overdue', () => {
    expect(findings.find((f) => f.ruleId === 'licence/open')!.message).toContain('MIT');
    expect(findings.find((f) => f.ruleId === 'freshness/overdue')!.message).toContain('2016-09-30');
  });
});

describe('Oxford City Council spending (uk-oxford-spend)', () => {
  // Every finding listed, so each real quirk can be counted (by default 1,000 per rule and file are listed).
  const { run, report } = lintJson([OXFORD, '--max-findings-per-rule', '0']);
  const findings = report.findings;
  const file = (q: string) => `${OXFORD}/data/expenditure-over-500-${q}.csv`;

  it('lints without a crash and exits 1', () => {
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(report.summary).toMatchObject({ datasets: 1, files: 3 });
  });

  it('reports exactly the real quirks, by file and rule', () => {
    expect(countBy(findings, (f) => `${f.file.split('/').pop()} ${f.ruleId}`)).toEqual({
      'expenditure-over-500-apr-jun-2014.csv format/type': 3836,
      'expenditure-over-500-apr-jun-2014.csv format/pattern': 832,
      'expenditure-over-500-jul-sep-2014.csv format/pattern': 746,
      'expenditure-over-500-jul-sep-2014.csv format/header-padded': 1,
      'expenditure-over-500-jan-mar-2018.csv format/header-schema': 8,
      'datapackage.json freshness/overdue': 1,
    });
  });

  it("reads every paid date of April–June 2014 as '00:00:00', not a date", () => {
    const types = findings.filter((f) => f.ruleId === 'format/type');
    expect(types.every((f) => f.file === file('apr-jun-2014') && f.field === 'Paid Date' && f.message.startsWith("'00:00:00'"))).toBe(true);
    expect(types[0]!.line).toBe(2);
    expect(types.at(-1)!.line).toBe(3837);
  });

  it('hints that the space-padded expenditure codes match once trimmed', () => {
    const patterns = findings.filter((f) => f.ruleId === 'format/pattern');
    expect(patterns.every((f) => f.field === 'Expenditure Code' && /^Remove the surrounding white space: '[A-Z0-9]+' matches$/.test(f.hint ?? ''))).toBe(true);
  });

  it("names the renamed 2018 columns, with the typo 'Catergory' matched to its field", () => {
    const drift = findings.filter((f) => f.ruleId === 'format/header-schema');
    expect(drift.every((f) => f.file === file('jan-mar-2018') && f.line === 1)).toBe(true);
    expect(drift.find((f) => f.field === 'Expenditure Catergory')!.hint).toBe("Did you mean 'Expenditure Category'?");
  });

  it("flags the trailing space of 'Supplier Name ' in July–September 2014", () => {
    const padded = findings.find((f) => f.ruleId === 'format/header-padded')!;
    expect(padded).toMatchObject({ file: file('jul-sep-2014'), line: 1, column: 10 });
  });

  it('recognises the Open Government Licence by its URL: no licence findings', () => {
    expect(findings.some((f) => f.category === 'licence')).toBe(false);
  });
});

describe('Oxford City Council spending with the default cap on findings', () => {
  const { run, report } = lintJson([OXFORD]);

  it('lists the first 1,000 findings of a rule in a file and counts the rest, so the totals do not change', () => {
    expectNoCrash(run);
    expect(run.code).toBe(1);
    const types = report.findings.filter((f) => f.ruleId === 'format/type');
    expect(types).toHaveLength(1000);
    expect(types.at(-1)!.line).toBe(1001); // the first 1,000 in report order: lines 2 to 1001
    expect(report.omitted).toContainEqual({ ruleId: 'format/type', severity: 'error', file: `${OXFORD}/data/expenditure-over-500-apr-jun-2014.csv`, count: 2836 });
    const listed = report.findings.filter((f) => f.severity === 'error').length;
    const omittedErrors = report.omitted.filter((o) => o.severity === 'error').reduce((n, o) => n + o.count, 0);
    expect(report.summary.errors).toBe(listed + omittedErrors);
    expect(report.summary.omitted).toBe(report.omitted.reduce((n, o) => n + o.count, 0));
  });
});

describe('South African COVID-19 cases (za-covid19-cases), with its config checking the province columns', () => {
  const { run, report } = lintJson([COVID, '--config', `${COVID}/.odlintrc.yaml`, '--max-findings-per-rule', '0']);
  const findings = report.findings;
  const codes = findings.filter((f) => f.ruleId === 'linking/register-code');

  it('lints without a crash and exits 1', () => {
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(report.summary).toMatchObject({ datasets: 1, files: 1 });
  });

  it('reports exactly the real quirks, by rule', () => {
    expect(countBy(findings, (f) => f.ruleId)).toEqual({ 'linking/register-code': 581, 'linking/primary-key': 1, 'freshness/overdue': 1 });
  });

  it("reports every ISO 3166-2:ZA value, with the Treasury code in its hint: GP and LP in 'province', every ZA- code in 'geo_subdivision'", () => {
    expect(countBy(codes, (f) => `${f.field} ${f.data!.value}`)).toEqual({
      "province 'GP'": 207, "province 'LP'": 4, "province 'UNK'": 1,
      "geo_subdivision 'ZA-GP'": 207, "geo_subdivision 'ZA-WC'": 89, "geo_subdivision 'ZA-KZN'": 38, "geo_subdivision 'ZA-FS'": 13,
      "geo_subdivision 'ZA-MP'": 9, "geo_subdivision 'ZA-LP'": 4, "geo_subdivision 'ZA-NW'": 4, "geo_subdivision 'ZA-EC'": 2,
      "geo_subdivision 'ZA-NC'": 2, "geo_subdivision 'UNK'": 1,
    });
    const first = (field: string, value: string) => codes.find((f) => f.field === field && f.data!.value === `'${value}'`)!;
    expect(first('province', 'GP')).toMatchObject({
      file: `${COVID}/covid19za_timeline_confirmed.csv`, line: 3, column: 5, messageId: 'notCodeTitled',
      message: "'GP' in field 'province' is not a code of the register za-provinces (South African provinces (National Treasury codes))",
      hint: "'GP' is ISO 3166-2:ZA for Gauteng; the register za-provinces writes it 'GT'",
    });
    expect(first('province', 'LP')).toMatchObject({ line: 53, hint: "'LP' is ISO 3166-2:ZA for Limpopo; the register za-provinces writes it 'LIM'" });
    expect(first('geo_subdivision', 'ZA-KZN')).toMatchObject({ line: 2, column: 6, hint: "'ZA-KZN' is ISO 3166-2:ZA for KwaZulu-Natal; the register za-provinces writes it 'KZN'" });
    // An unknown province is not an alias: the hint lists the register's codes.
    expect(first('province', 'UNK')).toMatchObject({ line: 367, hint: 'The codes of za-provinces: EC, FS, GT, KZN, LIM, MP, NC, NW, WC' });
  });

  it('finds the case id given to two cases', () => {
    expect(findings.find((f) => f.ruleId === 'linking/primary-key')).toMatchObject({ line: 111, message: "'110' in field 'case_id' is a duplicate primary key: it first appears on line 110" });
  });
});
