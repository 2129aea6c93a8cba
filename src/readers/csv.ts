// Streaming CSV reader: one pass over the bytes, csv-parse for records, every record with its physical start line.
import { once } from 'node:events';
import { TextDecoder } from 'node:util';
import { StringDecoder } from 'node:string_decoder';
import { parse, type CsvError, type Options as ParseOptions } from 'csv-parse';
import { FastCsvTokenizer, type QuoteAnomaly } from './csv-tokenizer.js';
import { planSegments, type CsvSegment } from './csv-split.js';
import { TextLineScanner } from './text-lines.js';
import { ByteScanner, declaresEncoding, detectEncoding, sniffBinary, sniffBom, Utf32Decoder } from './bytes.js';
import { openSource, type ByteSource } from './byte-source.js';
import type { FileFacts, ParseProblem } from '../model/facts.js';
import type { TableSink } from './rows.js';
import type { CsvDialect } from '../model/dataset.js';
import { DEFAULT_MAX_RECORD_BYTES, formatByteSize } from '../util/byte-size.js';

export interface CsvReadOptions {
  encoding?: string;
  dialect?: CsvDialect;
  /** 'gz': the file is gzip-compressed (declared or named so), and is decompressed while it is read. */
  compression?: 'gz' | 'zip';
  /** Read with csv-parse only (tests compare the fast tokenizer against it). */
  referenceParser?: boolean;
  /** Records larger than this (UTF-8 bytes) are reported and skipped. Default DEFAULT_MAX_RECORD_BYTES. */
  maxRecordBytes?: number;
}

const DELIMITER_CANDIDATES = [',', ';', '\t', '|'];
const PARSE_PROBLEMS_KEPT = 100;

/** Counts each candidate delimiter outside quotes in the first line; suggests one when the declared one is absent. */
export function sniffDelimiter(firstLine: string, declared: string, quote: string): string | undefined {
  const counts = new Map<string, number>();
  let inQuotes = false;
  for (const ch of firstLine) {
    if (ch === quote) inQuotes = !inQuotes;
    else if (!inQuotes && DELIMITER_CANDIDATES.includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  if ((counts.get(declared) ?? 0) > 0) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  for (const [ch, n] of counts) if (n > bestCount) { best = ch; bestCount = n; }
  return best;
}

function normaliseEncoding(label: string | undefined): string {
  const l = (label ?? 'utf-8').trim().toLowerCase();
  return l === 'utf8' ? 'utf-8' : l;
}

/** What the readers decode with: Node's TextDecoder, or the UTF-32 decoder (bytes.ts). */
export interface TextDecoderLike {
  decode(chunk?: Uint8Array, options?: { stream?: boolean }): string;
}

/** Creates a decoder for a declared encoding, or undefined when Node does not know it. */
export function decoderFor(encoding: string): TextDecoderLike | undefined {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return new Utf32Decoder(encoding === 'utf-32le');
  try {
    return new TextDecoder(encoding, { fatal: false });
  } catch {
    return undefined;
  }
}

export function emptyFacts(encoding: string, encodingDeclared: boolean): FileFacts {
  return {
    size: 0,
    lines: 0,
    encoding,
    encodingDeclared,
    encodingUnsupported: false,
    bom: undefined,
    invalidBytes: [],
    invalidBytesTotal: 0,
    lineEndings: {},
    parseProblems: [],
    parseProblemsTotal: 0,
    jsonProblems: [],
    headerRow: false,
    records: 0,
  };
}

/**
 * Reads the head of a file's content to decide how to read the rest: is it text, which BOM, which encoding.
 * Returns the facts so far; a non-text or unsupported file is not read further.
 */
export function startFacts(source: ByteSource, size: number, declaredEncoding: string | undefined): { facts: FileFacts; decoder?: TextDecoderLike; readable: boolean } {
  const facts = emptyFacts(normaliseEncoding(declaredEncoding), declaredEncoding !== undefined);
  facts.size = size;
  if (source.compression) facts.compression = source.compression;
  if (source.notCompressed) facts.compressionProblem = { kind: 'notCompressed' };
  const head = source.head;
  if (size === 0) return { facts, readable: false };
  facts.binaryKind = sniffBinary(head);
  if (facts.binaryKind) return { facts, readable: false };
  facts.bom = sniffBom(head);
  // UTF-16 and UTF-32 are read as what they are, so their rows are linted; a declaration that says otherwise is an
  // error of the encoding check.
  const detected = detectEncoding(head);
  if (detected) {
    facts.encodingDetected = detected;
    if (declaredEncoding !== undefined && !declaresEncoding(declaredEncoding, detected.encoding)) facts.encodingDeclaredAs = declaredEncoding;
    facts.encoding = detected.encoding;
  }
  if (facts.encoding === 'utf-8') return { facts, readable: true };
  const decoder = decoderFor(facts.encoding);
  if (!decoder) {
    facts.encodingUnsupported = true;
    return { facts, readable: false };
  }
  return { facts, decoder, readable: true };
}

/** After the content has been read: how decompressing it failed, if it did, and after how many lines of text. */
export function endFacts(facts: FileFacts, source: ByteSource): void {
  if (source.failure) facts.compressionProblem = { ...source.failure, line: facts.lines };
}

/** Dialects already put to csv-parse: their error, or null for none. */
const dialectErrors = new Map<string, string | null>();

/**
 * Why csv-parse rejects the options (a delimiter equal to the quote character, …), if it does. Remembered per set of
 * options: making a parser to find out took about 80 µs, for every file of a run that mostly repeats one dialect.
 */
function dialectErrorOf(parseOptions: ParseOptions): string | undefined {
  const key = JSON.stringify(parseOptions);
  let error = dialectErrors.get(key);
  if (error === undefined) {
    try {
      parse(parseOptions).destroy();
      error = null;
    } catch (err) {
      error = (err as Error).message.replace(/^Invalid option \w+: /, '');
    }
    if (dialectErrors.size >= 1000) dialectErrors.clear(); // hostile metadata can declare any number of dialects
    dialectErrors.set(key, error);
  }
  return error ?? undefined;
}

/** How a CSV file will be read, decided from its head: encoding, effective delimiter, parser options. */
interface CsvReading {
  facts: FileFacts;
  decoder?: TextDecoderLike;
  delimiter: string;
  quote: string;
  parseOptions: ParseOptions;
  /** The fast tokenizer can read this dialect. */
  fast: boolean;
}

function planReading(source: ByteSource, size: number, options: CsvReadOptions): CsvReading | FileFacts {
  const { facts, decoder, readable } = startFacts(source, size, options.encoding);
  if (!readable) return facts;
  const head = source.head;

  const dialect = options.dialect ?? {};
  const quote = dialect.quoteChar ?? '"';
  const declaredDelimiter = dialect.delimiter;
  let delimiter = declaredDelimiter ?? ',';
  const headerText = (decoder ? decoder.decode(head, { stream: false }) : head.toString('utf8')).replace(/^\uFEFF/, '');
  const firstLine = headerText.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const suggested = sniffDelimiter(firstLine, delimiter, quote);
  if (suggested) {
    // Read with the delimiter the file really uses, so the remaining findings are useful; the delimiter finding says so.
    facts.suggestedDelimiter = suggested;
    delimiter = suggested;
  }
  facts.delimiter = delimiter;
  facts.delimiterDeclared = declaredDelimiter !== undefined;
  facts.headerRow = dialect.header !== false;

  const escape = dialect.doubleQuote === false && dialect.escapeChar ? dialect.escapeChar : quote;
  const parseOptions: ParseOptions = {
    delimiter,
    quote,
    escape,
    record_delimiter: ['\r\n', '\n', '\r'],
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    comment: dialect.commentChar,
    ltrim: dialect.skipInitialSpace === true,
  };
  const dialectError = dialectErrorOf(parseOptions);
  if (dialectError !== undefined) {
    facts.dialectError = dialectError;
    return facts;
  }
  const fast = !options.referenceParser && FastCsvTokenizer.supports(delimiter, quote, { escape, comment: dialect.commentChar, skipInitialSpace: dialect.skipInitialSpace });
  return { facts, decoder, delimiter, quote, parseOptions, fast };
}

/**
 * A large CSV file cut into parts for workers: only uncompressed UTF-8 files with a header row, in a dialect the fast
 * tokenizer reads (a compressed file has no byte offsets to cut at: it is read whole on the main thread).
 */
export interface CsvParts {
  delimiter: string;
  quote: string;
  segments: CsvSegment[];
  /** What the head of the file showed (encoding, BOM, delimiter, header row): the facts before any part is read. */
  facts: FileFacts;
}

/** lead: how many bytes longer than the others the first part is (see planSegments). */
export async function planCsvParts(path: string, size: number, options: CsvReadOptions, parts: number, lead = 0): Promise<CsvParts | undefined> {
  if (options.compression) return undefined;
  const reading = planReading(await openSource(path), size, options);
  if (!('parseOptions' in reading) || !reading.fast || reading.decoder || !reading.facts.headerRow || reading.facts.encoding !== 'utf-8') return undefined;
  const segments = await planSegments(path, size, parts, reading.quote.charCodeAt(0), lead);
  // No cut outside quotes (a quote never closed near the top): a worker would only read the file a second time.
  if (segments.length < 2) return undefined;
  return { delimiter: reading.delimiter, quote: reading.quote, segments, facts: reading.facts };
}

export async function readCsv(path: string, size: number, options: CsvReadOptions, sink: TableSink): Promise<FileFacts> {
  const source = await openSource(path, options.compression);
  const reading = planReading(source, size, options);
  if (!('parseOptions' in reading)) return reading;
  const { facts, decoder, delimiter, quote, parseOptions } = reading;
  // A wide encoding's line feed is two or four bytes: its lines are counted in the decoded text.
  const isUtf16 = facts.encodingDetected !== undefined || facts.encoding.startsWith('utf-16');
  const scanner = new ByteScanner(isUtf16 || quote.length !== 1 ? undefined : quote.charCodeAt(0), facts.encoding === 'utf-8');
  const textScanner = isUtf16 ? new TextLineScanner(quote.length === 1 ? quote : undefined) : undefined;

  let records = 0;
  let sawHeader = !facts.headerRow;
  const deliver = (cells: string[], start: number): void => {
    if (!sawHeader) {
      sawHeader = true;
      sink.header(cells, start);
      return;
    }
    records++;
    sink.row(cells, start, records);
  };
  const problems: ParseProblem[] = [];
  let problemsTotal = 0;
  let parserInput: ParserInput | undefined;

  // The fast tokenizer reads the common dialect; at a quote never closed, csv-parse takes over from the start of
  // that record to the end of the file, so broken data is recovered and reported exactly as before.
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const fast = reading.fast ? new FastCsvTokenizer(delimiter, quote, (cells, start) => deliver(cells, start), undefined, maxRecordBytes) : undefined;
  const stringDecoder = fast && !decoder ? new StringDecoder('utf8') : undefined;
  // What the parsers read: decoded text, except raw UTF-8 bytes for csv-parse alone (it decodes them itself). Once a
  // string decoder is used it must go on: it may hold the first bytes of a character.
  const toText = (chunk: Buffer): string | Buffer => {
    if (!decoder) return stringDecoder ? stringDecoder.write(chunk) : chunk;
    const text = decoder.decode(chunk, { stream: true });
    textScanner?.push(text);
    return text;
  };
  // 'count': a record that was skipped (it keeps its record number); 'next': a problem in the record delivered next.
  const onProblem = (start: number, record: 'count' | 'none' | 'next', code: string, message: string, more?: Partial<ParseProblem>): void => {
    problemsTotal++;
    if (record === 'count') {
      if (sawHeader) records++;
      else sawHeader = true; // an unreadable header: the rows after it are data, not a new header
    }
    const number = record === 'count' && records > 0 ? records : record === 'next' && sawHeader ? records + 1 : undefined;
    if (problems.length < PARSE_PROBLEMS_KEPT) problems.push({ ...more, line: start, record: number, code, message });
  };
  // Past a stray quote the workers' parts cannot be trusted (their cut points count quotes): the main thread takes
  // over from there, once.
  let handedOver = false;
  const handOverAt = (line: number): void => {
    if (handedOver) return;
    handedOver = true;
    sink.handover?.(line);
  };
  const onStrayQuote = (start: number, kind: QuoteAnomaly): void => {
    handOverAt(start);
    const code = kind === 'opening' ? 'INVALID_OPENING_QUOTE' : 'CSV_INVALID_CLOSING_QUOTE';
    onProblem(start, 'next', code, describeParseError({ code } as CsvError, quote));
  };
  if (fast) {
    fast.onStrayQuote = onStrayQuote;
    // A record over the limit is skipped (it keeps its record number); past it the workers' cut points may be wrong.
    fast.onOverLimit = (over) => {
      handOverAt(over.line);
      const quoted = over.quoteLine !== undefined;
      onProblem(over.line, 'count', quoted ? 'QUOTED_FIELD_TOO_LARGE' : 'RECORD_TOO_LARGE', quoted
        ? `A quoted field opened on line ${over.quoteLine} is still open after ${formatByteSize(maxRecordBytes)}, the record size limit`
        : `The record is longer than ${formatByteSize(maxRecordBytes)}, the record size limit, and was skipped`,
      { quoteLine: over.quoteLine, resumeLine: over.resumeLine, maxRecordBytes });
    };
  }
  // Its range ends at the last line of the file: the message is written once the whole file has been read.
  const onUnrecoverable = (start: number): void => onProblem(start, 'none', 'CSV_UNRECOVERABLE', '');
  // csv-parse cannot skip a record over the limit and go on (its max_record_size drops the rest of the chunk): it is
  // stopped there, and the rest of the file is not read.
  const onStopped = (start: number): void => onProblem(start, 'count', 'RECORD_TOO_LARGE_STOP', '', { maxRecordBytes });
  const reference = (offset: number, bom: boolean): ParserInput => startReferenceParser(
    { ...parseOptions, bom }, offset, quote, maxRecordBytes, { deliver, onProblem, onUnrecoverable, onStrayQuote, onStopped },
  );
  if (!fast) parserInput = reference(0, true);
  const handOver = async (): Promise<void> => {
    const anomaly = fast!.anomaly!;
    handOverAt(anomaly.line);
    // No BOM to strip mid-file: a U+FEFF starting the record is data (the fast tokenizer stripped a real BOM).
    parserInput = reference(anomaly.line - 1, false);
    await parserInput.write(anomaly.rest);
  };

  const read = async (chunk: Buffer): Promise<void> => {
    if (!isUtf16) scanner.push(chunk);
    if (parserInput) {
      await parserInput.write(toText(chunk));
      return;
    }
    fast!.push(toText(chunk) as string);
    if (fast!.anomaly) await handOver();
  };
  // Read in parts: at the next part's start, stop if this part was read cleanly and the others can be trusted.
  const partEnd = sink.partEnd;
  let offset = 0;
  let stopped = false;
  for await (const chunk of source.chunks(sink.bytesRead && ((total) => sink.bytesRead!(total)))) {
    const cut = partEnd ? partEnd.offset - offset : -1;
    offset += chunk.length;
    if (cut < 0 || cut >= chunk.length) {
      await read(chunk);
      continue;
    }
    await read(chunk.subarray(0, cut));
    const clean = fast !== undefined && !parserInput && !handedOver && problemsTotal === 0 && fast.atRecordStart && !scanner.inQuotedField;
    if (clean && await partEnd!.stop()) {
      stopped = true;
      break;
    }
    await read(chunk.subarray(cut));
  }
  if (stopped) {
    // The bytes before the next part: every record was delivered, the scanner stands after a line feed.
    scanner.finish();
    facts.lines = scanner.physicalLines;
    if (scanner.nulCount > 0) facts.nulBytes = { count: scanner.nulCount, line: scanner.nulLine };
    facts.lineEndings = scanner.lineEndings;
    facts.invalidBytes = scanner.invalid;
    facts.invalidBytesTotal = scanner.invalidTotal;
    if (scanner.invalidTotal > 0 && scanner.highBytesOnly) facts.likelyEncoding = 'windows-1252';
    facts.records = records;
    return facts;
  }
  const rest = decoder ? decoder.decode() : stringDecoder ? stringDecoder.end() : '';
  textScanner?.push(rest);
  textScanner?.finish();
  if (parserInput) {
    if (rest) await parserInput.write(rest);
  } else {
    fast!.push(rest);
    fast!.end();
    if (fast!.anomaly) await handOver();
  }
  scanner.finish();
  if (parserInput) await parserInput.end();

  facts.lines = textScanner ? textScanner.physicalLines : scanner.physicalLines;
  const nuls = textScanner ?? scanner;
  if (nuls.nulCount > 0) facts.nulBytes = { count: nuls.nulCount, line: nuls.nulLine };
  facts.lineEndings = textScanner ? textScanner.lineEndings : scanner.lineEndings;
  // The lines lost run to the end of the file: these messages are written once the whole file has been read.
  for (const p of problems) {
    if (p.code === 'CSV_UNRECOVERABLE') p.message = `After the quoting error above, the parser could not find where the next row starts: ${linesNotRead(p.line, facts.lines)}`;
    else if (p.code === 'CSV_QUOTE_NOT_CLOSED') p.message = `A quoted field opened with ${quote} on this line is never closed: ${linesNotRead(p.line, facts.lines)}`;
    else if (p.code === 'RECORD_TOO_LARGE_STOP') p.message = `A record starting on this line is longer than ${formatByteSize(maxRecordBytes)}, the record size limit: ${linesNotRead(p.line, facts.lines)}`;
  }
  facts.invalidBytes = scanner.invalid;
  facts.invalidBytesTotal = scanner.invalidTotal;
  if (scanner.invalidTotal > 0 && scanner.highBytesOnly) facts.likelyEncoding = 'windows-1252';
  facts.parseProblems = problems;
  facts.parseProblemsTotal = problemsTotal;
  facts.records = records;
  endFacts(facts, source);
  return facts;
}

interface ParserInput {
  write(text: string | Buffer): Promise<void>;
  end(): Promise<void>;
}

/**
 * csv-parse, the reference parser: reads whole files in dialects the fast tokenizer does not handle, and the rest of a
 * file after a quoting anomaly. lineOffset is the physical line before its first record.
 * onProblem(start, 'count', code, message): a record it skipped (which still counts as a record); onUnrecoverable(start):
 * after a quoting error, csv-parse swallowed the rest of the file from that line; onStrayQuote(start): the record
 * delivered next holds a quote inside an unquoted field, read as a literal character.
 */
interface ReferenceListeners {
  deliver(cells: string[], start: number): void;
  onProblem(start: number, record: 'count' | 'none', code: string, message: string, more?: Partial<ParseProblem>): void;
  onUnrecoverable(start: number): void;
  onStrayQuote(start: number, kind: QuoteAnomaly): void;
  /** The text since the last record ran past the size limit: csv-parse was stopped at the record starting here. */
  onStopped(start: number): void;
}

function startReferenceParser(options: ParseOptions, lineOffset: number, quote: string, maxRecordBytes: number, listeners: ReferenceListeners): ParserInput {
  const { deliver, onProblem, onUnrecoverable, onStrayQuote, onStopped } = listeners;
  const parser = parse(options);
  // Text given to csv-parse since it last delivered or skipped a record: an upper bound of the record it is in.
  let sinceRecord = 0;
  let stopped = false;
  // Physical start lines. csv-parse's info.lines counts a CRLF inside a quoted cell as two lines and does not say
  // where a record starts, so lines are tracked here: a record starts after the previous one ends (plus any comment
  // lines csv-parse skipped), and spans as many lines as its cells hold line breaks. The cells are only scanned
  // when csv-parse's count says the record took more than one line, so ordinary rows cost nothing extra.
  let physicalEnd = lineOffset;
  let parserLines = 0;
  let parserComments = 0;
  const nextStart = (): number => {
    const comments = parser.info.comment_lines - parserComments;
    parserComments = parser.info.comment_lines;
    return physicalEnd + 1 + comments;
  };
  let lastWasSkip = false;
  let lastSkipCode = '';
  parser.on('data', (cells: string[]) => {
    const start = nextStart();
    const delta = parser.info.lines - parserLines;
    parserLines = parser.info.lines;
    physicalEnd = delta > 1 ? start + lineBreaksIn(cells) : start;
    lastWasSkip = false;
    sinceRecord = 0;
    deliver(cells, start);
  });
  // csv-parse's relax_quotes would accept quotes out of place silently, so they are taken here instead. For a quote
  // inside an unquoted field, csv-parse reads it as a literal character and only marks the record to be skipped; for
  // text after a closing quote it also stays inside the field. The mark is cleared and the field closed (unless an
  // earlier error on the record's line set it), so the record is delivered as the fast tokenizer reads it, and reported.
  let otherErrorLines = -1;
  let strayAfter = -1;
  parser.on('skip', (err: CsvError) => {
    sinceRecord = 0;
    const opening = err.code === 'INVALID_OPENING_QUOTE';
    if ((opening || err.code === 'CSV_INVALID_CLOSING_QUOTE') && parser.info.lines !== otherErrorLines) {
      const state = (parser as unknown as { state: { recordHasError: boolean; quoting: boolean; wasQuoting: boolean } }).state;
      state.recordHasError = false;
      // After a closing quote followed by text, csv-parse would read on inside the quoted field (swallowing the rows
      // up to the next quote): the field is closed here, so the text and the quote are read as part of its value.
      if (!opening) { state.quoting = false; state.wasQuoting = true; }
      // Once a record, its first: the end of the previous record moves with every record delivered or skipped.
      if (physicalEnd !== strayAfter) {
        strayAfter = physicalEnd;
        onStrayQuote(physicalEnd + 1 + (parser.info.comment_lines - parserComments), opening ? 'opening' : 'closing');
      }
      return;
    }
    otherErrorLines = parser.info.lines;
    // csv-parse may trip twice on one record (the quote, then the text after it) without reading another line.
    const delta = parser.info.lines - parserLines;
    parserLines = parser.info.lines;
    if (lastWasSkip && delta === 0) return;
    // After some stray quotes csv-parse stays inside a quoted field and swallows the rest of the file: say so,
    // rather than blame an unclosed quote on the next line.
    const swallowed = lastWasSkip && err.code === 'CSV_QUOTE_NOT_CLOSED' && lastSkipCode !== 'CSV_QUOTE_NOT_CLOSED';
    lastWasSkip = true;
    lastSkipCode = err.code;
    // A skipped record has no cells to count, so its extent comes from csv-parse's own line count.
    const start = nextStart();
    physicalEnd = Math.max(start, physicalEnd + delta);
    if (swallowed) {
      onUnrecoverable(start);
      return;
    }
    // A row that could not be read is still a record: later rows keep their record numbers. When csv-parse lost track
    // of where rows start (after text that follows a closing quote, it reads on inside a quoted field), the record it
    // skipped spans several lines: they are named, so no row is lost without a word.
    onProblem(start, 'count', err.code, describeParseError(err, quote), physicalEnd > start ? { lastLine: physicalEnd } : undefined);
  });
  const failed = new Promise<never>((_, reject) => parser.on('error', reject));
  failed.catch(() => undefined);
  const ended = once(parser, 'end');
  return {
    async write(text) {
      if (stopped) return;
      // Counted before csv-parse reads the text, reset by each record it delivers or skips while reading it: after
      // the write, the record csv-parse is in is at least this long (and at most one chunk longer).
      sinceRecord += text.length;
      if (!parser.write(text)) await Promise.race([once(parser, 'drain'), failed]);
      if (sinceRecord >= maxRecordBytes) {
        stopped = true;
        parser.destroy();
        onStopped(nextStart());
      }
    },
    async end() {
      if (stopped) return;
      parser.end();
      await Promise.race([ended, failed]);
    },
  };
}

/** "lines 3–1,000,001 (999,999 lines) were not read", for a span from first to the file's last line. */
function linesNotRead(first: number, lastLine: number): string {
  const last = Math.max(first, lastLine);
  const count = last - first + 1;
  return `lines ${first}–${last} (${count} line${count === 1 ? '' : 's'}) were not read`;
}

/** Line breaks inside a record's cells, a CRLF counting once. */
function lineBreaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    for (let i = 0; i < cell.length; i++) {
      const c = cell.charCodeAt(i);
      if (c === 10) n++;
      else if (c === 13) { n++; if (cell.charCodeAt(i + 1) === 10) i++; }
    }
  }
  return n;
}

function describeParseError(err: CsvError, quote: string): string {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `A quoted field opened with ${quote} on this line is never closed, so the rest of the file could not be read`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `A quoted field is closed by ${quote} but more text follows before the next delimiter; it was read as part of the field's value`;
    case 'INVALID_OPENING_QUOTE':
      return `A ${quote} appears inside an unquoted field; it was read as part of the field's value`;
    default:
      return `${err.message.replace(/\s+/g, ' ')}; the row could not be read and was skipped`;
  }
}
