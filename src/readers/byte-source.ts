// Where a reader's bytes come from: the file as it is, or its content decompressed on the fly (gzip). Every reader
// sniffs the content's head and streams the content once through a ByteSource, so line counts, encoding checks and
// rows all describe the decompressed text, while progress counts the file's own bytes.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** How much of a file's content is sniffed before reading it (BOM, binary kinds, the CSV header line). */
export const HEAD_BYTES = 8192;
const CHUNK = 64 * 1024;

/** Where heads are read: one buffer, reused, since reading is synchronous (a new 8 KiB buffer took ~20 µs here). */
const scratch = Buffer.allocUnsafe(HEAD_BYTES);

/**
 * Reads the first bytes of a file as stored, copied out at their own size; `whole` when they are all of it (a read
 * came back empty before the buffer was full). Throws the OS error when it cannot be opened.
 *
 * Synchronous, as discovery's sniffing is: at most 8 KiB of a regular file (discovery admits no other kind), while
 * each step of an asynchronous read is a trip through the I/O thread pool, and those trips were most of the time a
 * run of many small files took.
 */
export function readHead(path: string, bytes = HEAD_BYTES): { head: Buffer; whole: boolean } {
  const buf = bytes <= scratch.length ? scratch : Buffer.allocUnsafe(bytes);
  const fd = openSync(path, 'r');
  try {
    let filled = 0;
    // A short read is not proof of the end: only a read of nothing is.
    while (filled < bytes) {
      const n = readSync(fd, buf, filled, bytes - filled, filled);
      if (n === 0) return { head: Buffer.from(buf.subarray(0, filled)), whole: true };
      filled += n;
    }
    return { head: Buffer.from(buf.subarray(0, bytes)), whole: false };
  } finally {
    closeSync(fd);
  }
}

/** The gzip magic number (RFC 1952): 1F 8B. */
export function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** How decompressing failed: zlib's own message, and what it means for the file. */
export interface DecompressFailure {
  kind: 'corrupt' | 'truncated';
  message: string;
}

function failureOf(err: unknown): DecompressFailure | undefined {
  const e = err as NodeJS.ErrnoException;
  if (!e || typeof e.code !== 'string' || !e.code.startsWith('Z_')) return undefined; // an OS error: the caller's
  return { kind: e.code === 'Z_BUF_ERROR' ? 'truncated' : 'corrupt', message: e.message };
}

export interface ByteSource {
  /** The content's first bytes (decompressed when compressed), to sniff what it is. */
  readonly head: Buffer;
  /** 'gz' when the content is decompressed while it is read. */
  readonly compression?: 'gz';
  /** The file was declared or named gzip-compressed but does not start like gzip data: it is read as it is. */
  readonly notCompressed: boolean;
  /** Set once chunks() has ended, when decompressing failed: the chunks before it were delivered. */
  failure?: DecompressFailure;
  /**
   * Streams the content once in chunks of up to 64 KiB, telling bytesRead how many of the file's bytes have been
   * read after each. A decompression error ends the chunks and sets `failure`; an OS error is thrown.
   */
  chunks(bytesRead?: (total: number) => void): AsyncGenerator<Buffer>;
}

async function* fileChunks(path: string, bytesRead?: (total: number) => void): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    if (bytesRead) bytesRead(total += chunk.length);
    yield chunk;
  }
}

/** The content of a file read whole with its head: one chunk, or none when it is empty. */
async function* headChunks(head: Buffer, bytesRead?: (total: number) => void): AsyncGenerator<Buffer> {
  if (head.length === 0) return;
  if (bytesRead) bytesRead(head.length);
  yield head;
}

/** The file's content decompressed; an error is thrown to the for-await that reads it. */
function gunzipped(path: string, onFileBytes?: (n: number) => void): AsyncIterable<Buffer> {
  const file = createReadStream(path, { highWaterMark: CHUNK });
  if (onFileBytes) file.on('data', (chunk) => onFileBytes(chunk.length));
  const gunzip = createGunzip({ chunkSize: CHUNK });
  // An error in either stream destroys both and reaches the reader of gunzip; stopping early ends both.
  pipeline(file, gunzip, () => undefined);
  return gunzip;
}

/** Opens a file to read its content: decompressed when `compression` says gzip and the file is gzip data. */
export async function openSource(path: string, compression?: 'gz' | 'zip'): Promise<ByteSource> {
  const { head: raw, whole } = readHead(path);
  if (compression !== 'gz' || !isGzip(raw)) {
    // A file no longer than its head is not opened again: most files of a large run are this small.
    const chunks = (bytesRead?: (total: number) => void) => (whole ? headChunks(raw, bytesRead) : fileChunks(path, bytesRead));
    return { head: raw, notCompressed: compression === 'gz' && raw.length > 0, chunks };
  }
  // The decompressed head; a failure this early is met again, and reported, when the content is read.
  const parts: Buffer[] = [];
  let n = 0;
  try {
    for await (const chunk of gunzipped(path)) {
      parts.push(chunk);
      if ((n += chunk.length) >= HEAD_BYTES) break;
    }
  } catch (err) {
    if (!failureOf(err)) throw err;
  }
  const source: ByteSource = {
    head: Buffer.concat(parts).subarray(0, HEAD_BYTES),
    compression: 'gz',
    notCompressed: false,
    async *chunks(bytesRead) {
      let total = 0;
      try {
        for await (const chunk of gunzipped(path, (k) => { total += k; })) {
          if (bytesRead) bytesRead(total);
          yield chunk as Buffer;
        }
      } catch (err) {
        const failure = failureOf(err);
        if (!failure) throw err;
        source.failure = failure;
      }
    },
  };
  return source;
}
