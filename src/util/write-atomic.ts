import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes a report so that readers never see half a file: a temporary file beside it, then a rename. */
export function writeFileAtomic(file: string, content: string): void {
  const abs = path.resolve(file);
  ensureDir(path.dirname(abs));
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, abs);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
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
