// Splits a large CSV file into parts that start at record boundaries, for reading by several workers. Finding a
// boundary needs the quote state from the start of the file, so the file is scanned once up to the last split point,
// jumping between quotes and line breaks with indexOf. The same scan counts the physical lines and records before
// each part, so a worker numbers its rows exactly as a single reader would.
import { open } from 'node:fs/promises';

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
const CR = 0x0d;

/**
 * Cuts the file into about `parts` segments of similar size. Each cut falls just after a line feed outside quotes.
 * Well-formed quoting is assumed: after a quoting error the cuts may be wrong, and the caller must not trust the
 * parts past the first error (the reader finds it at the same record).
 */
export async function planSegments(path: string, size: number, parts: number, quote: number): Promise<CsvSegment[]> {
  const targets: number[] = [];
  for (let k = 1; k < parts; k++) targets.push(Math.floor((size * k) / parts));
  const cuts: { at: number; line: number; records: number }[] = [];
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    let offset = 0;
    let inQuotes = false;
    let lines = 1;
    let records = 0;
    let pendingCR = false; // a CR ended the previous chunk: a line break, unless the next byte is LF
    while (targets.length > 0 && offset < size) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, offset);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      let i = 0;
      if (pendingCR) {
        pendingCR = false;
        if (chunk[0] === LF) {
          i = 1;
          if (offset + 1 >= targets[0]!) { cuts.push({ at: offset + 1, line: lines, records }); targets.shift(); }
        }
      }
      // Next position of each byte of interest (bytesRead when none), refreshed only once passed.
      const next = (b: number, from: number) => { const at = chunk.indexOf(b, from); return at === -1 ? bytesRead : at; };
      let q = next(quote, i);
      let lf = next(LF, i);
      let cr = next(CR, i);
      while (i < bytesRead && targets.length > 0) {
        if (q < i) q = next(quote, i);
        if (lf < i) lf = next(LF, i);
        if (cr < i) cr = next(CR, i);
        const at = Math.min(q, lf, cr);
        if (at === bytesRead) break;
        i = at + 1;
        const b = chunk[at];
        if (b === quote) { inQuotes = !inQuotes; continue; }
        if (b === CR) {
          if (at + 1 === bytesRead) { pendingCR = true; lines++; if (!inQuotes) records++; continue; }
          if (chunk[at + 1] === LF) i = at + 2;
        }
        lines++;
        if (!inQuotes) records++;
        if (b === CR && chunk[at + 1] !== LF) continue; // a lone CR ends a record, but cuts are made after a LF only
        if (!inQuotes && offset + i >= targets[0]!) {
          cuts.push({ at: offset + i, line: lines, records });
          while (targets.length > 0 && targets[0]! <= offset + i) targets.shift();
        }
      }
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
