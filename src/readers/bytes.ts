// Byte-level scanning shared by the CSV and JSON readers: what the file is, its BOM, its encoding validity and its
// line endings, all observed while the bytes stream past once.
import { isUtf8 } from 'node:buffer';
import type { FileFacts, InvalidByteSequence, LineEnding } from '../model/facts.js';

export const INVALID_BYTES_KEPT = 20;

/** Recognises files that are not text at all, from their first bytes. */
export function sniffBinary(head: Buffer): string | undefined {
  const startsWith = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (startsWith(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (startsWith(0x50, 0x4b, 0x03, 0x04)) {
    // Office Open XML workbooks are zip files whose first entry names live in the first kilobytes.
    const text = head.subarray(0, 2048).toString('latin1');
    if (text.includes('xl/') || text.includes('[Content_Types].xml')) return 'xlsx';
    return 'zip';
  }
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'xls';
  if (startsWith(0x1f, 0x8b)) return 'gzip';
  if (detectEncoding(head)) return undefined; // UTF-16 or UTF-32 text: its NUL bytes are half of every character
  const probe = head.subarray(0, 8192);
  // A few NUL bytes in text are a finding at their line (nulBytes); many of them mean the file is not text.
  let nuls = 0;
  for (let at = probe.indexOf(0); at !== -1; at = probe.indexOf(0, at + 1)) nuls++;
  if (nuls >= 4 && nuls * 1000 >= probe.length) return 'binary';
  return undefined;
}

export function sniffBom(head: Buffer): FileFacts['bom'] {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  // UTF-32LE's mark starts with UTF-16LE's: look at it first.
  if (head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) return 'utf-32le';
  if (head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff) return 'utf-32be';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}

export type WideEncoding = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/**
 * A UTF-16 or UTF-32 file, known by its byte-order mark or, without one, by the NUL pattern of mostly ASCII text
 * (every other byte NUL in UTF-16, three bytes in four in UTF-32). Undefined for anything else.
 */
export function detectEncoding(head: Buffer): { encoding: WideEncoding; by: 'bom' | 'nulPattern' } | undefined {
  const bom = sniffBom(head);
  if (bom && bom !== 'utf-8') return { encoding: bom, by: 'bom' };
  const probe = head.subarray(0, Math.min(head.length, 8192) & ~3);
  if (probe.length < 4) return undefined;
  let le32 = 0;
  let be32 = 0;
  for (let i = 0; i < probe.length; i += 4) {
    const [a, b, c, d] = [probe[i]!, probe[i + 1]!, probe[i + 2]!, probe[i + 3]!];
    if (a !== 0 && b === 0 && c === 0 && d === 0) le32++;
    else if (a === 0 && b === 0 && c === 0 && d !== 0) be32++;
  }
  const groups = probe.length / 4;
  if (le32 * 2 >= groups && be32 === 0) return { encoding: 'utf-32le', by: 'nulPattern' };
  if (be32 * 2 >= groups && le32 === 0) return { encoding: 'utf-32be', by: 'nulPattern' };
  let le16 = 0;
  let be16 = 0;
  for (let i = 0; i < probe.length; i += 2) {
    const a = probe[i]!;
    const b = probe[i + 1]!;
    if (a !== 0 && b === 0) le16++;
    else if (a === 0 && b !== 0) be16++;
  }
  const pairs = probe.length / 2;
  // Mostly ASCII characters, with no (or hardly any) pair of the other byte order.
  if (le16 * 2 >= pairs && be16 * 20 <= le16) return { encoding: 'utf-16le', by: 'nulPattern' };
  if (be16 * 2 >= pairs && le16 * 20 <= be16) return { encoding: 'utf-16be', by: 'nulPattern' };
  return undefined;
}

/** Whether a declared encoding names the detected one ('utf-16' names both byte orders, as a BOM then decides). */
export function declaresEncoding(declared: string, detected: WideEncoding): boolean {
  const d = declared.trim().toLowerCase().replace(/_/g, '-');
  if (d === detected) return true;
  if (d === 'utf-16' || d === 'utf16' || d === 'ucs-2' || d === 'unicode') return detected.startsWith('utf-16');
  if (d === 'utf-32' || d === 'utf32' || d === 'ucs-4') return detected.startsWith('utf-32');
  return d.replace(/-/g, '') === detected.replace(/-/g, '');
}

/**
 * A streaming UTF-32 decoder with TextDecoder's decode() (which has no UTF-32 since the WHATWG Encoding standard
 * dropped it): a leading BOM is skipped, a code point out of range or a surrogate becomes U+FFFD.
 */
export class Utf32Decoder {
  readonly encoding: string;
  private carry: Buffer | undefined;
  private started = false;

  constructor(private readonly littleEndian: boolean) {
    this.encoding = littleEndian ? 'utf-32le' : 'utf-32be';
  }

  decode(chunk?: Uint8Array, options?: { stream?: boolean }): string {
    let buf = chunk ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.alloc(0);
    if (this.carry) { buf = Buffer.concat([this.carry, buf]); this.carry = undefined; }
    const whole = buf.length & ~3;
    if (whole < buf.length) this.carry = Buffer.from(buf.subarray(whole));
    const units: number[] = [];
    const parts: string[] = [];
    for (let i = 0; i < whole; i += 4) {
      let cp = this.littleEndian ? buf.readUInt32LE(i) : buf.readUInt32BE(i);
      if (!this.started) { this.started = true; if (cp === 0xfeff) continue; }
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
      if (cp > 0xffff) { cp -= 0x10000; units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff)); }
      else units.push(cp);
      if (units.length >= 8192) { parts.push(String.fromCharCode(...units)); units.length = 0; }
    }
    if (units.length) parts.push(String.fromCharCode(...units));
    if (!options?.stream) {
      // As TextDecoder: a call that does not stream ends the text, and the next call starts a new one.
      if (this.carry) parts.push('\ufffd');
      this.carry = undefined;
      this.started = false;
    }
    return parts.join('');
  }
}

/** Length of the incomplete UTF-8 sequence at the end of buf (0 to 3 bytes), kept for the next chunk. */
function incompleteTail(buf: Buffer): number {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Offsets and lengths of invalid UTF-8 sequences in buf (cold path: only called when isUtf8 says no). */
function findInvalidUtf8(buf: Buffer): Array<[number, number]> {
  const bad: Array<[number, number]> = [];
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else { bad.push([i, 1]); i++; continue; }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let ok = true;
    let j = 1;
    for (; ok && j <= need; j++) {
      const c = buf[i + j];
      if (c === undefined || (c & 0xc0) !== 0x80) { ok = false; break; }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      bad.push([i, Math.max(1, j)]);
      i += Math.max(1, j);
      continue;
    }
    i += need + 1;
  }
  return bad;
}

/** Line breaks in buf before end: CRLF, LF and a lone CR each count once (cold path). */
function countLineBreaks(buf: Buffer, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) {
    const b = buf[i];
    if (b === 0x0a) n++;
    else if (b === 0x0d) { n++; if (buf[i + 1] === 0x0a) i++; }
  }
  return n;
}

/** Counts a record terminator of a kind, remembering the line of the first one. */
export function countLineEnding(endings: FileFacts['lineEndings'], kind: LineEnding, line: number): void {
  const seen = endings[kind];
  if (seen) seen.count++;
  else endings[kind] = { count: 1, firstLine: line };
}

/**
 * Streams over a file's bytes once: counts physical lines, classifies record terminators outside quoted fields
 * (so a line break inside a quoted cell is not mistaken for a mixed ending), and validates UTF-8 when asked.
 * Jumps between interesting bytes with indexOf, so plain data costs little.
 */
export class ByteScanner {
  lines = 1; // the line the scanner is on
  offset = 0;
  lineEndings: FileFacts['lineEndings'] = {};
  invalid: InvalidByteSequence[] = [];
  invalidTotal = 0;
  highBytesOnly = true; // every invalid sequence so far was a lone byte 0x80–0xFF (a single-byte encoding)
  /** NUL bytes anywhere in the file, and the line of the first one. */
  nulCount = 0;
  nulLine = 0;
  private inQuotes = false;
  private pendingCR = false;
  private carry: Buffer | undefined;
  private sawAnyByte = false;
  private lastByteWasTerminator = false;

  constructor(private readonly quote: number | undefined, private readonly validateUtf8: boolean) {}

  /** Whether the bytes pushed so far end inside a quoted field. */
  get inQuotedField(): boolean {
    return this.inQuotes;
  }

  private terminator(kind: LineEnding): void {
    if (!this.inQuotes) countLineEnding(this.lineEndings, kind, this.lines);
    this.lines++;
  }

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.sawAnyByte = true;
    if (this.validateUtf8) this.checkUtf8(chunk);
    const nul = chunk.indexOf(0);
    if (nul !== -1) this.countNuls(chunk, nul);
    const quote = this.quote;
    let i = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (chunk[0] === 0x0a) { this.terminator('CRLF'); i = 1; }
      else this.terminator('CR');
    }
    const n = chunk.length;
    let nextQuote = quote === undefined ? -1 : chunk.indexOf(quote, i);
    let nextLF = chunk.indexOf(0x0a, i);
    let nextCR = chunk.indexOf(0x0d, i);
    for (;;) {
      let at = n;
      if (nextQuote !== -1 && nextQuote < at) at = nextQuote;
      if (nextLF !== -1 && nextLF < at) at = nextLF;
      if (nextCR !== -1 && nextCR < at) at = nextCR;
      if (at === n) break;
      if (at === nextQuote) {
        this.inQuotes = !this.inQuotes;
        nextQuote = chunk.indexOf(quote!, at + 1);
      } else if (at === nextCR) {
        if (at + 1 === n) this.pendingCR = true;
        else if (chunk[at + 1] === 0x0a) {
          this.terminator('CRLF');
          nextLF = chunk.indexOf(0x0a, at + 2);
        } else this.terminator('CR');
        nextCR = chunk.indexOf(0x0d, at + 1);
      } else {
        this.terminator('LF');
        nextLF = chunk.indexOf(0x0a, at + 1);
      }
    }
    const last = chunk[n - 1];
    this.lastByteWasTerminator = last === 0x0a || last === 0x0d;
    this.offset += n;
  }

  /** Called before the chunk's line breaks are counted (as checkUtf8). */
  private countNuls(chunk: Buffer, first: number): void {
    if (this.nulCount === 0) this.nulLine = this.lines + (this.pendingCR && chunk[0] !== 0x0a ? 1 : 0) + countLineBreaks(chunk, first);
    for (let at = first; at !== -1; at = chunk.indexOf(0, at + 1)) this.nulCount++;
  }

  private checkUtf8(chunk: Buffer): void {
    let buf = chunk;
    let base = this.offset;
    if (this.carry) {
      buf = Buffer.concat([this.carry, chunk]);
      base -= this.carry.length;
      this.carry = undefined;
    }
    const tail = incompleteTail(buf);
    const body = tail ? buf.subarray(0, buf.length - tail) : buf;
    if (tail) this.carry = Buffer.from(buf.subarray(buf.length - tail));
    if (isUtf8(body)) return;
    // Called before this chunk's line breaks are counted, so this.lines is the line the chunk starts on; a carried
    // incomplete sequence holds no line break.
    for (const [at, len] of findInvalidUtf8(body)) {
      this.invalidTotal++;
      if (len !== 1 || body[at]! < 0x80) this.highBytesOnly = false;
      if (this.invalid.length >= INVALID_BYTES_KEPT) continue;
      const line = this.lines + (this.pendingCR && chunk[0] !== 0x0a ? 1 : 0) + countLineBreaks(body, at);
      // Context: up to 20 bytes either side, but never past the line the bad byte is on.
      let from = Math.max(0, at - 20);
      const lineStart = Math.max(body.lastIndexOf(0x0a, at), body.lastIndexOf(0x0d, at));
      if (lineStart >= from) from = lineStart + 1;
      let to = Math.min(body.length, at + len + 20);
      for (const nl of [body.indexOf(0x0a, at), body.indexOf(0x0d, at)]) if (nl !== -1 && nl < to) to = nl;
      const context = body.subarray(from, to).toString('utf8').trim();
      this.invalid.push({ line, offset: base + at, bytes: body.subarray(at, at + len).toString('hex'), context });
    }
  }

  /** Call once at the end of the file. */
  finish(): void {
    if (this.pendingCR) { this.pendingCR = false; this.terminator('CR'); }
    if (this.carry && this.validateUtf8) {
      this.invalidTotal++;
      if (this.invalid.length < INVALID_BYTES_KEPT) {
        this.invalid.push({ line: this.lines, offset: this.offset - this.carry.length, bytes: this.carry.toString('hex'), context: '(end of file)' });
      }
      this.carry = undefined;
    }
  }

  /** Physical lines: a final line break does not start a new line. */
  get physicalLines(): number {
    if (!this.sawAnyByte) return 0;
    return this.lastByteWasTerminator ? this.lines - 1 : this.lines;
  }
}
