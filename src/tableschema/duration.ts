// duration: ISO 8601 durations (P1Y2M10DT2H30M), cast to approximate seconds with the mean Gregorian year and month.
import { DAY_SECONDS } from '../util/calendar.js';
import type { HintRef } from '../model/check.js';
import { quote } from './explain.js';
import { INVALID, type TypeImpl } from './type-impl.js';

const DURATION_RE =
  /^([+-])?P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:(T)(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;
/** Seconds per unit for the groups 2..9 of DURATION_RE (group 6 is the 'T'). */
const DURATION_UNITS = [0, 0, 365.2425 * DAY_SECONDS, 30.436875 * DAY_SECONDS, 7 * DAY_SECONDS, DAY_SECONDS, 0, 3600, 60, 1];

function durationComponent(v: string): number {
  return Number(v.length > 1 && v.includes(',') ? v.replace(',', '.') : v);
}

export const DURATION: TypeImpl = {
  cast: (cell) => {
    const m = DURATION_RE.exec(cell);
    if (!m) return INVALID;
    let total = 0;
    let any = false;
    let time = false;
    for (let i = 2; i <= 9; i++) {
      const v = m[i];
      if (v === undefined || i === 6) continue;
      any = true;
      if (i > 6) time = true;
      total += durationComponent(v) * DURATION_UNITS[i]!;
    }
    if (!any || (m[6] !== undefined && !time)) return INVALID;
    return m[1] === '-' ? -total : total;
  },
  expected: 'an ISO 8601 duration such as P1Y2M10DT2H30M',
  explain: (cell): HintRef | undefined => {
    const s = cell.trim();
    if (s === 'P' || s === 'PT') return { id: 'explain.durationEmpty', data: { value: quote(cell) } };
    if (/^P.*T$/.test(s)) return { id: 'explain.durationT', data: { value: quote(cell) } };
    if (/^p/.test(s) || /^P.*[a-z]/.test(s)) return { id: 'explain.durationLowerCase', data: { value: quote(cell) } };
    if (/^P[^T]*\d+[HS]/.test(s)) return { id: 'explain.durationBeforeT', data: { value: quote(cell) } };
    if (/^\d+(?:[.,]\d+)?$/.test(s)) return { id: 'explain.durationNumber', data: { value: quote(cell), number: s } };
    if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(s)) {
      const [h, mi, sec] = s.split(':');
      return { id: 'explain.durationClock', data: { value: quote(cell), fixed: `PT${+h!}H${+mi!}M${sec ? `${+sec}S` : ''}` } };
    }
    if (/^P/.test(s)) return { id: 'explain.durationOrder', data: { value: quote(cell) } };
    return undefined;
  },
};
