// integer and number: casting with decimalChar, groupChar and bareNumber, and on the cold path an analysis of the
// separators a cell uses, so the message can say what to write or declare instead.
import type { HintRef } from '../model/check.js';
import { quote } from './explain.js';
import { escapeRe, INVALID, type TypeImpl } from './type-impl.js';
import type { Field } from '../model/table-schema.js';
import { JsonNumber, jsonCellText } from '../util/json-cell.js';

/**
 * A leading zero before another digit ("008", "0123", "-01.5"; not "0" or "0.5"): a code such as a postcode or an
 * account number, whose zeros an integer or number type drops.
 */
export function hasLeadingZero(cell: string): boolean {
  return /^[+-]?0\d/.test(cell);
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

export function compileNumeric(field: Field, integer: boolean): TypeImpl {
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
  const explain = (cell: string): HintRef | undefined => {
    lenient ??= integer ? compileIntegerCast({ ...opts, bare: false }) : compileNumberCast({ ...opts, bare: false });
    return explainNumeric(cell, opts, cast, lenient);
  };
  // A JSON number is a number already: the options describe text, so they do not apply (see CompiledField.castJson).
  const castJsonValue = (value: unknown): unknown => {
    if (value instanceof JsonNumber) return castJsonNumber(value, integer);
    return typeof value !== 'number' ? cast(jsonCellText(value)) : integer ? integerOfJsonNumber(value) : value === 0 ? 0 : value;
  };
  return { cast, expected, explain, castJsonValue };
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

/**
 * An integral JSON number as cast returns integers. Beyond ±(2^53-1): the bigint of the digits String() writes, which
 * is what cast makes of that text below 1e21, read the same way from 1e21 on, where String() switches to '1e+21'.
 */
function integerOfJsonNumber(n: number): unknown {
  if (Number.isSafeInteger(n)) return n === 0 ? 0 : n;
  if (!Number.isInteger(n)) return INVALID;
  const text = String(n);
  const e = text.indexOf('e');
  if (e < 0) return BigInt(text);
  const mantissa = text.slice(0, e);
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const zeros = Number(text.slice(e + 1)) - (dot < 0 ? 0 : mantissa.length - dot - 1);
  return BigInt(digits) * 10n ** BigInt(zeros);
}

/**
 * A JSON number read from its text (a float does not keep it): an integer written in digits is exact whatever its
 * size (Table Schema integers are unbounded); a number beyond the range of a float (1e400) is not a number.
 */
function castJsonNumber(n: JsonNumber, integer: boolean): unknown {
  if (integer) return PLAIN_INTEGER_RE.test(n.text) ? integerValue(n.text) : integerOfJsonNumber(n.value);
  if (!Number.isFinite(n.value)) return INVALID;
  return n.value === 0 ? 0 : n.value;
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

function sepName(c: string): HintRef {
  switch (c) {
    case ' ':
      return { id: 'explain.sep.space' };
    case '\u00a0':
      return { id: 'explain.sep.nonBreakingSpace' };
    case '\u202f':
      return { id: 'explain.sep.narrowNonBreakingSpace' };
    case ',':
      return { id: 'explain.sep.comma' };
    case '.':
      return { id: 'explain.sep.dot' };
    case "'":
    case '\u2019':
      return { id: 'explain.sep.apostrophe' };
    case '_':
      return { id: 'explain.sep.underscore' };
    default:
      return { id: 'explain.sep.other', data: { char: c } };
  }
}

/** A phrase of a numeric explanation, and whether it starts with 'uses' (joinPhrases leaves a repeated one out). */
interface Phrase {
  uses?: { sep: HintRef; as: 'thousands' | 'decimal' };
  ref?: HintRef;
}

/** A problem found in a numeric cell: what it does, the fixed value, and what to declare instead of fixing. */
interface NumericFinding {
  phrases: Phrase[];
  fixed: string | HintRef;
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
          phrases: [{ ref: { id: 'explain.dotEither' } }],
          fixed: { id: 'explain.fixedOrDot', data: { grouped: `${before}${after}`, decimal: before } },
        };
      } else decimal = last;
    } else if (looksGrouped && last !== opts.dc && !groupChars(opts.gc).includes(last)) {
      return {
        phrases: [{ ref: { id: 'explain.usesEither', data: { sep: sepName(last) } } }],
        fixed: { id: 'explain.fixedOr', data: { grouped: `${before}${after}`, decimal: `${before}${opts.dc}${after}` } },
      };
    } else decimal = last;
  }
  const at = decimal ? body.lastIndexOf(decimal) : body.length;
  const intDigits = body.slice(0, at).replace(/\D/g, '');
  const frac = decimal ? body.slice(at + 1) : '';
  if (/\D/.test(frac)) return undefined;
  const groupOk = group === undefined || groupChars(opts.gc).includes(group);
  const decimalOk = decimal === undefined || decimal === opts.dc;
  const phrases: Phrase[] = [];
  let declare: string | undefined;
  if (!groupOk) {
    phrases.push({ uses: { sep: sepName(group!), as: 'thousands' } });
    declare = `groupChar '${group}'`;
  }
  if (opts.integer && decimal !== undefined) {
    if (/[1-9]/.test(frac)) return 'not-whole';
    phrases.push({ ref: { id: 'explain.decimalPart' } });
    return { phrases, fixed: intDigits || '0' };
  }
  if (!decimalOk) {
    phrases.push({ uses: { sep: sepName(decimal!), as: 'decimal' } });
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
): HintRef | undefined {
  const s = cell.trim();
  const value = quote(cell);
  if (/^-?\d+(?:\.\d+)?[eE][+-]?\d+$/.test(s) && !Number.isFinite(Number(s))) {
    return { id: 'explain.beyondFloat', data: { value } };
  }
  if (/^[+-]?(?:inf(?:inity)?|nan)$/i.test(s)) {
    return opts.integer ? { id: 'explain.notAnInteger', data: { value } } : { id: 'explain.nanInf', data: { value } };
  }
  if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(s)) {
    const neg = s.startsWith('-');
    const v = BigInt(s.replace(/^[+-]/, ''));
    return { id: 'explain.hexadecimal', data: { value, fixed: `${neg ? '-' : ''}${v}` } };
  }
  const accounting = /^\(([\d.,' \u00a0\u202f]*\d)\)$/.exec(s);
  if (accounting && cast(`-${accounting[1]}`) !== INVALID) {
    return { id: 'explain.accounting', data: { value, fixed: `-${accounting[1]}` } };
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
  const phrases: Phrase[] = [];
  let declare: string | undefined;
  if (affix !== '' && opts.bare) {
    phrases.push({ ref: { id: 'explain.nonNumeric', data: { text: affix } } });
    // Only a currency or unit symbol is worth declaring away; 'a' in '12a' is a typo, not a unit.
    if (/^[^\p{L}\d]+$/u.test(affix) || /^(R|ZAR|USD|EUR|GBP|CAD|MWK)$/i.test(affix)) declare = 'bareNumber: false';
  }
  if (!opts.bare && lenient(cell) !== INVALID) return undefined;
  // A value is suggested only when what is dropped is plausible noise around a number; "=cmd|' /C calc'!A0" is not 0.
  if (affix !== '' && !isNoise(affix, core)) return phrases.length > 0 ? { id: 'explain.phrase', data: { value, phrase: joinPhrases(phrases) } } : undefined;
  let fixed: string | HintRef;
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
        if (!Number.isInteger(n)) return { id: 'explain.notWhole', data: { value } };
        return Number.isSafeInteger(n) ? { id: 'explain.exponentWrite', data: { value, fixed: n } } : { id: 'explain.exponent', data: { value } };
      }
      expText = exp[0];
      body = body.slice(0, exp.index);
    }
    const found = analyseSeparators(body, opts);
    if (found === 'not-whole') {
      return { id: 'explain.notWhole', data: { value } };
    }
    if (!found) {
      if (phrases.length === 0) return undefined;
      return { id: 'explain.phrase', data: { value, phrase: joinPhrases(phrases) } };
    }
    phrases.push(...found.phrases);
    declare = phrases.length === 1 ? found.declare : undefined;
    fixed = typeof found.fixed === 'string' ? sign + found.fixed + expText : found.fixed;
  }
  if (phrases.length === 0) return undefined;
  return declare
    ? { id: 'explain.writeOrDeclare', data: { value, phrases: joinPhrases(phrases), fixed, declare } }
    : { id: 'explain.write', data: { value, phrases: joinPhrases(phrases), fixed } };
}

/** Currency symbols, percent and per-mille signs, and the currency codes a figure is commonly written with. */
const NOISE = /\p{Sc}|[%\u2030\s]|\b(?:R|ZAR|USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|INR|MWK)\b/giu;

/**
 * Whether the text around a number's digits can be dropped to suggest the number: currency symbols and codes,
 * percent signs and spaces, plus at most three letters (a unit, a typo: '12 kg', '12a') and no more letters than the
 * number has digits. Any other punctuation (a formula's '=', '|', '!') means the cell is not a number written oddly.
 */
function isNoise(affix: string, core: string): boolean {
  const rest = affix.replace(NOISE, '');
  if (!/^\p{L}{0,3}$/u.test(rest)) return false;
  return rest.length <= core.replace(/\D/g, '').length;
}

/** Joins verb phrases with 'and', sharing a repeated leading 'uses': "uses a space as … and a comma as …". */
function joinPhrases(phrases: Phrase[]): HintRef {
  const refs = phrases.map((p, i): HintRef => {
    if (!p.uses) return p.ref!;
    // 'uses a space as thousands separator and a comma as decimal mark': a second 'uses' is left out.
    const again = i > 0 && phrases[i - 1]!.uses !== undefined;
    return { id: `explain.${again ? 'as' : 'usesAs'}.${p.uses.as}`, data: { sep: p.uses.sep } };
  });
  return refs.slice(0, -1).reduceRight<HintRef>((rest, first) => ({ id: 'explain.and', data: { first, rest } }), refs[refs.length - 1]!);
}
