// The overdue and data-currency arithmetic (src/freshness/overdue.ts).
import { describe, expect, it } from 'vitest';
import { DAY_MS, utcMs } from '../../../src/freshness/dates.js';
import { MONTH_DAYS, YEAR_DAYS } from '../../../src/freshness/duration.js';
import { formatTemporal, graceDays, maximumLagDays, overdue, periodBounds } from '../../../src/freshness/overdue.js';

describe('overdue arithmetic', () => {
  it('gives a grace of a fraction of the period, at least the minimum', () => {
    expect(graceDays(MONTH_DAYS, 0.25, 1)).toBeCloseTo(7.609, 3);
    expect(graceDays(1, 0.25, 1)).toBe(1);
    expect(graceDays(YEAR_DAYS, 0.25, 1)).toBeCloseTo(91.31, 2);
  });

  it('is overdue only after modified + period + grace', () => {
    const modified = utcMs(2026, 11, 1);
    expect(overdue(modified, 7, 1, utcMs(2026, 11, 9)).overdue).toBe(false);
    expect(overdue(modified, 7, 1, utcMs(2026, 11, 9) + 1).overdue).toBe(true);
    expect(overdue(modified, 7, 1, 0).dueMs).toBe(modified + 7 * DAY_MS);
  });

  it('allows the newest row max(period x periods, minimum) of lag', () => {
    expect(maximumLagDays(MONTH_DAYS, 3, 90)).toBeCloseTo(91.31, 2);
    expect(maximumLagDays(7, 3, 90)).toBe(90);
  });

  it('turns temporal values into the bounds of their period', () => {
    const ym = 2025 * 12 + 8; // 2025-09
    expect(periodBounds('yearmonth', ym)).toEqual({ startMs: utcMs(2025, 9, 1), endMs: utcMs(2025, 9, 30) });
    expect(periodBounds('yearmonth', 2024 * 12 + 1)!.endMs).toBe(utcMs(2024, 2, 29));
    expect(periodBounds('year', 2025)).toEqual({ startMs: utcMs(2025, 1, 1), endMs: utcMs(2025, 12, 31) });
    expect(periodBounds('date', 20_000)).toEqual({ startMs: 20_000 * DAY_MS, endMs: 20_000 * DAY_MS });
    expect(periodBounds('datetime', 123)).toEqual({ startMs: 123, endMs: 123 });
    expect(periodBounds('string', 1)).toBeUndefined();
    expect(formatTemporal('yearmonth', ym)).toBe('2025-09');
    expect(formatTemporal('year', 2025)).toBe('2025');
    expect(formatTemporal('date', utcMs(2025, 9, 30) / DAY_MS)).toBe('2025-09-30');
    expect(formatTemporal('datetime', Date.UTC(2025, 8, 30, 10))).toBe('2025-09-30T10:00:00Z');
  });

  it('bounds December, and the years 0-99 that Date.UTC would read as 19xx, on the proleptic Gregorian calendar', () => {
    // What Date gives when its year is set explicitly (setUTCFullYear does not map 0-99 to 19xx).
    const day = (y: number, m0: number, d: number) => {
      const date = new Date(0);
      date.setUTCFullYear(y, m0, d);
      return date.getTime();
    };
    expect(periodBounds('yearmonth', 2025 * 12 + 11)).toEqual({ startMs: day(2025, 11, 1), endMs: day(2025, 11, 31) });
    expect(periodBounds('yearmonth', 44 * 12 + 1)).toEqual({ startMs: day(44, 1, 1), endMs: day(44, 1, 29) });
    expect(periodBounds('yearmonth', 100 * 12 + 1)!.endMs).toBe(day(100, 1, 28));
    expect(periodBounds('year', 7)).toEqual({ startMs: day(7, 0, 1), endMs: day(7, 11, 31) });
  });
});
