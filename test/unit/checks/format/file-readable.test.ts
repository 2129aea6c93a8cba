import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import check from '../../../../src/checks/format/file-readable.js';
import { renderMessage } from '../../../../src/engine/active-rules.js';
import type { FileVisitorContext, Report } from '../../../../src/model/check.js';
import type { FileFacts } from '../../../../src/model/facts.js';
import { brief, cleanupTempDirs, lintFiles, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('file-readable');
afterEach(cleanupTempDirs);

const isRoot = process.getuid?.() === 0;

describe('file-readable', () => {
  it('passes a readable file with a known encoding', async () => {
    expect(await lint(packageWith('data.csv', 'a\n1\n', undefined, { encoding: 'utf-8' }))).toEqual([]);
    expect(await lint(packageWith('data.csv', 'a\n1\n', undefined, { encoding: 'latin1' }))).toEqual([]);
  });

  it('reports a declared encoding no decoder knows', async () => {
    const findings = await lint(packageWith('data.csv', 'a\n1\n', undefined, { encoding: 'utf-9' }));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/file-readable', message: "The declared encoding 'utf-9' is not one odlint knows, so the file was not read", file: 'data.csv' },
    ]);
    expect(findings[0]!.hint).toContain('windows-1252');
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['unknownEncoding', { encoding: 'utf-9' }]]);
  });

  it('reports an unknown encoding on a JSON file too', async () => {
    const findings = await lint(packageWith('data.json', '[{"a": 1}]\n', undefined, { encoding: 'utf-9' }));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/file-readable', message: "The declared encoding 'utf-9' is not one odlint knows, so the file was not read", file: 'data.json' },
    ]);
  });

  // Root can read a file whatever its mode, so the permission case cannot fail as root.
  it.skipIf(isRoot)('reports a file without read permission', async () => {
    const findings = await lint({ 'data.csv': 'a\n1\n' }, { setup: (dir) => fs.chmodSync(path.join(dir, 'data.csv'), 0o000) });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/file-readable', message: 'The file cannot be read: permission denied', file: 'data.csv' },
    ]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['unreadable', { reason: 'permission denied' }]]);
  });
});

describe('file-readable: malformed dialects', () => {
  it('reads the file with the well-typed parts of a malformed dialect instead of crashing', async () => {
    const findings = await lintFiles(
      {
        'datapackage.json': JSON.stringify({ name: 'p', resources: [{ name: 'd', path: 'd.csv', dialect: { delimiter: 5, commentChar: 5, quoteChar: '', header: 'no' } }] }),
        'd.csv': 'a,b\n1,2\n',
      },
      { rules: [{ check: 'file-readable' }, { check: 'ragged-row' }, { check: 'metadata-valid' }] },
    );
    expect(findings.filter((f) => f.file === 'd.csv')).toEqual([]);
    expect(findings.some((f) => f.ruleId === 'format/metadata-valid' && /dialect/.test(f.message))).toBe(true);
  });
});

/** What the check reports for facts no real file gives here (a read error as root, a dialect csv-parse rejects). */
function reportsFor(facts: Partial<FileFacts>): Array<Report & { rendered: string }> {
  const reports: Report[] = [];
  const ctx = { resource: { encoding: 'utf-8' }, report: (r: Report) => reports.push(r) } as unknown as FileVisitorContext<Record<string, unknown>>;
  check.createFileVisitor!(ctx).facts!(facts as FileFacts);
  return reports.map((r) => ({ ...r, rendered: renderMessage(check, r) }));
}

describe('file-readable: messages for read and dialect errors', () => {
  it('names a known read error in words, and an unknown one by its code', () => {
    expect(reportsFor({ readError: 'EISDIR' })).toMatchObject([
      { messageId: 'unreadable', data: { reason: 'it is a folder' }, rendered: 'The file cannot be read: it is a folder' },
    ]);
    expect(reportsFor({ readError: 'EIO' })).toMatchObject([
      { messageId: 'unreadable', data: { reason: 'EIO' }, rendered: 'The file cannot be read: EIO' },
    ]);
  });

  it('reports a dialect the CSV parser rejects, with its reason', () => {
    const reason = 'delimiter must be a non empty string or buffer or array of string|buffer, got ""';
    expect(reportsFor({ dialectError: reason })).toMatchObject([
      { messageId: 'badDialect', data: { reason }, rendered: `The CSV dialect declared in the metadata cannot be used to read the file: ${reason}` },
    ]);
  });

  it('reads a complete gzip-compressed file without a finding', async () => {
    expect(await lint({ 'spend.csv.gz': gzipSync('a\n1\n') })).toEqual([]);
  });

  it('reports a truncated gzip file, with the lines read before the end', async () => {
    const text = `id,amount\n${Array.from({ length: 3000 }, (_, i) => `${i},${i * 2}`).join('\n')}\n`;
    const gz = gzipSync(text);
    const findings = await lint({ 'spend.csv.gz': gz.subarray(0, gz.length - 200) });
    expect(findings).toHaveLength(1);
    const line = findings[0]!.line!;
    expect(line).toBeGreaterThan(100);
    expect(findings[0]).toMatchObject({
      ruleId: 'format/file-readable',
      messageId: 'badGzip',
      file: 'spend.csv.gz',
      message: `The gzip-compressed file cannot be decompressed to the end: the compressed data ends too early: the file is truncated, as when an upload or download was cut short. ${line} lines of text were read before that`,
      hint: 'Compress the original file again (gzip -k file) and publish it once more; `gzip -t file` tests a compressed file',
    });
  });

  it('reports damaged gzip data: a bad checksum, or bytes after the data (an error page appended by a server)', async () => {
    const gz = gzipSync('[{"a": 1}]\n');
    const crc = Buffer.from(gz);
    crc[crc.length - 6]! ^= 0xff;
    const findings = await lint({ 'a.json.gz': crc, 'b.json.gz': Buffer.concat([gz, Buffer.from('<html>')]) });
    // zlib gives up the last piece of text it decompressed when it fails: in a file this small, all of it.
    expect(findings.map((f) => [f.file, f.line, f.data])).toEqual([
      ['a.json.gz', undefined, { problem: "the decompressed data does not match the file's checksum (incorrect data check): the file is damaged", line: 0 }],
      ['b.json.gz', undefined, { problem: 'bytes that are not gzip data follow the compressed data, or stand in its place (incorrect header check)', line: 0 }],
    ]);
  });
});
