// The cold path of date, datetime and time fields: why a cell is not a date or a time, and what to write instead.
// Hints recognise common non-ISO shapes (day/month orders, 12-hour clocks, serial numbers) but never cast them.
import { daysInMonth, MONTH_NAMES } from '../util/calendar.js';
import type { HintRef } from '../model/check.js';
import { quote } from './explain.js';
import { INVALID } from './type-impl.js';

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Why y-m-d is not a date, or undefined when it is one. */
export function calendarProblem(y: number, m: number, d: number, written: string): HintRef | undefined {
  if (m < 1 || m > 12) return { id: 'explain.noSuchMonth', data: { value: written, month: m } };
  if (d < 1) return { id: 'explain.noDayZero', data: { value: written } };
  const dim = daysInMonth(y, m);
  // The month's English name is the key of its own words ('explain.month.2': 'February').
  if (d > dim) return { id: 'explain.monthDays', data: { value: written, month: { id: `explain.month.${m}` }, year: y, days: dim } };
  return undefined;
}

/** The English names of the months, as words of their own. */
export const MONTH_WORDS: Readonly<Record<string, string>> = Object.fromEntries(MONTH_NAMES.map((name, i) => [`explain.month.${i + 1}`, name]));

function clockProblem(h: number, mi: number, s: number | undefined): HintRef | undefined {
  if (h > 23) return { id: 'explain.hourRange', data: { hour: pad(h, 2) } };
  if (mi > 59) return { id: 'explain.minuteRange', data: { minute: pad(mi, 2) } };
  if (s !== undefined && s > 59) return { id: 'explain.secondRange', data: { second: pad(s, 2) } };
  return undefined;
}

/** Hints for a date written in a common non-ISO way; never used to cast. */
function explainDateShape(cell: string, s: string, acceptsBasic: boolean): HintRef | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return calendarProblem(+m[1]!, +m[2]!, +m[3]!, s);
  if (!acceptsBasic && /^\d{8}$/.test(s)) {
    const problem = calendarProblem(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6), s);
    return problem ?? { id: 'explain.dateNoHyphens', data: { value: quote(cell), fixed: `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}` } };
  }
  if (acceptsBasic && /^\d{8}$/.test(s)) return calendarProblem(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6), s);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    return calendarProblem(y, mo, d, s) ?? { id: 'explain.dateTwoDigits', data: { value: quote(cell), fixed: isoDate(y, mo, d) } };
  }
  m = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [+m[1]!, +m[3]!, +m[4]!];
    return calendarProblem(y, mo, d, s) ?? { id: 'explain.dateNotIso', data: { value: quote(cell), fixed: isoDate(y, mo, d), format: `%Y${m[2]}%m${m[2]}%d` } };
  }
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(s);
  if (m) {
    const a = +m[1]!;
    const b = +m[3]!;
    const sep = m[2]!;
    const yearDirective = m[4]!.length === 4 ? '%Y' : '%y';
    const y = m[4]!.length === 4 ? +m[4]! : +m[4]! < 69 ? 2000 + +m[4]! : 1900 + +m[4]!;
    if (a > 12 && b <= 12) {
      return { id: 'explain.dayMonthYear', data: { value: quote(cell), sep, fixed: calendarProblem(y, b, a, s) ? { id: 'explain.aRealDate' } : isoDate(y, b, a), format: `%d${sep}%m${sep}${yearDirective}` } };
    }
    if (b > 12 && a <= 12) {
      return { id: 'explain.monthDayYear', data: { value: quote(cell), sep, fixed: calendarProblem(y, a, b, s) ? { id: 'explain.aRealDate' } : isoDate(y, a, b), format: `%m${sep}%d${sep}${yearDirective}` } };
    }
    return { id: 'explain.dateAmbiguous', data: { value: quote(cell), dayFirst: `%d${sep}%m${sep}${yearDirective}`, monthFirst: `%m${sep}%d${sep}${yearDirective}` } };
  }
  if (/^\d{5}(?:\.\d+)?$/.test(s) && +s >= 20000 && +s < 80000) {
    return { id: 'explain.serialDate', data: { value: quote(cell) } };
  }
  return undefined;
}

function explainClock(cell: string, s: string, loose: boolean): HintRef | undefined {
  let m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(s);
  if (m) {
    const h = +m[1]!;
    const mi = +m[2]!;
    const sec = m[3] === undefined ? undefined : +m[3];
    const problem = clockProblem(h, mi, sec);
    if (problem) return { id: 'explain.clockProblem', data: { value: quote(cell), problem } };
    if (m[1]!.length === 1) return { id: 'explain.twoDigitHour', data: { value: quote(cell), fixed: s.replace(/^\d/, '0$&') } };
    if (sec === undefined && !loose) return { id: 'explain.noSeconds', data: { value: quote(cell), fixed: `${pad(h, 2)}:${pad(mi, 2)}:00` } };
    if (m[4] && /^[+-]\d{2}(?:\d{2})?$/.test(m[4])) {
      return { id: 'explain.offsetColon', data: { value: quote(cell) } };
    }
    return undefined;
  }
  m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([AaPp])\.?[Mm]\.?$/.exec(s);
  if (m) {
    const h12 = +m[1]!;
    const h = (h12 % 12) + (m[4]!.toLowerCase() === 'p' ? 12 : 0);
    return { id: 'explain.twelveHour', data: { value: quote(cell), fixed: `${pad(h, 2)}:${m[2] ?? '00'}:${m[3] ?? '00'}` } };
  }
  m = /^(\d{1,2})[.h](\d{2})$/.exec(s);
  if (m) return { id: 'explain.timeNotIso', data: { value: quote(cell), fixed: `${pad(+m[1]!, 2)}:${m[2]}:00` } };
  return undefined;
}

/**
 * A year (YYYY) or a year and month (YYYY-MM) where a full date is expected: monthly or yearly data (1958-03) typed
 * date, or a date known only to the month or year. Both are Table Schema types of their own.
 */
export function explainPartialDate(cell: string, s: string, kind: 'date' | 'datetime'): HintRef | undefined {
  if (/^\d{4}$/.test(s)) return { id: kind === 'date' ? 'explain.yearNotDate' : 'explain.yearNotDatetime', data: { value: quote(cell) } };
  const m = /^\d{4}-(\d{2})$/.exec(s);
  if (m && +m[1]! >= 1 && +m[1]! <= 12) {
    return { id: kind === 'date' ? 'explain.yearMonthNotDate' : 'explain.yearMonthNotDatetime', data: { value: quote(cell) } };
  }
  return undefined;
}

export function explainDate(cell: string, acceptsBasic: boolean): HintRef | undefined {
  const s = cell.trim();
  const withTime = /^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(s);
  if (withTime) return { id: 'explain.dateHasTime', data: { value: quote(cell) } };
  return explainDateShape(cell, s, acceptsBasic) ?? explainPartialDate(cell, s, 'date');
}

export function explainDatetime(cell: string, loose: boolean, cast: (cell: string) => unknown): HintRef | undefined {
  const s = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const problem = explainDateShape(cell, s, false);
    return problem ?? { id: 'explain.noTimePart', data: { value: quote(cell), fixed: `${s}T00:00:00` } };
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})([T t])(.*)$/.exec(s);
  if (!m) {
    const partial = explainPartialDate(cell, s, 'datetime');
    if (partial) return partial;
    const datePart = /^(\S+)[T ]/.exec(s);
    if (datePart && explainDateShape(cell, datePart[1]!, false) !== undefined) {
      return { id: 'explain.datetimeNotIso', data: { value: quote(cell) } };
    }
    return undefined;
  }
  const dateProblem = calendarProblem(+m[1]!, +m[2]!, +m[3]!, `${m[1]}-${m[2]}-${m[3]}`);
  if (dateProblem) return dateProblem;
  if (!loose && m[4] === ' ') {
    const fixed = `${s.slice(0, 10)}T${s.slice(11)}`;
    if (cast(fixed) !== INVALID) return { id: 'explain.spaceBeforeTime', data: { value: quote(cell), fixed } };
  }
  if (!loose && m[4] === 't') return { id: 'explain.lowerCaseT', data: { value: quote(cell), fixed: `${s.slice(0, 10)}T${s.slice(11)}` } };
  return explainClock(cell, m[5]!, loose);
}

export function explainTime(cell: string, loose: boolean): HintRef | undefined {
  const s = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}[T ]/.test(s)) return { id: 'explain.timeHasDate', data: { value: quote(cell) } };
  return explainClock(cell, s, loose);
}
