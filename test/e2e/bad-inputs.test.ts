// Bad data inputs: each ends with the documented exit code (2 for a path that cannot be linted at all, 1 for a file
// with problems) and a clear message naming the file, never a stack trace. Inputs are generated into temp folders.
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, expectNoCrash, type Finding, isRoot, lintJson, makeTempDir, NOW, odlint, type Report, type RunResult, tail, writeTree } from './helpers.js';

afterAll(cleanupTempDirs);

/** Lints one generated file (JSON and stylish), checks the exit code and that both outputs name the file. */
function lintBad(abs: string, expectedCode: number, opts: { prefix?: string[] } = {}): { json: RunResult; report: Report; stylish: RunResult; own: Finding[] } {
  const { run: json, report } = lintJson([abs], opts);
  expectNoCrash(json);
  expect(json.code, json.stderr).toBe(expectedCode);
  const stylish = odlint(['lint', abs, '--now', NOW], opts);
  expectNoCrash(stylish);
  expect(stylish.code).toBe(expectedCode);
  expect(stylish.stdout).toContain(tail(abs)); // the file heading names the file
  const own = report.findings.filter((f) => f.file.endsWith(tail(abs)));
  return { json, report, stylish, own };
}

/** The findings other than "this lone file has no metadata" (every generated lone file gets that warning). */
function problems(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId !== 'format/metadata-missing');
}

describe('paths that cannot be linted (exit 2)', () => {
  it('a missing path', () => {
    const r = odlint(['lint', 'no/such/dataset.csv', '--now', NOW]);
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^odlint: no\/such\/dataset\.csv: no such file or folder\./);
  });

  it('a missing path among good ones still exits 2 and names the missing one', () => {
    const r = odlint(['lint', 'fixtures/municipal-register', 'missing-folder', '--now', NOW]);
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing-folder');
  });

  it('a glob that matches nothing', () => {
    const r = odlint(['lint', 'fixtures/**/*.xlsx', '--now', NOW]);
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fixtures/**/*.xlsx');
  });
});

describe('bad data files (a finding, exit 1)', () => {
  it('a .csv whose bytes are a PDF', () => {
    const dir = makeTempDir();
    const { 'report.csv': file } = writeTree(dir, { 'report.csv': Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\x00\x00\x01\x02\nendobj\n', 'latin1') });
    const { own } = lintBad(file!, 1);
    const p = problems(own);
    expect(p.map((f) => f.ruleId)).toEqual(['format/file-format']);
    expect(p[0]!.severity).toBe('error');
    expect(p[0]!.message).toMatch(/PDF/);
  });

  it('a .csv of random bytes with NULs', () => {
    const dir = makeTempDir();
    const bytes = Buffer.alloc(512);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = x >> 16 & 0xff;
    }
    bytes[3] = 0;
    bytes[200] = 0;
    const { 'noise.csv': file } = writeTree(dir, { 'noise.csv': bytes });
    const { own } = lintBad(file!, 1);
    const p = problems(own);
    expect(p.map((f) => f.ruleId)).toEqual(['format/file-format']);
    expect(p[0]!.message).toMatch(/binary/i);
  });

  it('a text .csv with NUL bytes in a row', () => {
    const dir = makeTempDir();
    const { 'nul.csv': file } = writeTree(dir, { 'nul.csv': Buffer.from('a,b\n1,2\x00\x003\n4,5\n', 'latin1') });
    const { own } = lintBad(file!, 1);
    expect(problems(own).length).toBeGreaterThan(0);
    expect(problems(own).every((f) => f.severity === 'error' || f.severity === 'warning')).toBe(true);
  });

  it('an empty .csv', () => {
    const dir = makeTempDir();
    const { 'empty.csv': file } = writeTree(dir, { 'empty.csv': '' });
    const { own } = lintBad(file!, 1);
    const p = problems(own);
    expect(p.map((f) => f.ruleId)).toEqual(['format/file-empty']);
    expect(p[0]!.message).toMatch(/empty/);
  });

  it('a .csv with a header and no rows', () => {
    const dir = makeTempDir();
    const { 'header-only.csv': file } = writeTree(dir, { 'header-only.csv': 'code,name\n' });
    const { own } = lintBad(file!, 1);
    expect(problems(own).map((f) => f.ruleId)).toEqual(['format/file-empty']);
  });

  it('an empty .json file and an empty JSON array', () => {
    const dir = makeTempDir();
    const files = writeTree(dir, { 'empty.json': '', 'none.json': '[]\n' });
    expect(problems(lintBad(files['empty.json']!, 1).own).map((f) => f.ruleId)).toEqual(['format/file-empty']);
    expect(problems(lintBad(files['none.json']!, 1).own).map((f) => f.ruleId)).toEqual(['format/file-empty']);
  });

  it('a malformed .json data file: a json-syntax finding with line and column', () => {
    const dir = makeTempDir();
    // Line 3, column 11 is the second comma: `  {"a": 2,,}`.
    const { 'bad.json': file } = writeTree(dir, { 'bad.json': '[\n  {"a": 1},\n  {"a": 2,,}\n]\n' });
    const { own, stylish } = lintBad(file!, 1);
    const p = problems(own);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ ruleId: 'format/json-syntax', severity: 'error', line: 3, column: 11 });
    expect(stylish.stdout).toMatch(/^ {2}3:11 +error +.+format\/json-syntax$/m);
  });

  it('a .json data file that is not JSON at all', () => {
    const dir = makeTempDir();
    const { 'text.json': file } = writeTree(dir, { 'text.json': 'municipality,population\nBUF,800000\n' });
    const p = problems(lintBad(file!, 1).own);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ ruleId: 'format/json-syntax', line: 1, column: 1 });
  });

  it('a .json data file holding one object instead of an array of records', () => {
    const dir = makeTempDir();
    const { 'object.json': file } = writeTree(dir, { 'object.json': '{\n  "a": 1\n}\n' });
    const p = problems(lintBad(file!, 1).own);
    expect(p.map((f) => f.ruleId)).toEqual(['format/json-structure']);
    expect(p[0]!.line).toBe(1);
  });

  it('a truncated .ndjson line', () => {
    const dir = makeTempDir();
    const { 'feed.ndjson': file } = writeTree(dir, { 'feed.ndjson': '{"a":1}\n{"a":2\n{"a":3}\n' });
    const p = problems(lintBad(file!, 1).own);
    expect(p).toHaveLength(1);
    // Line 2 ends after `{"a":2` (6 characters): the missing '}' is reported just past the last character.
    expect(p[0]).toMatchObject({ ruleId: 'format/json-syntax', line: 2, column: 7 });
  });

  // Unreadable files: root reads any file whatever its mode, so as root the test runs odlint without the capabilities
  // that let it (setpriv, when available; skipped otherwise). It stays root otherwise, so it can still reach the
  // checkout wherever CI cloned it (a mktemp -d folder is closed to other users).
  const hasSetpriv = isRoot && spawnSync('setpriv', ['--version']).status === 0;
  const WITHOUT_FILE_ACCESS_OVERRIDE = ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--inh-caps=-dac_override,-dac_read_search', '--'];
  it.skipIf(isRoot && !hasSetpriv)('an unreadable file: a file-readable finding, exit 1', () => {
    const dir = makeTempDir();
    const { 'locked.csv': file } = writeTree(dir, { 'locked.csv': 'a,b\n1,2\n' });
    chmodSync(file!, 0o000);
    const prefix = isRoot ? WITHOUT_FILE_ACCESS_OVERRIDE : undefined;
    const { own } = lintBad(file!, 1, { prefix });
    const p = problems(own);
    expect(p.map((f) => f.ruleId)).toEqual(['format/file-readable']);
    expect(p[0]!.message).toMatch(/cannot be read/);
    expect(p[0]!.message).toMatch(/permission/i);
  });

  it.skipIf(isRoot && !hasSetpriv)('an unreadable folder: exit 2 naming the folder', () => {
    const dir = makeTempDir();
    writeTree(dir, { 'closed/data.csv': 'a,b\n1,2\n' });
    const closed = path.join(dir, 'closed');
    chmodSync(closed, 0o000);
    const prefix = isRoot ? WITHOUT_FILE_ACCESS_OVERRIDE : undefined;
    const r = odlint(['lint', dir, '--now', NOW], { prefix });
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(tail(closed));
    expect(r.stderr).toMatch(/cannot read the folder/);
  });
});

describe('bad Data Package metadata', () => {
  /** A complete, valid descriptor (as fixtures/README.md describes), pretty-printed, with one CSV resource. */
  function descriptor(resourcePath: string): string {
    return `${JSON.stringify(
      {
        name: 'test-package',
        title: 'Test package',
        description: 'A package generated by the odlint end-to-end tests.',
        publisher: { name: 'e2e', title: 'End-to-end tests' },
        licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
        modified: '2026-11-20',
        accrualPeriodicity: 'R/P1M',
        keywords: ['test'],
        resources: [
          {
            name: 'things',
            path: resourcePath,
            format: 'csv',
            mediatype: 'text/csv',
            encoding: 'utf-8',
            schema: { fields: [{ name: 'code', type: 'string' }, { name: 'count', type: 'integer' }] },
          },
        ],
      },
      null,
      2,
    )}\n`;
  }

  it('the valid descriptor the tests start from lints clean', () => {
    const dir = makeTempDir();
    writeTree(dir, { 'pkg/datapackage.json': descriptor('things.csv'), 'pkg/things.csv': 'code,count\nA,1\nB,2\n' });
    const { run, report } = lintJson([path.join(dir, 'pkg')]);
    expect(report.findings).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('a malformed datapackage.json: a metadata-valid finding with its line and column', () => {
    const dir = makeTempDir();
    const files = writeTree(dir, {
      // Line 4, column 18: the second property follows the first without a comma.
      'pkg/datapackage.json': '{\n  "name": "x",\n  "resources": [\n    {"name": "a" "path": "a.csv"}\n  ]\n}\n',
      'pkg/a.csv': 'code\nA\n',
    });
    const { own, stylish } = lintBad(files['pkg/datapackage.json']!, 1);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ ruleId: 'format/metadata-valid', severity: 'error', line: 4, column: 18 });
    expect(own[0]!.message).toMatch(/not valid JSON/);
    expect(stylish.stdout).toMatch(/^ {2}4:18 +error +.*format\/metadata-valid$/m);
  });

  it('a malformed datapackage.json is also reported when its folder is linted', () => {
    const dir = makeTempDir();
    writeTree(dir, { 'pkg/datapackage.json': '{\n  "name": "x",\n  "resources": [\n' });
    const { run, report } = lintJson([dir]);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    const f = report.findings.find((x) => x.ruleId === 'format/metadata-valid');
    expect(f?.file).toMatch(/pkg\/datapackage\.json$/);
    expect(f?.line).toBeGreaterThanOrEqual(3);
  });

  it('a resource path that does not exist: a resource-path finding at the path property', () => {
    const dir = makeTempDir();
    const text = descriptor('missing.csv');
    const files = writeTree(dir, { 'pkg/datapackage.json': text });
    const pathLine = text.split('\n').findIndex((l) => l.includes('"path": "missing.csv"')) + 1;
    const { own, report } = lintBad(files['pkg/datapackage.json']!, 1);
    const p = own.filter((f) => f.ruleId === 'format/resource-path');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ severity: 'error', line: pathLine });
    expect(p[0]!.message).toContain('missing.csv');
    expect(own.filter((f) => f.ruleId !== 'format/resource-path')).toEqual([]);
    expect(report.summary.files).toBe(0);
  });

  it('a resource path that leaves the package folder', () => {
    const dir = makeTempDir();
    const files = writeTree(dir, { 'pkg/datapackage.json': descriptor('../elsewhere.csv'), 'elsewhere.csv': 'code,count\nA,1\n' });
    const { own } = lintBad(files['pkg/datapackage.json']!, 1);
    const p = own.filter((f) => f.ruleId === 'format/resource-path');
    expect(p).toHaveLength(1);
    expect(p[0]!.message).toContain('..');
  });
});
