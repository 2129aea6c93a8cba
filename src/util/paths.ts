import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** A path for reports: relative to the working directory, with '/' separators on every platform. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, absolute);
  const shown = rel === '' ? '.' : rel.startsWith('..') && path.isAbsolute(absolute) && rel.split(path.sep).filter((p) => p === '..').length > 3 ? absolute : rel;
  return shown.split(path.sep).join('/');
}

/** The nearest folder at or above `dir` holding .git: where the upward search for a config stops, and the root fingerprints and
 * code-scanning paths are relative to. */
export function repositoryRoot(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** Whether the path names a regular file (following links); false when it names nothing. */
export function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
