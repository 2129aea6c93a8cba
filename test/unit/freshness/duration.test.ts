// ISO 8601 durations as update periods (src/freshness/duration.ts).
import { describe, expect, it } from 'vitest';
import { describeDuration, durationDays, MONTH_DAYS, parseDuration, YEAR_DAYS } from '../../../src/freshness/duration.js';

describe('durations', () => {
  it('measures calendar units by the mean Gregorian year', () => {
    expect(MONTH_DAYS).toBe(30.436875);
    expect(YEAR_DAYS).toBe(365.2425);
    expect(durationDays(parseDuration('P1M')!)).toBe(30.436875);
    expect(durationDays(parseDuration('P3M')!)).toBeCloseTo(91.310625, 9);
    expect(durationDays(parseDuration('P1Y')!)).toBe(365.2425);
    expect(durationDays(parseDuration('P1W')!)).toBe(7);
    expect(durationDays(parseDuration('PT1H')!)).toBeCloseTo(1 / 24, 12);
    expect(durationDays(parseDuration('P0.5M')!)).toBeCloseTo(15.2184375, 9);
    expect(durationDays(parseDuration('P0,5M')!)).toBeCloseTo(15.2184375, 9);
    expect(durationDays(parseDuration('P0.33W')!)).toBeCloseTo(2.31, 9);
    expect(durationDays(parseDuration('P1DT12H')!)).toBe(1.5);
    expect(durationDays(parseDuration('P2DT8H')!)).toBeCloseTo(7 / 3, 9);
  });

  it('rejects what is not an ISO 8601 duration', () => {
    for (const s of ['P', 'PT', 'P1Q', '1M', 'P1.5Y2M', 'P1MT', 'p1m', 'P-1M', 'P1H', 'PT1D']) expect(parseDuration(s), s).toBeUndefined();
  });

  it('words periods for messages', () => {
    const words = (s: string) => describeDuration(parseDuration(s)!);
    expect(words('P1M')).toBe('monthly');
    expect(words('P3M')).toBe('quarterly');
    expect(words('P1Y')).toBe('annually');
    expect(words('P1W')).toBe('weekly');
    expect(words('P1D')).toBe('daily');
    expect(words('PT1H')).toBe('hourly');
    expect(words('P2W')).toBe('every 2 weeks');
    expect(words('P0.5M')).toBe('twice a month');
    expect(words('P0.33W')).toBe('3 times a week');
    expect(words('PT15M')).toBe('every 15 minutes');
    expect(words('P3DT12H')).toBe('every 3 days 12 hours');
  });
});
