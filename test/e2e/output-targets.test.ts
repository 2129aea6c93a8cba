// What -o / --output-file do to the path they are given (issue 13, problems 1 and 11): a regular file or a new path is
// replaced atomically; a device or FIFO is written in place, never replaced; a symlink is written through to its
// target; a folder is refused. Ctrl-C leaves no temp file, and a run that fails leaves no report from an earlier run.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cleanupTempDirs, cliEnv, expectNoCrash, isRoot, makeTempDir, NOW, odlint, REPO_ROOT, writeTree, type Report } from './helpers.js';

afterAll(cleanupTempDirs);

const LINT = ['lint', 'fixtures/loose', '--now', NOW, '--no-config', '-f', 'json'];
let plain: string | undefined;
/** The report as standard output gets it (computed once). */
const expected = (): string => (plain ??= odlint(LINT).stdout);

interface AsyncRun { code: number | null; signal: NodeJS.Signals | null; stderr: string }

/** Starts the CLI without waiting; `done` resolves when it exits. */
function start(args: readonly string[], cwd = REPO_ROOT, env: Record<string, string> = {}): { pid: number; done: Promise<AsyncRun> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cliEnv(env), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
  const done = new Promise<AsyncRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { pid: child.pid!, done };
}

const temps = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('special output paths are never replaced', () => {
  it('-o to a FIFO writes the report into it (read concurrently); the FIFO stays a FIFO', async () => {
    const dir = makeTempDir('odlint-fifo-');
    const fifo = path.join(dir, 'report.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    let got = '';
    reader.stdout.on('data', (d: Buffer) => { got += d.toString('utf8'); });
    const readerDone = new Promise<void>((resolve) => reader.on('close', () => resolve()));
    const run = await start([...LINT, '-o', fifo]).done;
    await readerDone;
    expect(run.code, run.stderr).toBe(0);
    expect(got).toBe(expected());
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['report.fifo']);
  });

  it('-o to a symlink writes the report to its target; the link stays a link', () => {
    const dir = makeTempDir('odlint-link-');
    writeTree(dir, { 'reports/actual.json': 'old\n' });
    const link = path.join(dir, 'report.json');
    symlinkSync('reports/actual.json', link);
    const r = odlint([...LINT, '-o', link]);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('reports/actual.json');
    expect(readFileSync(path.join(dir, 'reports/actual.json'), 'utf8')).toBe(expected());
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'reports']);
    expect(readdirSync(path.join(dir, 'reports'))).toEqual(['actual.json']);
  });

  it('--output-file to a dangling symlink creates its target', () => {
    const dir = makeTempDir('odlint-link-');
    const link = path.join(dir, 'report.json');
    symlinkSync('target.json', link);
    const r = odlint([...LINT, '--output-file', `json=${link}`]);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'target.json'), 'utf8')).toBe(expected());
  });

  const devNullWritable = (() => {
    try {
      accessSync('/dev/null', constants.W_OK);
      return statSync('/dev/null').isCharacterDevice();
    } catch {
      return false;
    }
  })();
  // As root, a build that still replaces devices would replace the machine's /dev/null (it did, once, while this test
  // was checked against the old build). So the same run goes first to a device node made in a temp folder, and
  // /dev/null is written only when that one stayed a device.
  it.skipIf(!devNullWritable)('-o /dev/null and --output-file json=/dev/null write to the device; it stays a character device', () => {
    const flagsFor = (file: string): string[][] => [['-o', file], ['--output-file', `json=${file}`]];
    if (isRoot) {
      const dir = makeTempDir('odlint-dev-');
      const node = path.join(dir, 'null');
      expect(spawnSync('mknod', ['-m', '666', node, 'c', '1', '3']).status).toBe(0);
      for (const flags of flagsFor(node)) {
        odlint([...LINT, ...flags]);
        expect(lstatSync(node).isCharacterDevice(), 'a device node in a temp folder was replaced: /dev/null is not tried').toBe(true);
      }
      expect(readdirSync(dir)).toEqual(['null']);
    }
    const before = statSync('/dev/null');
    for (const flags of flagsFor('/dev/null')) {
      const r = odlint([...LINT, ...flags]);
      expectNoCrash(r);
      expect(r.code).toBe(0);
      const after = lstatSync('/dev/null');
      expect(after.isCharacterDevice()).toBe(true);
      expect(after.ino).toBe(before.ino);
      expect(after.rdev).toBe(before.rdev);
    }
    expect(readdirSync('/dev').filter((n) => n.startsWith('.null.'))).toEqual([]);
  });

  it('-o to a link to standard output (a pipe or socket here) writes to that stream; so does -o /dev/stdout', () => {
    // The temp link first: /dev/stdout is tried only when the link was written through, not replaced.
    const dir = makeTempDir('odlint-dev-');
    const link = path.join(dir, 'stdout');
    symlinkSync('/proc/self/fd/1', link);
    const viaLink = odlint([...LINT, '-o', link]);
    expect(lstatSync(link).isSymbolicLink(), 'the link was replaced: /dev/stdout is not tried').toBe(true);
    expect(viaLink.code, viaLink.stderr).toBe(0);
    expect(viaLink.stdout).toBe(expected());
    const r = odlint([...LINT, '-o', '/dev/stdout']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(expected());
    expect(lstatSync('/dev/stdout').isFile()).toBe(false);
  });

  it('-o to a socket is refused with exit 2 naming it', async () => {
    const dir = makeTempDir('odlint-sock-');
    const sock = path.join(dir, 's.sock');
    const net = await import('node:net');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      const r = odlint([...LINT, '-o', sock]);
      expectNoCrash(r);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('s.sock is a socket');
      expect(lstatSync(sock).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });
});

/** A CSV with one ragged row per line: tens of MB of JSON report with --max-findings-per-rule 0, and a slow run. */
function bigInput(dir: string, rows: number): string {
  const csv = path.join(dir, 'big.csv');
  writeFileSync(csv, `id,name\n${Array.from({ length: rows }, (_, i) => `${i},a,b\n`).join('')}`);
  return csv;
}

describe('interrupted runs leave no temp file and no report', () => {
  it('SIGINT while the report is being written: no temp file stays', async () => {
    const dir = makeTempDir('odlint-sigint-');
    const csv = bigInput(dir, 60_000);
    const out = path.join(dir, 'out');
    writeTree(out, { keep: '' });
    // Send SIGINT the moment the temp file appears, between its creation and the rename.
    const run = start(['lint', csv, '--now', NOW, '--no-config', '-f', 'json', '--max-findings-per-rule', '0', '-o', path.join(out, 'report.json')]);
    const watcher = watch(out, (_event, name) => {
      if (name?.endsWith('.tmp')) {
        watcher.close();
        process.kill(run.pid, 'SIGINT');
      }
    });
    const r = await run.done;
    watcher.close();
    expect(r.signal).toBeNull();
    expect([130, 1]).toContain(r.code); // interrupted (130), or it had just finished (the report is whole)
    expect(temps(out)).toEqual([]);
    if (existsSync(path.join(out, 'report.json'))) expect(() => JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'))).not.toThrow();
  }, 60_000);

  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s during a slow run: exit %i, no temp file, and no report (the old one is gone)', async (signal, code) => {
    const dir = makeTempDir('odlint-sigint-');
    const csv = bigInput(dir, 60_000);
    const out = path.join(dir, 'out');
    const report = path.join(out, 'report.json');
    writeTree(out, { 'report.json': '{"stale": true}\n' });
    const run = start(['lint', csv, '--now', NOW, '--no-config', '-f', 'json', '--max-findings-per-rule', '0', '-o', report]);
    // The run removes the old report when it starts linting: interrupt it then.
    const watcher = watch(out, () => {
      if (!existsSync(report)) {
        watcher.close();
        process.kill(run.pid, signal);
      }
    });
    const r = await run.done;
    watcher.close();
    expect(r.signal).toBeNull();
    expect(r.code).toBe(code);
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);
});

describe('a failed run leaves no stale report', () => {
  it('a standard that cannot be loaded (exit 2): the old reports are removed, inputs untouched', () => {
    const dir = makeTempDir('odlint-stale-');
    const files = writeTree(dir, { 'report.json': '{"old": true}\n', 'out/r.sarif': '{}\n', 'standard/standard.yaml': 'id: [unclosed\n' });
    const r = odlint([...LINT, '--standard', path.join(dir, 'standard'), '-o', files['report.json']!, '--output-file', `sarif=${files['out/r.sarif']}`]);
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(existsSync(files['report.json']!)).toBe(false);
    expect(existsSync(files['out/r.sarif']!)).toBe(false);
    expect(readFileSync(files['standard/standard.yaml']!, 'utf8')).toBe('id: [unclosed\n');
  });

  it('nothing to lint (exit 2): the old report is removed', () => {
    const dir = makeTempDir('odlint-stale-');
    const files = writeTree(dir, { 'empty/.keep': '', 'report.json': '{"old": true}\n' });
    const r = odlint(['lint', path.join(dir, 'empty'), '--now', NOW, '--no-config', '-f', 'json', '-o', files['report.json']!]);
    expect(r.code).toBe(2);
    expect(existsSync(files['report.json']!)).toBe(false);
  });

  it('an internal error (exit 2): the old report is removed; through a symlink, its target is (the link stays)', () => {
    const dir = makeTempDir('odlint-stale-');
    const files = writeTree(dir, { 'data/boom.csv': 'id\n1\n', 'old/target.json': '{"old": true}\n', 'report.json': '{"old": true}\n' });
    symlinkSync(files['old/target.json']!, path.join(dir, 'link.json'));
    // A failure odlint cannot foresee, injected reliably: reading boom.csv throws a plain Error inside the run.
    const inject = path.join(dir, 'inject.mjs');
    writeFileSync(inject, [
      "import fs from 'node:fs';",
      "import { syncBuiltinESMExports } from 'node:module';",
      'for (const name of ["statSync", "openSync", "readFileSync", "createReadStream"]) {',
      '  const orig = fs[name];',
      '  fs[name] = function (p, ...rest) { if (String(p).endsWith("boom.csv")) throw new Error("injected failure"); return orig.call(this, p, ...rest); };',
      '}',
      'syncBuiltinESMExports();',
    ].join('\n'));
    const r = odlint(['lint', path.join(dir, 'data'), '--now', NOW, '--no-config', '-f', 'json', '-o', files['report.json']!, '--output-file', `sarif=${path.join(dir, 'link.json')}`], { env: { NODE_OPTIONS: `--import=${pathToFileURL(inject).href}` } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('internal error: injected failure');
    expect(existsSync(files['report.json']!)).toBe(false);
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(existsSync(files['old/target.json']!)).toBe(false);
    expect(readFileSync(files['data/boom.csv']!, 'utf8')).toBe('id\n1\n');
  });

  // Commander rejects these before the run starts; the reports named anywhere on the command line go all the same.
  it.each([
    ['an unknown format', ['-o', 'report.json', '--format', 'nosuch', '--output-file', 'sarif=out/r.sarif'], /--format nosuch: unknown format/],
    ['an unknown option', ['-o', 'report.json', '--nosuch', '--output-file', 'sarif=out/r.sarif'], /unknown option '--nosuch'/],
    ['a bad value before the paths', ['--now', 'notadate', '-o', 'report.json', '--output-file=sarif=out/r.sarif'], /argument 'notadate' is invalid/],
    ['a bad value between them', ['-oreport.json', '--jobs', '0', '--output-file', 'sarif=out/r.sarif'], /argument '0' is invalid/],
    ['a missing value after them', ['--output=report.json', '--output-file', 'sarif=out/r.sarif', '--max-warnings'], /'--max-warnings <n>' argument missing/],
  ])('%s on the command line (exit 2): the old reports are removed, the data untouched', (_, flags, message) => {
    const dir = makeTempDir('odlint-stale-');
    const files = writeTree(dir, { 'report.json': '{"old": true}\n', 'out/r.sarif': '{}\n', 'data.csv': 'id\n1\n' });
    const r = odlint(['lint', 'data.csv', '--no-config', ...flags], { cwd: dir });
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(files['report.json']!)).toBe(false);
    expect(existsSync(files['out/r.sarif']!)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['data.csv', 'out']);
    expect(readFileSync(files['data.csv']!, 'utf8')).toBe('id\n1\n');
  });

  it('an argument error removes only what a report would replace: a link\'s target (the link stays), never a FIFO, nothing for a missing path', () => {
    const dir = makeTempDir('odlint-stale-');
    const files = writeTree(dir, { 'old/target.json': '{"old": true}\n', 'after.json': '{"after": true}\n', 'data.csv': 'id\n1\n' });
    symlinkSync('old/target.json', path.join(dir, 'link.json'));
    expect(spawnSync('mkfifo', [path.join(dir, 'report.fifo')]).status).toBe(0);
    const r = odlint(['lint', 'data.csv', '--no-config', '--output-file', 'json=link.json', '--output-file', 'sarif=report.fifo', '--nosuch', '--output-file', 'junit=after.json', '-o'], { cwd: dir });
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(existsSync(files['old/target.json']!)).toBe(false);
    expect(lstatSync(path.join(dir, 'report.fifo')).isFIFO()).toBe(true);
    // after.json is named after the unknown option: removed too. The -o with no path names nothing.
    expect(existsSync(files['after.json']!)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['data.csv', 'link.json', 'old', 'report.fifo']);
  });

  it('a run with findings (exit 1) writes its report as usual', () => {
    const dir = makeTempDir('odlint-stale-');
    const { 'report.json': out } = writeTree(dir, { 'report.json': '{"old": true}\n' });
    const r = odlint(['lint', 'fixtures', '--now', NOW, '--no-config', '-f', 'json', '-o', out!]);
    expect(r.code).toBe(1);
    expect((JSON.parse(readFileSync(out!, 'utf8')) as Report).summary.errors).toBeGreaterThan(0);
  });
});
