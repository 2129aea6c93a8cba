// Confinement (issue 13, problems 2 and 13): every file odlint reads for data, metadata or a standard is really
// inside its root, symbolic links resolved, and no byte of a file outside ever reaches a report or a message; each
// real file is linted once however many paths lead to it. Every case builds real links in a fresh temp folder.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, expectNoCrash, lintJson, makeTempDir, NOW, odlint, writeTree } from './helpers.js';

afterAll(cleanupTempDirs);

/** A string that exists only in the files outside the package: it must appear nowhere in what odlint prints. */
const SECRET = 'TOPSECRET4c1d';
const PKG = (resources: unknown[]) => JSON.stringify({ name: 'p', licenses: [{ name: 'CC-BY-4.0' }], modified: '2026-11-01', accrualPeriodicity: 'R/P1Y', resources }, null, 2);

/** A root with a package folder and, beside it, files that are not the package's (the secret). */
function tree(): string {
  const dir = makeTempDir('odlint-confine-');
  writeTree(dir, {
    'outside/secret.csv': `${SECRET},value\n${SECRET}x,1\n`,
    'outside/schema.json': JSON.stringify({ fields: [{ name: SECRET, type: 'integer' }] }),
    'outside/datapackage.json': PKG([{ name: SECRET.toLowerCase(), path: 'secret.csv' }]),
    'pkg/own.csv': 'id\n1\n',
  });
  return dir;
}

function expectNoSecret(...texts: string[]): void {
  for (const t of texts) expect(t).not.toContain(SECRET);
}

describe('data and metadata never read through a link out of the package', () => {
  it('a resource path that is a link to ../outside is a resource-path finding, and the file is not read', () => {
    const dir = tree();
    symlinkSync('../outside/secret.csv', path.join(dir, 'pkg/data.csv'));
    writeFileSync(path.join(dir, 'pkg/datapackage.json'), PKG([{ name: 'd', path: 'data.csv', schema: { fields: [{ name: 'a', type: 'integer' }] } }]));
    const { run, report } = lintJson(['pkg', '--no-config'], { cwd: dir });
    expectNoCrash(run);
    expectNoSecret(run.stdout, run.stderr);
    const f = report.findings.find((x) => x.ruleId === 'format/resource-path');
    expect(f?.message).toBe("Resource 'd': the path 'data.csv' leads through a symbolic link to a file outside the package folder, so it was not read");
    expect(f?.file).toBe('pkg/datapackage.json');
    expect(report.findings.filter((x) => x.file === 'pkg/data.csv')).toEqual([]);
    // The stylish output too, and the notice for the link met while walking.
    const stylish = odlint(['lint', 'pkg', '--no-config', '--now', NOW], { cwd: dir });
    expectNoSecret(stylish.stdout, stylish.stderr);
    expect(stylish.stdout).toContain('leads through a symbolic link');
  });

  it('a schema that is a link out of the package is an error naming its path, never its fields', () => {
    const dir = tree();
    symlinkSync('../outside/schema.json', path.join(dir, 'pkg/schema.json'));
    writeFileSync(path.join(dir, 'pkg/datapackage.json'), PKG([{ name: 'd', path: 'own.csv', schema: 'schema.json' }]));
    const { run, report } = lintJson(['pkg', '--no-config'], { cwd: dir });
    expectNoCrash(run);
    expectNoSecret(run.stdout, run.stderr);
    expect(report.findings.map((f) => f.message)).toContain("Resource 'd': the schema path 'schema.json' is a symbolic link leading outside the package folder, so it was not read");
  });

  it('a folder link out of the lint root is not followed, and a notice names it', () => {
    const dir = tree();
    symlinkSync('../outside', path.join(dir, 'pkg/more'), 'dir');
    const { run, report } = lintJson(['pkg', '--no-config'], { cwd: dir });
    expectNoCrash(run);
    expectNoSecret(run.stdout, run.stderr);
    expect(report.findings.every((f) => !f.file.includes('more'))).toBe(true);
    expect(report.summary.datasets).toBe(1); // own.csv alone
    expect(run.stderr).toContain('pkg/more is a symbolic link to outside, outside the paths being linted, so it is not followed.');
  });

  it('a link inside the root is followed, and each real file is linted once (as the resource, not again alone)', () => {
    const dir = makeTempDir('odlint-confine-');
    writeTree(dir, { 'p/real/d.csv': 'a\n1\nx\n', 'p/datapackage.json': PKG([{ name: 'd', path: 'link/d.csv', schema: { fields: [{ name: 'a', type: 'integer' }] } }]) });
    symlinkSync('real', path.join(dir, 'p/link'), 'dir');
    symlinkSync('real/d.csv', path.join(dir, 'p/alias.csv'));
    symlinkSync('p', path.join(dir, 'q'), 'dir');
    for (const args of [['p'], ['p', 'q'], ['p', 'p/real/d.csv'], ['p/real/d.csv'], ['p/link/d.csv']]) {
      const { run, report } = lintJson([...args, '--no-config'], { cwd: dir });
      expectNoCrash(run);
      expect(report.summary.datasets, args.join(' ')).toBe(1);
      expect(report.summary.files, args.join(' ')).toBe(1);
      expect(report.findings.map((f) => `${f.file} ${f.ruleId}`), args.join(' ')).toEqual(['p/link/d.csv format/type']);
    }
  });
});

describe("a standard reads only its own folder's files", () => {
  function standard(dir: string, vocab: string): string {
    mkdirSync(path.join(dir, 'std'), { recursive: true });
    writeFileSync(path.join(dir, 'std/standard.yaml'), `id: s\nversion: 1.0.0\ntitle: S\nextends: national-open-data\nvocabularies:\n  licences: ${vocab}\n`);
    return path.join(dir, 'std');
  }

  it('a vocabulary that is a link to a file outside the folder: exit 2 naming the path, nothing of the file', () => {
    const dir = tree();
    writeFileSync(path.join(dir, 'outside/voc.json'), JSON.stringify(SECRET));
    standard(dir, 'voc.json');
    symlinkSync('../outside/voc.json', path.join(dir, 'std/voc.json'));
    const r = odlint(['lint', 'pkg', '--no-config', '--now', NOW, '--standard', 'std'], { cwd: dir });
    expect(r.code).toBe(2);
    expectNoCrash(r);
    expectNoSecret(r.stdout, r.stderr);
    expect(r.stderr).toContain("std/standard.yaml:6:13: the vocabulary 'licences' names 'voc.json', which is outside the standard's folder std");
  });

  it('a vocabulary naming /proc/self/environ: exit 2 naming the path, no byte of the environment', () => {
    const dir = tree();
    standard(dir, '/proc/self/environ');
    writeFileSync(path.join(dir, 'std/rules.yaml'), 'rules: {}\n');
    const r = odlint(['lint', 'pkg', '--no-config', '--now', NOW, '--standard', 'std'], { cwd: dir, env: { ODLINT_TEST_SECRET: SECRET } });
    expect(r.code).toBe(2);
    expectNoCrash(r);
    expectNoSecret(r.stdout, r.stderr);
    expect(r.stderr).toContain("the vocabulary 'licences' names '/proc/self/environ', which is outside the standard's folder");
  });

  it("an include leading out of the folder ('../') is refused the same way", () => {
    const dir = tree();
    writeFileSync(path.join(dir, 'outside/rules.yaml'), `rules:\n  ${SECRET}: error\n`);
    mkdirSync(path.join(dir, 'std'));
    writeFileSync(path.join(dir, 'std/standard.yaml'), 'id: s\nversion: 1.0.0\ntitle: S\nextends: national-open-data\ninclude:\n  - ../outside/rules.yaml\n');
    const r = odlint(['lint', 'pkg', '--no-config', '--now', NOW, '--standard', 'std'], { cwd: dir });
    expect(r.code).toBe(2);
    expectNoSecret(r.stdout, r.stderr);
    expect(r.stderr).toContain("the included rule file '../outside/rules.yaml', which is outside the standard's folder std");
  });
});

describe('files a committed config names stay inside its project', () => {
  it('a config whose standard or baseline leads out of the project: exit 2 naming the path, no contents', () => {
    const dir = tree();
    mkdirSync(path.join(dir, 'pkg/.git'));
    writeFileSync(path.join(dir, 'outside/standard.yaml'), `id: ${SECRET}\n`);
    writeFileSync(path.join(dir, 'pkg/.odlintrc.yaml'), 'standard: ../outside\n');
    const r = odlint(['lint', '.', '--now', NOW], { cwd: path.join(dir, 'pkg') });
    expect(r.code).toBe(2);
    expectNoSecret(r.stdout, r.stderr);
    expect(r.stderr).toContain('.odlintrc.yaml:1:11: standard ../outside: ../outside/standard.yaml is outside the project');
    writeFileSync(path.join(dir, 'pkg/.odlintrc.yaml'), 'baseline: /proc/self/environ\n');
    const b = odlint(['lint', '.', '--now', NOW], { cwd: path.join(dir, 'pkg'), env: { ODLINT_TEST_SECRET: SECRET } });
    expect(b.code).toBe(2);
    expectNoSecret(b.stdout, b.stderr);
    expect(b.stderr).toMatch(/\.odlintrc\.yaml:1:11: the baseline \S*\/proc\/self\/environ is outside the project/);
  });
});
