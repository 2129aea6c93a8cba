// When a dataset is overdue, and how old its newest row may be: the arithmetic behind freshness/overdue and
// freshness/data-currency, kept here so both read the same way. All instants are epoch ms, UTC; `--now` is 00:00 UTC.
import { DAY_MS, daysInMonth, utcMs } from '../util/calendar.js';

export interface OverdueResult {
  /** modified + period: when the next update was due. */
  dueMs: number;
  /** dueMs + grace: after this instant the dataset is overdue. */
  deadlineMs: number;
  graceDays: number;
  overdue: boolean;
}

/** The grace after the due date: a fraction of the period, but at least minimumGraceDays. */
export function graceDays(periodDays: number, graceFraction: number, minimumGraceDays: number): number {
  return Math.max(periodDays * graceFraction, minimumGraceDays);
}

/** Overdue when now > modified + period + grace (at the deadline itself the dataset is still on time). */
export function overdue(modifiedMs: number, periodDays: number, grace: number, nowMs: number): OverdueResult {
  const dueMs = modifiedMs + periodDays * DAY_MS;
  const deadlineMs = dueMs + grace * DAY_MS;
  return { dueMs, deadlineMs, graceDays: grace, overdue: nowMs > deadlineMs };
}

/** The largest age the newest row may have: max(period × maxLagPeriods, minimumLag), in days. */
export function maximumLagDays(periodDays: number, maxLagPeriods: number, minimumLagDays: number): number {
  return Math.max(periodDays * maxLagPeriods, minimumLagDays);
}

/** The first and last instant of the period a temporal cell names, from its cast value (see tableschema/cast.ts). */
export function periodBounds(type: string, value: number): { startMs: number; endMs: number } | undefined {
  switch (type) {
    case 'date':
      return { startMs: value * DAY_MS, endMs: value * DAY_MS };
    case 'datetime':
      return { startMs: value, endMs: value };
    case 'yearmonth': {
      const y = Math.floor(value / 12);
      const m = value - y * 12 + 1; // 1-12
      return { startMs: utcMs(y, m, 1), endMs: utcMs(y, m, daysInMonth(y, m)) };
    }
    case 'year':
      return { startMs: utcMs(value, 1, 1), endMs: utcMs(value, 12, 31) };
    default:
      return undefined;
  }
}

/** The cell value of a temporal field for messages: 2025-09, 2025, 2025-09-30, 2025-09-30T10:00:00Z. */
export function formatTemporal(type: string, value: number): string {
  switch (type) {
    case 'yearmonth': {
      const y = Math.floor(value / 12);
      return `${String(y).padStart(4, '0')}-${String(value - y * 12 + 1).padStart(2, '0')}`;
    }
    case 'year':
      return String(value).padStart(4, '0');
    case 'date':
      return new Date(value * DAY_MS).toISOString().slice(0, 10);
    default:
      return new Date(value).toISOString().replace('.000Z', 'Z');
  }
}
