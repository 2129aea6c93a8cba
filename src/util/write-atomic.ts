import { closeSync, constants, existsSync, lstatSync, mkdirSync, openSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { OdlintError } from './errors.js';

// Writing outputs (reports, baselines, init's files) without clobbering what the path names: a regular file (or a new
// path) is replaced atomically (temp file beside it, then a rename) so readers never see half a file; a character
// device (/dev/null) or FIFO is written in place, never replaced; a symlink is written through to its target;
// anything else (a folder, a socket, a block device) is refused.

/** Temp files being written right now: removed when the process is interrupted (see removeTempFiles). */
const liveTemps = new Set<string>();

/** Removes every temp file this process is writing; the CLI calls it on SIGINT / SIGTERM before exiting. */
export function removeTempFiles(): void {
  for (const tmp of liveTemps) rmSync(tmp, { force: true });
  liveTemps.clear();
}

/** Where and how a path is written. */
type Plan =
  | { kind: 'replace'; file: string }
  | { kind: 'in-place'; file: string; fifo: boolean }
  | { kind: 'fd'; fd: number };

/** Standard streams by name: written to the open descriptor (as shells do), so `>> log` is appended to, not replaced. */
function descriptorOf(abs: string): number | undefined {
  if (abs === '/dev/stdout') return 1;
  if (abs === '/dev/stderr') return 2;
  const m = /^\/(?:dev\/fd|proc\/self\/fd)\/(\d+)$/.exec(abs);
  return m ? Number(m[1]) : undefined;
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function refuse(file: string, what: string): never {
  throw new OdlintError(`${file} is ${what}, not a file odlint can write a report to.`, 'Give the path of a regular file (or a new one), a character device such as /dev/null, or a FIFO.');
}

/** Follows a symlink chain to the path it ends at, even when that path does not exist yet (a dangling link). */
function linkTarget(link: string): string {
  let at = link;
  for (let hops = 0; hops < 40; hops++) {
    const st = lstatOrUndefined(at);
    if (!st?.isSymbolicLink()) return at;
    at = path.resolve(path.dirname(at), readlinkSync(at));
  }
  throw new OdlintError(`${link}: too many levels of symbolic links.`, 'Point the output at a regular file.');
}

/** Decides how to write a path, without changing anything. */
function planWrite(file: string): Plan {
  const abs = path.resolve(file);
  const fd = descriptorOf(abs);
  if (fd !== undefined) return { kind: 'fd', fd };
  const st = lstatOrUndefined(abs);
  if (st === undefined || st.isFile()) return { kind: 'replace', file: abs };
  if (st.isCharacterDevice() || st.isFIFO()) return { kind: 'in-place', file: abs, fifo: st.isFIFO() };
  if (st.isSymbolicLink()) {
    // A link to a standard stream (/proc/self/fd/1), which may be a socket: write to the open descriptor.
    const linked = descriptorOf(path.resolve(path.dirname(abs), readlinkSync(abs)));
    if (linked !== undefined) return { kind: 'fd', fd: linked };
    let target: Stats | undefined;
    try {
      target = statSync(abs);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    // A dangling link: create its target. A link to a regular file: replace the target, the link stays a link.
    if (target === undefined) return { kind: 'replace', file: linkTarget(abs) };
    if (target.isFile()) return { kind: 'replace', file: realpathSync(abs) };
    // /dev/stdout → /proc/self/fd/1 → a pipe: open the link, which reaches the device or FIFO.
    if (target.isCharacterDevice() || target.isFIFO()) return { kind: 'in-place', file: abs, fifo: target.isFIFO() };
    refuse(abs, target.isDirectory() ? 'a link to a folder' : 'a link to a socket or block device');
  }
  refuse(abs, st.isDirectory() ? 'a folder' : st.isSocket() ? 'a socket' : 'a block device');
}

/** The temp file beside a file, created exclusively (a link planted at its name is never followed). */
function openTemp(abs: string): { tmp: string; fd: number } {
  ensureDir(path.dirname(abs));
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.tmp`);
  rmSync(tmp, { force: true });
  liveTemps.add(tmp);
  try {
    return { tmp, fd: openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666) };
  } catch (err) {
    liveTemps.delete(tmp);
    throw err;
  }
}

function writeAll(fd: number, content: string): void {
  const buf = Buffer.from(content);
  for (let off = 0; off < buf.length;) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (err) {
      // A standard stream that is a non-blocking pipe: wait for the reader.
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
    }
  }
}

function replaceAtomically(abs: string, content: string): void {
  const { tmp, fd } = openTemp(abs);
  try {
    try {
      writeAll(fd, content);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, abs);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    liveTemps.delete(tmp);
  }
}

/**
 * Writes a file synchronously (baselines, init's files): atomically where it is a regular file or a new path, in place
 * on a character device; a FIFO is refused (a baseline or a descriptor read by a pipe makes no sense, and waiting for
 * a reader would block the process).
 */
export function writeFileAtomic(file: string, content: string): void {
  const plan = planWrite(file);
  if (plan.kind === 'replace') return replaceAtomically(plan.file, content);
  if (plan.kind === 'fd') return writeAll(plan.fd, content);
  if (plan.fifo) refuse(plan.file, 'a FIFO (named pipe)');
  const fd = openSync(plan.file, constants.O_WRONLY);
  try {
    writeAll(fd, content);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a report: as writeFileAtomic, but a FIFO is written too, once a reader opens it. That open is asynchronous so
 * that Ctrl-C still ends a run that waits for a reader.
 */
export async function writeOutput(file: string, content: string): Promise<void> {
  const plan = planWrite(file);
  if (plan.kind !== 'in-place' || !plan.fifo) return writeFileAtomic(file, content);
  const handle = await open(plan.file, constants.O_WRONLY);
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}

/**
 * Removes a report left by an earlier run, so that a run that fails (or is interrupted) leaves none where it was asked
 * to write one. Only a regular file is removed (through a symlink: its target; the link stays); devices, FIFOs and
 * anything else are left alone. Never throws: a report that cannot be removed is reported when it is written.
 */
export function removeStaleOutput(file: string): void {
  try {
    const plan = planWrite(file);
    if (plan.kind === 'replace') rmSync(plan.file, { force: true });
  } catch {
    // Not ours to judge here: writing it later says what is wrong.
  }
}

/**
 * Creates a folder and its missing parents one level at a time. Node 20's mkdirSync({ recursive: true }) never returns
 * where a parent refuses new folders with ENOENT (under /proc, say); this throws that error instead.
 */
function ensureDir(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}
