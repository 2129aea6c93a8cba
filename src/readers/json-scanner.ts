// What the two JSON record scanners (json-array-scanner.ts, ndjson-scanner.ts) have in common: the events they
// report, the push interface readJsonRecords drives them through, and the record checks and messages they share.
import { parseErrorOffset } from '../util/json-error-location.js';

export type JsonReadEvent =
  | { kind: 'record'; record: number; line: number; column: number; value: unknown } // record: 1-based index of the element
  | { kind: 'syntax-error'; line: number; column: number; message: string }
  | { kind: 'structure-error'; line: number; column: number; message: string };

/** Takes decoded text chunk by chunk and collects events; readJsonRecords drains them after every chunk. */
export interface JsonScanner {
  events: JsonReadEvent[];
  /** True once nothing more will be reported: the caller stops pulling chunks. */
  stopped: boolean;
  feed(chunk: string): void;
  end(): void;
}

export function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 'a number', 'an array', 'null', … for messages about a value's JSON type. */
function jsonTypeWithArticle(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': return 'a string';
    case 'number': return 'a number';
    case 'boolean': return 'a boolean';
    default: return 'an object';
  }
}

export function nonObjectRecordMessage(record: number, value: unknown): string {
  return `Record ${record} is ${jsonTypeWithArticle(value)}, not an object: each record must be a JSON object {…}`;
}

/** Last-resort location from V8's message ("… in JSON at position N"), used only if the locator disagrees. */
export function locationFromParseError(error: unknown): { offset: number; message: string } {
  const raw = error instanceof Error ? error.message : String(error);
  return { offset: parseErrorOffset(raw) ?? 0, message: `Invalid JSON: ${raw}` };
}
