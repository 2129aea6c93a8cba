// Confinement: every file odlint reads on behalf of data, metadata or a standard must really be inside its root (the
// package folder, the standard's folder …), symbolic links resolved, so a link cannot lead a read anywhere else.
import { realpathSync } from 'node:fs';
import path from 'node:path';

function real(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** Whether `inner` is `outer` or below it (both absolute, already resolved). */
export function isWithin(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/**
 * Where `file` really is, with the root's real path: 'inside' (or a path that does not exist yet: nothing to read
 * there), or 'outside' when its real path leaves the root (through a symbolic link, or an absolute or '..' path).
 */
export function confine(file: string, root: string): { outside: boolean; real?: string } {
  const r = real(file);
  if (r === undefined) return { outside: false };
  const rootReal = real(root) ?? path.resolve(root);
  return { outside: !isWithin(r, rootReal), real: r };
}
