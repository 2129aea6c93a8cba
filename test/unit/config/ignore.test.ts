// Ignore patterns read as .gitignore reads them (without negation): any depth without a slash, anchored with one,
// folders only with a trailing slash, a folder covering what it holds, and node_modules / VCS folders by default.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePathPattern, DEFAULT_IGNORED_DIRS, IgnoreRules, matchesPath } from '../../../src/config/ignore.js';
import { OdlintError } from '../../../src/util/errors.js';
import { errorOf } from '../../helpers/odlint-error.js';

const BASE = path.join(path.sep, 'srv', 'project');
const at = (...parts: string[]) => path.join(BASE, ...parts);

function matcher(pattern: string, baseDir = BASE) {
  const compiled = compilePathPattern({ pattern, baseDir, source: 'test' });
  return (rel: string, isDir = false) => matchesPath(compiled, path.isAbsolute(rel) ? rel : at(rel), isDir);
}

describe('compilePathPattern / matchesPath', () => {
  it('a pattern without a slash matches a name at any depth', () => {
    const m = matcher('*.tmp');
    expect(m('a.tmp')).toBe(true);
    expect(m('deep/down/b.tmp')).toBe(true);
    expect(m('a.tmp.csv')).toBe(false);
    expect(m('data.csv')).toBe(false);
    const drafts = matcher('drafts');
    expect(drafts('drafts', true)).toBe(true);
    expect(drafts('x/y/drafts', true)).toBe(true);
    expect(drafts('x/drafts/file.csv')).toBe(true); // inside such a folder
    expect(drafts('x/mydrafts/file.csv')).toBe(false);
    expect(drafts('drafts.csv')).toBe(false);
  });

  it('a pattern with a slash is anchored to its base folder', () => {
    const m = matcher('data/raw');
    expect(m('data/raw', true)).toBe(true);
    expect(m('data/raw/2024.csv')).toBe(true);
    expect(m('sub/data/raw/2024.csv')).toBe(false);
    expect(m('data/rawer/x.csv')).toBe(false);
    // A leading slash anchors too, and is dropped.
    const top = matcher('/build');
    expect(top('build/out.csv')).toBe(true);
    expect(top('src/build/out.csv')).toBe(false);
  });

  it('a trailing slash matches folders only (and, through them, everything inside)', () => {
    const m = matcher('archive/');
    expect(m('archive', true)).toBe(true);
    expect(m('archive', false)).toBe(false); // a file named archive
    expect(m('archive/2019.csv')).toBe(true);
    expect(m('old/archive/2019.csv')).toBe(true); // no other slash: any depth
    expect(m('old/archive')).toBe(false);
    const anchored = matcher('data/archive/');
    expect(anchored('data/archive/x.csv')).toBe(true);
    expect(anchored('data/archive', false)).toBe(false);
    expect(anchored('other/data/archive/x.csv')).toBe(false);
  });

  it('a pattern naming a folder covers everything inside it, at every depth', () => {
    const m = matcher('vendor');
    expect(m('vendor/a/b/c/d.csv')).toBe(true);
    const glob = matcher('data/20??');
    expect(glob('data/2019/q1/x.csv')).toBe(true);
    expect(glob('data/1999/x.csv')).toBe(false);
  });

  it('supports *, **, ?, [abc] and {a,b}', () => {
    expect(matcher('data/*.csv')('data/x.csv')).toBe(true);
    expect(matcher('data/*.csv')('data/sub/x.csv')).toBe(false); // * stays within a folder
    expect(matcher('data/**/*.csv')('data/x.csv')).toBe(true);
    expect(matcher('data/**/*.csv')('data/a/b/x.csv')).toBe(true);
    expect(matcher('**/tmp')('a/b/tmp/x')).toBe(true);
    expect(matcher('report-[0-9].csv')('r/report-7.csv')).toBe(true);
    expect(matcher('report-[0-9].csv')('r/report-x.csv')).toBe(false);
    expect(matcher('*.{xlsx,ods}')('s/book.ods')).toBe(true);
    expect(matcher('*.{xlsx,ods}')('s/book.csv')).toBe(false);
    expect(matcher('file?.csv')('file1.csv')).toBe(true);
    expect(matcher('file?.csv')('file12.csv')).toBe(false);
  });

  it('never matches the base folder itself, or a path outside it', () => {
    const m = matcher('*');
    expect(m(BASE, true)).toBe(false);
    expect(m(path.join(path.sep, 'srv', 'other', 'x.csv'))).toBe(false);
    expect(m(path.join(path.sep, 'srv', 'x.csv'))).toBe(false);
    expect(m(path.join(path.sep, 'srv', 'project-2', 'x.csv'))).toBe(false);
    expect(m('inside.csv')).toBe(true);
  });

  it('trims the pattern and records whether it is folder-only', () => {
    const c = compilePathPattern({ pattern: '  logs/  ', baseDir: BASE, source: 'test' });
    expect(c.dirOnly).toBe(true);
    expect(c.pattern).toBe('  logs/  ');
    expect(matchesPath(c, at('x/logs/a.csv'))).toBe(true);
    expect(compilePathPattern({ pattern: 'a.csv', baseDir: BASE, source: 's' }).dirOnly).toBe(false);
  });

  it('rejects a negated pattern and an empty one, naming where it comes from', () => {
    const neg = errorOf(() => compilePathPattern({ pattern: '!keep.csv', baseDir: BASE, source: 'ignorePatterns in .odlintrc.yaml:4:5' }));
    expect(neg.message).toBe("ignorePatterns in .odlintrc.yaml:4:5: the pattern '!keep.csv' is negated ('!'), which odlint does not support.");
    expect(neg.hint).toMatch(/narrow a pattern/);
    expect(errorOf(() => compilePathPattern({ pattern: ' !x', baseDir: BASE, source: '--ignore-pattern' })).message).toMatch(/is negated/);
    for (const empty of ['', '   ', '/', '//']) {
      expect(errorOf(() => compilePathPattern({ pattern: empty, baseDir: BASE, source: '--ignore-pattern' })).message).toBe(`--ignore-pattern: the pattern '${empty}' is empty.`);
    }
  });
});

describe('IgnoreRules', () => {
  it('ignores node_modules, .git, .hg and .svn folders anywhere by default', () => {
    expect(DEFAULT_IGNORED_DIRS).toEqual(['node_modules', '.git', '.hg', '.svn']);
    const rules = new IgnoreRules([]);
    for (const dir of DEFAULT_IGNORED_DIRS) {
      expect(rules.ignored(at(dir), true)).toEqual({ pattern: `${dir}/`, source: 'default' });
      expect(rules.ignored(at('deep', dir, 'pkg', 'data.csv'))).toEqual({ pattern: `${dir}/`, source: 'default' });
    }
    expect(rules.ignored(at('data.csv'))).toBeUndefined();
    expect(rules.ignored(at('src'), true)).toBeUndefined();
    // Folder-only: a file of that name is not ignored.
    expect(rules.ignored(at('node_modules'), false)).toBeUndefined();
    expect(rules.ignored(at('node_modules_backup', 'x.csv'))).toBeUndefined();
  });

  it('without defaults, ignores only the given patterns', () => {
    const rules = new IgnoreRules([{ pattern: 'drafts/', baseDir: BASE, source: 'cfg' }], false);
    expect(rules.ignored(at('node_modules', 'x.csv'))).toBeUndefined();
    expect(rules.ignored(at('.git'), true)).toBeUndefined();
    expect(rules.ignored(at('drafts', 'x.csv'))).toEqual({ pattern: 'drafts/', source: 'cfg' });
    expect(new IgnoreRules([], false).ignored(at('node_modules', 'x.csv'))).toBeUndefined();
  });

  it('gives the first pattern that ignores a path, defaults first', () => {
    const rules = new IgnoreRules([
      { pattern: '*.bak', baseDir: BASE, source: 'ignorePatterns in .odlintrc.yaml:2:5' },
      { pattern: 'old/', baseDir: BASE, source: '--ignore-pattern' },
      { pattern: 'old/*.bak', baseDir: BASE, source: 'third' },
    ]);
    expect(rules.ignored(at('old', 'a.bak'))).toEqual({ pattern: '*.bak', source: 'ignorePatterns in .odlintrc.yaml:2:5' });
    expect(rules.ignored(at('old', 'a.csv'))).toEqual({ pattern: 'old/', source: '--ignore-pattern' });
    expect(rules.ignored(at('node_modules', 'old', 'a.csv'))).toEqual({ pattern: 'node_modules/', source: 'default' });
    expect(rules.ignored(at('new', 'a.csv'))).toBeUndefined();
  });

  it('reads each pattern against its own base folder', () => {
    const sub = at('sub');
    const rules = new IgnoreRules([{ pattern: 'data/tmp', baseDir: sub, source: 'sub config' }], false);
    expect(rules.ignored(at('sub', 'data', 'tmp', 'x.csv'))).toEqual({ pattern: 'data/tmp', source: 'sub config' });
    expect(rules.ignored(at('data', 'tmp', 'x.csv'))).toBeUndefined();
  });

  it('throws for a bad pattern when built', () => {
    expect(() => new IgnoreRules([{ pattern: '!x', baseDir: BASE, source: 's' }])).toThrow(OdlintError);
    expect(() => new IgnoreRules([{ pattern: ' ', baseDir: BASE, source: 's' }], false)).toThrow(/is empty/);
  });
});
