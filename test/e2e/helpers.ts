// Shared helpers of the end-to-end tests: run the real CLI as a child process, inspect its output, make temp inputs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { BIN, REPO_ROOT } from './setup.js';

export { BIN, REPO_ROOT };

/** The fixed reference date of the demo (fixtures/README.md): keeps every time-dependent check deterministic. */
export const NOW = '2026-11-27';

export interface RunResult {
  /** Exit code; null when the process was killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Raw standard output, for byte-for-byte comparisons. */
  stdoutBytes: Buffer;
}

/** The child's environment: no colour, English, nothing that would force it or change how node or odlint behave. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.ODLINT_DEBUG;
  delete env.NODE_OPTIONS;
  // Messages are in English unless a test asks for another language: the developer's locale does not leak in.
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.LANG;
  env.NO_COLOR = '1';
  return { ...env, ...extra };
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Command and arguments to run node through (e.g. setpriv to drop root privileges). */
  prefix?: string[];
}

/** Runs `node bin/odlint.js <args>` in the repo root (or opts.cwd) and waits for it. */
export function odlint(args: readonly string[], opts: RunOptions = {}): RunResult {
  const [cmd, ...pre] = opts.prefix?.length ? [...opts.prefix, process.execPath] : [process.execPath];
  const r = spawnSync(cmd!, [...pre, BIN, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    env: cliEnv(opts.env),
    encoding: 'buffer',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), stdoutBytes: r.stdout };
}

/** A V8 stack frame ("    at fn (file:1:2)" or "    at file:1:2"), or a path inside node's own sources. */
const STACK_FRAME = /\n\s+at .+\(.+:\d+:\d+\)/;
const BARE_STACK_FRAME = /^\s+at (?:async )?[^\s()]+:\d+:\d+$/m;

/** Asserts that neither stream shows a stack trace, node internals, or odlint's "internal error" (a bug) message. */
export function expectNoCrash(r: RunResult): void {
  for (const [name, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
    expect(text, `${name} shows a stack trace`).not.toMatch(STACK_FRAME);
    expect(text, `${name} shows a stack trace`).not.toMatch(BARE_STACK_FRAME);
    expect(text, `${name} mentions node internals`).not.toContain('node:internal');
    expect(text, `${name} reports an internal error`).not.toMatch(/internal error/i);
  }
  expect(r.signal, 'the process was killed by a signal').toBeNull();
}

// The report's types are the product's own: the JSON contract the CLI prints.
import type { Finding } from '../../src/model/finding.js';
import type { LintReport as Report } from '../../src/model/report.js';

export type { Finding, Report };

/** Runs `lint <args> --format json --now NOW` and parses the report (failing clearly if stdout is not JSON). */
export function lintJson(args: readonly string[], opts: RunOptions = {}): { run: RunResult; report: Report } {
  const run = odlint(['lint', ...args, '--format', 'json', '--now', NOW], opts);
  let report: Report;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch (err) {
    throw new Error(`stdout is not a JSON report (exit ${run.code}): ${(err as Error).message}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
  return { run, report };
}

/** The canonical order of findings the report schema promises: file, line, column, ruleId (no line/column first). */
export function compareFindingKeys(a: Finding, b: Finding): number {
  const str = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  const num = (x: number | undefined, y: number | undefined): number => (x === y ? 0 : x === undefined ? -1 : y === undefined ? 1 : x - y);
  return str(a.file, b.file) || num(a.line, b.line) || num(a.column, b.column) || str(a.ruleId, b.ruleId);
}

// ---- temporary inputs ---------------------------------------------------------------------------------------------

const tempDirs: string[] = [];

/** A fresh temp folder (removed by cleanupTempDirs). Readable by everyone, so a non-root user can walk into it. */
export function makeTempDir(label = 'odlint-e2e-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), label));
  chmodSync(dir, 0o755);
  tempDirs.push(dir);
  return dir;
}

/** Writes files (relative path → content) below dir, creating folders; returns absolute paths by relative path. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    out[rel] = abs;
  }
  return out;
}

export function cleanupTempDirs(): void {
  for (const dir of tempDirs.splice(0)) {
    try {
      // Restore permissions a test removed, so the folder can be deleted.
      const walk = (d: string): void => {
        chmodSync(d, 0o755);
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const abs = path.join(d, e.name);
          // Never through a link: chmod follows it, and a test's link may point at the repository itself.
          if (e.isDirectory()) walk(abs);
          else if (e.isFile()) chmodSync(abs, 0o644);
        }
      };
      walk(dir);
    } catch { /* best effort */ }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The last two segments of a path ("tmpdir/file.csv"): how a test recognises a temp file in odlint's display path. */
export function tail(abs: string): string {
  return `${path.basename(path.dirname(abs))}/${path.basename(abs)}`;
}

// ---- file trees -----------------------------------------------------------------------------------------------

export interface FileState { sha256: string; size: number; mtimeMs: number; mode: number }

/** Every file below dir (relative '/'-separated path → hash, size, mtime, mode). */
export function snapshotTree(dir: string): Map<string, FileState> {
  const out = new Map<string, FileState>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else {
        const st = statSync(abs);
        out.set(path.relative(dir, abs).split(path.sep).join('/'), {
          sha256: createHash('sha256').update(readFileSync(abs)).digest('hex'),
          size: st.size,
          mtimeMs: st.mtimeMs,
          mode: st.mode,
        });
      }
    }
  };
  walk(dir);
  return out;
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
