// Streaming reader for JSON data files: a top-level array of records ('json') or JSON Lines ('ndjson').
//
// The whole file is never held in memory. In 'json' mode a small state machine cuts out the text of each top-level
// array element and JSON.parse()s it on its own (json-array-scanner.ts), so memory is bounded by the largest single
// record. In 'ndjson' mode each physical line is parsed alone (ndjson-scanner.ts). Errors are explained by the
// shared locator of src/util/json-error-location.ts.
//
// Records are objects, or rows as arrays whose first one is a header row naming the columns (as Frictionless reads
// JSON): the first record decides which, for the whole file, and a record of the other shape is a structure problem.
//
// Positions are physical: line is 1-based and counts '\n', '\r\n' and a lone '\r' as one line break each; column is
// 1-based in UTF-16 code units. A UTF-8 BOM (U+FEFF) at the very start is skipped and does not count as a column.
import { DEFAULT_MAX_RECORD_BYTES } from '../util/byte-size.js';
import type { JsonStructureProblem, JsonType } from '../model/facts.js';
import { shorten } from '../util/json-characters.js';
import { jsonText } from '../util/json-cell.js';
import { JsonArrayScanner } from './json-array-scanner.js';
import { jsonTypeOf, type JsonReadEvent, type JsonScanner } from './json-scanner.js';
import { NdjsonScanner } from './ndjson-scanner.js';

export type { JsonReadEvent } from './json-scanner.js';

export interface JsonReadOptions {
  mode: 'json' | 'ndjson';
  /** Records this many characters long or longer are reported and skipped. Default DEFAULT_MAX_RECORD_BYTES. */
  maxRecordBytes?: number;
}

/** What RecordShapes.sort says of a record: its header event, a structure problem, or nothing (a record as expected). */
type Sorted = JsonReadEvent[] | JsonStructureProblem | undefined;

/**
 * Sorts the scanners' records into a header and rows by shape. The first record decides: an array is the header
 * (later records are rows numbered from 1, and must be arrays), anything else means records are objects.
 */
class RecordShapes {
  private rows: 'objects' | 'arrays' | undefined;
  private headerRecord = 0;

  /** Renumbers a row in place (the header is not a row); allocates nothing for a record of the expected shape. */
  sort(event: Extract<JsonReadEvent, { kind: 'record' }>): Sorted {
    const value = event.value;
    if (this.rows === undefined) {
      this.rows = Array.isArray(value) ? 'arrays' : 'objects';
      if (Array.isArray(value)) {
        this.headerRecord = event.record;
        const header: JsonReadEvent[] = [{ kind: 'header', line: event.line, column: event.column, value }];
        const bad = value.findIndex((v) => typeof v !== 'string');
        if (bad >= 0) {
          const type = jsonTypeOf(value[bad]) as Exclude<JsonType, 'string'>;
          header.push({ kind: 'structure-error', line: event.line, column: event.column, problem: { id: 'headerNotString', position: bad + 1, type, value: shorten(jsonText(value[bad]), 40) } });
        }
        return header;
      }
    }
    if (this.rows === 'objects') {
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return undefined;
      return { id: 'recordNotObject', record: event.record, type: jsonTypeOf(value) as Exclude<JsonType, 'object'> };
    }
    event.record -= this.headerRecord;
    return Array.isArray(value) ? undefined : { id: 'recordNotArray', record: event.record, type: jsonTypeOf(value) as Exclude<JsonType, 'array'> };
  }
}

/**
 * Reads JSON records from already-decoded text chunks (split anywhere). Yields a 'record' event for every element
 * (json) or non-blank line (ndjson) that parses, followed by a 'structure-error' when its shape is not that of the
 * file's records; when the first record is an array, it is yielded as the 'header' instead.
 */
export async function* readJsonRecords(
  chunks: AsyncIterable<string>,
  options: JsonReadOptions,
): AsyncGenerator<JsonReadEvent> {
  if (options.mode !== 'json' && options.mode !== 'ndjson') {
    throw new TypeError(`Unknown JSON reading mode '${String(options.mode)}': expected 'json' or 'ndjson'`);
  }
  const limit = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const scanner: JsonScanner = options.mode === 'json' ? new JsonArrayScanner(limit) : new NdjsonScanner(limit);
  const shapes = new RecordShapes();
  function* drain(): Generator<JsonReadEvent> {
    const events = scanner.events;
    scanner.events = [];
    for (const event of events) {
      if (event.kind !== 'record') {
        yield event;
        continue;
      }
      const sorted = shapes.sort(event);
      if (Array.isArray(sorted)) {
        yield* sorted; // the header row
        continue;
      }
      yield event;
      if (sorted) yield { kind: 'structure-error', line: event.line, column: event.column, problem: sorted };
    }
  }
  for await (const chunk of chunks) {
    scanner.feed(chunk);
    if (scanner.events.length > 0) yield* drain();
    // Stop pulling chunks once nothing more will be reported (the for-await closes the source).
    if (scanner.stopped) return;
  }
  scanner.end();
  yield* drain();
}
