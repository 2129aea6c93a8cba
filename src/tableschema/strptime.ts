// strptime patterns for date, datetime and time fields (format '%d/%m/%Y' and the like), as Python's strptime reads
// them (see the design choices in cast.ts): compiled once per field into one regex, evaluated without allocating.
import { daysFromCivil, daysInMonth, daysInYear, MONTH_NAMES, wrapToDay } from '../util/calendar.js';
import type { HintRef } from '../model/check.js';
import { quote } from './explain.js';
import { calendarProblem, explainPartialDate } from './temporal-explain.js';
import { escapeRe, INVALID } from './type-impl.js';

type Slot = 'Y' | 'y' | 'm' | 'b' | 'B' | 'd' | 'j' | 'H' | 'I' | 'M' | 'S' | 'f' | 'p' | 'z' | 'Z' | 'skip';

const MONTH_ABBR = MONTH_NAMES.map((n) => n.slice(0, 3));
const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((n, i) => [n.toLowerCase(), i + 1] as const),
  ...MONTH_ABBR.map((n, i) => [n.toLowerCase(), i + 1] as const),
]);
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const DIRECTIVES: Readonly<Record<string, readonly [string, Slot]>> = {
  Y: ['\\d{4}', 'Y'],
  y: ['\\d{2}', 'y'],
  m: ['1[0-2]|0[1-9]|[1-9]', 'm'],
  b: [MONTH_ABBR.join('|'), 'b'],
  h: [MONTH_ABBR.join('|'), 'b'],
  B: [MONTH_NAMES.join('|'), 'B'],
  d: ['3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]', 'd'],
  e: ['3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]', 'd'],
  j: ['36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]', 'j'],
  H: ['2[0-3]|[01]\\d|\\d', 'H'],
  I: ['1[0-2]|0[1-9]|[1-9]', 'I'],
  M: ['[0-5]\\d|\\d', 'M'],
  S: ['[0-5]\\d|\\d', 'S'],
  f: ['\\d{1,6}', 'f'],
  p: ['AM|PM', 'p'],
  z: ['Z|[+-]\\d\\d(?::?[0-5]\\d)?', 'z'],
  Z: ['UTC|GMT|Z', 'Z'],
  a: [WEEKDAYS.map((d) => d.slice(0, 3)).join('|'), 'skip'],
  A: [WEEKDAYS.join('|'), 'skip'],
};
const EXPANSIONS: Readonly<Record<string, string>> = { T: '%H:%M:%S', D: '%m/%d/%y', F: '%Y-%m-%d', R: '%H:%M' };

export interface Pattern {
  /** The pattern as written (without a 'fmt:' prefix). */
  readonly source: string;
  readonly re?: RegExp;
  readonly slots: readonly Slot[];
  /** Why the pattern cannot be used. */
  readonly error?: string;
}

/** Suggests a strptime pattern for a picture format such as DD/MM/YYYY. */
function suggestPattern(format: string, kind: 'date' | 'datetime' | 'time'): string | undefined {
  const map: Record<string, string> = {
    YYYY: '%Y', yyyy: '%Y', YY: '%y', yy: '%y', MMMM: '%B', MMM: '%b', MM: '%m', DD: '%d', dd: '%d',
    HH: '%H', hh: '%H', mm: kind === 'date' ? '%m' : '%M', ss: '%S', SS: '%S',
  };
  let changed = false;
  const out = format.replace(/YYYY|yyyy|YY|yy|MMMM|MMM|MM|DD|dd|HH|hh|mm|ss|SS/g, (t) => {
    changed = true;
    return map[t]!;
  });
  return changed ? out : undefined;
}

export function compilePattern(format: string, kind: 'date' | 'datetime' | 'time'): Pattern {
  const slots: Slot[] = [];
  let error: string | undefined;
  const translate = (f: string): string => {
    let src = '';
    for (let i = 0; i < f.length && !error; i++) {
      const ch = f[i]!;
      if (ch === '%') {
        let d = f[++i];
        if (d === '-' || d === '#') d = f[++i];
        if (d === undefined) {
          error = 'it ends with a lone %';
        } else if (d === '%') {
          src += '%';
        } else if (d === 'n' || d === 't') {
          src += '\\s+';
        } else if (EXPANSIONS[d] !== undefined) {
          src += translate(EXPANSIONS[d]);
        } else if (DIRECTIVES[d] !== undefined) {
          const [re, slot] = DIRECTIVES[d];
          src += `(${re})`;
          slots.push(slot);
        } else {
          error = `%${d} is not a supported directive`;
        }
      } else if (/\s/.test(ch)) {
        while (i + 1 < f.length && /\s/.test(f[i + 1]!)) i++;
        src += '\\s+';
      } else {
        src += escapeRe(ch);
      }
    }
    return src;
  };
  const src = translate(format);
  if (!error && slots.length === 0) {
    const suggestion = suggestPattern(format, kind);
    error = `it has no % directives${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`;
  }
  if (error) return { source: format, slots, error };
  return { source: format, re: new RegExp(`^${src}$`, 'i'), slots };
}

// Scratch results of evalPattern (single-threaded, so module state avoids allocating a result object per cell).
let pYear = 1900;
let pMonth = 1;
let pDay = 1;
let pSeconds = 0;
let pFracNum = 0;
let pFracDen = 1;
/** Zone offset in seconds. */
let pOffset = 0;
let pHasOffset = false;

const P_OK = 0;
const P_NO_MATCH = 1;
const P_BAD_DAY = 2;
const P_BAD_YEARDAY = 3;

/** Matches cell against the pattern and fills the scratch date/time; returns P_OK or why it failed. */
function evalPattern(p: Pattern, cell: string): number {
  const m = p.re ? p.re.exec(cell) : null;
  if (!m) return P_NO_MATCH;
  let year = 1900;
  let month = 1;
  let day = 1;
  let yday = 0;
  let hour = 0;
  let hour12 = -1;
  let pm = false;
  let minute = 0;
  let second = 0;
  pFracNum = 0;
  pFracDen = 1;
  pOffset = 0;
  pHasOffset = false;
  const slots = p.slots;
  for (let i = 0; i < slots.length; i++) {
    const v = m[i + 1]!;
    switch (slots[i]) {
      case 'Y':
        year = +v;
        break;
      case 'y': {
        const yy = +v;
        year = yy < 69 ? 2000 + yy : 1900 + yy;
        break;
      }
      case 'm':
        month = +v;
        break;
      case 'b':
      case 'B':
        month = MONTH_BY_NAME.get(v.toLowerCase()) ?? 0;
        break;
      case 'd':
        day = +v;
        break;
      case 'j':
        yday = +v;
        break;
      case 'H':
        hour = +v;
        break;
      case 'I':
        hour12 = +v;
        break;
      case 'p':
        pm = v.toLowerCase() === 'pm';
        break;
      case 'M':
        minute = +v;
        break;
      case 'S':
        second = +v;
        break;
      case 'f':
        pFracNum = +v;
        pFracDen = 10 ** v.length;
        break;
      case 'z':
        pHasOffset = true;
        if (v !== 'Z' && v !== 'z') {
          const oh = +v.slice(1, 3);
          const om = v.length > 3 ? +v.slice(v.length - 2) : 0;
          pOffset = (v[0] === '-' ? -1 : 1) * (oh * 3600 + om * 60);
        }
        break;
      case 'Z':
        pHasOffset = true;
        break;
      case 'skip':
        break;
    }
  }
  if (hour12 >= 0) hour = (hour12 % 12) + (pm ? 12 : 0);
  pYear = year;
  pMonth = month;
  pDay = day;
  pSeconds = hour * 3600 + minute * 60 + second;
  if (yday > 0) {
    if (yday > (daysInYear(year))) return P_BAD_YEARDAY;
    let rest = yday;
    let mo = 1;
    while (rest > daysInMonth(year, mo)) rest -= daysInMonth(year, mo++);
    pMonth = mo;
    pDay = rest;
    return P_OK;
  }
  if (month < 1 || month > 12 || day > daysInMonth(year, month)) return P_BAD_DAY;
  return P_OK;
}

/** The cast of a usable pattern: days since epoch (date), epoch ms (datetime) or seconds since midnight (time). */
export function patternCast(p: Pattern, kind: 'date' | 'datetime' | 'time'): (cell: string) => unknown {
  if (kind === 'date') {
    return (cell) => (evalPattern(p, cell) === P_OK ? daysFromCivil(pYear, pMonth, pDay) : INVALID);
  }
  if (kind === 'datetime') {
    return (cell) =>
      evalPattern(p, cell) === P_OK
        ? daysFromCivil(pYear, pMonth, pDay) * 86400000 + (pSeconds - pOffset) * 1000 + (pFracNum * 1000) / pFracDen
        : INVALID;
  }
  return (cell) => {
    if (evalPattern(p, cell) !== P_OK) return INVALID;
    const t = pSeconds + pFracNum / pFracDen;
    return pHasOffset ? wrapToDay(t - pOffset) : t;
  };
}

export function explainPattern(p: Pattern, cell: string, kind: 'date' | 'datetime' | 'time'): HintRef | undefined {
  if (p.error) return { id: 'explain.badPattern', data: { format: p.source, error: p.error } };
  const status = evalPattern(p, cell);
  if (status === P_BAD_DAY) return calendarProblem(pYear, pMonth, pDay, cell);
  if (status === P_BAD_YEARDAY) return { id: 'explain.yearDays', data: { value: cell, year: pYear, days: daysInYear(pYear) } };
  if (status === P_NO_MATCH) {
    const s = cell.trim();
    if (kind !== 'time' && /^\d{4}-\d{2}-\d{2}(?:[T ]|$)/.test(s)) {
      return { id: 'explain.isoNotFormat', data: { value: quote(cell), format: p.source } };
    }
    const partial = kind === 'time' ? undefined : explainPartialDate(cell, s, kind);
    if (partial) return partial;
    return { id: 'explain.notFormat', data: { value: quote(cell), format: p.source } };
  }
  return undefined;
}
