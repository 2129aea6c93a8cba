// year (YYYY) and yearmonth (YYYY-MM).
import type { HintRef } from '../model/check.js';
import { quote } from './explain.js';
import { pad } from './temporal-explain.js';
import { digits2, digits4 } from './temporal.js';
import { INVALID, type TypeImpl } from './type-impl.js';

export const YEAR: TypeImpl = {
  cast: (cell) => {
    if (cell.length !== 4) return INVALID;
    const y = digits4(cell, 0);
    return y < 0 ? INVALID : y;
  },
  expected: 'a four-digit year',
  explain: (cell): HintRef | undefined => {
    const s = cell.trim();
    if (/^\d{4}\.0+$/.test(s)) return { id: 'explain.yearDecimal', data: { value: quote(cell), fixed: s.slice(0, 4) } };
    if (/^\d{1,3}$/.test(s)) return { id: 'explain.notFourDigits', data: { value: quote(cell) } };
    if (/^\d{4}[-/]\d{2}(?:\d{2})?$/.test(s)) {
      return /^\d{4}-\d{2}$/.test(s) && +s.slice(5) <= 12
        ? { id: 'explain.yearMonthOrRange', data: { value: quote(cell) } }
        : { id: 'explain.yearRange', data: { value: quote(cell) } };
    }
    if (/^\d{4}-\d{2}-\d{2}/.test(s)) return { id: 'explain.fullDate', data: { value: quote(cell), fixed: s.slice(0, 4) } };
    return undefined;
  },
};

export const YEARMONTH: TypeImpl = {
  cast: (cell) => {
    if (cell.length !== 7 || cell.charCodeAt(4) !== 45) return INVALID;
    const y = digits4(cell, 0);
    const m = digits2(cell, 5);
    return y < 0 || m < 1 || m > 12 ? INVALID : y * 12 + (m - 1);
  },
  expected: 'a year and month in the form YYYY-MM',
  explain: (cell): HintRef | undefined => {
    const s = cell.trim();
    let m = /^(\d{4})-(\d{2})$/.exec(s);
    if (m) return { id: 'explain.monthRange', data: { value: quote(cell), month: m[2]! } };
    m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
    if (m && +m[2]! >= 1 && +m[2]! <= 12) return { id: 'explain.yearMonthNotIso', data: { value: quote(cell), fixed: `${m[1]}-${pad(+m[2]!, 2)}` } };
    m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
    if (m && +m[1]! >= 1 && +m[1]! <= 12) return { id: 'explain.monthFirst', data: { value: quote(cell), fixed: `${m[2]}-${pad(+m[1]!, 2)}` } };
    m = /^(\d{4})-(\d{2})-\d{2}/.exec(s);
    if (m) return { id: 'explain.fullDate', data: { value: quote(cell), fixed: `${m[1]}-${m[2]}` } };
    if (/^\d{6}$/.test(s) && +s.slice(4) >= 1 && +s.slice(4) <= 12) return { id: 'explain.noHyphen', data: { value: quote(cell), fixed: `${s.slice(0, 4)}-${s.slice(4)}` } };
    return undefined;
  },
};
