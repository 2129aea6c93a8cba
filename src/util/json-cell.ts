// The one way a JSON value becomes a cell's text, shared by the JSON row reader and the JSON casts of Table Schema.

/**
 * A JSON value as a cell's text: how messages show it, what text-based checks (pattern, length) read, and what a
 * type without a direct JSON cast parses (CompiledField.castJson).
 */
export function jsonCellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
