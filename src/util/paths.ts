import path from 'node:path';

/** A path for reports: relative to the working directory, with '/' separators on every platform. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, absolute);
  const shown = rel === '' ? '.' : rel.startsWith('..') && path.isAbsolute(absolute) && rel.split(path.sep).filter((p) => p === '..').length > 3 ? absolute : rel;
  return shown.split(path.sep).join('/');
}
