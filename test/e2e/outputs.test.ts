// Several outputs in one run: the terminal gets one format, files get the others, and every output carries the same
// findings (those that decide the exit code). Progress goes to a terminal's standard error only.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { validateSarif } from '../helpers/format-reports.js';
import { BIN, cleanupTempDirs, cliEnv, expectNoCrash, makeTempDir, NOW, odlint, REPO_ROOT, writeTree } from './helpers.js';

afterAll(cleanupTempDirs);

const plain = (format: string) => odlint(['lint', 'fixtures', '--now', NOW, '-f', format]);

describe('several outputs in one run', () => {
  it('the CI run: stylish on the terminal, SARIF, JUnit, GitLab and HTML files, all with the same findings', () => {
    const dir = makeTempDir('odlint-outputs-');
    const out = (name: string) => path.join(dir, 'out', name);
    const r = odlint(['lint', 'fixtures', '--now', NOW, '-f', 'stylish', '-f', 'sarif', '-f', 'junit', '-f', 'html',
      '--output-file', `sarif=${out('odlint.sarif')}`, '--output-file', `junit=${out('junit.xml')}`, '--output-file', `html=${out('odlint.html')}`,
      '--output-file', `gitlab=${out('gl-code-quality.json')}`]);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(plain('stylish').stdout);
    const json = JSON.parse(plain('json').stdout) as { findings: unknown[]; summary: { errors: number } };
    // Each file is exactly what a run with that format alone prints.
    for (const [format, file] of [['sarif', 'odlint.sarif'], ['junit', 'junit.xml'], ['html', 'odlint.html'], ['gitlab', 'gl-code-quality.json']]) {
      expect(readFileSync(out(file!), 'utf8'), format).toBe(plain(format!).stdout);
    }
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['gl-code-quality.json', 'junit.xml', 'odlint.html', 'odlint.sarif']);
    // … and each carries the findings that decided the exit code.
    const sarif = JSON.parse(readFileSync(out('odlint.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results.length).toBe(json.findings.length);
    expect((JSON.parse(readFileSync(out('gl-code-quality.json'), 'utf8')) as unknown[]).length).toBe(json.findings.length);
    const junit = new DOMParser().parseFromString(readFileSync(out('junit.xml'), 'utf8'), 'text/xml');
    const failures = [...junit.getElementsByTagName('failure')];
    expect(failures.length).toBeGreaterThan(0);
    expect(readFileSync(out('odlint.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });

  it('prints stylish and writes JSON to a file, each the same as a run of its own', () => {
    const dir = makeTempDir('odlint-outputs-');
    const r = odlint(['lint', 'fixtures', '--now', NOW, '-f', 'stylish', '-f', 'json', '--output-file', `json=${dir}/out/report.json`]);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(plain('stylish').stdout);
    expect(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8')).toBe(plain('json').stdout);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['report.json']); // written atomically: no temp file left
  });

  it('with only --output-file, the terminal still gets the stylish report', () => {
    const dir = makeTempDir('odlint-outputs-');
    const r = odlint(['lint', 'fixtures', '--now', NOW, '--output-file', `json=${dir}/r.json`]);
    expect(r.stdout).toBe(plain('stylish').stdout);
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).summary.errors).toBeGreaterThan(0);
  });

  it('-o sends the one format without a file there', () => {
    const dir = makeTempDir('odlint-outputs-');
    const r = odlint(['lint', 'fixtures', '--now', NOW, '-f', 'json', '-f', 'stylish', '--output-file', `stylish=${dir}/s.txt`, '-o', `${dir}/r.json`]);
    expect(r.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'r.json'), 'utf8')).toBe(plain('json').stdout);
    expect(readFileSync(path.join(dir, 's.txt'), 'utf8')).toBe(plain('stylish').stdout);
  });

  it('the config can name several formats and their files, relative to itself; flags win', () => {
    const dir = makeTempDir('odlint-outputs-');
    writeTree(dir, { 'ci/.odlintrc.yaml': `format: [stylish, json]\noutputFile:\n  json: reports/odlint.json\nnow: "${NOW}"\n` });
    const r = odlint(['lint', 'fixtures', '--config', path.join(dir, 'ci/.odlintrc.yaml')]);
    expect(r.stdout).toBe(plain('stylish').stdout);
    expect(readFileSync(path.join(dir, 'ci/reports/odlint.json'), 'utf8')).toBe(plain('json').stdout);
    const flags = odlint(['lint', 'fixtures', '--config', path.join(dir, 'ci/.odlintrc.yaml'), '-f', 'json', '--output-file', `json=${dir}/other.json`]);
    expect(flags.stdout).toBe('');
    expect(existsSync(path.join(dir, 'other.json'))).toBe(true);
  });

  it.each([
    [['-f', 'json', '-f', 'stylish'], 'only one format can go to standard output, but json, stylish have no file'],
    [['--output-file', 'json'], '--output-file json: expected <format>=<path>'],
    [['--output-file', 'xml=a.xml'], "--output-file xml=a.xml: unknown format 'xml'"],
    [['-f', 'xml'], '--format xml: unknown format'],
    [['-f', 'json', '--output-file', 'stylish=/tmp/odlint-same.txt', '--output-file', 'json=/tmp/odlint-same.txt'], 'would both be written to /tmp/odlint-same.txt'],
    [['--output-file', 'json=/nonexistent-root-folder/sub/r.json', '-f', 'json', '-o', '/nonexistent-root-folder/x.json'], '--output names a file, but every format already has one'],
  ])('usage error: %j', (args, message) => {
    const r = odlint(['lint', 'fixtures', '--now', NOW, ...args]);
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('a file that cannot be written is exit 2, naming it and the format', () => {
    const r = odlint(['lint', 'fixtures', '--now', NOW, '--output-file', 'json=/proc/odlint-cannot/r.json']);
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/proc\/odlint-cannot\/r\.json: cannot write the json report/);
  });
});

describe('progress on a terminal', () => {
  it('shows a progress line and the slowest files on a TTY, on standard error only', () => {
    // `script` gives the child a pseudo-terminal; stdout goes to a file so the two streams can be told apart.
    const dir = makeTempDir('odlint-progress-');
    const report = path.join(dir, 'report.txt');
    const command = `${process.execPath} ${BIN} lint fixtures --now ${NOW} --output-file stylish=${report}`;
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: REPO_ROOT, env: cliEnv({ ODLINT_PROGRESS_AFTER_MS: '0' }), encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/odlint: reading fixtures\/treasury\/spending\.csv — \d+% of [\d.]+ MB, [\d.]+ s/);
    expect(r.stdout).toMatch(/odlint: 16 files read in [\d.]+ s; slowest: fixtures\/\S+ \([\d.]+ s\)/);
    // The report itself is the same bytes as without a terminal.
    expect(readFileSync(report, 'utf8')).toBe(plain('stylish').stdout);
  });

  it('shows nothing of it when standard error is not a terminal', () => {
    const r = odlint(['lint', 'fixtures', '--now', NOW], { env: { ODLINT_PROGRESS_AFTER_MS: '0' } });
    expect(r.stderr).toBe('');
  });
});
