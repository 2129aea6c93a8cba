// Confinement in discovery and in resolving a package's files: symbolic links are followed only inside their root,
// and each real file becomes one dataset entry, whichever way it was reached (issue 13, problems 2 and 13).
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discover } from '../../../src/datasets/discover.js';
import { readObjectRef, resolveResourcePath } from '../../../src/datasets/build-dataset.js';
import { confine, isWithin } from '../../../src/util/confine.js';
import { cleanupTempDirs, datapackage, makeTempDir, writeFiles } from '../../helpers/lint-files.js';

afterEach(cleanupTempDirs);

const CSV = 'id\n1\n';

describe('confine', () => {
  it('tells a path whose real place is outside its root, links followed', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'pkg/a.csv': CSV, 'out/b.csv': CSV });
    symlinkSync('../out/b.csv', path.join(dir, 'pkg/b.csv'));
    symlinkSync('a.csv', path.join(dir, 'pkg/alias.csv'));
    expect(confine(path.join(dir, 'pkg/a.csv'), path.join(dir, 'pkg')).outside).toBe(false);
    expect(confine(path.join(dir, 'pkg/alias.csv'), path.join(dir, 'pkg')).outside).toBe(false);
    expect(confine(path.join(dir, 'pkg/b.csv'), path.join(dir, 'pkg')).outside).toBe(true);
    expect(confine(path.join(dir, 'pkg/none.csv'), path.join(dir, 'pkg')).outside).toBe(false);
    expect(isWithin('/a/b', '/a')).toBe(true);
    expect(isWithin('/ab', '/a')).toBe(false);
    expect(isWithin('/a/..b', '/a')).toBe(true);
  });
});

describe('resolveResourcePath and readObjectRef', () => {
  it("a resource or schema path through a link out of the package is 'outside-via-link', and nothing of it is read", () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'pkg/x': '', 'out/b.csv': CSV, 'out/s.json': '{"fields": []}' });
    const pkg = path.join(dir, 'pkg');
    symlinkSync('../out/b.csv', path.join(pkg, 'b.csv'));
    symlinkSync('../out', path.join(pkg, 'sub'), 'dir');
    symlinkSync('../out/s.json', path.join(pkg, 's.json'));
    expect(resolveResourcePath('b.csv', pkg).status).toBe('outside-via-link');
    expect(resolveResourcePath('sub/b.csv', pkg).status).toBe('outside-via-link');
    expect(resolveResourcePath('gone.csv', pkg).status).toBe('missing');
    const ref = readObjectRef('s.json', pkg);
    expect(ref.value).toBeUndefined();
    expect(ref.error).toBe("the schema path 's.json' is a symbolic link leading outside the package folder, so it was not read");
  });
});

describe('discover through symbolic links', () => {
  it('follows a link inside the root, and lints the real file once, as the resource', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'p/real/d.csv': CSV, 'p/datapackage.json': datapackage([{ name: 'd', path: 'link/d.csv' }]) });
    symlinkSync('real', path.join(dir, 'p/link'), 'dir');
    symlinkSync('p', path.join(dir, 'q'), 'dir');
    for (const paths of [['p'], ['p', 'q'], ['q', 'p'], ['p/real/d.csv']]) {
      const d = discover(paths, dir);
      expect(d.datasets.map((s) => [s.metadataFile, s.resources.map((r) => r.declaredPath)]), paths.join(' ')).toHaveLength(1);
      expect(d.links).toEqual([]);
    }
  });

  it('does not follow a link out of the roots (or to nowhere), and says so', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'p/a.csv': CSV, 'out/b.csv': CSV });
    symlinkSync('../out', path.join(dir, 'p/out'), 'dir');
    symlinkSync('../out/b.csv', path.join(dir, 'p/b.csv'));
    symlinkSync('nowhere.csv', path.join(dir, 'p/c.csv'));
    const d = discover(['p'], dir);
    expect(d.datasets.map((s) => path.relative(dir, s.resources[0]!.absolutePath!))).toEqual(['p/a.csv']);
    expect(d.links.map((l) => l.path.endsWith('p/b.csv') || l.path.endsWith('p/c.csv') || l.path.endsWith('p/out'))).toEqual([true, true, true]);
    expect(d.links.find((l) => l.path.endsWith('c.csv'))?.target).toBeUndefined();
  });

  it('a link back to its own folder is walked once, not forever', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'p/a.csv': CSV });
    symlinkSync('.', path.join(dir, 'p/loop'), 'dir');
    const d = discover(['p'], dir);
    expect(d.datasets).toHaveLength(1);
  });
});
