// The JSON report contract (schemas/report.schema.json) on the demo, determinism, and linting part of the demo.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../../src/util/ajv.js';
import { compareFindingKeys, expectNoCrash, lintJson, NOW, odlint, type Report, REPO_ROOT, type RunResult } from './helpers.js';

const pkgVersion = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let validateReport: ValidateFunction;
beforeAll(() => {
  const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas', 'report.schema.json'), 'utf8')) as object;
  validateReport = createAjv().compile(schema);
});

function expectValidReport(report: unknown): void {
  const ok = validateReport(report);
  expect(ok ? [] : validateReport.errors).toEqual([]);
}

describe('JSON report of the demo (lint fixtures --format json)', () => {
  let run: RunResult;
  let report: Report;
  beforeAll(() => {
    ({ run, report } = lintJson(['fixtures']));
  });

  it('exits 1 (error findings), writes nothing to stderr, does not crash', () => {
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('validates against schemas/report.schema.json', () => {
    expectValidReport(report);
  });

  it('validates with findings left out by --max-findings-per-rule, which the summary still counts', () => {
    const capped = lintJson(['fixtures', '--max-findings-per-rule', '1']).report;
    expectValidReport(capped);
    expect(capped.omitted.length).toBeGreaterThan(0);
    expect(capped.summary.omitted).toBe(capped.omitted.reduce((n, o) => n + o.count, 0));
    expect(capped.findings.length + capped.summary.omitted).toBe(report.findings.length);
    expect({ ...capped.summary, omitted: 0 }).toEqual(report.summary);
  });

  it('names the tool, its version, the standard and the reference date', () => {
    expect(report.tool).toEqual({ name: 'odlint', version: pkgVersion });
    expect(report.standard).toEqual({ id: 'national-open-data', version: '1.2.0', title: 'National Open Data Standard for Tabular Data' });
    expect(report.now).toBe(NOW);
  });

  it('lists every rule with its help page, and every dataset with its publisher and files, clean ones too', () => {
    expect(report.rules!.map((r) => r.id)).toEqual([...report.rules!.map((r) => r.id)].sort());
    expect(report.rules!.find((r) => r.id === 'format/bom')).toEqual({
      id: 'format/bom', category: 'format', severity: 'info', check: 'bom', description: expect.any(String),
      helpUri: 'https://github.com/odlint/odlint/blob/main/docs/rules/format/bom.md', appliesTo: ['csv', 'json', 'ndjson', 'geojson', 'topojson'],
    });
    expect(report.rules!.find((r) => r.id === 'licence/open')!.appliesTo).toEqual(['metadata']);
    const register = report.datasets!.find((d) => d.metadataFile === 'fixtures/municipal-register/datapackage.json')!;
    expect(register.publisher).toBe('Municipal Demarcation Board');
    expect(register.files).toEqual(['fixtures/municipal-register/municipalities.csv']);
    expect(register.formats).toEqual({ 'fixtures/municipal-register/municipalities.csv': 'csv' });
    expect(report.datasets!.length).toBe(report.summary.datasets);
    // Linking findings name what they fail to join: the referenced package.
    const fk = report.findings.find((f) => f.ruleId === 'linking/foreign-key' && f.file.startsWith('fixtures/treasury/'))!;
    expect(fk.target).toBe('municipal-demarcation-register');
  });

  it('is pretty-printed JSON with two-space indent and a final newline', () => {
    expect(run.stdout).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('sorts findings by file, line, column, ruleId (file-level findings first)', () => {
    const sorted = [...report.findings].sort(compareFindingKeys);
    expect(report.findings.map((f) => `${f.file}:${f.line ?? '-'}:${f.column ?? '-'} ${f.ruleId}`)).toEqual(
      sorted.map((f) => `${f.file}:${f.line ?? '-'}:${f.column ?? '-'} ${f.ruleId}`),
    );
    for (let i = 1; i < report.findings.length; i++) {
      expect(compareFindingKeys(report.findings[i - 1]!, report.findings[i]!), `findings ${i - 1} and ${i} are out of order`).toBeLessThanOrEqual(0);
    }
  });

  it('reports file paths relative to the working directory with / separators', () => {
    for (const f of report.findings) {
      expect(f.file).toMatch(/^fixtures\//);
      expect(f.file).not.toContain('\\');
    }
  });

  it('summary matches the findings', () => {
    const count = (s: string): number => report.findings.filter((f) => f.severity === s).length;
    expect(report.summary.errors).toBe(count('error'));
    expect(report.summary.warnings).toBe(count('warning'));
    expect(report.summary.infos).toBe(count('info'));
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it('running twice gives identical bytes (JSON and stylish)', () => {
    const again = lintJson(['fixtures']).run;
    expect(again.stdoutBytes.equals(run.stdoutBytes)).toBe(true);
    const s1 = odlint(['lint', 'fixtures', '--now', NOW, '--no-color']);
    const s2 = odlint(['lint', 'fixtures', '--now', NOW, '--no-color']);
    expect(s1.code).toBe(1);
    expect(s2.stdoutBytes.equals(s1.stdoutBytes)).toBe(true);
  });

  it('does not depend on the order or form of the path arguments', () => {
    const parts = lintJson([
      'fixtures/water',
      'fixtures/transport/',
      'fixtures/treasury',
      'fixtures/loose',
      './fixtures/health',
      'fixtures/social-development',
      'fixtures/municipal-register/',
      'fixtures/education/datapackage.json',
    ]);
    expect(parts.run.stdout).toBe(run.stdout);
  });
});

describe('linting part of the demo', () => {
  it('the clean package alone exits 0 with the "No problems" line', () => {
    // --now keeps the run independent of today's date (time-dependent checks), as every e2e run does.
    const r = odlint(['lint', 'fixtures/municipal-register', '--now', NOW]);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^✔ No problems: 1 file in 1 dataset meets? national-open-data 1\.2\.0\.\n$/);
  });

  it('the clean package alone, as JSON: a valid report with no findings', () => {
    const { run, report } = lintJson(['fixtures/municipal-register']);
    expect(run.code).toBe(0);
    expectValidReport(report);
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ datasets: 1, files: 1, errors: 0, warnings: 0, infos: 0, omitted: 0, suppressed: 0 });
    expect(report.omitted).toEqual([]);
  });

  it('a single clean resource of a package (health/clinics.csv) is linted as that resource of its package only', () => {
    // The file is named on its own, but fixtures/health/datapackage.json describes it: it is checked against its
    // Table Schema as the package's resource (so no metadata-missing warning), and the package's other resource
    // (clinic-visits.csv, with 14 planted problems) is not linted. Its municipality codes reference the register, so
    // the register is linted with it.
    const r = odlint(['lint', 'fixtures/health/clinics.csv', 'fixtures/municipal-register', '--now', NOW]);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ No problems: 2 files in 2 datasets meets? national-open-data 1\.2\.0\.\n$/);
    const { report } = lintJson(['fixtures/health/clinics.csv', 'fixtures/municipal-register']);
    expectValidReport(report);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ datasets: 2, files: 2 });
  });

  it('a single resource whose foreign key leaves its package, linted without the other package: one finding at the key', () => {
    const { run, report } = lintJson(['fixtures/health/clinics.csv']);
    expect(run.code).toBe(1);
    expectValidReport(report);
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['fixtures/health/datapackage.json:115 linking/foreign-key']);
    expect(report.findings[0]!.message).toContain('which is outside the paths being linted; lint both folders together, e.g. odlint lint fixtures/health fixtures/municipal-register');
    expect(report.summary).toMatchObject({ datasets: 1, files: 1 });
  });

  it('a single resource with problems gets the same findings as in the whole-demo run, with its dataset name', () => {
    const whole = lintJson(['fixtures']).report.findings.filter((f) => f.file === 'fixtures/health/clinic-visits.csv');
    const { run, report } = lintJson(['fixtures/health/clinic-visits.csv']);
    expect(run.code).toBe(1);
    expectValidReport(report);
    expect(report.findings.filter((f) => f.file === 'fixtures/health/clinic-visits.csv')).toEqual(whole);
    // Its foreign key to clinics, not linted with it, is reported rather than silently passed.
    expect(report.findings.filter((f) => f.file !== 'fixtures/health/clinic-visits.csv').map((f) => [f.file, f.ruleId, f.hint])).toEqual([
      ['fixtures/health/datapackage.json', 'linking/foreign-key', 'Lint the whole package: odlint lint fixtures/health'],
    ]);
    expect(new Set(report.findings.map((f) => f.dataset))).toEqual(new Set(['health-clinic-statistics']));
    expect(report.summary).toMatchObject({ datasets: 1, files: 1 });
  });

  it('a single clean resource is linted the same from another working directory', () => {
    const r = odlint(['lint', 'health/clinics.csv', 'municipal-register', '--now', NOW], { cwd: path.join(REPO_ROOT, 'fixtures') });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ No problems: 2 files in 2 datasets/);
  });

  it('a datapackage.json path lints that package (here: treasury, every resource has problems)', () => {
    // With the register it references (also named by its datapackage.json), as in the whole-demo run.
    const whole = lintJson(['fixtures']).report.findings.filter((f) => f.file.startsWith('fixtures/treasury/'));
    const { run, report } = lintJson(['fixtures/treasury/datapackage.json', 'fixtures/municipal-register/datapackage.json']);
    expect(run.code).toBe(1);
    expectValidReport(report);
    expect(report.findings).toEqual(whole);
  });

  it('a quoted glob lints the matching files', () => {
    const { run, report } = lintJson(['fixtures/**/*.csv']);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expectValidReport(report);
    expect(new Set(report.findings.map((f) => f.file))).toEqual(
      new Set([
        'fixtures/education/datapackage.json',
        'fixtures/education/learner-counts.csv',
        'fixtures/education/schools.csv',
        'fixtures/health/clinic-visits.csv',
        'fixtures/loose/population-estimates.csv',
        'fixtures/social-development/datapackage.json',
        'fixtures/social-development/drop-in-centres.csv',
        'fixtures/transport/datapackage.json',
        'fixtures/transport/road-incidents.csv',
        'fixtures/treasury/grants.csv',
        'fixtures/treasury/spending.csv',
      ]),
    );
    // Every CSV of the demo, the register's too, so the links to it resolve as in the whole-demo run.
    expect(report.summary.files).toBe(13);
    const whole = lintJson(['fixtures']).report.findings;
    // Not matched by the glob: the JSON files of water/, and treasury's missing budget-2026.csv and 'outside' resource.
    expect(report.findings).toEqual(whole.filter((f) => !f.file.startsWith('fixtures/water/') && f.file !== 'fixtures/treasury/datapackage.json'));
  });
});
