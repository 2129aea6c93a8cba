// What each type module (numeric.ts, temporal.ts, …) gives cast.ts, and the few helpers more than one of them uses.

import type { HintRef } from '../model/check.js';

/** Returned by cast when a cell does not parse as the field's type. */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

/** One type's casting, compiled once per field; cast.ts wraps it into a CompiledField. */
export interface TypeImpl {
  cast(cell: string): unknown;
  expected: string;
  /** Why a cell that did not cast is wrong, as a hint by id of tableschema/words.ts (TYPE_WORDS). */
  explain?(cell: string): HintRef | undefined;
  /**
   * Casts a JSON value that is not a string, for the types where that is more faithful than casting its text (see
   * CompiledField.castJson). Absent: the value's cell text (jsonCellText) is cast.
   */
  castJsonValue?(value: unknown): unknown;
}


/** Escapes s for use in a RegExp, inside a character class too (regexes built from field options and patterns). */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
