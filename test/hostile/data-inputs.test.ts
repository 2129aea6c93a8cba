// Hostile data and metadata, each generated at test time: whatever the bytes, odlint ends in bounded time with
// findings (exit 0 or 1), never an internal error or an exception. Run in-process through the run API (the CLI's
// own path from discovery to report), which keeps the suite fast; special-files.test.ts runs the real CLI.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/run/lint.js';
import type { LintReport } from '../../src/model/report.js';
import { cleanupTempDirs, makeTempDir } from '../e2e/helpers.js';
import { NOW } from './helpers.js';

afterAll(cleanupTempDirs);

/** Writes the files into a new folder and lints it; asserts no internal error and that it ended within boundMs. */
async function lintCase(files: Record<string, string | Buffer>, boundMs = 10_000): Promise<LintReport> {
  const dir = makeTempDir('odlint-hostile-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const started = Date.now();
  const report = await lint({ paths: [dir], now: NOW, config: false, jobs: 1, allowEmpty: true });
  const ms = Date.now() - started;
  expect(report.findings.filter((f) => f.messageId === 'internalError'), 'internal-error findings').toEqual([]);
  expect(ms, `took ${ms} ms`).toBeLessThan(boundMs);
  return report;
}

const has = (report: LintReport, file: string): boolean => report.findings.some((f) => f.file.endsWith(file));

describe('hostile JSON', () => {
  // 20,000 is already past the depth at which JSON.stringify overflows the stack (about 5,000); the descriptor gets 100,000.
  it('20,000 nested brackets as data, as a cell, as a key; 100,000 as a descriptor (JSON.stringify overflowed the stack)', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const report = await lintCase({
      'deep.json': deep,
      'cell.json': `[["a"],[${deep}]]`,
      'keyed/data.json': `[{"id":${deep}},{"id":${deep}}]`,
      'keyed/datapackage.json': JSON.stringify({ name: 'k', resources: [{ name: 'd', path: 'data.json', schema: { fields: [{ name: 'id', type: 'array' }], primaryKey: 'id' } }] }),
      'pkg/datapackage.json': `{"resources": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    }, 20_000);
    expect(has(report, 'datapackage.json')).toBe(true);
  });

  it('an unclosed nesting of 100,000 objects', async () => {
    await lintCase({ 'open.json': '{"a":'.repeat(100_000) });
  });

  it('NDJSON of garbage lines, huge numbers and lone surrogates', async () => {
    const lines = ['{"a":1}', '{"a":', 'null', '[1,2', '{"a":1e400}', '{"a":"\\ud800"}', '"x"', '{}', '{"__proto__":{"x":1}}', '{"constructor":1}'];
    await lintCase({ 'rows.ndjson': lines.join('\n') });
  });
});

describe('hostile CSV', () => {
  it('a 1 MB header line', async () => {
    await lintCase({ 'wide-header.csv': `${'h'.repeat(1 << 20)}\n1\n` });
  });

  it('10,000 columns', async () => {
    const header = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    const row = Array.from({ length: 10_000 }, (_, i) => String(i)).join(',');
    await lintCase({ 'wide.csv': `${header}\n${row}\n${row}\n` });
  });

  it('binary garbage named .csv, .json and .ndjson', async () => {
    const garbage = randomBytes(64 * 1024);
    const report = await lintCase({ 'garbage.csv': garbage, 'garbage.json': garbage, 'garbage.ndjson': garbage });
    expect(has(report, 'garbage.csv')).toBe(true);
  });

  it('invalid UTF-8 in header, cells, quotes and line ends', async () => {
    const bad = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28, 0xbc, 0xed, 0xa0, 0x80]);
    const csv = Buffer.concat([Buffer.from('id,'), bad, Buffer.from('\n1,"'), bad, Buffer.from('"\r\n2,'), bad, Buffer.from('\r'), bad]);
    await lintCase({ 'bad.csv': csv, 'bad.json': Buffer.concat([Buffer.from('[{"a":"'), bad, Buffer.from('"}]')]) });
  });

  it('an unclosed quote, NUL bytes, a lone CR, only a BOM, only line breaks, an empty file', async () => {
    await lintCase({
      'unclosed.csv': 'a,b\n1,"never closed\n2,3\n',
      'nul.csv': 'a,b\n1,\0\n\0,\0\0\n',
      'cr.csv': 'a,b\r1,2\r',
      'bom.csv': '\ufeff',
      'breaks.csv': '\n\n\r\n\n',
      'empty.csv': '',
    });
  });
});

describe('hostile metadata', () => {
  // 2,000, not more: the time per resource still grows with their number (issue 13, problem 6, fixed elsewhere).
  it('a Data Package of 2,000 resources pointing at missing files', async () => {
    const resources = Array.from({ length: 2_000 }, (_, i) => ({ name: `r${i}`, path: `missing/${i}.csv` }));
    const report = await lintCase({ 'datapackage.json': JSON.stringify({ name: 'many', resources }) }, 20_000);
    expect(has(report, 'datapackage.json')).toBe(true);
  });

  it('a descriptor whose strings are huge (256 KiB names, paths, titles, field names)', async () => {
    const huge = 'x'.repeat(1 << 18);
    const descriptor = {
      name: huge, title: huge, description: huge, licenses: [{ name: huge, path: huge }],
      resources: [{ name: huge, path: `${huge}.csv`, schema: { fields: [{ name: huge, type: huge, format: huge }], primaryKey: huge } }],
    };
    await lintCase({ 'datapackage.json': JSON.stringify(descriptor) }, 15_000);
  });

  it('a descriptor with invalid UTF-8 and wrong types at every key', async () => {
    const pkg = '{"name":"\xff\xfe","resources":[{"path":7,"schema":"x","dialect":[],"encoding":{}},{"path":["a.csv",null]},null,"r"],"licenses":{"a":1}}';
    await lintCase({ 'datapackage.json': Buffer.from(pkg, 'latin1'), 'a.csv': 'a\n1\n' });
  });

  it('a YAML descriptor nested 10,000 deep', async () => {
    await lintCase({ 'datapackage.yaml': `resources: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` });
  });

  it('a CSVW and a DCAT descriptor of wrong types and prototype keys', async () => {
    await lintCase({
      'data.csv': 'a\n1\n',
      'data.csv-metadata.json': '{"@context":"http://www.w3.org/ns/csvw","url":{"__proto__":1},"tableSchema":{"columns":[null,1,{"name":{}}]},"dialect":"x"}',
      'catalog.json': '{"@type":"dcat:Catalog","dataset":[{"distribution":[{"downloadURL":{"constructor":{}}}]},7]}',
    });
  });
});
