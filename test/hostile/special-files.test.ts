// Issue 13, problem 10: special files and hostile standards are user mistakes — exit code 2 naming the file and
// why — never a hang, a silent pass or "internal error … this is a bug".
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, makeTempDir } from '../e2e/helpers.js';
import { NOW, expectUserError, run } from './helpers.js';

afterAll(cleanupTempDirs);

/** A YAML document whose aliases expand to 10^9 values: 'a' holds ten, each next level ten of the one before. */
export function aliasBomb(): string {
  const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i <= 9; i++) lines.push(`b${i}: &b${i} [${Array(10).fill(i === 1 ? '*a' : `*b${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

const hasMkfifo = (() => {
  try { execFileSync('mkfifo', ['--version'], { stdio: 'ignore' }); return true; } catch { return false; }
})();

describe('special files given as paths', () => {
  it.skipIf(!hasMkfifo)('a FIFO named on the command line: exit 2 "not a regular file", no hang', () => {
    const dir = makeTempDir('odlint-hostile-');
    execFileSync('mkfifo', [path.join(dir, 'data.csv')]);
    const r = run(['lint', 'data.csv', '--now', NOW, '--no-config'], dir, 15_000);
    expectUserError(r, 'data.csv', /not a regular file but a named pipe/);
  });

  it('/dev/zero: exit 2 naming it (it used to pass with exit 0, having read nothing)', () => {
    if (!existsSync('/dev/zero')) return;
    const r = run(['lint', '/dev/zero', '--now', NOW, '--no-config'], makeTempDir('odlint-hostile-'), 15_000);
    expectUserError(r, '/dev/zero', /not a regular file but a character device/);
  });

  it('a socket named on the command line: exit 2', async () => {
    const dir = makeTempDir('odlint-hostile-');
    const server = net.createServer();
    // A Unix socket path is limited to ~100 bytes: a relative name from the folder keeps it short.
    const sock = path.join(dir, 's.csv');
    if (sock.length > 100) return;
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      const r = run(['lint', 's.csv', '--now', NOW, '--no-config'], dir, 15_000);
      expectUserError(r, 's.csv', /not a regular file but a socket/);
    } finally {
      server.close();
    }
  });

  it('a FIFO inside a folder is not read (walking takes regular files only)', () => {
    if (!hasMkfifo) return;
    const dir = makeTempDir('odlint-hostile-');
    writeFileSync(path.join(dir, 'ok.csv'), 'id,name\n1,a\n');
    execFileSync('mkfifo', [path.join(dir, 'pipe.csv')]);
    const r = run(['lint', '.', '--now', NOW, '--no-config', '--format', 'json'], dir, 15_000);
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).not.toContain('pipe.csv');
  });
});

describe('YAML alias bombs', () => {
  it('in a standard: exit 2 naming the file and the reason, not an internal error', () => {
    const dir = makeTempDir('odlint-hostile-');
    writeFileSync(path.join(dir, 'bomb.yaml'), aliasBomb());
    writeFileSync(path.join(dir, 'a.csv'), 'id\n1\n');
    const r = run(['lint', 'a.csv', '--standard', './bomb.yaml', '--now', NOW, '--no-config'], dir, 15_000);
    expectUserError(r, 'bomb.yaml', /alias bomb/);
  });

  it('in a config file, found or named: exit 2 naming the file and the reason', () => {
    const dir = makeTempDir('odlint-hostile-');
    writeFileSync(path.join(dir, '.odlintrc.yaml'), aliasBomb());
    writeFileSync(path.join(dir, 'a.csv'), 'id\n1\n');
    expectUserError(run(['lint', 'a.csv', '--now', NOW], dir, 15_000), '.odlintrc.yaml', /alias bomb/);
    writeFileSync(path.join(dir, 'my.yaml'), aliasBomb());
    expectUserError(run(['lint', 'a.csv', '--config', 'my.yaml', '--now', NOW], dir, 15_000), 'my.yaml', /alias bomb/);
  });

  it('in a datapackage.yaml: a finding on the descriptor (data, exit 1), not an internal error', () => {
    const dir = makeTempDir('odlint-hostile-');
    writeFileSync(path.join(dir, 'datapackage.yaml'), aliasBomb());
    const r = run(['lint', '.', '--now', NOW, '--no-config', '--format', 'json'], dir, 15_000);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('datapackage.yaml');
    expect(r.stdout).not.toContain('internalError');
    expect(r.stderr).toBe('');
  });
});
