// The cold path of date, datetime and time fields: why a cell is not a date or a time, and what to write instead.
// Hints recognise common non-ISO shapes (day/month orders, 12-hour clocks, serial numbers) but never cast them.
import { daysInMonth, MONTH_NAMES } from '../util/calendar.js';
import { quote } from './explain.js';
import { INVALID } from './type-impl.js';

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Why y-m-d is not a date, or undefined when it is one. */
export function calendarProblem(y: number, m: number, d: number, written: string): string | undefined {
  if (m < 1 || m > 12) return `${written} is not a real date (there is no month ${m})`;
  if (d < 1) return `${written} is not a real date (there is no day 0)`;
  const dim = daysInMonth(y, m);
  if (d > dim) return `${written} is not a real date (${MONTH_NAMES[m - 1]} ${y} has ${dim} days)`;
  return undefined;
}

function clockProblem(h: number, mi: number, s: number | undefined): string | undefined {
  if (h > 23) return `hour ${pad(h, 2)} is out of range (00–23)`;
  if (mi > 59) return `minute ${pad(mi, 2)} is out of range (00–59)`;
  if (s !== undefined && s > 59) return `second ${pad(s, 2)} is out of range (00–59)`;
  return undefined;
}

/** Hints for a date written in a common non-ISO way; never used to cast. */
function explainDateShape(cell: string, s: string, acceptsBasic: boolean): string | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return calendarProblem(+m[1]!, +m[2]!, +m[3]!, s);
  if (!acceptsBasic && /^\d{8}$/.test(s)) {
    const problem = calendarProblem(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6), s);
    return problem ?? `${quote(cell)} has no hyphens; write ${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)} or declare format 'any'`;
  }
  if (acceptsBasic && /^\d{8}$/.test(s)) return calendarProblem(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6), s);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    return calendarProblem(y, mo, d, s) ?? `${quote(cell)} needs two-digit months and days; write ${isoDate(y, mo, d)}`;
  }
  m = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [+m[1]!, +m[3]!, +m[4]!];
    return calendarProblem(y, mo, d, s) ?? `${quote(cell)} is not in the form YYYY-MM-DD; write ${isoDate(y, mo, d)} or declare format '%Y${m[2]}%m${m[2]}%d'`;
  }
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(s);
  if (m) {
    const a = +m[1]!;
    const b = +m[3]!;
    const sep = m[2]!;
    const yearDirective = m[4]!.length === 4 ? '%Y' : '%y';
    const y = m[4]!.length === 4 ? +m[4]! : +m[4]! < 69 ? 2000 + +m[4]! : 1900 + +m[4]!;
    if (a > 12 && b <= 12) {
      return `${quote(cell)} looks like day${sep}month${sep}year; write ${calendarProblem(y, b, a, s) ? 'a real date' : isoDate(y, b, a)} or declare format '%d${sep}%m${sep}${yearDirective}'`;
    }
    if (b > 12 && a <= 12) {
      return `${quote(cell)} looks like month${sep}day${sep}year; write ${calendarProblem(y, a, b, s) ? 'a real date' : isoDate(y, a, b)} or declare format '%m${sep}%d${sep}${yearDirective}'`;
    }
    return `${quote(cell)} is not in the form YYYY-MM-DD (day and month order is ambiguous); write it as YYYY-MM-DD or declare format '%d${sep}%m${sep}${yearDirective}' or '%m${sep}%d${sep}${yearDirective}'`;
  }
  if (/^\d{5}(?:\.\d+)?$/.test(s) && +s >= 20000 && +s < 80000) {
    return `${quote(cell)} looks like a spreadsheet serial date number; export dates as text in the form YYYY-MM-DD`;
  }
  return undefined;
}

function explainClock(cell: string, s: string, loose: boolean): string | undefined {
  let m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(s);
  if (m) {
    const h = +m[1]!;
    const mi = +m[2]!;
    const sec = m[3] === undefined ? undefined : +m[3];
    const problem = clockProblem(h, mi, sec);
    if (problem) return `${quote(cell)}: ${problem}`;
    if (m[1]!.length === 1) return `${quote(cell)} needs a two-digit hour; write ${s.replace(/^\d/, '0$&')}`;
    if (sec === undefined && !loose) return `${quote(cell)} has no seconds; write ${pad(h, 2)}:${pad(mi, 2)}:00`;
    if (m[4] && /^[+-]\d{2}(?:\d{2})?$/.test(m[4])) {
      return `${quote(cell)} has an offset without a colon; write it as ±hh:mm`;
    }
    return undefined;
  }
  m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([AaPp])\.?[Mm]\.?$/.exec(s);
  if (m) {
    const h12 = +m[1]!;
    const h = (h12 % 12) + (m[4]!.toLowerCase() === 'p' ? 12 : 0);
    return `${quote(cell)} uses a 12-hour clock; write ${pad(h, 2)}:${m[2] ?? '00'}:${m[3] ?? '00'} or declare a format such as '%I:%M %p'`;
  }
  m = /^(\d{1,2})[.h](\d{2})$/.exec(s);
  if (m) return `${quote(cell)} is not in the form hh:mm:ss; write ${pad(+m[1]!, 2)}:${m[2]}:00`;
  return undefined;
}

/**
 * A year (YYYY) or a year and month (YYYY-MM) where a full date is expected: monthly or yearly data (1958-03) typed
 * date, or a date known only to the month or year. Both are Table Schema types of their own.
 */
export function explainPartialDate(cell: string, s: string, kind: 'date' | 'datetime'): string | undefined {
  const full = kind === 'date' ? 'date' : 'date and time';
  if (/^\d{4}$/.test(s)) return `${quote(cell)} is a year, not a ${full}: declare the field's type year if it holds years, or write the full ${full}`;
  const m = /^\d{4}-(\d{2})$/.exec(s);
  if (m && +m[1]! >= 1 && +m[1]! <= 12) {
    return `${quote(cell)} is a year and month, not a ${full}: declare the field's type yearmonth if it holds months, or write the full ${full}`;
  }
  return undefined;
}

export function explainDate(cell: string, acceptsBasic: boolean): string | undefined {
  const s = cell.trim();
  const withTime = /^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(s);
  if (withTime) return `${quote(cell)} has a time part; a date is written YYYY-MM-DD only (or use type datetime)`;
  return explainDateShape(cell, s, acceptsBasic) ?? explainPartialDate(cell, s, 'date');
}

export function explainDatetime(cell: string, loose: boolean, cast: (cell: string) => unknown): string | undefined {
  const s = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const problem = explainDateShape(cell, s, false);
    return problem ?? `${quote(cell)} has no time part; write ${s}T00:00:00 or use type date`;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})([T t])(.*)$/.exec(s);
  if (!m) {
    const partial = explainPartialDate(cell, s, 'datetime');
    if (partial) return partial;
    const datePart = /^(\S+)[T ]/.exec(s);
    if (datePart && explainDateShape(cell, datePart[1]!, false) !== undefined) {
      return `${quote(cell)} does not start with a YYYY-MM-DD date; write YYYY-MM-DDThh:mm:ss or declare a format such as '%d/%m/%Y %H:%M'`;
    }
    return undefined;
  }
  const dateProblem = calendarProblem(+m[1]!, +m[2]!, +m[3]!, `${m[1]}-${m[2]}-${m[3]}`);
  if (dateProblem) return dateProblem;
  if (!loose && m[4] === ' ') {
    const fixed = `${s.slice(0, 10)}T${s.slice(11)}`;
    if (cast(fixed) !== INVALID) return `${quote(cell)} uses a space between date and time; write ${fixed} or declare format 'any'`;
  }
  if (!loose && m[4] === 't') return `${quote(cell)} uses a lower-case 't'; write ${s.slice(0, 10)}T${s.slice(11)}`;
  return explainClock(cell, m[5]!, loose);
}

export function explainTime(cell: string, loose: boolean): string | undefined {
  const s = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}[T ]/.test(s)) return `${quote(cell)} has a date part; a time is written hh:mm:ss (or use type datetime)`;
  return explainClock(cell, s, loose);
}
