// Reads one part of a large, well-formed UTF-8 CSV file for a worker thread: the file's header record first (to bind
// columns), then the part's records with the line and record numbers a single reader would give them. Reading stops
// at the first quote out of place or never closed: past it, only the single reader is authoritative (the cut points
// count quotes).
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { FastCsvTokenizer } from './csv-tokenizer.js';
import type { CsvSegment } from './csv-split.js';
import type { TableSink } from './rows.js';
import { ByteScanner } from './bytes.js';
import type { FileFacts } from '../model/facts.js';
import { DEFAULT_MAX_RECORD_BYTES } from '../util/byte-size.js';

/**
 * What one part's bytes showed, with lines numbered from the part's first line (1): merged over every part in file
 * order (mergePartFacts), they are the byte-level facts of one sequential read.
 */
export interface PartFacts {
  /**
   * Read to its end without a quoting anomaly, a record over the size limit or an invalid byte sequence, and ending
   * at a record boundary: only then can the parts stand for one sequential read.
   */
  clean: boolean;
  /** Records (header included) before the part's end: the next part's recordsBefore. */
  recordsAfter: number;
  /** Physical lines of the part. */
  lines: number;
  lineEndings: FileFacts['lineEndings'];
  nulCount: number;
  nulLine: number;
}

const CHUNK = 64 * 1024;

/** Feeds the file's text between start and end to the tokenizer, until it ends, meets an anomaly or stopped() says so. */
async function tokenize(path: string, range: { start: number; end: number }, t: FastCsvTokenizer, stopped: () => boolean, bytes?: ByteScanner): Promise<FastCsvTokenizer> {
  const decoder = new StringDecoder('utf8');
  const stream = createReadStream(path, { start: range.start, end: range.end - 1, highWaterMark: CHUNK });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes?.push(chunk);
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

/**
 * Reads the part's records; stops at a quoting anomaly (the main thread meets it too, and voids what follows, or reads
 * the file itself). Returns what the part's bytes showed.
 */
export async function readCsvSegment(path: string, size: number, dialect: { delimiter: string; quote: string; maxRecordBytes?: number }, segment: CsvSegment, sink: TableSink): Promise<PartFacts> {
  const limit = dialect.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  let header: string[] | undefined;
  if (segment.start > 0) {
    const first = new FastCsvTokenizer(dialect.delimiter, dialect.quote, (cells, line) => {
      if (!header) { header = cells; sink.header(cells, line); }
    }, undefined, limit);
    let headerOverLimit = false;
    first.onOverLimit = () => { headerOverLimit = true; };
    await tokenize(path, { start: 0, end: size }, first, () => header !== undefined || headerOverLimit);
    if (!header) return { clean: false, recordsAfter: segment.recordsBefore, lines: 0, lineEndings: {}, nulCount: 0, nulLine: 0 };
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
  // The part starts just after a line feed outside quotes: a fresh scanner there is in the state a sequential one is.
  const bytes = new ByteScanner(dialect.quote.charCodeAt(0), true);
  await tokenize(path, segment, t, () => stray, bytes);
  bytes.finish();
  // An invalid byte's context depends on where chunks end: such a file is read sequentially, as its facts say.
  const clean = !stray && !t.anomaly && bytes.offset === segment.end - segment.start && !bytes.inQuotedField && bytes.invalidTotal === 0;
  return { clean, recordsAfter: record, lines: bytes.physicalLines, lineEndings: bytes.lineEndings, nulCount: bytes.nulCount, nulLine: bytes.nulLine };
}

/**
 * The byte-level facts of a file read in parts: the first part's, read by the main thread from the start of the file
 * (encoding, BOM, delimiter… and its lines), then the other parts', in order, whose lines are numbered from their own
 * start (segments[k].line).
 */
export function mergePartFacts(first: FileFacts, segments: readonly CsvSegment[], rest: readonly PartFacts[]): FileFacts {
  const facts: FileFacts = { ...first, lineEndings: Object.fromEntries(Object.entries(first.lineEndings).map(([kind, e]) => [kind, { ...e }])) };
  if (first.nulBytes) facts.nulBytes = { ...first.nulBytes };
  rest.forEach((part, i) => {
    const offset = segments[i + 1]!.line - 1;
    for (const [kind, e] of Object.entries(part.lineEndings) as [keyof FileFacts['lineEndings'], { count: number; firstLine: number }][]) {
      const seen = facts.lineEndings[kind];
      if (seen) seen.count += e.count;
      else facts.lineEndings[kind] = { count: e.count, firstLine: e.firstLine + offset };
    }
    if (part.nulCount > 0) {
      if (facts.nulBytes) facts.nulBytes.count += part.nulCount;
      else facts.nulBytes = { count: part.nulCount, line: part.nulLine + offset };
    }
  });
  const last = rest[rest.length - 1];
  if (last) {
    facts.lines = segments[rest.length]!.line - 1 + last.lines;
    facts.records = Math.max(0, last.recordsAfter - 1); // less the header record
  }
  return facts;
}
