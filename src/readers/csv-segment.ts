// Reads one part of a large, well-formed UTF-8 CSV file for a worker thread: the file's header record first (to bind
// columns), then the part's records with the line and record numbers a single reader would give them. Reading stops
// at the first quote out of place or never closed: past it, only the single reader is authoritative (the cut points
// count quotes).
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { FastCsvTokenizer } from './csv-tokenizer.js';
import type { CsvSegment } from './csv-split.js';
import type { TableSink } from './rows.js';
import { DEFAULT_MAX_RECORD_BYTES } from '../util/byte-size.js';

const CHUNK = 64 * 1024;

/** Feeds the file's text between start and end to the tokenizer, until it ends, meets an anomaly or stopped() says so. */
async function tokenize(path: string, range: { start: number; end: number }, t: FastCsvTokenizer, stopped: () => boolean): Promise<FastCsvTokenizer> {
  const decoder = new StringDecoder('utf8');
  const stream = createReadStream(path, { start: range.start, end: range.end - 1, highWaterMark: CHUNK });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      t.push(decoder.write(chunk));
      if (t.anomaly || stopped()) return t;
    }
    t.push(decoder.end());
    t.end();
    return t;
  } finally {
    stream.destroy();
  }
}

/** Reads the part's records; stops at a quoting anomaly (the main thread meets it too, and voids what follows). */
export async function readCsvSegment(path: string, size: number, dialect: { delimiter: string; quote: string; maxRecordBytes?: number }, segment: CsvSegment, sink: TableSink): Promise<void> {
  const limit = dialect.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  let header: string[] | undefined;
  if (segment.start > 0) {
    const first = new FastCsvTokenizer(dialect.delimiter, dialect.quote, (cells, line) => {
      if (!header) { header = cells; sink.header(cells, line); }
    }, undefined, limit);
    let headerOverLimit = false;
    first.onOverLimit = () => { headerOverLimit = true; };
    await tokenize(path, { start: 0, end: size }, first, () => header !== undefined || headerOverLimit);
    if (!header) return;
  }
  let record = segment.recordsBefore;
  // A stray quote (in an unquoted field) is read leniently, and a record over the size limit skipped, but the main
  // thread takes over from that record: this part stops there too, so no row is checked twice.
  let stray = false;
  const t = new FastCsvTokenizer(dialect.delimiter, dialect.quote, (cells, line) => {
    if (stray) return;
    if (record === 0) sink.header(cells, line); // the first part starts with the header record
    else sink.row(cells, line, record);
    record++;
  }, { line: segment.line, fileStart: segment.start === 0 }, limit);
  t.onStrayQuote = () => { stray = true; };
  t.onOverLimit = () => { stray = true; };
  await tokenize(path, segment, t, () => stray);
}
