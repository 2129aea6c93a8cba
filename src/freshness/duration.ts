// ISO 8601 durations (PnYnMnWnDTnHnMnS) as update periods, and their length in days.
//
// Calendar units have no fixed length, so a period is measured with the mean Gregorian year: P1Y = 365.2425 days,
// P1M = P1Y / 12 = 30.436875 days, P1W = 7 days, P1D = 24 hours (UTC has no daylight saving). Fractions are accepted
// with '.' or ',' on the last (lowest-order) component only, as ISO 8601 allows: P0.5M, P0.33W, PT1.5H.

export const YEAR_DAYS = 365.2425;
export const MONTH_DAYS = YEAR_DAYS / 12; // 30.436875
export const WEEK_DAYS = 7;

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
type Unit = (typeof UNITS)[number];

const DURATION_RE =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/** Parses an ISO 8601 duration; undefined when the text is not one (or has no component, or a fraction that is not last). */
export function parseDuration(text: string): Duration | undefined {
  const m = DURATION_RE.exec(text);
  if (!m) return undefined;
  if (text === 'P' || text.endsWith('T')) return undefined;
  const d: Duration = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
  let last = -1;
  let fractionAt = -1;
  UNITS.forEach((unit, i) => {
    const raw = m[i + 1];
    if (raw === undefined) return;
    last = i;
    if (/[.,]/.test(raw)) fractionAt = i;
    d[unit] = Number(raw.replace(',', '.'));
  });
  if (last < 0) return undefined;
  if (fractionAt >= 0 && fractionAt !== last) return undefined;
  return d;
}

/** The duration's length in days (see the header comment for the calendar units). */
export function durationDays(d: Duration): number {
  return d.years * YEAR_DAYS + d.months * MONTH_DAYS + d.weeks * WEEK_DAYS + d.days + d.hours / 24 + d.minutes / 1440 + d.seconds / 86400;
}

const SINGULAR: Record<Unit, string> = { years: 'year', months: 'month', weeks: 'week', days: 'day', hours: 'hour', minutes: 'minute', seconds: 'second' };
const ADVERB: Partial<Record<Unit, string>> = { years: 'annually', months: 'monthly', weeks: 'weekly', days: 'daily', hours: 'hourly' };

function count(n: number, unit: Unit): string {
  return n === 1 ? `1 ${SINGULAR[unit]}` : `${n} ${unit}`;
}

/** How often, in words: "monthly", "quarterly", "every 2 weeks", "twice a month", "3 times a week", "every 1 day 12 hours". */
export function describeDuration(d: Duration): string {
  const parts = UNITS.filter((u) => d[u] !== 0);
  if (parts.length === 1) {
    const unit = parts[0]!;
    const n = d[unit];
    if (n === 1) return ADVERB[unit] ?? `every ${SINGULAR[unit]}`;
    if (unit === 'months' && n === 3) return 'quarterly';
    if (n < 1) {
      const times = Math.round(1 / n);
      if (times >= 2 && Math.abs(1 / n - times) <= 0.05 * times) return `${times === 2 ? 'twice' : `${times} times`} a ${SINGULAR[unit]}`;
    }
    return `every ${count(n, unit)}`;
  }
  return `every ${parts.map((u) => count(d[u], u)).join(' ')}`;
}
