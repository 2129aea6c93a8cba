// Key encoding shared by the linking checks: the values of one or more key fields of a row become one Set/Map key.
//
// Design (the checks rely on it):
// - Keys are built from the cells cast to their field's type (RowContext.value), not from the raw text, so that the
//   Table Schema meaning of a value decides equality: in an integer field '7', '+7' and '007' are the same key, in a
//   number field '1.0' equals '1', a declared groupChar or missingValues is honoured. A string-typed field is cast to
//   itself, so codes typed string keep their exact text: '01' and '1' stay different keys.
// - Each part of a key is written as *canonical text* (`canonicalText`): strings as they are, numbers in JavaScript's
//   shortest round-trip form (-0 as 0), bigints in decimal. Two fields of different declared types can therefore still
//   be compared: the integer 800 and the string '800' are the same key, while the string '0800' is not (a type drift
//   the key-type-drift rule reports, and a near miss the foreign-key rule hints at).
// - A part whose two sides have unrelated types (date against string, say) is compared as raw cell text instead
//   (PartMode 'raw'), since a cast date (days since 1970) would never equal a string.
// - A single numeric part on both sides is kept as a JS number (KeyEncoder.numeric): a Set of small integers costs
//   about half a Set of strings.
// - Composite keys join their parts with U+0000. A U+0000 or U+0001 inside a part is escaped first (U+0001 '0' and
//   U+0001 '1'), so the joined key is unambiguous and splitKey() gives the parts back. Cells almost never hold these
//   characters, so the escape costs one regex test per part.
// - Cells that do not cast (INVALID) are type findings; where a key must still be recorded (a register being
//   collected, a primary key) the raw cell text stands in for them; where a key is looked up (a foreign-key value) the
//   row is skipped, so one bad cell gives one finding.
import type { RowContext } from '../model/check.js';
import { INVALID, valueKey } from '../tableschema/cast.js';

export type Key = string | number;

/** How one part of a key is read: the cast value's canonical text, or the raw cell. */
export type PartMode = 'cast' | 'raw';

export const SEPARATOR = '\u0000';
const NEEDS_ESCAPE = /[\u0000\u0001]/;
const ESCAPABLE = /[\u0000\u0001]/g;
const ESCAPED = /\u0001([01])/g;

/** Canonical text of a value returned by CompiledField.cast(). */
export function canonicalText(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return v === 0 ? '0' : String(v);
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      return String(valueKey(v));
  }
}

export function escapePart(part: string): string {
  return NEEDS_ESCAPE.test(part) ? part.replace(ESCAPABLE, (c) => (c === '\u0000' ? '\u00010' : '\u00011')) : part;
}

export function unescapePart(part: string): string {
  return part.includes('\u0001') ? part.replace(ESCAPED, (_, d: string) => (d === '0' ? '\u0000' : '\u0001')) : part;
}

/** Joins the canonical texts of a composite key's parts. */
export function joinParts(parts: readonly string[]): string {
  if (parts.length === 1) return parts[0]!;
  let out = escapePart(parts[0]!);
  for (let i = 1; i < parts.length; i++) out += SEPARATOR + escapePart(parts[i]!);
  return out;
}

/** The parts of a key made by joinParts (or a KeyEncoder) for the given number of parts. */
export function splitKey(key: Key, arity: number): string[] {
  if (typeof key === 'number') return [canonicalText(key)];
  if (arity === 1) return [key];
  return key.split(SEPARATOR).map(unescapePart);
}

/** The text of a key for people and for near-miss matching: its single part, or its parts joined by the separator. */
export function keyText(key: Key): string {
  return typeof key === 'number' ? canonicalText(key) : key;
}

/** Returned by KeyEncoder.encode when a part is missing (null): such a row has no key. */
export const MISSING: unique symbol = Symbol('missing');
/** Returned by KeyEncoder.encode when a part does not cast and the caller asked to skip such rows. */
export const SKIP: unique symbol = Symbol('skip');

export interface KeyEncoderOptions {
  /** Column of each part in the row (0-based). */
  columns: readonly number[];
  /** How each part is read; 'cast' by default. */
  modes?: readonly PartMode[];
  /** One part whose values are numbers on every side: keep numbers as numbers. */
  numeric?: boolean;
  /** What a cell that does not cast becomes: its raw text ('raw'), or no key at all ('skip'). */
  invalid: 'raw' | 'skip';
}

/** Turns the key fields of a row into one Set/Map key. */
export class KeyEncoder {
  readonly columns: readonly number[];
  private readonly modes: readonly PartMode[];
  private readonly numeric: boolean;
  private readonly skipInvalid: boolean;
  private readonly parts: string[];

  constructor(options: KeyEncoderOptions) {
    this.columns = options.columns;
    this.modes = options.modes ?? options.columns.map(() => 'cast');
    this.numeric = options.numeric === true && options.columns.length === 1;
    this.skipInvalid = options.invalid === 'skip';
    this.parts = new Array<string>(options.columns.length);
  }

  /** The row's key, MISSING when a part has no value, SKIP when a part does not cast (and invalid is 'skip'). */
  encode(row: RowContext): Key | typeof MISSING | typeof SKIP {
    const columns = this.columns;
    if (columns.length === 1) {
      const part = this.part(row, 0);
      if (typeof part === 'symbol') return part;
      return part;
    }
    for (let i = 0; i < columns.length; i++) {
      const part = this.part(row, i);
      if (typeof part === 'symbol') return part;
      this.parts[i] = typeof part === 'number' ? canonicalText(part) : part;
    }
    return joinParts(this.parts);
  }

  private part(row: RowContext, i: number): Key | typeof MISSING | typeof SKIP {
    const column = this.columns[i]!;
    if (row.isMissing(column)) return MISSING;
    if (this.modes[i] === 'raw') return row.cells[column]!;
    const v = row.value(column);
    if (v === undefined) return MISSING;
    if (v === INVALID) return this.skipInvalid ? SKIP : row.cells[column]!;
    if (this.numeric && typeof v === 'number') return v === 0 ? 0 : v;
    return canonicalText(v);
  }
}

/** A key's value as people read it in a message: 'EC101', or ('EC101', '2026') for a composite key. */
export function showParts(parts: readonly string[], show: (s: string) => string): string {
  return parts.length === 1 ? show(parts[0]!) : `(${parts.map((p) => show(p)).join(', ')})`;
}

/** The raw cells of a key's columns in a row (as written in the file), for messages. */
export function rawParts(row: RowContext, columns: readonly number[]): string[] {
  return columns.map((c) => row.cells[c] ?? '');
}
