// Globs from the command line and from a config run in linear time, and a glob odlint cannot read is exit 2 naming
// it and where it was set — never an internal error.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTempDirs, expectNoCrash, makeTempDir, NOW, odlint, writeTree } from '../e2e/helpers.js';
import { compileGlob } from '../../src/util/glob.js';

afterEach(cleanupTempDirs);

const STARS = `${'*a'.repeat(20)}*b`; // 21 stars; 16 took 81 s on the backtracking translation
const LONG_NAME = `${'a'.repeat(60)}.csv`;
const BOUND_MS = 30_000; // one whole CLI run on a busy machine; the backtracking translation took over 2 minutes

describe('globs run in linear time', () => {
  it('a 21-star glob matches and fails to match quickly', () => {
    const start = performance.now();
    expect(compileGlob(STARS).test('a'.repeat(60))).toBe(false);
    expect(compileGlob(STARS).test(`${'a'.repeat(60)}b`)).toBe(true);
    expect(compileGlob(`**/${STARS}`).test(`x/y/${'a'.repeat(200)}`)).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('as a path, as --ignore-pattern and as a config ignorePatterns', () => {
    const dir = makeTempDir();
    writeTree(dir, { [LONG_NAME]: 'a\n1\n', '.odlintrc.yaml': `ignorePatterns:\n  - '${STARS}'\n` });
    const runs = [
      ['lint', `${'*a'.repeat(20)}*.csv`, '--now', NOW, '--no-config'],
      ['lint', '.', '--now', NOW, '--no-config', '--ignore-pattern', STARS],
      ['lint', '.', '--now', NOW],
    ];
    for (const args of runs) {
      const start = performance.now();
      const r = odlint(args, { cwd: dir });
      expect(performance.now() - start).toBeLessThan(BOUND_MS);
      expectNoCrash(r);
      expect(r.code).toBe(0);
    }
  });

  it('keeps the documented semantics', () => {
    const m = (glob: string, p: string) => compileGlob(glob).test(p);
    expect(m('*.csv', 'a.csv')).toBe(true);
    expect(m('*.csv', 'd/a.csv')).toBe(false);
    expect(m('**/a.csv', 'a.csv')).toBe(true);
    expect(m('**/a.csv', 'x/y/a.csv')).toBe(true);
    expect(m('d/**', 'd/x/y')).toBe(true);
    expect(m('{a,b}.csv', 'b.csv')).toBe(true);
    expect(m('{*.csv,*.json}', 'x.json')).toBe(true);
    expect(m('[!0-9]?.csv', 'ab.csv')).toBe(true);
    expect(m('[!0-9]?.csv', '1b.csv')).toBe(false);
    expect(m('data (1).csv', 'data (1).csv')).toBe(true);
    expect(m('a.csv', 'abcsv')).toBe(false);
    expect(m('[', '[')).toBe(true);
  });
});

describe('an invalid glob is exit 2, naming the pattern and where it was set', () => {
  it('--ignore-pattern', () => {
    const dir = makeTempDir();
    writeTree(dir, { 'a.csv': 'a\n1\n' });
    const r = odlint(['lint', '.', '--now', NOW, '--no-config', '--ignore-pattern', 'data-[z-a].csv'], { cwd: dir });
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--ignore-pattern: the pattern 'data-[z-a].csv' is not a valid glob: invalid character class range: 'z-a'.");
  });

  it('a config file, with its line', () => {
    const dir = makeTempDir();
    writeTree(dir, { 'a.csv': 'a\n1\n', '.odlintrc.yaml': "ignorePatterns:\n  - legacy/\n  - '[z-a]*.csv'\n" });
    const r = odlint(['lint', '.', '--now', NOW], { cwd: dir });
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ignorePatterns in \.odlintrc\.yaml:3(:\d+)?: the pattern '\[z-a\]\*\.csv' is not a valid glob/);
  });

  it('an overrides glob', () => {
    const dir = makeTempDir();
    writeTree(dir, { 'a.csv': 'a\n1\n', '.odlintrc.yaml': "overrides:\n  - files: ['[9-0].csv']\n    rules: {}\n" });
    const r = odlint(['lint', '.', '--now', NOW], { cwd: dir });
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.odlintrc\.yaml:2(:\d+)?: the pattern '\[9-0\]\.csv' is not a valid glob/);
  });

  it('a path argument', () => {
    const dir = makeTempDir();
    writeTree(dir, { 'a.csv': 'a\n1\n' });
    const r = odlint(['lint', '[z-a]*.csv', '--now', NOW, '--no-config'], { cwd: dir });
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("[z-a]*.csv: the path pattern is not a valid glob: invalid character class range: 'z-a'.");
  });
});
