// Strict ISO 8601 dates and date-times as metadata gives them (`modified`), and the day arithmetic of the freshness
// checks. Everything is computed in UTC.
//
// Accepted (the extended format that DCAT's xsd:date / xsd:dateTime and RFC 3339 use):
//   YYYY-MM-DD
//   YYYY-MM-DDThh:mm[:ss[.fff…]][Z|±hh:mm|±hhmm|±hh]   ('T' may also be 't' or one space, as RFC 3339 allows)
// A date-time without a zone (CKAN's metadata_modified, for one) is read as UTC; `zone` says whether it had one.
// Rejected, each with a reason a person can act on: reduced precision (YYYY-MM, YYYY), the basic format (YYYYMMDD),
// day/month orders, repeating intervals (R/P1D: a frequency, not a date), impossible days (2026-02-30), month 13,
// hour 24, second 60.

import { DAY_MS, daysInMonth, MONTH_NAMES, utcMs } from '../util/calendar.js';

// Many freshness modules and tests import these from here.
export { DAY_MS, utcMs };

export interface ParsedInstant {
  ok: true;
  /** Epoch milliseconds, UTC. */
  ms: number;
  kind: 'date' | 'datetime';
  /** False for a date-time without Z or an offset (read as UTC). Always true for a date. */
  zone: boolean;
}

export interface ParseFailure {
  ok: false;
  /** Why the text is not accepted, as a clause: "there is no month 13". */
  reason: string;
}

export type InstantParse = ParsedInstant | ParseFailure;

const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Whether text is a YYYY-MM-DD date that exists (no 30 February): --now, a config's now, a register's dates. */

/** Parses an ISO 8601 date or date-time strictly (see the header comment). */
export function parseIsoInstant(text: string): InstantParse {
  const m = DATE_TIME_RE.exec(text);
  if (!m) return { ok: false, reason: whyNotIso(text) };
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12) return { ok: false, reason: `there is no month ${mo}` };
  if (d < 1 || d > daysInMonth(y, mo)) {
    return { ok: false, reason: d < 1 ? 'there is no day 0' : `${MONTH_NAMES[mo - 1]} ${y} has no day ${d}` };
  }
  if (m[4] === undefined) return { ok: true, ms: utcMs(y, mo, d), kind: 'date', zone: true };
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 23) return { ok: false, reason: `there is no hour ${h} (hours run from 00 to 23)` };
  if (mi > 59) return { ok: false, reason: `there is no minute ${mi}` };
  if (s > 59) return { ok: false, reason: `there is no second ${s}` };
  const frac = m[7] === undefined ? 0 : Number(`0.${m[7]}`) * 1000;
  let ms = utcMs(y, mo, d, h, mi, s) + frac;
  const zone = m[8];
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const oh = Number(zone.slice(1, 3));
    const om = zone.length > 3 ? Number(zone.slice(-2)) : 0;
    if (oh > 23 || om > 59) return { ok: false, reason: `'${zone}' is not a valid time zone offset` };
    const sign = zone[0] === '-' ? -1 : 1;
    ms -= sign * (oh * 60 + om) * 60_000;
  }
  return { ok: true, ms, kind: 'datetime', zone: zone !== undefined };
}

function whyNotIso(text: string): string {
  const s = text.trim();
  if (s === '') return 'it is empty';
  if (s !== text && DATE_TIME_RE.test(s)) return 'it has leading or trailing white space';
  if (/^R\d*\//.test(s)) return 'it is a repeating interval (an update frequency), not the date of the last change';
  if (/^\d{4}-\d{2}$/.test(s)) return 'it gives a month, not a day (write YYYY-MM-DD)';
  if (/^\d{4}$/.test(s)) return 'it gives a year, not a day (write YYYY-MM-DD)';
  if (/^\d{8}(?:T\d{2,6}(?:[.,]\d+)?(?:Z|[+-]\d{2,4})?)?$/.test(s)) return 'it uses the basic format without hyphens (write YYYY-MM-DD)';
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/.test(s)) return 'the order of day and month is ambiguous (write YYYY-MM-DD)';
  if (/^\d{4}\/\d{1,2}\/\d{1,2}/.test(s)) return 'it uses slashes (write YYYY-MM-DD)';
  if (/^\d{4}-\d{1,2}-\d{1,2}(?:\D|$)/.test(s)) return 'months and days need two digits (write YYYY-MM-DD)';
  return 'it is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm:ssZ)';
}


/** YYYY-MM-DD of an epoch ms (UTC). */
export function formatDay(ms: number): string {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** An instant for messages: YYYY-MM-DD at midnight, else the ISO form without zero milliseconds. */
export function formatInstant(ms: number): string {
  if (ms % DAY_MS === 0) return formatDay(ms);
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Whole calendar months from a to b (UTC; b after a), counting a month only when its day is reached. */
export function wholeMonthsBetween(aMs: number, bMs: number): number {
  const a = new Date(aMs);
  const b = new Date(bMs);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (b.getUTCDate() < a.getUTCDate()) months--;
  return Math.max(0, months);
}

/** A length of time between two instants, in words: "12 days", "14 months", "3 years". */
export function describeAge(fromMs: number, toMs: number): string {
  const days = Math.floor((toMs - fromMs) / DAY_MS);
  if (days < 62) return days === 1 ? '1 day' : `${days} days`;
  const months = wholeMonthsBetween(fromMs, toMs);
  if (months < 24) return `${months} months`;
  const years = Math.floor(months / 12);
  return `${years} years`;
}

/** A number of days for messages: whole when close to whole, else one decimal ("7.6 days"). */
export function describeDays(days: number): string {
  const r = Math.round(days * 10) / 10;
  const s = Number.isInteger(r) ? String(r) : r.toFixed(1);
  return r === 1 ? '1 day' : `${s} days`;
}
