// Streams a JSON or NDJSON data file once: byte-level facts (encoding, BOM, binary) and its records with their lines.
import { TextDecoder } from 'node:util';
import { ByteScanner } from './bytes.js';
import { TextLineScanner } from './text-lines.js';
import { openSource } from './byte-source.js';
import { endFacts, startFacts } from './csv.js';
import { readJsonRecords } from './json-records.js';
import type { FileFacts } from '../model/facts.js';
import type { JsonNumber } from '../util/json-cell.js';

export interface RecordSink {
  /** The records are rows as arrays: the first one, the header row (its line). Comes before any record. */
  header?(cells: readonly unknown[], line: number): void;
  /** numbers: the record's members whose number text a float does not keep (by key, or by position in a row). */
  record(value: unknown, line: number, record: number, numbers?: ReadonlyMap<string | number, JsonNumber>): void;
  /** Bytes of the file read so far, after each chunk (for a progress indicator). */
  bytesRead?(total: number): void;
}

export interface TextReadOptions {
  encoding?: string;
  /** 'gz': the file is gzip-compressed, and is decompressed while it is read. */
  compression?: 'gz' | 'zip';
  bytesRead?(total: number): void;
  /** JSON and NDJSON records this many characters long or longer are reported and skipped. */
  maxRecordBytes?: number;
}

/** A text file being read: its facts so far, its decoded text, and what completes the facts once it is read. */
export interface TextReading {
  facts: FileFacts;
  /** The decoded text, chunk by chunk (a BOM is stripped by the decoder; the facts have noted it). */
  text: AsyncGenerator<string>;
  /** Call once the text has been read (or reading stopped): line count, line endings, invalid bytes. */
  finish(): void;
}

/** Opens a JSON text file (JSON, NDJSON, GeoJSON, TopoJSON); the facts alone when it is not readable text. */
export async function openText(path: string, size: number, options: TextReadOptions): Promise<TextReading | FileFacts> {
  const source = await openSource(path, options.compression);
  const { facts, decoder: declaredDecoder, readable } = startFacts(source, size, options.encoding);
  if (!readable) return facts;
  const decoder = declaredDecoder ?? new TextDecoder('utf-8');
  const scanner = new ByteScanner(undefined, facts.encoding === 'utf-8');
  // A wide encoding's line feed is two or four bytes: its lines are counted in the decoded text.
  const isUtf16 = facts.encodingDetected !== undefined || facts.encoding.startsWith('utf-16');
  const textScanner = isUtf16 ? new TextLineScanner(undefined) : undefined;

  async function* text(): AsyncGenerator<string> {
    for await (const chunk of source.chunks(options.bytesRead)) {
      if (!isUtf16) scanner.push(chunk);
      const s = decoder.decode(chunk, { stream: true });
      textScanner?.push(s);
      if (s) yield s;
    }
    const rest = decoder.decode();
    textScanner?.push(rest);
    if (rest) yield rest;
  }

  return {
    facts,
    text: text(),
    finish() {
      scanner.finish();
      textScanner?.finish();
      const lines = textScanner ?? scanner;
      facts.lines = lines.physicalLines;
      facts.lineEndings = lines.lineEndings;
      if (lines.nulCount > 0) facts.nulBytes = { count: lines.nulCount, line: lines.nulLine };
      facts.invalidBytes = scanner.invalid;
      facts.invalidBytesTotal = scanner.invalidTotal;
      if (scanner.invalidTotal > 0 && scanner.highBytesOnly) facts.likelyEncoding = 'windows-1252';
      endFacts(facts, source);
    },
  };
}

export async function readJsonFile(path: string, size: number, mode: 'json' | 'ndjson', options: TextReadOptions, sink: RecordSink): Promise<FileFacts> {
  const reading = await openText(path, size, options);
  if (!('text' in reading)) return reading;
  const { facts } = reading;
  let records = 0;
  for await (const event of readJsonRecords(reading.text, { mode, maxRecordBytes: options.maxRecordBytes })) {
    if (event.kind === 'record') {
      records++;
      sink.record(event.value, event.line, event.record, event.numbers);
    } else if (event.kind === 'header') {
      facts.headerRow = true;
      sink.header?.(event.value, event.line);
    } else {
      facts.jsonProblems.push(event.kind === 'syntax-error'
        ? { kind: 'syntax', line: event.line, column: event.column, message: event.message }
        : { kind: 'structure', line: event.line, column: event.column, problem: event.problem });
    }
  }
  reading.finish();
  facts.records = records;
  return facts;
}
