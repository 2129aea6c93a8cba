// The bytes a reader sees: a file as it is, or its gzip content decompressed on the fly; a damaged or cut-short gzip
// file ends the content with a failure instead of throwing, and a file named .gz that is not gzip is read as it is.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { HEAD_BYTES, isGzip, openSource } from '../../../src/readers/byte-source.js';
import { cleanupTempDirs, makeTempDir } from '../../helpers/lint-files.js';

afterEach(cleanupTempDirs);

function write(name: string, content: string | Buffer): string {
  const file = path.join(makeTempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

async function readAll(file: string, compression?: 'gz'): Promise<{ text: string; progress: number[]; failure: unknown; head: string; compressed?: string; notCompressed: boolean }> {
  const source = await openSource(file, compression);
  const parts: Buffer[] = [];
  const progress: number[] = [];
  for await (const chunk of source.chunks((n) => progress.push(n))) parts.push(chunk);
  return { text: Buffer.concat(parts).toString('utf8'), progress, failure: source.failure, head: source.head.toString('utf8'), compressed: source.compression, notCompressed: source.notCompressed };
}

/** Spending rows, enough to span several 64 KiB chunks once decompressed. */
const ROWS = `id,supplier,amount\n${Array.from({ length: 20_000 }, (_, i) => `${i + 1},Supplier ${i % 97},${(i * 7.31).toFixed(2)}`).join('\n')}\n`;

describe('openSource', () => {
  it('streams a plain file as it is, counting its bytes', async () => {
    const file = write('spend.csv', ROWS);
    const r = await readAll(file);
    expect(r.text).toBe(ROWS);
    expect(r.head).toBe(ROWS.slice(0, HEAD_BYTES));
    expect(r.progress.at(-1)).toBe(Buffer.byteLength(ROWS));
    expect(r).toMatchObject({ failure: undefined, compressed: undefined, notCompressed: false });
  });

  it('reads a file no longer than its head once: the chunks are the head, and the file is not opened again', async () => {
    const file = write('small.csv', 'id,name\n1,a\n');
    const source = await openSource(file);
    fs.rmSync(file); // a second opening would fail with ENOENT
    const parts: Buffer[] = [];
    const progress: number[] = [];
    for await (const chunk of source.chunks((n) => progress.push(n))) parts.push(chunk);
    expect(Buffer.concat(parts).toString('utf8')).toBe('id,name\n1,a\n');
    expect(progress).toEqual([12]);
    const empty = await openSource(write('empty.csv', ''));
    const chunks: Buffer[] = [];
    for await (const chunk of empty.chunks()) chunks.push(chunk);
    expect(chunks).toEqual([]);
  });

  it('decompresses gzip: the head and the chunks are the text, the progress counts the file\'s own bytes', async () => {
    const gz = gzipSync(ROWS);
    const file = write('spend.csv.gz', gz);
    const r = await readAll(file, 'gz');
    expect(r.text).toBe(ROWS);
    expect(r.head).toBe(ROWS.slice(0, HEAD_BYTES));
    expect(r.compressed).toBe('gz');
    expect(r.failure).toBeUndefined();
    expect(Math.max(...r.progress)).toBe(gz.length);
    expect(r.progress.every((n, i) => i === 0 || n >= r.progress[i - 1]!)).toBe(true);
  });

  it('reads concatenated gzip members as one text (gzip -c a >> b)', async () => {
    const file = write('two.csv.gz', Buffer.concat([gzipSync('a,b\n1,2\n'), gzipSync('3,4\n')]));
    expect((await readAll(file, 'gz')).text).toBe('a,b\n1,2\n3,4\n');
  });

  it('does not decompress gzip bytes that nothing declares (the format check reports them)', async () => {
    const gz = gzipSync(ROWS);
    const r = await readAll(write('spend.csv', gz));
    expect(isGzip(Buffer.from(r.head, 'latin1'))).toBe(false); // utf8-decoded: only checking it is the raw bytes
    expect(Buffer.from(r.text, 'utf8').subarray(0, 2)).toEqual(Buffer.from([0x1f, 0xef])); // 0x8b is not UTF-8
    expect(r.compressed).toBeUndefined();
  });

  it('reads a file named .gz that is not gzip as it is, and says so', async () => {
    const r = await readAll(write('spend.csv.gz', 'id\n1\n'), 'gz');
    expect(r).toMatchObject({ text: 'id\n1\n', compressed: undefined, notCompressed: true, failure: undefined });
    expect((await readAll(write('empty.csv.gz', ''), 'gz')).notCompressed).toBe(false); // empty: file-empty says so
  });

  it('ends the content at a truncated gzip file, with what was decompressed before', async () => {
    const gz = gzipSync(ROWS);
    const r = await readAll(write('cut.csv.gz', gz.subarray(0, Math.floor(gz.length / 2))), 'gz');
    expect(r.failure).toEqual({ kind: 'truncated', message: 'unexpected end of file' });
    expect(r.text.length).toBeGreaterThan(1000);
    expect(ROWS.startsWith(r.text)).toBe(true);
  });

  it('ends the content at damaged gzip data: a bad checksum, garbage after the data, a bad block', async () => {
    const gz = gzipSync(ROWS);
    const crc = Buffer.from(gz);
    crc[crc.length - 6]! ^= 0xff;
    expect((await readAll(write('crc.csv.gz', crc), 'gz')).failure).toEqual({ kind: 'corrupt', message: 'incorrect data check' });
    const trailing = Buffer.concat([gz, Buffer.from('<html>not found</html>')]);
    const t = await readAll(write('trailing.csv.gz', trailing), 'gz');
    expect(t.failure).toEqual({ kind: 'corrupt', message: 'incorrect header check' });
    // zlib drops its last chunk of output when it fails: the rows before it were read (and zero padding is ignored).
    expect(ROWS.startsWith(t.text) && t.text.length >= ROWS.length - 64 * 1024).toBe(true);
    expect((await readAll(write('padded.csv.gz', Buffer.concat([gz, Buffer.alloc(512)])), 'gz'))).toMatchObject({ text: ROWS, failure: undefined });
    const method = Buffer.from(gz);
    method[2] = 9; // compression method 9 does not exist
    const m = await readAll(write('method.csv.gz', method), 'gz');
    expect(m).toMatchObject({ text: '', head: '', failure: { kind: 'corrupt', message: 'unknown compression method' } });
  });

  it('throws the OS error of a file that cannot be opened', async () => {
    await expect(openSource(path.join(makeTempDir(), 'gone.csv.gz'), 'gz')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
