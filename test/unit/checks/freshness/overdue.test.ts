import { afterEach, describe, expect, it } from 'vitest';
import { OdlintError } from '../../../../src/util/errors.js';
import { brief, cleanupTempDirs, datapackage, lintFiles, lintWith, positionOf } from '../../../helpers/lint-files.js';

const lint = lintWith('overdue');
afterEach(cleanupTempDirs);

function pkg(meta: Record<string, unknown>, own: Record<string, unknown> = {}) {
  const text = datapackage([{ name: 'data', path: 'data.csv', ...own }], meta);
  return { text, files: { 'datapackage.json': text, 'data.csv': 'id\n1\n' } };
}

/** Whether a package with this modified date and frequency is overdue at `now` (default options unless given). */
async function isOverdue(modified: string, accrualPeriodicity: unknown, now: string, options?: Record<string, unknown>): Promise<boolean> {
  const findings = await lint(pkg({ modified, accrualPeriodicity }).files, { now, options });
  return findings.length > 0;
}

describe('freshness/overdue', () => {
  it('passes data updated within its period (the fixtures: monthly, weekly, annual)', async () => {
    expect(await isOverdue('2026-11-05', 'R/P1M', '2026-11-27')).toBe(false);
    expect(await isOverdue('2026-11-24', 'R/P1W', '2026-11-27')).toBe(false);
    expect(await isOverdue('2026-11-02', 'R/P1Y', '2026-11-27')).toBe(false);
  });

  it('reports a monthly dataset last modified months ago, at its modified date', async () => {
    const { text, files } = pkg({ modified: '2026-06-01', accrualPeriodicity: 'R/P1M' });
    const findings = await lint(files, { now: '2026-11-27' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'freshness/overdue',
        message: "The package was last modified on 2026-06-01 and is updated monthly ('R/P1M'): the next update was due on 2026-07-01 and is 148 days late at 2026-11-27",
        file: 'datapackage.json',
        ...positionOf(text, '"2026-06-01"'),
      },
    ]);
    expect(findings[0]!.hint).toBe("Publish the update and set 'modified' to its date, or correct 'accrualPeriodicity' if the schedule has changed. The standard allows 7.6 days of grace after the due date");
    // The delay is a number named 'late', and the reference date is 'now': neither enters the fingerprint.
    expect(findings[0]).toMatchObject({
      messageId: 'overdue',
      data: { modified: '2026-06-01', frequency: 'monthly', declared: 'R/P1M', due: '2026-07-01', late: 148, now: '2026-11-27' },
    });
  });

  it('is on time exactly at the deadline (modified + period + grace) and overdue the day after', async () => {
    // Four weeks: 28 days + 25% grace = 35 days after 2026-10-23 is 2026-11-27.
    expect(await isOverdue('2026-10-23', 'R/P4W', '2026-11-27')).toBe(false);
    expect(await isOverdue('2026-10-23', 'R/P4W', '2026-11-28')).toBe(true);
    // Daily: 1 day + the minimum grace of 1 day (25% would be 6 hours).
    expect(await isOverdue('2026-11-25', 'R/P1D', '2026-11-27')).toBe(false);
    expect(await isOverdue('2026-11-25', 'R/P1D', '2026-11-28')).toBe(true);
    // Monthly: P1M = 30.436875 days, grace 7.609 days: the deadline is 2026-10-09T01:06Z.
    expect(await isOverdue('2026-09-01', 'MONTHLY', '2026-10-09')).toBe(false);
    expect(await isOverdue('2026-09-01', 'MONTHLY', '2026-10-10')).toBe(true);
    // Annual: P1Y = 365.2425 days, grace 91.3 days: the deadline is 2026-08-31T13:20Z.
    expect(await isOverdue('2025-06-01', 'ANNUAL', '2026-08-31')).toBe(false);
    expect(await isOverdue('2025-06-01', 'ANNUAL', '2026-09-01')).toBe(true);
  });

  it('applies the grace options', async () => {
    // No fractional grace: only the minimum (one day) is left.
    expect(await isOverdue('2026-11-19', 'R/P1W', '2026-11-27', { graceFraction: 0 })).toBe(false);
    expect(await isOverdue('2026-11-19', 'R/P1W', '2026-11-28', { graceFraction: 0 })).toBe(true);
    // Half a period of grace for monthly data.
    expect(await isOverdue('2026-09-01', 'R/P1M', '2026-10-10', { graceFraction: 0.5 })).toBe(false);
    expect(await isOverdue('2026-09-01', 'R/P1M', '2026-10-17', { graceFraction: 0.5 })).toBe(true);
    // A week's minimum grace for daily data.
    expect(await isOverdue('2026-11-19', 'R/P1D', '2026-11-27', { minimumGrace: 'P7D' })).toBe(false);
    expect(await isOverdue('2026-11-19', 'R/P1D', '2026-11-28', { minimumGrace: 'P7D' })).toBe(true);
    expect(await isOverdue('2026-11-25', 'R/P1D', '2026-11-28', { minimumGrace: 'PT12H' })).toBe(true);
  });

  it('reads every frequency form', async () => {
    const old = '2025-01-01';
    const overdueAt = '2026-11-27';
    for (const f of [
      'R/P1M', 'R/P3M', 'R/P1Y', 'R/PT1H', 'R/P0.5M', 'R/P0.33W', 'MONTHLY', 'QUARTERLY', 'ANNUAL', 'monthly', 'quarterly', 'annual',
      'http://publications.europa.eu/resource/authority/frequency/MONTHLY', 'http://purl.org/cld/freq/quarterly',
      { '@id': 'http://publications.europa.eu/resource/authority/frequency/ANNUAL' },
    ]) {
      expect(await isOverdue(old, f, overdueAt), JSON.stringify(f)).toBe(true);
    }
    // Quarterly: 91.3 days + 22.8 days of grace.
    expect(await isOverdue('2026-08-10', 'QUARTERLY', '2026-11-27')).toBe(false);
    expect(await isOverdue('2026-08-01', 'http://publications.europa.eu/resource/authority/frequency/QUARTERLY', '2026-11-27')).toBe(true);
    // Twice a month: 15.2 days + 3.8 days of grace = 19.02 days.
    expect(await isOverdue('2026-11-08', 'R/P0.5M', '2026-11-27')).toBe(false);
    expect(await isOverdue('2026-11-07', 'R/P0.5M', '2026-11-27')).toBe(true);
    expect(await isOverdue('2026-11-07', 'semimonthly', '2026-11-27')).toBe(true);
  });

  it('words hourly data by the hour', async () => {
    const findings = await lint(pkg({ modified: '2026-11-25T10:00:00Z', accrualPeriodicity: 'R/PT1H' }).files, { now: '2026-11-27' });
    expect(findings.map((f) => f.message)).toEqual([
      "The package was last modified on 2026-11-25T10:00:00Z and is updated hourly ('R/PT1H'): the next update was due on 2026-11-25T11:00:00Z and is 1.5 days late at 2026-11-27",
    ]);
    expect(findings[0]!.data).toMatchObject({ due: '2026-11-25T11:00:00Z', late: 1.5 });
    expect(await isOverdue('2026-11-26T00:00:00Z', 'R/PT1H', '2026-11-27')).toBe(false); // the minimum grace is a day
  });

  it('words a delay of a day, and of a fraction of a day, as describeDays does', async () => {
    // Daily data modified 2026-11-25: due on the 26th, the minimum grace of a day ends on the 27th.
    const day = await lint(pkg({ modified: '2026-11-25', accrualPeriodicity: 'R/P1D' }).files, { now: '2026-11-28' });
    expect(day.map((f) => [f.message, f.data?.late])).toEqual([
      ["The package was last modified on 2026-11-25 and is updated daily ('R/P1D'): the next update was due on 2026-11-26 and is 2 days late at 2026-11-28", 2],
    ]);
    const hours = await lint(pkg({ modified: '2026-11-26T00:00:00Z', accrualPeriodicity: 'R/PT12H' }).files, { now: '2026-11-28', options: { minimumGrace: 'PT12H' } });
    expect(hours.map((f) => [f.message, f.data?.late])).toEqual([
      ["The package was last modified on 2026-11-26T00:00:00Z and is updated every 12 hours ('R/PT12H'): the next update was due on 2026-11-26T12:00:00Z and is 1.5 days late at 2026-11-28", 1.5],
    ]);
    // Hourly data modified 23:00 the day before yesterday: due at midnight, a day before the reference date.
    const one = await lint(pkg({ modified: '2026-11-26T23:00:00Z', accrualPeriodicity: 'R/PT1H' }).files, { now: '2026-11-28', options: { minimumGrace: 'PT1H' } });
    expect(one[0]!.message).toMatch(/due on 2026-11-27 and is 1 day late at 2026-11-28$/);
    expect(one[0]!.data?.late).toBe(1);
    // 47 hours late is 2.0 days to a tenth: written '2 days', like describeDays.
    const almost = await lint(pkg({ modified: '2026-11-26T00:00:00Z', accrualPeriodicity: 'R/PT1H' }).files, { now: '2026-11-28', options: { minimumGrace: 'PT1H' } });
    expect(almost[0]!.message).toMatch(/and is 2 days late at 2026-11-28$/);
    expect(almost[0]!.data?.late).toBe(2);
  });

  it('never reports irregular, continuous, never or unknown frequencies', async () => {
    for (const f of ['IRREG', 'irregular', 'NEVER', 'UNKNOWN', 'CONT', 'R/PT1S', 'http://publications.europa.eu/resource/authority/frequency/IRREG', 'http://purl.org/cld/freq/irregular']) {
      expect(await isOverdue('2015-01-01', f, '2026-11-27'), f).toBe(false);
    }
  });

  it('leaves missing, invalid and future values to the other freshness rules', async () => {
    expect(await lint(pkg({ modified: '2015-01-01' }).files)).toEqual([]);
    expect(await lint(pkg({ accrualPeriodicity: 'R/P1M' }).files)).toEqual([]);
    expect(await isOverdue('2026-13-01', 'R/P1M', '2026-11-27')).toBe(false);
    expect(await isOverdue('2015-01-01', 'every month', '2026-11-27')).toBe(false);
    expect(await isOverdue('2027-01-01', 'R/P1M', '2026-11-27')).toBe(false);
    expect(await lint({ 'data.csv': 'id\n1\n' })).toEqual([]);
  });

  it('uses the resource values first, and reports each distinct pair once', async () => {
    // The resource's own date is recent although the package's is old: not overdue, and the package's date describes no data.
    expect(await lint(pkg({ modified: '2025-01-01', accrualPeriodicity: 'R/P1M' }, { modified: '2026-11-20' }).files)).toEqual([]);
    // The package is annual and on time, but resource 'visits' is monthly.
    const text = datapackage(
      [{ name: 'clinics', path: 'a.csv' }, { name: 'visits', path: 'b.csv', accrualPeriodicity: 'R/P1M' }, { name: 'staff', path: 'c.csv' }],
      { modified: '2026-06-01', accrualPeriodicity: 'R/P1Y' },
    );
    const findings = await lint({ 'datapackage.json': text, 'a.csv': 'x\n1\n', 'b.csv': 'x\n1\n', 'c.csv': 'x\n1\n' });
    expect(findings[0]).toMatchObject({ messageId: 'resourceOverdue', data: { resource: "Resource 'visits'" } });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'freshness/overdue',
        message: "Resource 'visits' was last modified on 2026-06-01 and is updated monthly ('R/P1M'): the next update was due on 2026-07-01 and is 148 days late at 2026-11-27",
        file: 'datapackage.json',
        ...positionOf(text, '"2026-06-01"'),
      },
    ]);
    // An old package date inherited by two resources is reported once.
    const text2 = datapackage([{ name: 'a', path: 'a.csv' }, { name: 'b', path: 'b.csv' }], { modified: '2025-01-01', accrualPeriodicity: 'R/P1M' });
    expect(await lint({ 'datapackage.json': text2, 'a.csv': 'x\n1\n', 'b.csv': 'x\n1\n' })).toHaveLength(1);
  });

  it('rejects a minimumGrace that is not a duration', async () => {
    const { files } = pkg({ modified: '2026-11-01', accrualPeriodicity: 'R/P1M' });
    await expect(lintFiles(files, { check: 'overdue', options: { minimumGrace: 'P1Q' } })).rejects.toThrow(OdlintError);
  });
});
