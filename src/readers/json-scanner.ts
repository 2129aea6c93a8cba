// What the two JSON record scanners (json-array-scanner.ts, ndjson-scanner.ts) have in common: the events they
// report, the push interface readJsonRecords drives them through, and the helpers they share.
import type { JsonStructureProblem, JsonType } from '../model/facts.js';
import { parseErrorOffset } from '../util/json-error-location.js';
import type { JsonNumber } from '../util/json-cell.js';
import { inspectRecordText } from './json-record-text.js';

export type JsonReadEvent =
  // record: 1-based index of the element; numbers: its members whose number text a float does not keep
  | { kind: 'record'; record: number; line: number; column: number; value: unknown; numbers?: ReadonlyMap<string | number, JsonNumber> }
  /** The records are arrays (rows): the first one, a header row naming the columns. Later records count from 1. */
  | { kind: 'header'; line: number; column: number; value: unknown[] }
  | { kind: 'syntax-error'; line: number; column: number; message: string }
  | { kind: 'structure-error'; line: number; column: number; problem: JsonStructureProblem };

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

/** The JSON type of a value as JSON.parse gives it. */
export function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string': return 'string';
    case 'number': return 'number';
    case 'boolean': return 'boolean';
    default: return 'object';
  }
}


/** Last-resort location from V8's message ("… in JSON at position N"), used only if the locator disagrees. */
export function locationFromParseError(error: unknown): { offset: number; message: string } {
  const raw = error instanceof Error ? error.message : String(error);
  return { offset: parseErrorOffset(raw) ?? 0, message: `Invalid JSON: ${raw}` };
}

/**
 * The record event of a parsed record, then a structure error for each key it repeats (at `line`/`column` of the
 * text's start; position(offset) gives a line and column in the file for an offset in the text).
 */
export function recordEvents(
  events: JsonReadEvent[], text: string, value: unknown, record: number, line: number, column: number,
  position: (offset: number) => { line: number; column: number }, colons?: number,
): void {
  const extra = inspectRecordText(text, value, colons);
  if (extra?.numbers) events.push({ kind: 'record', record, line, column, value, numbers: extra.numbers });
  else events.push({ kind: 'record', record, line, column, value });
  for (const d of extra?.duplicates ?? []) {
    const at = position(d.offset);
    events.push({ kind: 'structure-error', line: at.line, column: at.column, problem: { id: 'duplicateKey', key: d.key } });
  }
}
