// year (YYYY) and yearmonth (YYYY-MM).
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
  explain: (cell) => {
    const s = cell.trim();
    if (/^\d{4}\.0+$/.test(s)) return `${quote(cell)} has a decimal part; write ${s.slice(0, 4)}`;
    if (/^\d{1,3}$/.test(s)) return `${quote(cell)} is not a four-digit year`;
    if (/^\d{4}[-/]\d{2}(?:\d{2})?$/.test(s)) {
      return /^\d{4}-\d{2}$/.test(s) && +s.slice(5) <= 12
        ? `${quote(cell)} is a year and month (use type yearmonth) or a range of years; a year is four digits`
        : `${quote(cell)} looks like a range of years (a financial year?); a year is four digits`;
    }
    if (/^\d{4}-\d{2}-\d{2}/.test(s)) return `${quote(cell)} is a full date; write ${s.slice(0, 4)} or use type date`;
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
  explain: (cell) => {
    const s = cell.trim();
    let m = /^(\d{4})-(\d{2})$/.exec(s);
    if (m) return `${quote(cell)}: month ${m[2]} is out of range (01–12)`;
    m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
    if (m && +m[2]! >= 1 && +m[2]! <= 12) return `${quote(cell)} is not in the form YYYY-MM; write ${m[1]}-${pad(+m[2]!, 2)}`;
    m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
    if (m && +m[1]! >= 1 && +m[1]! <= 12) return `${quote(cell)} puts the month first; write ${m[2]}-${pad(+m[1]!, 2)}`;
    m = /^(\d{4})-(\d{2})-\d{2}/.exec(s);
    if (m) return `${quote(cell)} is a full date; write ${m[1]}-${m[2]} or use type date`;
    if (/^\d{6}$/.test(s) && +s.slice(4) >= 1 && +s.slice(4) <= 12) return `${quote(cell)} has no hyphen; write ${s.slice(0, 4)}-${s.slice(4)}`;
    return undefined;
  },
};
