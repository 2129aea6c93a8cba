// Streams a JSON or NDJSON data file once: byte-level facts (encoding, BOM, binary) and its records with their lines.
import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { ByteScanner } from './bytes.js';
import { readHead, startFacts } from './csv.js';
import { readJsonRecords } from './json-records.js';
import type { FileFacts } from '../model/facts.js';

export interface RecordSink {
  record(value: unknown, line: number, record: number): void;
  /** Bytes of the file read so far, after each chunk (for a progress indicator). */
  bytesRead?(total: number): void;
}

export async function readJsonFile(path: string, size: number, mode: 'json' | 'ndjson', encoding: string | undefined, sink: RecordSink): Promise<FileFacts> {
  const head = await readHead(path);
  const { facts, decoder: declaredDecoder, readable } = startFacts(head, size, encoding);
  if (!readable) return facts;
  const decoder = declaredDecoder ?? new TextDecoder('utf-8');
  const scanner = new ByteScanner(undefined, facts.encoding === 'utf-8');
  const isUtf16 = facts.encoding.startsWith('utf-16');

  async function* text(): AsyncGenerator<string> {
    let bytes = 0;
    for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
      if (sink.bytesRead) sink.bytesRead(bytes += chunk.length);
      if (!isUtf16) scanner.push(chunk);
      const s = decoder.decode(chunk, { stream: true });
      if (s) yield s;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  }

  let records = 0;
  // The decoder strips a BOM itself; the byte scanner has already noted it.
  for await (const event of readJsonRecords(text(), { mode })) {
    if (event.kind === 'record') {
      records++;
      sink.record(event.value, event.line, event.record);
    } else {
      facts.jsonProblems.push(event.kind === 'syntax-error'
        ? { kind: 'syntax', line: event.line, column: event.column, message: event.message }
        : { kind: 'structure', line: event.line, column: event.column, problem: event.problem });
    }
  }
  scanner.finish();
  facts.lines = scanner.physicalLines;
  facts.lineEndings = scanner.lineEndings;
  facts.invalidBytes = scanner.invalid;
  facts.invalidBytesTotal = scanner.invalidTotal;
  if (scanner.invalidTotal > 0 && scanner.highBytesOnly) facts.likelyEncoding = 'windows-1252';
  facts.records = records;
  return facts;
}
