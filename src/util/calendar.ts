// The proleptic Gregorian calendar in UTC, shared by Table Schema casting (tableschema/) and the freshness checks
// (freshness/dates.ts). Plain arithmetic, no Date objects: every year works (Date.UTC maps years 0–99 to 19xx) and
// the casting hot path allocates nothing. No leap seconds: a day is always 86,400 seconds.

export const DAY_MS = 86_400_000;
export const DAY_SECONDS = 86_400;

export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

export function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

export function daysInYear(y: number): number {
  return isLeapYear(y) ? 366 : 365;
}

/** Days in month m (1–12) of year y. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a date (H. Hinnant's days_from_civil); month 1–12, any year. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Epoch ms of a UTC calendar time; month 1–12. The parts must name a real time: they do not roll over as Date's do. */
export function utcMs(y: number, month: number, day: number, h = 0, mi = 0, s = 0, ms = 0): number {
  return daysFromCivil(y, month, day) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 + ms;
}

/** A time of day in seconds brought back into [0, 86400) after a zone offset moved it by less than a day. */
export function wrapToDay(seconds: number): number {
  return seconds < 0 ? seconds + DAY_SECONDS : seconds >= DAY_SECONDS ? seconds - DAY_SECONDS : seconds;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real date written YYYY-MM-DD (the form of --now, a config's now, a register's retired dates). */
export function isCalendarDate(text: string): boolean {
  const m = CALENDAR_DATE.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Epoch ms of the start (00:00 UTC) of a YYYY-MM-DD date: the reference date as every check compares with it. */
export function calendarDateMs(text: string): number {
  if (!isCalendarDate(text)) throw new Error(`The reference date '${text}' is not YYYY-MM-DD`);
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return utcMs(y, m, d);
}
