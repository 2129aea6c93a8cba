// resolveStandardReference: a bundled name, a path to a folder or root file, or an npm package in node_modules.
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_STANDARD, BUNDLED_STANDARDS, resolveStandardReference, resolveStandardRoot, ROOT_NAMES } from '../../../src/standard/reference.js';
import { PACKAGE_ROOT } from '../../../src/util/package-root.js';
import { cleanupTempDirs, makeTempDir, writeFiles } from '../../helpers/lint-files.js';
import { errorOf } from '../../helpers/odlint-error.js';

afterEach(cleanupTempDirs);

const STD = 'id: x\nversion: 1.0.0\ntitle: X\nrules: {}\n';

describe('resolveStandardReference: bundled standards', () => {
  it('resolves national-open-data to the bundled rules/standard.yaml', () => {
    expect(BUNDLED_STANDARDS['national-open-data']).toBe(path.join(PACKAGE_ROOT, 'rules'));
    expect(BUNDLED_STANDARD).toBe(path.join(PACKAGE_ROOT, 'rules'));
    expect(resolveStandardReference('national-open-data', makeTempDir(), '--standard')).toBe(path.join(PACKAGE_ROOT, 'rules', 'standard.yaml'));
  });

  it('prefers the bundled name over a folder of the same name next to fromDir', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'national-open-data/standard.yaml': STD });
    expect(resolveStandardReference('national-open-data', dir, 'x')).toBe(path.join(PACKAGE_ROOT, 'rules', 'standard.yaml'));
  });
});

describe('resolveStandardReference: paths', () => {
  it('resolves a relative folder to its standard.yaml, and accepts ./ and ../', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'standards/city/standard.yaml': STD, 'project/.keep': '' });
    const root = path.join(dir, 'standards/city/standard.yaml');
    expect(resolveStandardReference('standards/city', dir, 'x')).toBe(root);
    expect(resolveStandardReference('./standards/city', dir, 'x')).toBe(root);
    expect(resolveStandardReference('../standards/city', path.join(dir, 'project'), 'x')).toBe(root);
  });

  it('resolves an absolute folder and an absolute root file', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'std/standard.yaml': STD });
    expect(resolveStandardReference(path.join(dir, 'std'), os.tmpdir(), 'x')).toBe(path.join(dir, 'std/standard.yaml'));
    expect(resolveStandardReference(path.join(dir, 'std/standard.yaml'), os.tmpdir(), 'x')).toBe(path.join(dir, 'std/standard.yaml'));
  });

  it('accepts a root file with any name, and finds standard.yml or standard.json in a folder', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'a/my-standard.yaml': STD, 'b/standard.yml': STD, 'c/standard.json': '{}' });
    expect(resolveStandardReference('a/my-standard.yaml', dir, 'x')).toBe(path.join(dir, 'a/my-standard.yaml'));
    expect(resolveStandardReference('b', dir, 'x')).toBe(path.join(dir, 'b/standard.yml'));
    expect(resolveStandardReference('c', dir, 'x')).toBe(path.join(dir, 'c/standard.json'));
  });

  it('looks for the root names in order: standard.yaml before standard.yml before standard.json', () => {
    expect(ROOT_NAMES).toEqual(['standard.yaml', 'standard.yml', 'standard.json']);
    const dir = makeTempDir();
    writeFiles(dir, { 's/standard.json': '{}', 's/standard.yml': STD, 's/standard.yaml': STD, 't/standard.json': '{}', 't/standard.yml': STD });
    expect(resolveStandardReference('s', dir, 'x')).toBe(path.join(dir, 's/standard.yaml'));
    expect(resolveStandardReference('t', dir, 'x')).toBe(path.join(dir, 't/standard.yml'));
  });

  it('prefers an existing folder over an npm package of the same name', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'city-std/standard.yaml': STD, 'node_modules/city-std/package.json': '{"name":"city-std"}', 'node_modules/city-std/standard.yaml': STD });
    expect(resolveStandardReference('city-std', dir, 'x')).toBe(path.join(dir, 'city-std/standard.yaml'));
  });

  it('reports a missing path with the label and the reference, without looking for a package', () => {
    const dir = makeTempDir();
    const err = errorOf(() => resolveStandardReference('./nowhere', dir, 'standard.yaml:3:10: extends'));
    expect(err.message).toBe('standard.yaml:3:10: extends ./nowhere: no such file or folder.');
    expect(err.hint).toMatch(/folder of a standard/);
    expect(errorOf(() => resolveStandardReference('./missing.yaml', dir, '--standard')).message).toBe('--standard ./missing.yaml: no such file or folder.');
    expect(errorOf(() => resolveStandardReference(path.join(dir, 'abs-missing'), dir, '--standard')).message).toMatch(/no such file or folder\.$/);
  });

  it('reports a folder without a root file', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'empty/readme.md': 'no standard here' });
    const err = errorOf(() => resolveStandardReference('empty', dir, '--standard'));
    expect(err.message).toBe('--standard empty: this folder has no standard.yaml / standard.yml / standard.json, so it is not a standard.');
  });

  it('reports a name that is neither a path nor a valid npm name as a missing path', () => {
    const dir = makeTempDir();
    expect(errorOf(() => resolveStandardReference('Not A Package', dir, '--standard')).message).toBe('--standard Not A Package: no such file or folder.');
  });

  // A reference named like an Object.prototype member ('constructor', '__proto__' …) is not a bundled standard (a
  // regression test).
  it('resolves a folder whose name is an Object.prototype member (constructor) as a path', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'constructor/standard.yaml': STD });
    expect(resolveStandardReference('constructor', dir, 'x')).toBe(path.join(dir, 'constructor/standard.yaml'));
  });
});

describe('resolveStandardReference: npm packages', () => {
  it('finds a package in node_modules of fromDir, its root holding standard.yaml when package.json names none', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'node_modules/city-std/package.json': '{"name":"city-std","version":"1.0.0"}', 'node_modules/city-std/standard.yaml': STD });
    expect(resolveStandardReference('city-std', dir, 'x')).toBe(path.join(dir, 'node_modules/city-std/standard.yaml'));
  });

  it('walks up from fromDir to the nearest node_modules that has the package', () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'node_modules/city-std/package.json': '{"name":"city-std"}',
      'node_modules/city-std/standard.yaml': STD,
      // A nearer node_modules without it, and a folder there that is not a package (no package.json).
      'a/node_modules/other/package.json': '{"name":"other"}',
      'a/b/node_modules/city-std/standard.yaml': STD,
      'a/b/c/.keep': '',
    });
    expect(resolveStandardReference('city-std', path.join(dir, 'a/b/c'), 'x')).toBe(path.join(dir, 'node_modules/city-std/standard.yaml'));
  });

  it('the nearest installed copy wins', () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'node_modules/city-std/package.json': '{"name":"city-std"}',
      'node_modules/city-std/standard.yaml': STD,
      'a/node_modules/city-std/package.json': '{"name":"city-std"}',
      'a/node_modules/city-std/standard.yaml': STD,
      'a/b/.keep': '',
    });
    expect(resolveStandardReference('city-std', path.join(dir, 'a/b'), 'x')).toBe(path.join(dir, 'a/node_modules/city-std/standard.yaml'));
  });

  it('resolves a scoped package', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'node_modules/@gov/open-std/package.json': '{"name":"@gov/open-std"}', 'node_modules/@gov/open-std/standard.yaml': STD });
    expect(resolveStandardReference('@gov/open-std', dir, 'x')).toBe(path.join(dir, 'node_modules/@gov/open-std/standard.yaml'));
  });

  it('resolves a sub-path to a folder inside a package, plain or scoped, ignoring odlintStandard', () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'node_modules/gov-stds/package.json': '{"name":"gov-stds","odlintStandard":"main"}',
      'node_modules/gov-stds/main/standard.yaml': STD,
      'node_modules/gov-stds/health/standard.yaml': STD,
      'node_modules/@gov/stds/package.json': '{"name":"@gov/stds"}',
      'node_modules/@gov/stds/transport/standard.yml': STD,
      'node_modules/@gov/stds/transport/rail/standard.yaml': STD,
    });
    expect(resolveStandardReference('gov-stds/health', dir, 'x')).toBe(path.join(dir, 'node_modules/gov-stds/health/standard.yaml'));
    expect(resolveStandardReference('@gov/stds/transport', dir, 'x')).toBe(path.join(dir, 'node_modules/@gov/stds/transport/standard.yml'));
    expect(resolveStandardReference('@gov/stds/transport/rail', dir, 'x')).toBe(path.join(dir, 'node_modules/@gov/stds/transport/rail/standard.yaml'));
  });

  it('resolves a sub-path to a root file inside a package, even one ending in .yaml', () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'node_modules/gov-stds/package.json': '{"name":"gov-stds"}',
      'node_modules/gov-stds/health/strict.yaml': STD,
      'node_modules/@gov/stds/package.json': '{"name":"@gov/stds"}',
      'node_modules/@gov/stds/transport/root.json': '{}',
    });
    expect(resolveStandardReference('gov-stds/health/strict.yaml', dir, 'x')).toBe(path.join(dir, 'node_modules/gov-stds/health/strict.yaml'));
    expect(resolveStandardReference('@gov/stds/transport/root.json', dir, 'x')).toBe(path.join(dir, 'node_modules/@gov/stds/transport/root.json'));
  });

  it('a bare file name ending in .yaml that exists beside fromDir is a path; one that does not is looked up as a package', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'mine.yaml': STD });
    expect(resolveStandardReference('mine.yaml', dir, 'x')).toBe(path.join(dir, 'mine.yaml'));
    expect(errorOf(() => resolveStandardReference('missing.yaml', dir, '--standard')).message)
      .toBe('--standard missing.yaml: no such file or folder, bundled standard or installed npm package.');
  });

  it('reports a missing sub-path inside a package', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'node_modules/gov-stds/package.json': '{"name":"gov-stds"}', 'node_modules/gov-stds/standard.yaml': STD });
    expect(errorOf(() => resolveStandardReference('gov-stds/nope', dir, '--standard')).message).toBe('--standard gov-stds/nope: no such file or folder.');
  });

  it("follows package.json's odlintStandard to a folder or a root file", () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'node_modules/a-std/package.json': JSON.stringify({ name: 'a-std', odlintStandard: 'standard' }),
      'node_modules/a-std/standard/standard.yaml': STD,
      'node_modules/a-std/standard.yaml': STD, // the package root's own file is not used
      'node_modules/b-std/package.json': JSON.stringify({ name: 'b-std', odlintStandard: './dist/root.yml' }),
      'node_modules/b-std/dist/root.yml': STD,
    });
    expect(resolveStandardReference('a-std', dir, 'x')).toBe(path.join(dir, 'node_modules/a-std/standard/standard.yaml'));
    expect(resolveStandardReference('b-std', dir, 'x')).toBe(path.join(dir, 'node_modules/b-std/dist/root.yml'));
  });

  it('reports an odlintStandard that is not a string', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'node_modules/bad-std/package.json': JSON.stringify({ name: 'bad-std', odlintStandard: { path: 'x' } }), 'node_modules/bad-std/standard.yaml': STD });
    const err = errorOf(() => resolveStandardReference('bad-std', dir, '--standard'));
    expect(err.message).toBe("--standard bad-std: the package's package.json has an 'odlintStandard' that is not a path.");
    expect(err.hint).toMatch(/odlintStandard/);
    writeFiles(dir, { 'node_modules/num-std/package.json': JSON.stringify({ name: 'num-std', odlintStandard: 1 }) });
    expect(errorOf(() => resolveStandardReference('num-std', dir, '--standard')).message).toMatch(/'odlintStandard' that is not a path/);
  });

  it('reports an odlintStandard that names nothing, and a package root without a standard, naming the package folder', () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'node_modules/gone-std/package.json': JSON.stringify({ name: 'gone-std', odlintStandard: 'lib/standard' }),
      'node_modules/bare/package.json': '{"name":"bare"}',
      'node_modules/bare/index.js': '',
    });
    const gone = errorOf(() => resolveStandardReference('gone-std', dir, '--standard'));
    expect(gone.message).toBe(`--standard gone-std (npm package at ${path.join(dir, 'node_modules/gone-std')}): no such file or folder.`);
    const bare = errorOf(() => resolveStandardReference('bare', dir, '--standard'));
    expect(bare.message).toBe(`--standard bare (npm package at ${path.join(dir, 'node_modules/bare')}): this folder has no standard.yaml / standard.yml / standard.json, so it is not a standard.`);
  });

  it('reports a package.json that is not valid JSON', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'node_modules/broken/package.json': '{ not json', 'node_modules/broken/standard.yaml': STD });
    expect(errorOf(() => resolveStandardReference('broken', dir, '--standard')).message).toMatch(/^--standard broken: the package's package\.json cannot be read \(.+\)\.$/);
  });

  it('reports a package that is not installed, naming the bundled standards, the folder and the install command', () => {
    const dir = makeTempDir();
    const err = errorOf(() => resolveStandardReference('@gov/missing-std/sub', dir, 'standard.yaml:2:10: extends'));
    expect(err.message).toBe('standard.yaml:2:10: extends @gov/missing-std/sub: no such file or folder, bundled standard or installed npm package.');
    expect(err.hint).toContain('Bundled standards: national-open-data.');
    expect(err.hint).toContain(`A path is relative to ${dir}`);
    expect(err.hint).toContain('npm install @gov/missing-std)');
  });

  it("says 'the current folder' in the hint when fromDir is the working directory", () => {
    const err = errorOf(() => resolveStandardReference('surely-not-installed-odlint-std', process.cwd(), '--standard'));
    expect(err.hint).toContain('A path is relative to the current folder');
    expect(err.hint).toContain('npm install surely-not-installed-odlint-std');
  });
});

describe('resolveStandardRoot', () => {
  it('returns a file as it is, and the first root name of a folder', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'f.yaml': STD, 'd/standard.yml': STD });
    expect(resolveStandardRoot(path.join(dir, 'f.yaml'), 'x')).toBe(path.join(dir, 'f.yaml'));
    expect(resolveStandardRoot(path.join(dir, 'd'), 'x')).toBe(path.join(dir, 'd/standard.yml'));
    expect(errorOf(() => resolveStandardRoot(path.join(dir, 'nope'), 'L')).message).toBe('L: no such file or folder.');
  });
});
