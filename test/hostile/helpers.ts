// Shared helpers of the hostile-input suite: run the real CLI with a time bound, and assert it neither crashed nor
// called a fault of the input a bug. Every case is generated at test time in a temporary folder.
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { BIN, NOW, REPO_ROOT, cliEnv, expectNoCrash, type Report, type RunResult } from '../e2e/helpers.js';

export { NOW, REPO_ROOT };

/** Runs `node bin/odlint.js <args>` in cwd, killed after timeoutMs (a hang fails the test instead of stalling CI). */
export function run(args: readonly string[], cwd: string, timeoutMs = 20_000): RunResult & { ms: number } {
  const started = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: cliEnv(), encoding: 'buffer', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  const ms = Date.now() - started;
  if (r.error && (r.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw r.error;
  expect(r.signal, `odlint ${args.join(' ')} did not end within ${timeoutMs} ms`).toBeNull();
  return { code: r.status, signal: r.signal, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), stdoutBytes: r.stdout, ms };
}

/** `lint <args> --format json`: asserts no crash, an exit code of 0 or 1 (the input's own problems), and no internal-error finding. */
export function lintData(args: readonly string[], cwd: string, timeoutMs = 20_000): { run: RunResult & { ms: number }; report: Report } {
  const r = run(['lint', ...args, '--format', 'json', '--now', NOW, '--no-config', '--jobs', '1'], cwd, timeoutMs);
  expectNoCrash(r);
  expect([0, 1], `exit code ${r.code}; stderr: ${r.stderr.slice(0, 500)}`).toContain(r.code);
  const report = JSON.parse(r.stdout) as Report;
  const internal = report.findings.filter((f) => f.messageId === 'internalError');
  expect(internal, 'internal-error findings').toEqual([]);
  return { run: r, report };
}

/** Asserts a user mistake: exit code 2, a message naming `name` on stderr, no stack trace, nothing on stdout. */
export function expectUserError(r: RunResult, name: string, reason: RegExp): void {
  expectNoCrash(r);
  expect(r.code, `stderr: ${r.stderr}`).toBe(2);
  expect(r.stderr).toContain(name);
  expect(r.stderr).toMatch(reason);
}
