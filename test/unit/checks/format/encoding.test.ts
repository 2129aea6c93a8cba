import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('encoding');
afterEach(cleanupTempDirs);

const CHUNK = 64 * 1024; // the readers' chunk size

/** 'id,name\n1,Cafe\n2,Caf<E9> Durban\n': a Windows-1252 'é' on line 3, at byte 20. */
const WINDOWS_1252_FILE = Buffer.concat([Buffer.from('id,name\n1,Cafe\n2,Caf'), Buffer.from([0xe9]), Buffer.from(' Durban\n3,Bar\n')]);

/** Rows of text, then `bytes` placed so that the first of them is at byte offset `at`, then more rows. */
function bigFileWith(bytes: number[], at: number): { file: Buffer; line: number } {
  const head: string[] = ['id,name\n'];
  let length = head[0]!.length;
  let i = 1;
  while (length < at - 40) {
    const row = `${i},supplier number ${i}\n`;
    head.push(row);
    length += row.length;
    i++;
  }
  const prefix = `${i},`;
  const filler = 'x'.repeat(at - length - prefix.length);
  const before = Buffer.from(head.join('') + prefix + filler);
  const tail: string[] = ['z\n'];
  for (let k = 1; k <= 200; k++) tail.push(`${i + k},after ${k}\n`);
  const file = Buffer.concat([before, Buffer.from(bytes), Buffer.from(tail.join(''))]);
  // The bad bytes sit on the line after the last line break before them.
  let line = 1;
  for (let k = 0; k < at; k++) if (file[k] === 0x0a) line++;
  return { file, line };
}

describe('encoding', () => {
  it('passes valid UTF-8 text', async () => {
    expect(await lint({ 'data.csv': 'id,name\n1,Café Durban\n2,€ 5\n' })).toEqual([]);
  });

  it('reports a Windows-1252 byte on line 3 and suggests windows-1252', async () => {
    const findings = await lint({ 'data.csv': WINDOWS_1252_FILE });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/encoding', message: expect.stringContaining('Invalid UTF-8 byte sequence 0xE9 at byte 20'), file: 'data.csv', line: 3 },
    ]);
    expect(findings[0]!.message).toContain('near "');
    expect(findings[0]!.hint).toContain('windows-1252');
    // The offset is a number (left out of the fingerprint); the bytes and their context say what is wrong.
    expect(findings[0]!.messageId).toBe('invalidBytes');
    expect(findings[0]!.data).toEqual({ bytes: 'E9', offset: 20, context: expect.stringContaining('Caf\uFFFD Durban') });
  });

  it('passes the same bytes when the metadata declares windows-1252', async () => {
    expect(await lint(packageWith('data.csv', WINDOWS_1252_FILE, undefined, { encoding: 'windows-1252' }))).toEqual([]);
  });

  it('with requireUtf8, reports a declared encoding other than UTF-8', async () => {
    const findings = await lint(packageWith('data.csv', WINDOWS_1252_FILE, undefined, { encoding: 'windows-1252' }), { options: { requireUtf8: true } });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/encoding', message: "The file is declared as 'windows-1252'; this standard requires UTF-8", file: 'data.csv', line: 1 },
    ]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['notUtf8', { encoding: 'windows-1252' }]]);
  });

  it('with requireUtf8, passes a file declared as utf-8', async () => {
    expect(await lint(packageWith('data.csv', 'id,name\n1,Café\n', undefined, { encoding: 'utf-8' }), { options: { requireUtf8: true } })).toEqual([]);
  });

  it('gives the right line for a lone byte at the very end of the first 64 KiB chunk', async () => {
    const { file, line } = bigFileWith([0xe9], CHUNK - 1);
    expect(line).toBeGreaterThan(1000);
    const findings = await lint({ 'big.csv': file });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/encoding', message: expect.stringContaining(`Invalid UTF-8 byte sequence 0xE9 at byte ${CHUNK - 1}`), file: 'big.csv', line },
    ]);
  });

  it('gives the right line for a lead byte split from its (missing) continuation by the chunk boundary', async () => {
    // 0xC3 announces a two-byte sequence; the next chunk starts with '(' instead of a continuation byte.
    const { file, line } = bigFileWith([0xc3, 0x28], CHUNK - 1);
    const findings = await lint({ 'big.csv': file });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/encoding', message: expect.stringContaining(`Invalid UTF-8 byte sequence 0xC3 at byte ${CHUNK - 1}`), file: 'big.csv', line },
    ]);
  });

  it('passes a valid three-byte character split across the chunk boundary', async () => {
    const { file } = bigFileWith([0xe2, 0x82, 0xac], CHUNK - 2); // '€' = E2 82 AC, cut after its second byte
    expect(await lint({ 'big.csv': file })).toEqual([]);
  });

  it('counts lines across chunks for a bad byte in the second chunk', async () => {
    const { file, line } = bigFileWith([0xe9], CHUNK + 5000);
    const findings = await lint({ 'big.csv': file });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/encoding', message: expect.stringContaining(`at byte ${CHUNK + 5000}`), file: 'big.csv', line },
    ]);
  });

  it('lists maxReported sequences one by one, then a summary', async () => {
    const rows = ['id,name\n'];
    for (let i = 1; i <= 4; i++) rows.push(`${i},Caf\u0000\n`);
    const file = Buffer.from(rows.join('').replace(/\u0000/g, '\u00e9'), 'latin1'); // one 0xE9 per data row
    const findings = await lint({ 'data.csv': file }, { options: { maxReported: 2 } });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/encoding', message: '2 more invalid UTF-8 byte sequences not listed one by one (4 in all)', file: 'data.csv' },
      { ruleId: 'format/encoding', message: expect.stringContaining('0xE9 at byte 13'), file: 'data.csv', line: 2 },
      { ruleId: 'format/encoding', message: expect.stringContaining('0xE9 at byte 20'), file: 'data.csv', line: 3 },
    ]);
    expect(findings.map((f) => f.messageId)).toEqual(['moreInvalidBytes', 'invalidBytes', 'invalidBytes']);
    expect(findings[0]!.data).toEqual({ more: 2, total: 4 });
  });

  it('counts a single sequence left out in the singular', async () => {
    const file = Buffer.from('id,name\n1,Caf\u00e9\n2,Caf\u00e9\n', 'latin1');
    const findings = await lint({ 'data.csv': file }, { options: { maxReported: 1 } });
    expect(findings.map((f) => [f.messageId, f.message])).toEqual([
      ['moreInvalidBytes', '1 more invalid UTF-8 byte sequence not listed one by one (2 in all)'],
      ['invalidBytes', expect.stringContaining('0xE9 at byte 13')],
    ]);
    expect(findings[0]!.data).toEqual({ more: 1, total: 2 });
  });

  // Regression test (a bug found while writing these tests).
  it('gives the right line in a file with CR line endings', async () => {
    const file = Buffer.concat([Buffer.from('id,name\r1,Cafe\r2,Caf'), Buffer.from([0xe9]), Buffer.from('\r')]);
    const findings = await lint({ 'data.csv': file });
    expect(findings.map((f) => f.line)).toEqual([3]);
  });
});
