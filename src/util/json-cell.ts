// The one way a JSON value becomes a cell's text, shared by the JSON row reader and the JSON casts of Table Schema.

/**
 * A JSON number whose text a float does not keep (1e400, 1e-400, a 30-digit integer …): the text as written, which
 * is the cell's text and what the integer and number casts read, and the value JSON.parse made of it.
 */
export class JsonNumber {
  constructor(readonly text: string, readonly value: number) {}
}

/**
 * A JSON value as a cell's text: how messages show it, what text-based checks (pattern, length) read, and what a
 * type without a direct JSON cast parses (CompiledField.castJson).
 */
export function jsonCellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof JsonNumber) return v.text;
  return jsonText(v);
}

/** What a value nested too deeply for JSON.stringify (its recursion exhausts the stack) shows as. */
export const TOO_DEEP_TEXT = '(a value nested too deeply to show)';

/** JSON.stringify that never throws: a value nested thousands deep in the data shows as TOO_DEEP_TEXT. */
export function jsonText(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch (err) {
    if (err instanceof RangeError) return TOO_DEEP_TEXT;
    throw err;
  }
}
