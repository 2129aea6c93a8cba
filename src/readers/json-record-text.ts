// What JSON.parse loses of a record's text: keys written twice (it keeps the last value), and numbers a float does
// not keep as written (1e400 becomes Infinity, 1e-400 becomes 0, a 30-digit integer 1e+29). The record's text is
// only walked when the parsed record says it may hold either (more ':' than keys, a number out of the plain range),
// so an ordinary record costs one pass over its members.
import { JsonNumber } from '../util/json-cell.js';

/** A key written twice in one object of the record: the key, and the offset of its second occurrence in the text. */
export interface DuplicateKey {
  key: string;
  offset: number;
}

export interface RecordTextFacts {
  duplicates?: DuplicateKey[];
  /** The record's own members (by key, or by position in a row array) whose number text a float does not keep. */
  numbers?: Map<string | number, JsonNumber>;
}

/** Keys in the value's objects, at every depth (what the text's ':' outside strings number when no key repeats). */
function countKeys(first: object): number {
  // An explicit stack: a record may nest deeper than the call stack goes.
  const todo: object[] = [first];
  let n = 0;
  while (todo.length > 0) {
    const value = todo.pop()!;
    if (Array.isArray(value)) {
      for (const v of value) if (typeof v === 'object' && v !== null) todo.push(v);
      continue;
    }
    for (const k in value) {
      n++;
      const v = (value as Record<string, unknown>)[k];
      if (typeof v === 'object' && v !== null) todo.push(v);
    }
  }
  return n;
}

/**
 * Whether a member's number may have been written otherwise than String() gives it back, in a way that matters:
 * beyond the exact integers or the float range (a 30-digit integer, 1e400), tiny (1e-7), or 0 when the text holds a
 * negative exponent or a run of zeros after a point (1e-400 underflows to 0). Ordinary values cost a comparison.
 */
function mayLose(v: number, text: string): boolean {
  if (v === 0) return text.includes('e-') || text.includes('E-') || text.includes('.000000');
  if (Number.isSafeInteger(v)) return false;
  const a = Math.abs(v);
  return !(a >= 1e-6 && a < 9007199254740992);
}

/**
 * The duplicate keys and lossy numbers of a record, given its text and what JSON.parse made of it; undefined when
 * there are none (the common case). colons: the ':' outside strings when the caller counted them.
 */
export function inspectRecordText(text: string, value: unknown, colons?: number): RecordTextFacts | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  let keys = 0;
  let lose = false;
  if (Array.isArray(value)) {
    for (const v of value) {
      if (typeof v === 'object' && v !== null) keys += countKeys(v);
      else if (typeof v === 'number' && !lose) lose = mayLose(v, text);
    }
  } else {
    for (const k in value) {
      keys++;
      const v = (value as Record<string, unknown>)[k];
      if (typeof v === 'object' && v !== null) keys += countKeys(v);
      else if (typeof v === 'number' && !lose) lose = mayLose(v, text);
    }
  }
  if (colons === undefined) {
    colons = 0;
    for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) colons++;
  }
  // More colons than keys: a key repeats, or (when counted in the whole text) a string holds one (a time, a URL).
  const mayRepeat = colons > keys;
  if (!mayRepeat && !lose) return undefined;
  return walk(text, mayRepeat);
}

interface Frame {
  keys: Set<string> | undefined; // an object's keys so far (undefined for an array)
  expectKey: boolean;
  member: string | number; // the current member's key, or its index in an array
}

function stringEnd(text: string, open: number): number {
  let q = text.indexOf('"', open + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return q;
    q = text.indexOf('"', q + 1);
  }
}

/** Walks the text of a valid JSON value (JSON.parse accepted it). */
function walk(text: string, keys: boolean): RecordTextFacts | undefined {
  const stack: Frame[] = [];
  const facts: RecordTextFacts = {};
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x22) { // '"'
      const end = stringEnd(text, i);
      if (top && top.keys && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        top.expectKey = false;
        top.member = key;
        if (keys) {
          if (top.keys.has(key)) (facts.duplicates ??= []).push({ key, offset: i });
          else top.keys.add(key);
        }
      }
      i = end + 1;
    } else if (c === 0x7b || c === 0x5b) { // '{' '['
      stack.push({ keys: c === 0x7b ? new Set() : undefined, expectKey: c === 0x7b, member: 0 });
      i++;
    } else if (c === 0x7d || c === 0x5d) { // '}' ']'
      stack.pop();
      i++;
    } else if (c === 0x2c) { // ','
      if (top) {
        if (top.keys) top.expectKey = true;
        else top.member = (top.member as number) + 1;
      }
      i++;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) { // a number
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (!((d >= 0x30 && d <= 0x39) || d === 0x2e || d === 0x65 || d === 0x45 || d === 0x2b || d === 0x2d)) break;
      }
      if (stack.length === 1) {
        const token = text.slice(i, j);
        const parsed = Number(token);
        if (String(parsed) !== token) (facts.numbers ??= new Map()).set(top!.member, new JsonNumber(token, parsed));
      }
      i = j;
    } else {
      i++;
    }
  }
  return facts.duplicates || facts.numbers ? facts : undefined;
}
