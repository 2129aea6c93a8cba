// Near-miss suggestions for a value that matches no key: "'ec101' — did you mean 'EC101'? (case differs)".
//
// Two ways a value can be near a key:
// 1. It equals the key once both are normalised: case folded, non-breaking and other unusual spaces made ordinary,
//    white space removed (surrounding and inside), hyphens and dashes removed, leading zeros of every digit run
//    stripped ('0800' → '800', 'DC01' → 'DC1'). An index from normalised form to key answers this in one lookup; a
//    normalised form shared by two keys is ambiguous and gives no suggestion. The index is keyed by a 32-bit hash of
//    the normalised form (a small integer, not a second copy of every key as a string: about 30 bytes per key instead
//    of 55), and a hit is confirmed by normalising the key it names; keys whose hashes collide are all kept and
//    checked. Past MAX_NORMALISED_KEYS keys (a Map's limit is 2^24) only one-edit suggestions are made.
// 2. It is one edit away from exactly one key: one character substituted, or two adjacent characters swapped. Both
//    edits keep the length, so candidates are generated from the characters seen *at each position* among keys of
//    that length (a positional alphabet: for codes like KZN212 a handful of letters, then ten digits), and looked up
//    in the key set itself. Nothing per key is stored beyond the normalised index, and a value whose candidates would
//    exceed a budget (long free text) gets no edit suggestion.
// The index is built on the first miss (build it lazily), and callers cache suggestions per distinct value.
import { SEPARATOR, splitKey, joinParts } from './encode.js';

export interface NearMiss {
  /** The key as text (parts joined by the separator for a composite key). */
  key: string;
  /** Why it is near, in a few words: 'case differs', 'leading zeros lost', 'two characters swapped' … */
  why: string;
}

interface Step {
  id: 'case' | 'space-kind' | 'space' | 'hyphen' | 'zeros';
  apply(s: string): string;
}

const UNUSUAL_SPACE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
const HAS_UNUSUAL_SPACE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const ASCII_SPACE = /[ \t\r\n\f\v]+/g;
const HYPHEN = /[-\u2010-\u2015\u2212\ufe63\uff0d]/g;
const LEADING_ZEROS = /(^|[^0-9])0+(?=[0-9])/g;

const STEPS: readonly Step[] = [
  { id: 'case', apply: (s) => s.toLowerCase() },
  { id: 'space-kind', apply: (s) => s.replace(UNUSUAL_SPACE, ' ') },
  { id: 'space', apply: (s) => s.replace(ASCII_SPACE, '') },
  { id: 'hyphen', apply: (s) => s.replace(HYPHEN, '') },
  { id: 'zeros', apply: (s) => s.replace(LEADING_ZEROS, '$1') },
];

function normalisePart(s: string, skip?: Step['id']): string {
  if (skip === undefined) return normaliseFully(s);
  let out = s;
  for (const step of STEPS) if (step.id !== skip) out = step.apply(out);
  return out;
}

/** Characters every full normalisation removes: white space of any kind, and hyphens and dashes. */
function removed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 45 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b)
    || (c >= 0x2010 && c <= 0x2015) || c === 0x202f || c === 0x205f || c === 0x2212 || c === 0x3000 || c === 0xfe63
    || c === 0xfeff || c === 0xff0d;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Every step of STEPS in one pass (the hot path: each key of a register is normalised when its index is built). Same
 * result as the regex steps, including LEADING_ZEROS' backtracking: a zero run after a non-digit loses all its zeros
 * before a digit, and all but one otherwise ('a000' → 'a0'). Tested against the steps on random text.
 */
function normaliseFully(s: string): string {
  const lower = s.toLowerCase();
  let clean = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    if (!removed(lower.charCodeAt(i))) continue;
    clean += lower.slice(from, i);
    from = i + 1;
  }
  clean = from === 0 ? lower : clean + lower.slice(from);
  if (clean.indexOf('0') < 0) return clean;
  let out = '';
  from = 0;
  for (let i = 0; i < clean.length; i++) {
    if (clean.charCodeAt(i) !== 48 || (i > 0 && isDigit(clean.charCodeAt(i - 1)))) continue;
    let end = i;
    while (end < clean.length && clean.charCodeAt(end) === 48) end++;
    const drop = end < clean.length && isDigit(clean.charCodeAt(end)) ? end - i : end - i - 1;
    out += clean.slice(from, i);
    from = i + drop;
    i = end - 1;
  }
  return out + clean.slice(from);
}

/** The reference: every regex step in turn (the one-pass normalisation is tested against it). */
export function normaliseBySteps(s: string): string {
  let out = s;
  for (const step of STEPS) out = step.apply(out);
  return out;
}

/** The normalised form of a (possibly composite) key text, part by part. */
export function normaliseKey(text: string, arity = 1, skip?: Step['id']): string {
  if (arity === 1) return normalisePart(text, skip);
  return joinParts(splitKey(text, arity).map((p) => normalisePart(p, skip)));
}

function leadingZeros(s: string): number {
  let n = 0;
  s.replace(LEADING_ZEROS, (m, pre: string) => {
    n += m.length - pre.length;
    return m;
  });
  return n;
}

function spaceWhere(s: string): string[] {
  const t = s.replace(UNUSUAL_SPACE, ' ');
  const out: string[] = [];
  const lead = /^\s/.test(t);
  const trail = /\s$/.test(t);
  if (lead && trail) out.push('surrounding');
  else if (lead) out.push('leading');
  else if (trail) out.push('trailing');
  if (/\S\s+\S/.test(t)) out.push('inner');
  return out;
}

function spaceWords(where: string[], what: string): string {
  const inner = where.includes('inner');
  const edge = where.find((w) => w !== 'inner');
  if (edge && inner) return `${edge} and inner ${what}`;
  if (edge) return `${edge} ${what}`;
  return `${what} inside`;
}

/**
 * Why value and key are equal once normalised, in a few words. A step is named when leaving it out of the
 * normalisation would make them differ.
 */
export function describeDifference(value: string, key: string, arity = 1): string {
  const full = normaliseKey(value, arity);
  const needed = new Set<Step['id']>();
  for (const step of STEPS) {
    if (normaliseKey(value, arity, step.id) !== normaliseKey(key, arity, step.id)) needed.add(step.id);
  }
  if (full !== normaliseKey(key, arity)) return 'written differently';
  const reasons: string[] = [];
  if (needed.has('case')) reasons.push('case differs');
  const unusual = HAS_UNUSUAL_SPACE.test(value) || HAS_UNUSUAL_SPACE.test(key);
  if (needed.has('space-kind') || (needed.has('space') && unusual)) {
    const side = HAS_UNUSUAL_SPACE.test(value) ? value : key;
    const what = /\u00a0/.test(side) ? 'non-breaking space' : 'unusual space character';
    const where = spaceWhere(side.replace(/[ \t\r\n\f\v]/g, 'x'));
    reasons.push(spaceWords(where, what));
    const ascii = (s: string) => s.replace(UNUSUAL_SPACE, 'x');
    if (needed.has('space') && /\s/.test(ascii(value) + ascii(key))) reasons.push(spaceWords([...spaceWhere(ascii(value)), ...spaceWhere(ascii(key))], 'white space'));
  } else if (needed.has('space')) {
    reasons.push(spaceWords([...new Set([...spaceWhere(value), ...spaceWhere(key)])], 'white space'));
  }
  if (needed.has('hyphen')) reasons.push('hyphens differ');
  if (needed.has('zeros')) reasons.push(leadingZeros(key) > leadingZeros(value) ? 'leading zeros lost' : 'extra leading zeros');
  return reasons.length ? reasons.join(', ') : 'written differently';
}

/** FNV-1a over UTF-16 code units: the normalised index's key. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Most keys given a normalised index (a Map holds at most 2^24 entries; memory about 30 bytes per key). */
export const MAX_NORMALISED_KEYS = 8_000_000;
/** Keys kept per hash of a normalised form: beyond two alike the answer is "ambiguous", beyond that only collisions. */
const MAX_GROUP = 16;

/** Longest key (in UTF-16 units) considered for one-edit suggestions. */
const MAX_EDIT_LENGTH = 64;
/** Most candidates generated for one value; past it, no edit suggestion. */
const MAX_CANDIDATES = 4000;

export interface NearMissOptions {
  /** Parts per key (1 for a single field). */
  arity?: number;
}

export class NearMissIndex {
  /** Hash of the normalised form -> the key(s) with that hash. */
  private readonly normalised = new Map<number, string | string[]>();
  /** Per key length: the characters seen at each position. */
  private readonly alphabets = new Map<number, Set<string>[]>();
  private readonly arity: number;

  /**
   * keys: every key as text (see keyText); has: whether a text is a key (the key set itself, so candidates are
   * looked up without a copy of the keys).
   */
  constructor(keys: Iterable<string>, private readonly has: (text: string) => boolean, options: NearMissOptions = {}) {
    this.arity = options.arity ?? 1;
    for (const key of keys) {
      if (this.normalised.size < MAX_NORMALISED_KEYS) { // past it: one-edit suggestions only
        const h = hash32(normaliseKey(key, this.arity));
        const seen = this.normalised.get(h);
        // Keys come from a set, so they are distinct. A group past MAX_GROUP keys is ambiguous anyway: not grown.
        if (seen === undefined) this.normalised.set(h, key);
        else if (typeof seen === 'string') this.normalised.set(h, [seen, key]);
        else if (seen.length < MAX_GROUP) seen.push(key);
      }
      const len = key.length;
      if (len === 0 || len > MAX_EDIT_LENGTH) continue;
      let positions = this.alphabets.get(len);
      if (!positions) {
        positions = Array.from({ length: len }, () => new Set<string>());
        this.alphabets.set(len, positions);
      }
      for (let i = 0; i < len; i++) positions[i]!.add(key[i]!);
    }
  }

  /** The one key the value is near, or undefined (none, or more than one). */
  suggest(value: string): NearMiss | undefined {
    const n = normaliseKey(value, this.arity);
    const seen = this.normalised.get(hash32(n));
    const same = seen === undefined ? [] : (typeof seen === 'string' ? [seen] : seen).filter((k) => k !== value && normaliseKey(k, this.arity) === n);
    if (same.length > 1) return undefined; // two keys written alike: ambiguous
    if (same.length === 1) return { key: same[0]!, why: describeDifference(value, same[0]!, this.arity) };
    return this.oneEdit(value);
  }

  private oneEdit(value: string): NearMiss | undefined {
    const len = value.length;
    const positions = this.alphabets.get(len);
    if (!positions) return undefined;
    let budget = 0;
    for (const p of positions) budget += p.size;
    if (budget > MAX_CANDIDATES) return undefined;
    let found: string | undefined;
    let why = '';
    const consider = (candidate: string, reason: string): boolean => {
      if (candidate === found || !this.has(candidate)) return true;
      if (found !== undefined) return false; // a second key: ambiguous
      found = candidate;
      why = reason;
      return true;
    };
    for (let i = 0; i < len; i++) {
      const c = value[i]!;
      if (c === SEPARATOR) continue;
      const before = value.slice(0, i);
      const after = value.slice(i + 1);
      for (const d of positions[i]!) {
        if (d === c || d === SEPARATOR) continue;
        if (!consider(before + d + after, 'one character differs')) return undefined;
      }
    }
    for (let i = 0; i + 1 < len; i++) {
      const a = value[i]!;
      const b = value[i + 1]!;
      if (a === b || a === SEPARATOR || b === SEPARATOR) continue;
      if (!consider(value.slice(0, i) + b + a + value.slice(i + 2), 'two characters swapped')) return undefined;
    }
    return found === undefined ? undefined : { key: found, why };
  }
}
