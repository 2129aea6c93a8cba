import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planSegments } from '../../../src/readers/csv-split.js';

const dir = mkdtempSync(path.join(tmpdir(), 'odlint-split-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function plan(text: string, parts: number) {
  const file = path.join(dir, `f${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(file, text);
  const size = Buffer.byteLength(text);
  return { segments: await planSegments(file, size, parts, 0x22), bytes: Buffer.from(text), size };
}

describe('planSegments', () => {
  it('cuts just after a line feed outside quotes, and counts the lines and records before each cut', async () => {
    // A quoted cell with line breaks (LF and CRLF) straddles the naive halfway point.
    const rows = ['id,note', ...Array.from({ length: 40 }, (_, i) => (i === 20 ? `${i},"first\nsecond\r\nthird"` : `${i},plain`))];
    const { segments, bytes, size } = await plan(`${rows.join('\r\n')}\r\n`, 4);
    expect(segments.length).toBeGreaterThan(1);
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(size);
    for (let k = 1; k < segments.length; k++) {
      const s = segments[k]!;
      expect(s.start).toBe(segments[k - 1]!.end);
      expect(bytes[s.start - 1]).toBe(0x0a);
      const before = bytes.subarray(0, s.start).toString();
      expect((before.match(/"/g) ?? []).length % 2).toBe(0); // outside quotes
      expect(s.line).toBe(before.split(/\r\n|\n|\r/).length); // physical lines before, plus one
      expect(s.recordsBefore).toBe(before.replace(/"[^"]*"/g, '').split(/\r\n|\n|\r/).length - 1);
    }
  });

  it('gives one segment when there is nowhere to cut', async () => {
    const { segments, size } = await plan('a,b\r1,2\r3,4\r', 3); // old Mac line endings: no line feed at all
    expect(segments).toEqual([{ start: 0, end: size, line: 1, recordsBefore: 0 }]);
  });
});
