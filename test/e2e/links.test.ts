// Foreign keys across department packages through the shared municipal register (fixtures/README.md, "Links between
// the packages"): a reference to another package is followed only when that package is linted too; otherwise it is one
// finding at the foreign key, naming the command that lints both. Linted together, the unmatched codes get their
// near-miss hints, and a package whose codes are all in the register gets no linking finding at all.
import { describe, expect, it } from 'vitest';
import { expectNoCrash, type Finding, lintJson, NOW, odlint } from './helpers.js';

const SPENDING = 'fixtures/treasury/spending.csv';
const TREASURY_DP = 'fixtures/treasury/datapackage.json';
const HEALTH_DP = 'fixtures/health/datapackage.json';

const linking = (findings: Finding[]): Finding[] => findings.filter((f) => f.category === 'linking');
const brief = (f: Finding): string => `${f.file}:${f.line ?? '-'}:${f.column ?? '-'} ${f.ruleId} ${f.message}${f.hint ? ` | ${f.hint}` : ''}`;

/** The four planted unmatched codes of treasury/spending.csv and their hints (K1–K4 of fixtures/README.md). */
const SPENDING_MISSES = [
  { line: 10, value: "'ec101'", hint: "'ec101' — did you mean 'EC101'? (case differs)" },
  { line: 13, value: "'EC103'", hint: undefined },
  { line: 15, value: "'KZN122'", hint: "'KZN122' — did you mean 'KZN212'? (two characters swapped)" },
  { line: 21, value: "'ETH '", hint: "'ETH ' — did you mean 'ETH'? (trailing white space)" },
];

describe('the municipal register is clean on its own', () => {
  it('lint fixtures/municipal-register exits 0 with no findings', () => {
    const r = odlint(['lint', 'fixtures/municipal-register', '--now', NOW]);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ No problems: 1 file in 1 dataset/);
    const { report } = lintJson(['fixtures/municipal-register']);
    expect(report.findings).toEqual([]);
  });

  it('linted with the whole demo, every link finding is in a referencing package, none in the register', () => {
    const { report } = lintJson(['fixtures']);
    expect(report.findings.filter((f) => f.file.startsWith('fixtures/municipal-register/')).map(brief)).toEqual([]);
  });
});

describe('treasury → municipal register (the datapackage.json form of reference.package)', () => {
  it('treasury alone: the foreign key cannot be followed, and the message names the command that lints both', () => {
    const { run, report } = lintJson(['fixtures/treasury']);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    const links = linking(report.findings);
    expect(links.map(brief)).toHaveLength(1);
    const f = links[0]!;
    expect(f).toMatchObject({ file: TREASURY_DP, line: 100, ruleId: 'linking/foreign-key', severity: 'error', dataset: 'treasury-municipal-finance' });
    expect(f.message).toContain("Resource 'spending': foreign key 1 references fixtures/municipal-register/datapackage.json");
    expect(f.message).toContain('outside the paths being linted');
    expect(f.message).toContain('odlint lint fixtures/treasury fixtures/municipal-register');
    // No value of spending.csv is checked, so none of the near misses is reported.
    expect(report.findings.filter((f) => f.file === SPENDING && f.category === 'linking')).toEqual([]);
  });

  it('treasury + register: the reference resolves, and each unmatched code gets its near-miss hint (or none)', () => {
    const { report } = lintJson(['fixtures/treasury', 'fixtures/municipal-register']);
    const links = linking(report.findings);
    expect(links.map(brief)).toHaveLength(SPENDING_MISSES.length);
    for (const [i, miss] of SPENDING_MISSES.entries()) {
      const f = links[i]!;
      expect(f).toMatchObject({ file: SPENDING, line: miss.line, column: 3, field: 'municipality_code', ruleId: 'linking/foreign-key' });
      expect(f.message).toBe(`${miss.value} in field 'municipality_code' is not a code in municipal-register/municipalities (field 'code')`);
      expect(f.hint).toBe(miss.hint);
    }
  });

  it('treasury + register gives the treasury findings of the whole-demo run', () => {
    const whole = lintJson(['fixtures']).report.findings.filter((f) => f.file.startsWith('fixtures/treasury/'));
    const { report } = lintJson(['fixtures/treasury', 'fixtures/municipal-register']);
    expect(report.findings).toEqual(whole);
  });
});

describe('health → municipal register (the folder form of reference.package)', () => {
  it('health + register: every clinic code is in the register, so there is no linking finding', () => {
    const { report } = lintJson(['fixtures/health', 'fixtures/municipal-register']);
    expect(linking(report.findings).map(brief)).toEqual([]);
    expect(report.findings.filter((f) => f.file === 'fixtures/health/clinics.csv' || f.file === HEALTH_DP).map(brief)).toEqual([]);
  });

  it('health alone: the clean clinics resource gets the one unresolvable-reference finding', () => {
    const { report } = lintJson(['fixtures/health']);
    const links = linking(report.findings);
    expect(links.map(brief)).toHaveLength(1);
    expect(links[0]).toMatchObject({ file: HEALTH_DP, line: 115, ruleId: 'linking/foreign-key' });
    expect(links[0]!.message).toContain('odlint lint fixtures/health fixtures/municipal-register');
  });
});

describe('the other links of the demo', () => {
  it('water + register: the code with a trailing non-breaking space is the only unmatched value', () => {
    const { report } = lintJson(['fixtures/water', 'fixtures/municipal-register']);
    // Besides the foreign key, the one province code outside the za-provinces register (R1 of fixtures/README.md).
    expect(linking(report.findings).filter((f) => f.ruleId === 'linking/register-code').map((f) => `${f.file}:${f.line} ${f.field}`)).toEqual(['fixtures/water/dam-levels.ndjson:11 province_code']);
    const links = linking(report.findings).filter((f) => f.ruleId !== 'linking/register-code');
    expect(links.map(brief)).toHaveLength(1);
    expect(links[0]).toMatchObject({ file: 'fixtures/water/water-quality.json', line: 101, record: 11, field: 'municipality_code' });
    expect(links[0]!.hint).toBe("'FS184\\u00A0' — did you mean 'FS184'? (trailing non-breaking space)");
  });

  it('education + register: schools link to the register; learner counts lost the leading zeros of one EMIS number', () => {
    const { report } = lintJson(['fixtures/education', 'fixtures/municipal-register']);
    const links = linking(report.findings);
    expect(links.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      'fixtures/education/datapackage.json:166 linking/key-type-drift',
      'fixtures/education/learner-counts.csv:5 linking/foreign-key',
      'fixtures/education/learner-counts.csv:10 linking/foreign-key',
      'fixtures/education/learner-counts.csv:15 linking/foreign-key',
      'fixtures/education/schools.csv:16 linking/primary-key',
    ]);
  });

  it('social development: a package that does not exist cannot be followed, even with the register linted', () => {
    const { report } = lintJson(['fixtures/social-development', 'fixtures/municipal-register']);
    const fks = report.findings.filter((f) => f.ruleId === 'linking/foreign-key');
    expect(fks.map(brief)).toHaveLength(1);
    expect(fks[0]).toMatchObject({ file: 'fixtures/social-development/datapackage.json', line: 94 });
    expect(fks[0]!.message).toContain("foreign key 2 references the package '../land-register', but fixtures/land-register/datapackage.json does not exist");
  });
});
