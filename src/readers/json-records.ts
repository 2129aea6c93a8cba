// Streaming reader for JSON data files: a top-level array of records ('json') or JSON Lines ('ndjson').
//
// The whole file is never held in memory. In 'json' mode a small state machine cuts out the text of each top-level
// array element and JSON.parse()s it on its own (json-array-scanner.ts), so memory is bounded by the largest single
// record. In 'ndjson' mode each physical line is parsed alone (ndjson-scanner.ts). Errors are explained by the
// shared locator of src/util/json-error-location.ts.
//
// Positions are physical: line is 1-based and counts '\n', '\r\n' and a lone '\r' as one line break each; column is
// 1-based in UTF-16 code units. A UTF-8 BOM (U+FEFF) at the very start is skipped and does not count as a column.
import { JsonArrayScanner } from './json-array-scanner.js';
import type { JsonReadEvent, JsonScanner } from './json-scanner.js';
import { NdjsonScanner } from './ndjson-scanner.js';

export type { JsonReadEvent } from './json-scanner.js';

export interface JsonReadOptions {
  mode: 'json' | 'ndjson';
}

/**
 * Reads JSON records from already-decoded text chunks (split anywhere). Yields a 'record' event for every element
 * (json) or non-blank line (ndjson) that parses, followed by a 'structure-error' when that value is not a plain object.
 */
export async function* readJsonRecords(
  chunks: AsyncIterable<string>,
  options: JsonReadOptions,
): AsyncGenerator<JsonReadEvent> {
  if (options.mode !== 'json' && options.mode !== 'ndjson') {
    throw new TypeError(`Unknown JSON reading mode '${String(options.mode)}': expected 'json' or 'ndjson'`);
  }
  const scanner: JsonScanner = options.mode === 'json' ? new JsonArrayScanner() : new NdjsonScanner();
  for await (const chunk of chunks) {
    scanner.feed(chunk);
    if (scanner.events.length > 0) {
      const events = scanner.events;
      scanner.events = [];
      for (const event of events) yield event;
    }
    // Stop pulling chunks once nothing more will be reported (the for-await closes the source).
    if (scanner.stopped) return;
  }
  scanner.end();
  for (const event of scanner.events) yield event;
}
