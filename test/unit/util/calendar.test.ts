import { describe, expect, it } from 'vitest';
import {
  calendarDateMs, DAY_MS, daysFromCivil, daysInMonth, daysInYear, isCalendarDate, isLeapYear, MONTH_NAMES, utcMs, wrapToDay,
} from '../../../src/util/calendar.js';

describe('calendar', () => {
  it('knows the Gregorian leap years', () => {
    expect([2024, 2000, 1600, 0, -4].map(isLeapYear)).toEqual([true, true, true, true, true]);
    expect([2025, 1900, 2100, 1].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(1900)).toBe(365);
  });

  it('knows the length of every month', () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2025, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(MONTH_NAMES[1]).toBe('February');
  });

  it('counts days from 1970-01-01 as Date does, and before year 100 too', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    for (const [y, m, d] of [[2026, 11, 27], [2000, 2, 29], [1600, 3, 1], [1899, 12, 31], [9999, 12, 31]] as const) {
      expect(daysFromCivil(y, m, d) * DAY_MS).toBe(Date.UTC(y, m - 1, d));
    }
    const early = new Date(utcMs(99, 1, 1));
    expect([early.getUTCFullYear(), early.getUTCMonth(), early.getUTCDate()]).toEqual([99, 0, 1]);
  });

  it('gives epoch ms of a UTC time', () => {
    expect(utcMs(2026, 11, 5, 8, 30, 15, 250)).toBe(Date.UTC(2026, 10, 5, 8, 30, 15, 250));
    expect(utcMs(2026, 11, 5)).toBe(Date.UTC(2026, 10, 5));
  });

  it('wraps a shifted time of day into one day', () => {
    expect(wrapToDay(-3600)).toBe(82800);
    expect(wrapToDay(86400 + 60)).toBe(60);
    expect(wrapToDay(43200)).toBe(43200);
  });
});

describe('calendar dates (YYYY-MM-DD)', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '27/11/2026', '2026-11-27T00:00:00Z', '']) expect(isCalendarDate(bad), bad).toBe(false);
  });

  it('gives the start of the day in UTC, and refuses anything else', () => {
    expect(calendarDateMs('2026-11-27')).toBe(Date.UTC(2026, 10, 27));
    expect(() => calendarDateMs('2026-02-30')).toThrow(/not YYYY-MM-DD/);
  });
});
