import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, datapackage, type FileContent, lintWith } from '../../../helpers/lint-files.js';

const lint = lintWith('data-currency');
afterEach(cleanupTempDirs);

type Fields = Array<Record<string, unknown>>;

/** A one-resource package: data file, its fields, and package metadata (monthly by default). */
function pkg(file: string, content: FileContent, fields: Fields, meta: Record<string, unknown> = {}, own: Record<string, unknown> = {}) {
  const resource = { name: 'data', path: file, schema: { fields }, ...own };
  return { [file]: content, 'datapackage.json': datapackage([resource], { modified: '2026-11-20', accrualPeriodicity: 'R/P1M', ...meta }) };
}

const VISIT_FIELDS: Fields = [{ name: 'clinic_id' }, { name: 'month', type: 'yearmonth' }, { name: 'visits', type: 'integer' }];
const visits = (...months: string[]) => `clinic_id,month,visits\n${months.map((m, i) => `CLN-${i},${m},10`).join('\n')}\n`;

describe('freshness/data-currency', () => {
  it("reports a monthly dataset whose newest 'month' (yearmonth) is 14 months old, at the newest row", async () => {
    const findings = await lint(pkg('visits.csv', visits('2025-07', '2025-09', '2025-08'), VISIT_FIELDS));
    expect(brief(findings)).toEqual([
      {
        ruleId: 'freshness/data-currency',
        message: "The newest 'month' is 2025-09 (14 months before 2026-11-27) although the dataset is updated monthly ('R/P1M')",
        file: 'visits.csv',
        line: 3,
        column: 2,
        field: 'month',
      },
    ]);
    expect(findings[0]!.hint).toBe(
      "Rows of a dataset updated monthly should reach to within 91.3 days of the reference date (3 periods, at least P90D): add the recent periods, or correct 'accrualPeriodicity'. If 'month' is not the period the rows describe, give its schema field \"temporal\": false",
    );
    // The age and the reference date are named 'age' and 'now', so the fingerprint stays as days pass.
    expect(findings[0]).toMatchObject({
      messageId: 'stale',
      data: { field: 'month', newest: '2025-09', age: '14 months', now: '2026-11-27', frequency: 'monthly', declared: 'R/P1M' },
    });
  });

  it('passes a monthly dataset with recent months (the fixture: newest 2026-09 at 2026-11-27)', async () => {
    expect(await lint(pkg('visits.csv', visits('2026-01', '2026-09'), VISIT_FIELDS))).toEqual([]);
  });

  it("does not take an opening date for the period: 'opening_date' with old dates passes", async () => {
    const fields: Fields = [{ name: 'clinic_id' }, { name: 'opening_date', type: 'date' }, { name: 'opened_date', type: 'date' }];
    expect(await lint(pkg('clinics.csv', 'clinic_id,opening_date,opened_date\nCLN-1,1994-05-01,1994-05-01\nCLN-2,2003-02-14,2003-02-14\n', fields))).toEqual([]);
  });

  it('takes a custom-named field marked "temporal": true', async () => {
    const fields: Fields = [{ name: 'survey_wave_end', type: 'date', temporal: true }, { name: 'opened', type: 'date' }];
    const findings = await lint(pkg('survey.csv', 'survey_wave_end,opened\n2026-01-31,2026-11-01\n2026-02-28,2026-11-01\n', fields));
    expect(brief(findings)).toEqual([
      {
        ruleId: 'freshness/data-currency',
        message: "The newest 'survey_wave_end' is 2026-02-28 (8 months before 2026-11-27) although the dataset is updated monthly ('R/P1M')",
        file: 'survey.csv',
        line: 3,
        column: 1,
        field: 'survey_wave_end',
      },
    ]);
  });

  it('ignores a conventional name marked "temporal": false, and fields of other types', async () => {
    const off: Fields = [{ name: 'month', type: 'yearmonth', temporal: false }];
    expect(await lint(pkg('a.csv', 'month\n2020-01\n', off))).toEqual([]);
    const text: Fields = [{ name: 'month', type: 'string' }, { name: 'period', type: 'integer' }, { name: 'as_of', type: 'string', temporal: true }];
    expect(await lint(pkg('a.csv', 'month,period,as_of\n2020-01,2020,2020-01-01\n', text))).toEqual([]);
  });

  it('matches conventional names ignoring case', async () => {
    const fields: Fields = [{ name: 'Reporting_Period', type: 'yearmonth' }];
    expect(await lint(pkg('a.csv', 'Reporting_Period\n2024-03\n', fields))).toHaveLength(1);
  });

  it('reads JSON and NDJSON resources too', async () => {
    const fields: Fields = [{ name: 'station' }, { name: 'reference_date', type: 'date' }];
    const json = '[\n  {"station": "A", "reference_date": "2025-10-01"},\n  {"station": "B", "reference_date": "2025-11-30"}\n]\n';
    const findings = await lint(pkg('readings.json', json, fields));
    expect(brief(findings)).toEqual([
      {
        ruleId: 'freshness/data-currency',
        message: "The newest 'reference_date' is 2025-11-30 (11 months before 2026-11-27) although the dataset is updated monthly ('R/P1M')",
        file: 'readings.json',
        line: 3,
        field: 'reference_date',
      },
    ]);
    const ndjson = '{"station": "A", "reference_date": "2025-10-01"}\n{"station": "B", "reference_date": "2026-11-20"}\n';
    expect(await lint(pkg('readings.ndjson', ndjson, fields))).toEqual([]);
    expect(await lint(pkg('readings.ndjson', ndjson.replace('2026-11-20', '2026-01-20'), fields))).toHaveLength(1);
  });

  it('reads the frequency in every form, and skips irregular, unknown and missing ones', async () => {
    for (const f of ['MONTHLY', 'monthly', 'http://publications.europa.eu/resource/authority/frequency/MONTHLY', 'http://purl.org/cld/freq/monthly', 'R/P0.5M', 'R/PT1H']) {
      expect(await lint(pkg('visits.csv', visits('2025-09'), VISIT_FIELDS, { accrualPeriodicity: f })), f).toHaveLength(1);
    }
    for (const f of ['IRREG', 'irregular', 'NEVER', 'R/PT1S', 'every month', undefined]) {
      expect(await lint(pkg('visits.csv', visits('2015-09'), VISIT_FIELDS, { accrualPeriodicity: f })), String(f)).toEqual([]);
    }
  });

  it('allows three periods for quarterly and annual data', async () => {
    const quarterly: Fields = [{ name: 'quarter', type: 'date' }];
    // Three quarters = 273.9 days: 2026-02-27 is 273 days before 2026-11-27.
    expect(await lint(pkg('q.csv', 'quarter\n2026-02-27\n', quarterly, { accrualPeriodicity: 'QUARTERLY' }))).toEqual([]);
    expect(await lint(pkg('q.csv', 'quarter\n2026-02-26\n', quarterly, { accrualPeriodicity: 'QUARTERLY' }))).toHaveLength(1);
    const annual: Fields = [{ name: 'period', type: 'year' }];
    expect(await lint(pkg('y.csv', 'period\n2022\n2023\n', annual, { accrualPeriodicity: 'R/P1Y' }))).toEqual([]);
    const findings = await lint(pkg('y.csv', 'period\n2021\n2022\n', annual, { accrualPeriodicity: 'ANNUAL' }));
    expect(findings.map((f) => f.message)).toEqual(["The newest 'period' is 2022 (4 years before 2026-11-27) although the dataset is updated annually ('ANNUAL')"]);
  });

  it('counts from the last day of the period and reports only past max(period x 3, 90 days)', async () => {
    // Monthly: 3 x 30.436875 = 91.3 days. 2026-08-28 is 91 days before 2026-11-27, 2026-08-27 is 92.
    const fields: Fields = [{ name: 'as_of_date', type: 'date' }];
    expect(await lint(pkg('a.csv', 'as_of_date\n2026-08-28\n', fields))).toEqual([]);
    expect(await lint(pkg('a.csv', 'as_of_date\n2026-08-27\n', fields))).toHaveLength(1);
    // A yearmonth ends on its last day: 2026-08 ends 2026-08-31, 88 days before 2026-11-27.
    expect(await lint(pkg('visits.csv', visits('2026-08'), VISIT_FIELDS))).toEqual([]);
    // Weekly: 3 weeks is less than the minimum lag of 90 days.
    const weekly = { accrualPeriodicity: 'R/P1W' };
    expect(await lint(pkg('a.csv', 'as_of_date\n2026-08-29\n', fields, weekly))).toEqual([]);
    expect(await lint(pkg('a.csv', 'as_of_date\n2026-08-28\n', fields, weekly))).toHaveLength(1);
  });

  it('applies the options', async () => {
    const fields: Fields = [{ name: 'wave', type: 'date' }, { name: 'month', type: 'yearmonth' }];
    const content = 'wave,month\n2026-06-30,2026-10\n';
    expect(await lint(pkg('a.csv', content, fields))).toEqual([]);
    expect(brief(await lint(pkg('a.csv', content, fields), { options: { fieldNames: ['wave'] } })).map((f) => f.field)).toEqual(['wave']);
    expect(await lint(pkg('a.csv', content, fields), { options: { fieldNames: ['wave'], maxLagPeriods: 6 } })).toEqual([]);
    expect(await lint(pkg('a.csv', 'month\n2026-09\n', [{ name: 'month', type: 'yearmonth' }]), { options: { maxLagPeriods: 1, minimumLag: 'P30D' } })).toHaveLength(1);
  });

  it('reports a newest period more than one update period ahead, unless reportFuture is false', async () => {
    expect(await lint(pkg('visits.csv', visits('2026-11', '2026-12'), VISIT_FIELDS))).toEqual([]);
    const findings = await lint(pkg('visits.csv', visits('2026-11', '2027-03'), VISIT_FIELDS));
    expect(findings.map((f) => f.message)).toEqual(["The newest 'month' is 2027-03, more than one update period (monthly) after 2026-11-27"]);
    expect(findings[0]).toMatchObject({ messageId: 'future', data: { field: 'month', newest: '2027-03', frequency: 'monthly', now: '2026-11-27' } });
    expect(await lint(pkg('visits.csv', visits('2026-11', '2027-03'), VISIT_FIELDS), { options: { reportFuture: false } })).toEqual([]);
  });

  it('reads datetimes', async () => {
    const fields: Fields = [{ name: 'as_of', type: 'datetime' }];
    const findings = await lint(pkg('a.csv', 'as_of\n2026-01-15T10:00:00Z\n', fields));
    expect(findings.map((f) => f.message)).toEqual(["The newest 'as_of' is 2026-01-15T10:00:00Z (10 months before 2026-11-27) although the dataset is updated monthly ('R/P1M')"]);
    expect(await lint(pkg('a.csv', 'as_of\n2026-11-27T10:00:00Z\n', fields))).toEqual([]);
  });

  it('skips missing and invalid cells (the type rule reports those)', async () => {
    const findings = await lint(pkg('visits.csv', visits('2025-01', '', '2026-13', 'soon'), VISIT_FIELDS));
    expect(findings.map((f) => f.message)).toEqual(["The newest 'month' is 2025-01 (22 months before 2026-11-27) although the dataset is updated monthly ('R/P1M')"]);
    expect(await lint(pkg('visits.csv', visits('', 'soon'), VISIT_FIELDS))).toEqual([]);
  });

  it("uses the resource's own frequency first", async () => {
    expect(await lint(pkg('visits.csv', visits('2025-09'), VISIT_FIELDS, {}, { accrualPeriodicity: 'R/P1Y' }))).toEqual([]);
    expect(await lint(pkg('visits.csv', visits('2025-09'), VISIT_FIELDS, { accrualPeriodicity: 'R/P1Y' }, { accrualPeriodicity: 'R/P1M' }))).toHaveLength(1);
  });

  it('takes the newest value over every part of a multipart resource, and reports once', async () => {
    const resource = { name: 'visits', path: ['v1.csv', 'v2.csv'], schema: { fields: VISIT_FIELDS } };
    const meta = { modified: '2026-11-20', accrualPeriodicity: 'R/P1M' };
    const fresh = { 'datapackage.json': datapackage([resource], meta), 'v1.csv': visits('2024-01'), 'v2.csv': 'CLN-1,2026-10,5\n' };
    expect(await lint(fresh)).toEqual([]);
    const stale = { 'datapackage.json': datapackage([resource], meta), 'v1.csv': visits('2025-02', '2025-03'), 'v2.csv': 'CLN-1,2024-10,5\n' };
    expect(brief(await lint(stale))).toEqual([
      {
        ruleId: 'freshness/data-currency',
        message: "The newest 'month' is 2025-03 (20 months before 2026-11-27) although the dataset is updated monthly ('R/P1M')",
        file: 'v1.csv',
        line: 3,
        column: 2,
        field: 'month',
      },
    ]);
  });

  it('passes lone files and packages without a schema', async () => {
    expect(await lint({ 'visits.csv': visits('2015-01') })).toEqual([]);
    const text = datapackage([{ name: 'v', path: 'visits.csv' }], { accrualPeriodicity: 'R/P1M' });
    expect(await lint({ 'datapackage.json': text, 'visits.csv': visits('2015-01') })).toEqual([]);
  });
});
