// Casting of CSV cells to Frictionless Table Schema types (https://specs.frictionlessdata.io/table-schema/), locale-free.
//
// compileField() does all the work that depends only on the field (regexes, sets, strptime patterns) once, so that
// CompiledField.cast() is a tight function on the hot path: it never throws and never builds a regex. explain() is
// the cold path, called only after cast() failed, and may be as slow and chatty as it likes.
//
// Design choices (documented here because checks rely on them):
// - integer: values within ±(2^53-1) are returned as a JS number; larger magnitudes are still valid and are returned
//   as a bigint (exact). compareValues() and valueKey() handle number/bigint mixes; anything that needs a plain
//   number can use Number(v).
// - datetime: the spec (v1) asks for a trailing Z; values without a zone are accepted too and taken as UTC. Values
//   with an offset are converted to UTC. Result: epoch milliseconds (fractional below the millisecond).
// - time: seconds since midnight; a time with an offset is converted to UTC and wrapped into [0, 86400).
// - format 'any' never guesses day/month order: date 'any' accepts the ISO 8601 forms YYYY-MM-DD and YYYYMMDD;
//   datetime 'any' also accepts a space instead of 'T', missing seconds and ±hhmm / ±hh offsets; time 'any' also
//   accepts hh:mm. Ambiguous local forms need an explicit strptime pattern.
// - strptime patterns follow Python's strptime (which frictionless-py uses): numeric directives accept one or two
//   digits, matching is case-insensitive, a run of white space in the pattern matches one or more white space
//   characters, absent date parts default to 1900-01-01, %y maps 69–99 to 19xx and 00–68 to 20xx.
// - seconds are 00–59 (no leap seconds) and hours 00–23 (no 24:00:00).
import { daysFromCivil, daysInMonth, daysInYear, MONTH_NAMES, wrapToDay } from '../util/calendar.js';
import type { Field } from './types.js';

/** Returned by cast when a cell does not parse as the field's type. */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

export interface CompiledField {
  readonly field: Field;
  readonly name: string;
  /** Normalised type, 'string' when absent; unknown types are treated as 'any'. */
  readonly type: string;
  /**
   * Parses a non-missing cell. Returns a comparable primitive or INVALID:
   * string/any → the string; number → number (NaN, ±Infinity for 'NaN', 'INF', '-INF'); integer → number, or bigint
   * beyond ±(2^53-1); boolean → boolean; date → days since 1970-01-01; datetime → epoch ms (UTC); time → seconds
   * since midnight; year → number; yearmonth → year*12 + (month-1); duration → approximate seconds; object, array,
   * geojson → the parsed JSON value; geopoint → the cell as is.
   */
  cast(cell: string): unknown;
  /** Human wording of what is expected, for messages. */
  readonly expected: string;
  /** Cold path, only after cast failed: a short reason or a hint. May return undefined. */
  explain(cell: string): string | undefined;
  /** The cells that mean "no value" for this field: field.missingValues ?? schema missingValues ?? [''] */
  readonly missingValues: ReadonlySet<string>;
  /** True when the empty cell is the only missing value (the default), so a plain comparison answers isMissing. */
  readonly onlyEmptyIsMissing: boolean;
}

interface TypeImpl {
  cast(cell: string): unknown;
  expected: string;
  explain?(cell: string): string | undefined;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set([
  'string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time', 'year', 'yearmonth', 'duration',
  'object', 'array', 'geopoint', 'geojson', 'any',
]);

export function compileField(field: Field, schemaMissingValues?: string[]): CompiledField {
  const declared = typeof field.type === 'string' && field.type !== '' ? field.type : 'string';
  const type = KNOWN_TYPES.has(declared) ? declared : 'any';
  const missing = toMissingList(field.missingValues) ?? toMissingList(schemaMissingValues) ?? [''];
  const impl = compileType(type, field);
  const cast = impl.cast;
  const specific = impl.explain;
  return {
    field,
    name: typeof field.name === 'string' ? field.name : String(field.name ?? ''),
    type,
    cast,
    expected: impl.expected,
    explain: (cell: string) => explainCell(cell, cast, specific),
    missingValues: new Set(missing),
    onlyEmptyIsMissing: missing.length === 1 && missing[0] === '',
  };
}

/** Table Schema v2 allows {value, label} objects in missingValues; v1 has strings only. */
function toMissingList(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.map((x: unknown) => {
    if (typeof x === 'string') return x;
    if (x !== null && typeof x === 'object' && 'value' in x) return String((x as { value: unknown }).value);
    return String(x);
  });
}

function compileType(type: string, field: Field): TypeImpl {
  switch (type) {
    case 'string':
      return compileString(field);
    case 'integer':
      return compileNumeric(field, true);
    case 'number':
      return compileNumeric(field, false);
    case 'boolean':
      return compileBoolean(field);
    case 'date':
    case 'datetime':
    case 'time':
      return compileTemporal(type, field);
    case 'year':
      return YEAR;
    case 'yearmonth':
      return YEARMONTH;
    case 'duration':
      return DURATION;
    case 'object':
      return OBJECT;
    case 'array':
      return ARRAY;
    case 'geojson':
      return compileGeojson(field);
    case 'geopoint':
      return compileGeopoint(field);
    default:
      return ANY;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Generic explanation
// ---------------------------------------------------------------------------------------------------------------

/** Cells that people put where a value is missing. Compared case-insensitively after trimming. */
const MISSING_MARKERS: ReadonlySet<string> = new Set([
  'n/a', 'na', 'n.a.', 'n.a', '#n/a', 'n/d', 'nd', 'n.d.', 'null', 'nil', 'none', 'nan', '-', '--', '---', '\u2013',
  '\u2014', '.', '..', '...', '?', '??', '???', ':', '*', 'missing', 'unknown', 'not available', 'not applicable',
  'tbd', 'tba', 'blank', '(blank)', 'empty', 's/o', 'k.a.', 'k. a.',
]);

const SPREADSHEET_ERRORS: ReadonlySet<string> = new Set([
  '#div/0!', '#value!', '#ref!', '#name?', '#num!', '#null!', '#error!', '#######', '#spill!', '#calc!',
]);

function quote(cell: string): string {
  const s = cell.length > 60 ? `${cell.slice(0, 57)}…` : cell;
  return `'${s}'`;
}

function explainCell(
  cell: string,
  cast: (cell: string) => unknown,
  specific: ((cell: string) => string | undefined) | undefined,
): string | undefined {
  const trimmed = cell.trim();
  if (trimmed !== cell) {
    if (trimmed === '') return 'the cell holds only white space; leave it empty if the value is missing';
    if (cast(trimmed) !== INVALID) return `${quote(cell)} has leading or trailing white space; remove it`;
  }
  const lower = trimmed.toLowerCase();
  if (MISSING_MARKERS.has(lower)) return `${quote(cell)} looks like a missing-value marker: declare it in missingValues`;
  if (SPREADSHEET_ERRORS.has(lower)) return `${quote(cell)} is a spreadsheet error value, not data; fix the formula`;
  return specific ? specific(cell) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// any / string
// ---------------------------------------------------------------------------------------------------------------

const identity = (cell: string): unknown => cell;

const ANY: TypeImpl = { cast: identity, expected: 'any value' };

const EMAIL_RE =
  /^[^\s@"(),:;<>[\]\\.]+(?:\.[^\s@"(),:;<>[\]\\.]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,}|[Xx][Nn]--[A-Za-z0-9-]+)$/u;
const URI_RE =
  /^(?:(?:https?|ftps?|wss?):\/\/[^\s/?#<>"{}|\\^`]+[^\s<>"{}|\\^`]*|(?!(?:https?|ftps?|wss?):)[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+)$/i;
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function regexCast(re: RegExp): (cell: string) => unknown {
  return (cell) => (re.test(cell) ? cell : INVALID);
}

function compileString(field: Field): TypeImpl {
  switch (field.format) {
    case 'email':
      return { cast: regexCast(EMAIL_RE), expected: 'an email address', explain: explainEmail };
    case 'uri':
      return { cast: regexCast(URI_RE), expected: 'an absolute URI with a scheme, such as https://…', explain: explainUri };
    case 'uuid':
      return { cast: regexCast(UUID_RE), expected: 'a UUID such as 123e4567-e89b-12d3-a456-426614174000', explain: explainUuid };
    case 'binary':
      return { cast: regexCast(BASE64_RE), expected: 'base64-encoded data', explain: explainBase64 };
    default:
      return { cast: identity, expected: 'a string' };
  }
}

function explainEmail(cell: string): string | undefined {
  const s = cell.trim();
  if (/^mailto:/i.test(s)) return `${quote(cell)} starts with 'mailto:'; write the address only`;
  if (/[;,]|\s\S/.test(s) && (s.match(/@/g)?.length ?? 0) > 1) return `${quote(cell)} holds more than one address`;
  if (!s.includes('@')) return `${quote(cell)} has no '@'`;
  if (/\s/.test(s)) return `${quote(cell)} contains white space`;
  if ((s.match(/@/g)?.length ?? 0) > 1) return `${quote(cell)} has more than one '@'`;
  const domain = s.slice(s.indexOf('@') + 1);
  if (!domain.includes('.')) return `the domain '${domain}' has no dot; write a full domain such as example.org`;
  return undefined;
}

function explainUri(cell: string): string | undefined {
  const s = cell.trim();
  if (/^www\./i.test(s)) return `${quote(cell)} has no scheme; write https://${s}`;
  if (/\s/.test(s)) return `${quote(cell)} contains white space; encode spaces as %20`;
  if (/^(?:\/|\.\.?\/|#|\?)/.test(s)) return `${quote(cell)} is a relative reference; an absolute URI with a scheme is required`;
  if (/^[^:/?#]+\.[a-z]{2,}(?:[/?#]|$)/i.test(s)) return `${quote(cell)} has no scheme; write https://${s}`;
  if (/^(?:https?|ftps?|wss?):(?!\/\/)/i.test(s)) return `${quote(cell)} lacks '//' after the scheme`;
  return undefined;
}

function explainUuid(cell: string): string | undefined {
  const s = cell.trim();
  if (/^\{[0-9a-f-]+\}$/i.test(s) || /^urn:uuid:/i.test(s)) return `${quote(cell)} wraps the UUID; write the 36-character form only`;
  if (/^[0-9a-f]{32}$/i.test(s)) return `${quote(cell)} has no hyphens; write it as 8-4-4-4-12 hexadecimal digits`;
  if (/[^0-9a-f-]/i.test(s)) return `${quote(cell)} contains characters that are not hexadecimal digits`;
  return undefined;
}

function explainBase64(cell: string): string | undefined {
  if (/[-_]/.test(cell) && /^[A-Za-z0-9\-_]*={0,2}$/.test(cell)) {
    return `${quote(cell)} uses the URL-safe base64 alphabet ('-' and '_'); standard base64 uses '+' and '/'`;
  }
  if (/[^A-Za-z0-9+/=]/.test(cell)) return `${quote(cell)} contains characters outside the base64 alphabet`;
  if (cell.length % 4 !== 0) return `the length of ${quote(cell)} is not a multiple of 4 (missing '=' padding?)`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// integer / number
// ---------------------------------------------------------------------------------------------------------------

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function stringOption(v: unknown, fallback: string): string {
  return typeof v === 'string' && v !== '' ? v : fallback;
}

/** Characters accepted for a declared group char: a declared space also accepts the no-break spaces. */
function groupChars(gc: string): string[] {
  return gc === ' ' ? [' ', '\u00a0', '\u202f'] : gc === '' ? [] : [gc];
}

interface NumericOptions {
  integer: boolean;
  dc: string;
  gc: string;
  bare: boolean;
}

function compileNumeric(field: Field, integer: boolean): TypeImpl {
  const opts: NumericOptions = {
    integer,
    dc: integer ? '.' : stringOption(field.decimalChar, '.'),
    gc: stringOption(field.groupChar, ''),
    bare: field.bareNumber !== false,
  };
  const cast = integer ? compileIntegerCast(opts) : compileNumberCast(opts);
  const parts: string[] = [];
  if (!integer) parts.push(opts.dc === '.' ? "decimal point '.'" : `decimal mark '${opts.dc}'`);
  if (opts.gc) parts.push(`thousands separator '${opts.gc}'`);
  if (!opts.bare) parts.push('surrounding text such as a currency sign or % allowed');
  const expected = (integer ? 'an integer' : 'a number') + (parts.length ? ` (${parts.join(', ')})` : '');
  let lenient: ((cell: string) => unknown) | undefined;
  const explain = (cell: string): string | undefined => {
    lenient ??= integer ? compileIntegerCast({ ...opts, bare: false }) : compileNumberCast({ ...opts, bare: false });
    return explainNumeric(cell, opts, cast, lenient);
  };
  return { cast, expected, explain };
}

function groupRegexSource(gc: string): string | undefined {
  const chars = groupChars(gc);
  if (chars.length === 0) return undefined;
  return chars.length === 1 ? escapeRe(chars[0]!) : `[${chars.map(escapeRe).join('')}]`;
}

const PLAIN_INTEGER_RE = /^[+-]?\d+$/;

function integerValue(digits: string): number | bigint {
  const n = Number(digits);
  if (Number.isSafeInteger(n)) return n === 0 ? 0 : n;
  return BigInt(digits);
}

function compileIntegerCast(opts: NumericOptions): (cell: string) => unknown {
  const g = groupRegexSource(opts.gc);
  if (!g && opts.bare) {
    return (cell) => (PLAIN_INTEGER_RE.test(cell) ? integerValue(cell) : INVALID);
  }
  const core = g ? `[+-]?\\d+(?:${g}\\d+)*` : '[+-]?\\d+';
  const re = new RegExp(opts.bare ? `^(${core})$` : `^\\D*?(${core})\\D*$`);
  const strip = g ? new RegExp(g, 'g') : undefined;
  return (cell) => {
    const m = re.exec(cell);
    if (!m) return INVALID;
    const s = m[1]!;
    return integerValue(strip ? s.replace(strip, '') : s);
  };
}

const PLAIN_NUMBER_RE = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NaN|INF|-INF)$/;

function specialNumber(s: string): number | undefined {
  if (s === 'NaN') return NaN;
  if (s === 'INF') return Infinity;
  if (s === '-INF') return -Infinity;
  return undefined;
}

function compileNumberCast(opts: NumericOptions): (cell: string) => unknown {
  const g = groupRegexSource(opts.gc);
  if (!g && opts.bare && opts.dc === '.') {
    return (cell) => {
      if (!PLAIN_NUMBER_RE.test(cell)) return INVALID;
      const special = specialNumber(cell);
      if (special !== undefined) return special;
      const n = Number(cell);
      return n === 0 ? 0 : n;
    };
  }
  const d = escapeRe(opts.dc);
  const intPart = g ? `\\d+(?:${g}\\d+)*` : '\\d+';
  const core = `[+-]?(?:${intPart}(?:${d}\\d*)?|${d}\\d+)(?:[eE][+-]?\\d+)?|NaN|-INF|INF`;
  const re = new RegExp(opts.bare ? `^(${core})$` : `^\\D*?(${core})\\D*$`);
  const strip = g ? new RegExp(g, 'g') : undefined;
  const dc = opts.dc;
  return (cell) => {
    const m = re.exec(cell);
    if (!m) return INVALID;
    let s = m[1]!;
    const special = specialNumber(s);
    if (special !== undefined) return special;
    if (strip) s = s.replace(strip, '');
    if (dc !== '.') s = s.replace(dc, '.');
    const n = Number(s);
    return Number.isNaN(n) ? INVALID : n === 0 ? 0 : n;
  };
}

function sepName(c: string): string {
  switch (c) {
    case ' ':
      return 'a space';
    case '\u00a0':
      return 'a non-breaking space';
    case '\u202f':
      return 'a narrow non-breaking space';
    case ',':
      return 'a comma';
    case '.':
      return 'a dot';
    case "'":
    case '\u2019':
      return 'an apostrophe';
    case '_':
      return 'an underscore';
    default:
      return `'${c}'`;
  }
}

/** A problem found in a numeric cell: what it does, the fixed value, and what to declare instead of fixing. */
interface NumericFinding {
  phrases: string[];
  fixed: string;
  declare?: string;
}

const SEPARATOR_CHARS = /^[\d.,'\u2019 \u00a0\u202f_]+$/;

/** Analyses the separators in an unsigned numeric core (digits and separators, no exponent). */
function analyseSeparators(body: string, opts: NumericOptions): NumericFinding | 'not-whole' | undefined {
  if (!SEPARATOR_CHARS.test(body)) return undefined;
  const seps: string[] = [];
  for (const ch of body) if (ch < '0' || ch > '9') seps.push(ch);
  if (seps.length === 0) return undefined;
  const kinds = [...new Set(seps)];
  const last = seps[seps.length - 1]!;
  const lastCount = seps.filter((c) => c === last).length;
  let group: string | undefined;
  let decimal: string | undefined;
  if (kinds.length > 2) return undefined;
  if (kinds.length === 2) {
    if (lastCount !== 1 || (last !== '.' && last !== ',')) return undefined;
    decimal = last;
    group = kinds.find((c) => c !== last);
  } else if (lastCount > 1 || (last !== '.' && last !== ',')) {
    group = last;
  } else {
    // A single '.' or ','.
    const at = body.indexOf(last);
    const before = body.slice(0, at);
    const after = body.slice(at + 1);
    const looksGrouped = after.length === 3 && before.length >= 1 && before.length <= 3 && before[0] !== '0';
    if (opts.integer) {
      if (looksGrouped && last === ',') group = last;
      else if (looksGrouped && last === '.') {
        return {
          phrases: [`has a dot that is either a decimal point or a thousands separator`],
          fixed: `${before}${after} (or ${before} if the dot is a decimal point)`,
        };
      } else decimal = last;
    } else if (looksGrouped && last !== opts.dc && !groupChars(opts.gc).includes(last)) {
      return {
        phrases: [`uses ${sepName(last)} either as thousands separator or as decimal mark`],
        fixed: `${before}${after} or ${before}${opts.dc}${after}`,
      };
    } else decimal = last;
  }
  const at = decimal ? body.lastIndexOf(decimal) : body.length;
  const intDigits = body.slice(0, at).replace(/\D/g, '');
  const frac = decimal ? body.slice(at + 1) : '';
  if (/\D/.test(frac)) return undefined;
  const groupOk = group === undefined || groupChars(opts.gc).includes(group);
  const decimalOk = decimal === undefined || decimal === opts.dc;
  const phrases: string[] = [];
  let declare: string | undefined;
  if (!groupOk) {
    phrases.push(`uses ${sepName(group!)} as thousands separator`);
    declare = `groupChar '${group}'`;
  }
  if (opts.integer && decimal !== undefined) {
    if (/[1-9]/.test(frac)) return 'not-whole';
    phrases.push('has a decimal part');
    return { phrases, fixed: intDigits || '0' };
  }
  if (!decimalOk) {
    phrases.push(`uses ${sepName(decimal!)} as decimal mark`);
    declare = declare ? undefined : `decimalChar '${decimal}'`;
  }
  if (phrases.length === 0) return undefined;
  const fixed = (intDigits || '0') + (decimal ? opts.dc + frac : '');
  return { phrases, fixed, declare };
}

function explainNumeric(
  cell: string,
  opts: NumericOptions,
  cast: (cell: string) => unknown,
  lenient: (cell: string) => unknown,
): string | undefined {
  const s = cell.trim();
  const what = opts.integer ? 'an integer' : 'a number';
  if (/^[+-]?(?:inf(?:inity)?|nan)$/i.test(s)) {
    return opts.integer ? `${quote(cell)} is not ${what}` : `${quote(cell)}: write NaN, INF or -INF exactly`;
  }
  if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(s)) {
    const neg = s.startsWith('-');
    const v = BigInt(s.replace(/^[+-]/, ''));
    return `${quote(cell)} is hexadecimal; write it in decimal digits (${neg ? '-' : ''}${v})`;
  }
  const accounting = /^\(([\d.,' \u00a0\u202f]*\d)\)$/.exec(s);
  if (accounting && cast(`-${accounting[1]}`) !== INVALID) {
    return `${quote(cell)} uses accounting notation for a negative number; write -${accounting[1]}`;
  }
  // Split off text around the number: prefix, core (sign, digits, separators, exponent), suffix.
  const first = s.search(/\d/);
  if (first < 0) return undefined;
  let start = first;
  if (start > 0 && (s[start - 1] === '.' || s[start - 1] === ',')) start--;
  if (start > 0 && (s[start - 1] === '-' || s[start - 1] === '+')) start--;
  let end = s.length;
  while (end > 0 && !/\d/.test(s[end - 1]!)) end--;
  let prefix = s.slice(0, start);
  let core = s.slice(start, end);
  const suffix = s.slice(end);
  if ((prefix.startsWith('-') || prefix.startsWith('+')) && !/^[+-]/.test(core)) {
    core = prefix[0] + core;
    prefix = prefix.slice(1);
  }
  const affix = (prefix + suffix).trim();
  const phrases: string[] = [];
  let declare: string | undefined;
  if (affix !== '' && opts.bare) {
    phrases.push(`has non-numeric text ('${affix}')`);
    // Only a currency or unit symbol is worth declaring away; 'a' in '12a' is a typo, not a unit.
    if (/^[^\p{L}\d]+$/u.test(affix) || /^(R|ZAR|USD|EUR|GBP|CAD|MWK)$/i.test(affix)) declare = 'bareNumber: false';
  }
  if (!opts.bare && lenient(cell) !== INVALID) return undefined;
  let fixed: string;
  if (affix !== '' && cast(core) !== INVALID) {
    fixed = core;
  } else {
    const sign = /^[+-]/.test(core) ? core[0]! : '';
    let body = sign ? core.slice(1) : core;
    const exp = /[eE][+-]?\d+$/.exec(body);
    let expText = '';
    if (exp) {
      if (opts.integer && /^\d+(?:\.\d+)?$/.test(body.slice(0, exp.index))) {
        const n = Number(sign + body);
        const fix = Number.isSafeInteger(n) ? `; write ${n}` : '';
        return Number.isInteger(n)
          ? `${quote(cell)} uses exponent notation${fix}`
          : `${quote(cell)} is not a whole number (use type number for fractional values)`;
      }
      expText = exp[0];
      body = body.slice(0, exp.index);
    }
    const found = analyseSeparators(body, opts);
    if (found === 'not-whole') {
      return `${quote(cell)} is not a whole number (use type number for fractional values)`;
    }
    if (!found) {
      if (phrases.length === 0) return undefined;
      return `${quote(cell)} ${phrases[0]}`;
    }
    phrases.push(...found.phrases);
    declare = phrases.length === 1 ? found.declare : undefined;
    fixed = sign + found.fixed + expText;
  }
  if (phrases.length === 0) return undefined;
  return `${quote(cell)} ${joinPhrases(phrases)}; write ${fixed}${declare ? ` or declare ${declare}` : ''}`;
}

/** Joins verb phrases with 'and', sharing a repeated leading 'uses': "uses a space as … and a comma as …". */
function joinPhrases(phrases: string[]): string {
  return phrases
    .map((p, i) => (i > 0 && p.startsWith('uses ') && phrases[i - 1]!.startsWith('uses ') ? p.slice(5) : p))
    .join(' and ');
}

// ---------------------------------------------------------------------------------------------------------------
// boolean
// ---------------------------------------------------------------------------------------------------------------

const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];
const COMMON_BOOLEANS: ReadonlySet<string> = new Set([
  'yes', 'no', 'y', 'n', 't', 'f', 'on', 'off', 'oui', 'non', 'ja', 'nein', 'si', 'sí', 'x', 'ok', 'wahr', 'falsch',
  'vrai', 'faux', '1.0', '0.0', '-1',
]);

function stringList(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.map((x: unknown) => String(x)) : undefined;
}

function compileBoolean(field: Field): TypeImpl {
  const trueList = stringList(field.trueValues) ?? DEFAULT_TRUE;
  const falseList = stringList(field.falseValues) ?? DEFAULT_FALSE;
  const trues = new Set(trueList);
  const falses = new Set(falseList);
  const isDefault = trueList === DEFAULT_TRUE && falseList === DEFAULT_FALSE;
  const list = (l: string[]) => l.map((v) => `'${v}'`).join(', ');
  const expected = isDefault ? 'true or false' : `one of ${list(trueList)} (true) or ${list(falseList)} (false)`;
  const lowered = new Set([...trueList, ...falseList].map((v) => v.toLowerCase()));
  return {
    cast: (cell) => (trues.has(cell) ? true : falses.has(cell) ? false : INVALID),
    expected,
    explain: (cell) => {
      const s = cell.trim().toLowerCase();
      if (lowered.has(s)) return `${quote(cell)} is not one of the accepted spellings: ${list(trueList)} / ${list(falseList)}`;
      if (COMMON_BOOLEANS.has(s)) {
        return `${quote(cell)} is not a declared true or false value; write ${trueList[0] ?? 'true'} or ${falseList[0] ?? 'false'}, or declare trueValues and falseValues`;
      }
      return undefined;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// calendar helpers
// ---------------------------------------------------------------------------------------------------------------

/** Two ASCII digits at i as a number, or -1. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  if (!(a >= 0 && a <= 9 && b >= 0 && b <= 9)) return -1;
  return a * 10 + b;
}

function digits4(s: string, i: number): number {
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

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Why y-m-d is not a date, or undefined when it is one. */
function calendarProblem(y: number, m: number, d: number, written: string): string | undefined {
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

// ---------------------------------------------------------------------------------------------------------------
// strptime patterns
// ---------------------------------------------------------------------------------------------------------------

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

interface Pattern {
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

function compilePattern(format: string, kind: 'date' | 'datetime' | 'time'): Pattern {
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

// Scratch results of evalPattern.
let pYear = 1900;
let pMonth = 1;
let pDay = 1;
let pSeconds = 0;

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
  scratchFracNum = 0;
  scratchFracDen = 1;
  scratchOffset = 0;
  scratchHasOffset = false;
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
        scratchFracNum = +v;
        scratchFracDen = 10 ** v.length;
        break;
      case 'z':
        scratchHasOffset = true;
        if (v !== 'Z' && v !== 'z') {
          const oh = +v.slice(1, 3);
          const om = v.length > 3 ? +v.slice(v.length - 2) : 0;
          scratchOffset = (v[0] === '-' ? -1 : 1) * (oh * 3600 + om * 60);
        }
        break;
      case 'Z':
        scratchHasOffset = true;
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

function explainPattern(p: Pattern, cell: string, kind: 'date' | 'datetime' | 'time'): string | undefined {
  if (p.error) return `the field's format '${p.source}' is not a usable pattern: ${p.error}`;
  const status = evalPattern(p, cell);
  if (status === P_BAD_DAY) return calendarProblem(pYear, pMonth, pDay, cell);
  if (status === P_BAD_YEARDAY) return `${cell} is not a real date (${pYear} has ${daysInYear(pYear)} days)`;
  if (status === P_NO_MATCH) {
    const s = cell.trim();
    if (kind !== 'time' && /^\d{4}-\d{2}-\d{2}(?:[T ]|$)/.test(s)) {
      return `${quote(cell)} is written in ISO 8601 form but the field's format is '${p.source}'`;
    }
    return `${quote(cell)} does not match the format '${p.source}'`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// date / datetime / time
// ---------------------------------------------------------------------------------------------------------------

function compileTemporal(kind: 'date' | 'datetime' | 'time', field: Field): TypeImpl {
  let format = typeof field.format === 'string' ? field.format : 'default';
  if (format.startsWith('fmt:')) format = format.slice(4);
  if (format === '' || format === 'default') return kind === 'date' ? DATE_DEFAULT : kind === 'datetime' ? DATETIME_DEFAULT : TIME_DEFAULT;
  if (format === 'any') return kind === 'date' ? DATE_ANY : kind === 'datetime' ? DATETIME_ANY : TIME_ANY;
  const p = compilePattern(format, kind);
  const noun = kind === 'date' ? 'a date' : kind === 'datetime' ? 'a date and time' : 'a time';
  const expected = `${noun} in the form ${format}`;
  const explain = (cell: string) => explainPattern(p, cell, kind);
  if (p.error) return { cast: () => INVALID, expected, explain };
  let cast: (cell: string) => unknown;
  if (kind === 'date') {
    cast = (cell) => (evalPattern(p, cell) === P_OK ? daysFromCivil(pYear, pMonth, pDay) : INVALID);
  } else if (kind === 'datetime') {
    cast = (cell) =>
      evalPattern(p, cell) === P_OK
        ? daysFromCivil(pYear, pMonth, pDay) * 86400000 +
          (pSeconds - scratchOffset) * 1000 +
          (scratchFracNum * 1000) / scratchFracDen
        : INVALID;
  } else {
    cast = (cell) => {
      if (evalPattern(p, cell) !== P_OK) return INVALID;
      const t = pSeconds + scratchFracNum / scratchFracDen;
      return scratchHasOffset ? wrapToDay(t - scratchOffset) : t;
    };
  }
  return { cast, expected, explain };
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

function explainDate(cell: string, acceptsBasic: boolean): string | undefined {
  const s = cell.trim();
  const withTime = /^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(s);
  if (withTime) return `${quote(cell)} has a time part; a date is written YYYY-MM-DD only (or use type datetime)`;
  return explainDateShape(cell, s, acceptsBasic);
}

function explainDatetime(cell: string, loose: boolean, cast: (cell: string) => unknown): string | undefined {
  const s = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const problem = explainDateShape(cell, s, false);
    return problem ?? `${quote(cell)} has no time part; write ${s}T00:00:00 or use type date`;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})([T t])(.*)$/.exec(s);
  if (!m) {
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

function explainTime(cell: string, loose: boolean): string | undefined {
  const s = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}[T ]/.test(s)) return `${quote(cell)} has a date part; a time is written hh:mm:ss (or use type datetime)`;
  return explainClock(cell, s, loose);
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

// ---------------------------------------------------------------------------------------------------------------
// year / yearmonth / duration
// ---------------------------------------------------------------------------------------------------------------

const YEAR: TypeImpl = {
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

const YEARMONTH: TypeImpl = {
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

const DURATION_RE =
  /^([+-])?P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:(T)(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;
const DAY = 86400;
/** Seconds per unit for the groups 2..9 of DURATION_RE (group 6 is the 'T'). */
const DURATION_UNITS = [0, 0, 365.2425 * DAY, 30.436875 * DAY, 7 * DAY, DAY, 0, 3600, 60, 1];

function durationComponent(v: string): number {
  return Number(v.length > 1 && v.includes(',') ? v.replace(',', '.') : v);
}

const DURATION: TypeImpl = {
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
  explain: (cell) => {
    const s = cell.trim();
    if (s === 'P' || s === 'PT') return `${quote(cell)} has no components; write e.g. P0D or PT0S for zero`;
    if (/^P.*T$/.test(s)) return `${quote(cell)} ends with 'T' but no hours, minutes or seconds follow`;
    if (/^p/.test(s) || /^P.*[a-z]/.test(s)) return `${quote(cell)} uses lower-case letters; ISO 8601 durations use P, Y, M, W, D, T, H, S`;
    if (/^P[^T]*\d+[HS]/.test(s)) return `${quote(cell)} has hours or seconds before 'T'; write e.g. PT2H30M`;
    if (/^\d+(?:[.,]\d+)?$/.test(s)) return `${quote(cell)} is a bare number; write it as an ISO 8601 duration, e.g. PT${s}S or P${s}D`;
    if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(s)) {
      const [h, mi, sec] = s.split(':');
      return `${quote(cell)} is a clock time; write it as an ISO 8601 duration, e.g. PT${+h!}H${+mi!}M${sec ? `${+sec}S` : ''}`;
    }
    if (/^P/.test(s)) return `${quote(cell)} has its components out of order or malformed (order: Y M W D T H M S)`;
    return undefined;
  },
};

// ---------------------------------------------------------------------------------------------------------------
// object / array / geojson / geopoint
// ---------------------------------------------------------------------------------------------------------------

/** Parses JSON whose first non-white-space character is `open`; undefined on failure. */
function parseJson(cell: string, open: number): unknown {
  let i = 0;
  while (i < cell.length && (cell.charCodeAt(i) === 32 || cell.charCodeAt(i) === 9 || cell.charCodeAt(i) === 10 || cell.charCodeAt(i) === 13)) i++;
  if (cell.charCodeAt(i) !== open) return undefined;
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return undefined;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function explainJson(cell: string, want: 'object' | 'array'): string | undefined {
  const s = cell.trim();
  let parsed: unknown;
  try {
    parsed = JSON.parse(s);
  } catch (e) {
    if (/^[[{]/.test(s) && /'/.test(s) && !/"/.test(s)) return `${quote(cell)} uses single quotes; JSON needs double quotes`;
    const reason = e instanceof Error ? e.message : String(e);
    return `${quote(cell)} is not valid JSON (${reason})`;
  }
  const kind = Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : typeof parsed === 'object' ? 'an object' : `a ${typeof parsed}`;
  return `${quote(cell)} is JSON ${kind}, not ${want === 'object' ? 'an object' : 'an array'}`;
}

const OBJECT: TypeImpl = {
  cast: (cell) => {
    const v = parseJson(cell, 123 /* { */);
    return isPlainObject(v) ? v : INVALID;
  },
  expected: 'a JSON object',
  explain: (cell) => explainJson(cell, 'object'),
};

const ARRAY: TypeImpl = {
  cast: (cell) => {
    const v = parseJson(cell, 91 /* [ */);
    return Array.isArray(v) ? v : INVALID;
  },
  expected: 'a JSON array',
  explain: (cell) => explainJson(cell, 'array'),
};

const GEOMETRY_TYPES: ReadonlySet<string> = new Set([
  'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon',
]);

/** Why v is not a GeoJSON object (RFC 7946, structure only), or undefined. */
function geojsonProblem(v: Record<string, unknown>): string | undefined {
  const t = v.type;
  if (typeof t !== 'string') return "it has no 'type' member";
  if (GEOMETRY_TYPES.has(t)) return Array.isArray(v.coordinates) ? undefined : `a ${t} needs a 'coordinates' array`;
  if (t === 'GeometryCollection') {
    if (!Array.isArray(v.geometries)) return "a GeometryCollection needs a 'geometries' array";
    for (const g of v.geometries) {
      if (!isPlainObject(g) || (!GEOMETRY_TYPES.has(String(g.type)) && g.type !== 'GeometryCollection')) return 'a member of its geometries is not a geometry';
      const p = geojsonProblem(g);
      if (p) return p;
    }
    return undefined;
  }
  if (t === 'Feature') {
    if (!('geometry' in v)) return "a Feature needs a 'geometry' member";
    if (v.geometry === null) return undefined;
    return isPlainObject(v.geometry) ? geojsonProblem(v.geometry) : 'its geometry is not an object';
  }
  if (t === 'FeatureCollection') {
    if (!Array.isArray(v.features)) return "a FeatureCollection needs a 'features' array";
    for (const f of v.features) {
      if (!isPlainObject(f) || f.type !== 'Feature') return 'a member of its features is not a Feature';
      const p = geojsonProblem(f);
      if (p) return p;
    }
    return undefined;
  }
  return `'${t}' is not a GeoJSON type`;
}

function topojsonProblem(v: Record<string, unknown>): string | undefined {
  if (v.type !== 'Topology') return "its type is not 'Topology'";
  return isPlainObject(v.objects) ? undefined : "a Topology needs an 'objects' member";
}

function compileGeojson(field: Field): TypeImpl {
  const topo = field.format === 'topojson';
  const problem = topo ? topojsonProblem : geojsonProblem;
  return {
    cast: (cell) => {
      const v = parseJson(cell, 123);
      return isPlainObject(v) && problem(v) === undefined ? v : INVALID;
    },
    expected: topo ? 'a TopoJSON object' : 'a GeoJSON object',
    explain: (cell) => {
      const v = parseJson(cell, 123);
      if (!isPlainObject(v)) return explainJson(cell, 'object');
      const p = problem(v);
      return p ? `${quote(cell)} is not ${topo ? 'TopoJSON' : 'GeoJSON'}: ${p}` : undefined;
    },
  };
}

const GEOPOINT_RE = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*,\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))$/;

function inRange(lon: unknown, lat: unknown): boolean {
  return (
    typeof lon === 'number' && typeof lat === 'number' && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90
  );
}

/** lon and lat of a geopoint cell in the given format, without range checks; undefined when not of that shape. */
function geopointParts(cell: string, format: string): [number, number] | undefined {
  if (format === 'array') {
    const v = parseJson(cell, 91);
    if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'number' || typeof v[1] !== 'number') return undefined;
    return [v[0], v[1]];
  }
  if (format === 'object') {
    const v = parseJson(cell, 123);
    if (!isPlainObject(v) || Object.keys(v).length !== 2 || typeof v.lon !== 'number' || typeof v.lat !== 'number') return undefined;
    return [v.lon, v.lat];
  }
  const m = GEOPOINT_RE.exec(cell);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

function compileGeopoint(field: Field): TypeImpl {
  const format = field.format === 'array' || field.format === 'object' ? field.format : 'default';
  const expected =
    format === 'array' ? 'a JSON array [lon, lat]' : format === 'object' ? 'a JSON object {"lon": …, "lat": …}' : "a point in the form 'lon, lat'";
  return {
    cast: (cell) => {
      const parts = geopointParts(cell, format);
      return parts && inRange(parts[0], parts[1]) ? cell : INVALID;
    },
    expected,
    explain: (cell) => {
      const parts = geopointParts(cell, format);
      if (!parts) {
        if (format === 'default' && /^\s*[[{]/.test(cell)) return `${quote(cell)} is JSON; declare format 'array' or 'object', or write 'lon, lat'`;
        return undefined;
      }
      const [lon, lat] = parts;
      if (lat < -90 || lat > 90) {
        const swapped = lon >= -90 && lon <= 90 && lat >= -180 && lat <= 180;
        return `latitude ${lat} is out of range (-90 to 90)${swapped ? '; are longitude and latitude swapped? the order is lon, lat' : ''}`;
      }
      if (lon < -180 || lon > 180) return `longitude ${lon} is out of range (-180 to 180)`;
      return undefined;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// ordering and keys
// ---------------------------------------------------------------------------------------------------------------

function typeRank(v: unknown): number {
  switch (typeof v) {
    case 'boolean':
      return 0;
    case 'number':
    case 'bigint':
      return 1;
    case 'string':
      return 2;
    default:
      return 3;
  }
}

/**
 * Order of two values returned by the same field's cast (numbers, bigints, strings, booleans): negative, 0, positive.
 * Numbers and bigints compare by value; NaN equals NaN and sorts before every other number. Strings compare by UTF-16
 * code units (locale-free). false < true. Other values (JSON) compare by their canonical JSON text.
 */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) {
    const an = ta === 'number' && Number.isNaN(a);
    const bn = tb === 'number' && Number.isNaN(b);
    if (an || bn) return an && bn ? 0 : an ? -1 : 1;
    const x = a as number | bigint;
    const y = b as number | bigint;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ta === 'string' && tb === 'string') return (a as string) < (b as string) ? -1 : 1;
  if (ta === 'boolean' && tb === 'boolean') return a ? 1 : -1;
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  const ka = String(valueKey(a));
  const kb = String(valueKey(b));
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (isPlainObject(v)) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}`;
  }
  if (typeof v === 'bigint') return v.toString();
  if (v === undefined) return 'null';
  return JSON.stringify(v);
}

/**
 * A stable key for uniqueness checks: equal values give equal keys (under SameValueZero, as Map and Set use).
 * Numbers: -0 becomes 0 (NaN stays NaN, which Map/Set treat as equal to itself); bigints (integers beyond 2^53) become
 * their decimal text; strings and booleans are themselves; JSON values become canonical JSON text (sorted keys).
 */
export function valueKey(v: unknown): string | number | boolean {
  switch (typeof v) {
    case 'number':
      return v === 0 ? 0 : v;
    case 'bigint':
      return v.toString();
    case 'string':
    case 'boolean':
      return v;
    default:
      return canonicalJson(v);
  }
}
