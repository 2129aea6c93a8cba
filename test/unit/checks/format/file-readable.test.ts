import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
