// Strict ISO 8601 dates and date-times, and ages in words (src/freshness/dates.ts).
import { describe, expect, it } from 'vitest';
import { describeAge, parseIsoInstant, utcMs } from '../../../src/freshness/dates.js';
import { calendarDateMs as nowMs } from '../../../src/util/calendar.js';

describe('parseIsoInstant', () => {
  it('reads dates and date-times in UTC', () => {
    expect(parseIsoInstant('2026-11-05')).toEqual({ ok: true, ms: Date.UTC(2026, 10, 5), kind: 'date', zone: true });
    expect(parseIsoInstant('2026-11-05T08:30:00Z')).toEqual({ ok: true, ms: Date.UTC(2026, 10, 5, 8, 30), kind: 'datetime', zone: true });
    expect(parseIsoInstant('2026-11-05T08:30:00+02:00')).toMatchObject({ ok: true, ms: Date.UTC(2026, 10, 5, 6, 30), zone: true });
    expect(parseIsoInstant('2026-11-05T08:30-0130')).toMatchObject({ ok: true, ms: Date.UTC(2026, 10, 5, 10, 0) });
    expect(parseIsoInstant('2026-11-05 08:30:00.5')).toMatchObject({ ok: true, ms: Date.UTC(2026, 10, 5, 8, 30, 0, 500), zone: false });
    expect(parseIsoInstant('2024-02-29')).toMatchObject({ ok: true });
    expect(parseIsoInstant('2000-02-29')).toMatchObject({ ok: true });
    expect(parseIsoInstant('0099-01-01')).toMatchObject({ ok: true, ms: utcMs(99, 1, 1) });
    expect(new Date(utcMs(99, 1, 1)).getUTCFullYear()).toBe(99);
  });

  it('rejects what is not a full ISO 8601 date, with the reason', () => {
    const reason = (s: string) => {
      const p = parseIsoInstant(s);
      return p.ok ? 'ok' : p.reason;
    };
    expect(reason('last Tuesday')).toBe('it is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm:ssZ)');
    expect(reason('2026-13-01')).toBe('there is no month 13');
    expect(reason('2026-00-10')).toBe('there is no month 0');
    expect(reason('2026-02-29')).toBe('February 2026 has no day 29');
    expect(reason('1900-02-29')).toBe('February 1900 has no day 29');
    expect(reason('2026-04-31')).toBe('April 2026 has no day 31');
    expect(reason('2026-04-00')).toBe('there is no day 0');
    expect(reason('2026-11-05T24:00:00Z')).toBe('there is no hour 24 (hours run from 00 to 23)');
    expect(reason('2026-11-05T10:60:00Z')).toBe('there is no minute 60');
    expect(reason('2026-11-05T10:00:60Z')).toBe('there is no second 60');
    expect(reason('2026-11-05T10:00:00+25:00')).toBe("'+25:00' is not a valid time zone offset");
    expect(reason('2026-11')).toBe('it gives a month, not a day (write YYYY-MM-DD)');
    expect(reason('2026')).toBe('it gives a year, not a day (write YYYY-MM-DD)');
    expect(reason('20261105')).toBe('it uses the basic format without hyphens (write YYYY-MM-DD)');
    expect(reason('5/11/2026')).toBe('the order of day and month is ambiguous (write YYYY-MM-DD)');
    expect(reason('2026/11/05')).toBe('it uses slashes (write YYYY-MM-DD)');
    expect(reason('2026-11-5')).toBe('months and days need two digits (write YYYY-MM-DD)');
    expect(reason(' 2026-11-05')).toBe('it has leading or trailing white space');
    expect(reason('')).toBe('it is empty');
    expect(reason('R/P1D')).toBe('it is a repeating interval (an update frequency), not the date of the last change');
  });

  it('describes ages in days, months and years', () => {
    const now = nowMs('2026-11-27');
    expect(describeAge(utcMs(2026, 11, 26), now)).toBe('1 day');
    expect(describeAge(utcMs(2026, 10, 1), now)).toBe('57 days');
    expect(describeAge(utcMs(2025, 9, 1), now)).toBe('14 months');
    expect(describeAge(utcMs(2025, 9, 28), now)).toBe('13 months');
    expect(describeAge(utcMs(2022, 1, 1), now)).toBe('4 years');
    expect(() => nowMs('27/11/2026')).toThrow();
  });
});
