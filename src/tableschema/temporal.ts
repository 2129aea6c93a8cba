// date, datetime and time: the ISO 8601 forms of format 'default' and 'any', read digit by digit without a regex, and
// strptime patterns (strptime.ts) for any other format.
import { daysFromCivil, daysInMonth, wrapToDay } from '../util/calendar.js';
import { compilePattern, explainPattern, patternCast } from './strptime.js';
import { explainDate, explainDatetime, explainTime } from './temporal-explain.js';
import { INVALID, type TypeImpl } from './type-impl.js';
import type { Field } from '../model/table-schema.js';

/** Two ASCII digits at i as a number, or -1. */
export function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  if (!(a >= 0 && a <= 9 && b >= 0 && b <= 9)) return -1;
  return a * 10 + b;
}

export function digits4(s: string, i: number): number {
  const hi = digits2(s, i);
  const lo = digits2(s, i + 2);
  return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
}

/** YYYY-MM-DD (or YYYYMMDD when basic) at i: days since epoch, or NaN. */
function isoDateAt(s: string, i: number, basic: boolean): number {
  const y = digits4(s, i);
  const sep = basic ? 0 : 1;
  if (!basic && (s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45)) return NaN;
  const m = digits2(s, i + 4 + sep);
  const d = digits2(s, i + 6 + 2 * sep);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return daysFromCivil(y, m, d);
}

// Scratch results of isoTimeAt (single-threaded, so module state avoids allocating a result object per cell).
let scratchFracNum = 0;
let scratchFracDen = 1;
let scratchOffset = 0;
let scratchHasOffset = false;

/**
 * hh:mm:ss[.fff][Z|±hh:mm] from i to the end of s. Returns whole seconds since midnight (local to the written zone) or
 * NaN; the fraction goes to scratchFracNum/scratchFracDen, the zone offset in seconds to scratchOffset. With loose,
 * seconds are optional and offsets may also be ±hhmm or ±hh.
 */
function isoTimeAt(s: string, i: number, loose: boolean): number {
  const n = s.length;
  scratchFracNum = 0;
  scratchFracDen = 1;
  scratchOffset = 0;
  scratchHasOffset = false;
  const h = digits2(s, i);
  if (h < 0 || h > 23 || s.charCodeAt(i + 2) !== 58) return NaN;
  const mi = digits2(s, i + 3);
  if (mi < 0 || mi > 59) return NaN;
  let p = i + 5;
  let sec = 0;
  if (s.charCodeAt(p) === 58) {
    sec = digits2(s, p + 1);
    if (sec < 0 || sec > 59) return NaN;
    p += 3;
    if (s.charCodeAt(p) === 46) {
      p++;
      const fracStart = p;
      let num = 0;
      let den = 1;
      while (p < n) {
        const c = s.charCodeAt(p) - 48;
        if (!(c >= 0 && c <= 9)) break;
        if (p - fracStart < 15) {
          num = num * 10 + c;
          den *= 10;
        }
        p++;
      }
      if (p === fracStart) return NaN;
      scratchFracNum = num;
      scratchFracDen = den;
    }
  } else if (!loose) {
    return NaN;
  }
  if (p < n) {
    const c = s.charCodeAt(p);
    if (c === 90 /* Z */ && p + 1 === n) {
      scratchHasOffset = true;
    } else if (c === 43 /* + */ || c === 45 /* - */) {
      const oh = digits2(s, p + 1);
      let om = 0;
      const rest = n - (p + 3);
      if (rest === 3 && s.charCodeAt(p + 3) === 58) om = digits2(s, p + 4);
      else if (loose && rest === 2) om = digits2(s, p + 3);
      else if (!(loose && rest === 0)) return NaN;
      if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
      scratchOffset = (c === 45 ? -1 : 1) * (oh * 3600 + om * 60);
      scratchHasOffset = true;
    } else {
      return NaN;
    }
  }
  return h * 3600 + mi * 60 + sec;
}

export function compileTemporal(kind: 'date' | 'datetime' | 'time', field: Field): TypeImpl {
  let format = typeof field.format === 'string' ? field.format : 'default';
  if (format.startsWith('fmt:')) format = format.slice(4);
  if (format === '' || format === 'default') return kind === 'date' ? DATE_DEFAULT : kind === 'datetime' ? DATETIME_DEFAULT : TIME_DEFAULT;
  if (format === 'any') return kind === 'date' ? DATE_ANY : kind === 'datetime' ? DATETIME_ANY : TIME_ANY;
  const p = compilePattern(format, kind);
  const noun = kind === 'date' ? 'a date' : kind === 'datetime' ? 'a date and time' : 'a time';
  const expected = `${noun} in the form ${format}`;
  const explain = (cell: string) => explainPattern(p, cell, kind);
  if (p.error) return { cast: () => INVALID, expected, explain };
  return { cast: patternCast(p, kind), expected, explain };
}

function castDate(cell: string): unknown {
  if (cell.length !== 10) return INVALID;
  const d = isoDateAt(cell, 0, false);
  return d === d ? d : INVALID;
}

function castDateAny(cell: string): unknown {
  const n = cell.length;
  const d = n === 10 ? isoDateAt(cell, 0, false) : n === 8 ? isoDateAt(cell, 0, true) : NaN;
  return d === d ? d : INVALID;
}

function datetimeCaster(loose: boolean): (cell: string) => unknown {
  return (cell) => {
    if (cell.length < (loose ? 16 : 19)) return INVALID;
    const days = isoDateAt(cell, 0, false);
    if (days !== days) return INVALID;
    const sep = cell.charCodeAt(10);
    if (sep !== 84 /* T */ && !(loose && (sep === 32 || sep === 116 /* t */))) return INVALID;
    const secs = isoTimeAt(cell, 11, loose);
    if (secs !== secs) return INVALID;
    return days * 86400000 + (secs - scratchOffset) * 1000 + (scratchFracNum * 1000) / scratchFracDen;
  };
}

function timeCaster(loose: boolean): (cell: string) => unknown {
  return (cell) => {
    const secs = isoTimeAt(cell, 0, loose);
    if (secs !== secs) return INVALID;
    const t = secs + scratchFracNum / scratchFracDen;
    return scratchHasOffset ? wrapToDay(t - scratchOffset) : t;
  };
}


const DATE_DEFAULT: TypeImpl = {
  cast: castDate,
  expected: 'a date in the form YYYY-MM-DD',
  explain: (cell) => explainDate(cell, false),
};
const DATE_ANY: TypeImpl = {
  cast: castDateAny,
  expected: 'a date in the form YYYY-MM-DD or YYYYMMDD',
  explain: (cell) => explainDate(cell, true),
};
const castDatetime = datetimeCaster(false);
const castDatetimeAny = datetimeCaster(true);
const DATETIME_DEFAULT: TypeImpl = {
  cast: castDatetime,
  expected: 'a date and time in the form YYYY-MM-DDThh:mm:ss, optionally followed by Z or ±hh:mm',
  explain: (cell) => explainDatetime(cell, false, castDatetime),
};
const DATETIME_ANY: TypeImpl = {
  cast: castDatetimeAny,
  expected: 'a date and time in the form YYYY-MM-DDThh:mm[:ss] or YYYY-MM-DD hh:mm[:ss], optionally followed by Z or an offset',
  explain: (cell) => explainDatetime(cell, true, castDatetimeAny),
};
const TIME_DEFAULT: TypeImpl = {
  cast: timeCaster(false),
  expected: 'a time in the form hh:mm:ss',
  explain: (cell) => explainTime(cell, false),
};
const TIME_ANY: TypeImpl = {
  cast: timeCaster(true),
  expected: 'a time in the form hh:mm or hh:mm:ss',
  explain: (cell) => explainTime(cell, true),
};
