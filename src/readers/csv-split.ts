// Splits a large CSV file into parts that start at record boundaries, for reading by several workers. Finding a
// boundary needs the quote state from the start of the file, so the file is scanned once up to the last split point,
// by the same byte scanner that reads line endings. The same scan counts the physical lines and records before
// each part, so a worker numbers its rows exactly as a single reader would.
import { open } from 'node:fs/promises';
import { ByteScanner } from './bytes.js';

export interface CsvSegment {
  /** Byte offsets: start inclusive, end exclusive. */
  start: number;
  end: number;
  /** Physical line the segment starts on (1-based). */
  line: number;
  /** Records (header included) before the segment. */
  recordsBefore: number;
}

const CHUNK = 1024 * 1024;
const LF = 0x0a;

/**
 * Cuts the file into about `parts` segments of similar size, the first `lead` bytes longer. Each cut falls just after a line feed outside quotes.
 * Well-formed quoting is assumed: after a quoting error the cuts may be wrong, and the caller must not trust the
 * parts past the first error (the reader finds it at the same record).
 */
export async function planSegments(path: string, size: number, parts: number, quote: number, lead = 0): Promise<CsvSegment[]> {
  // The first part `lead` bytes longer than the others (its reader starts at once; the others' start up first).
  const lead_ = Math.min(Math.max(0, lead), size / 2);
  const share = (size - lead_) / parts;
  const targets: number[] = [];
  for (let k = 1; k < parts; k++) targets.push(Math.floor(lead_ + share * k));
  const cuts: { at: number; line: number; records: number }[] = [];
  // The byte scanner's own quote state and line counts: a record ends at each terminator outside quotes.
  const scanner = new ByteScanner(quote, false);
  const records = () => Object.values(scanner.lineEndings).reduce((n, e) => n + e.count, 0);
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    let offset = 0;
    while (targets.length > 0 && offset < size) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, offset);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      let i = 0;
      while (i < bytesRead && targets.length > 0) {
        // Scan up to the next target, then line feed by line feed until one falls outside quotes.
        const target = targets[0]! - offset;
        if (target >= bytesRead) break;
        if (i < target) { scanner.push(chunk.subarray(i, target)); i = target; }
        const lf = chunk.indexOf(LF, i);
        if (lf === -1) break;
        scanner.push(chunk.subarray(i, lf + 1));
        i = lf + 1;
        if (scanner.inQuotedField) continue;
        cuts.push({ at: offset + i, line: scanner.lines, records: records() });
        while (targets.length > 0 && targets[0]! <= offset + i) targets.shift();
      }
      if (i < bytesRead) scanner.push(chunk.subarray(i));
      offset += bytesRead;
    }
  } finally {
    await fh.close();
  }
  const segments: CsvSegment[] = [];
  let start = 0;
  let line = 1;
  let recordsBefore = 0;
  for (const cut of cuts) {
    if (cut.at >= size) break;
    segments.push({ start, end: cut.at, line, recordsBefore });
    ({ at: start, line, records: recordsBefore } = cut);
  }
  segments.push({ start, end: size, line, recordsBefore });
  return segments;
}
