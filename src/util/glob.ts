// Minimal glob support for path arguments (Node 20 has no fs.glob): *, ?, **, [abc] and {a,b}.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { RE2JS } from 're2js';

export const GLOB_CHARS = /[*?[\]{}]/;

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/** What compileGlob gives: test() runs in time linear in the path, whatever the glob. */
export interface GlobMatcher {
  test(relativePath: string): boolean;
}

/** A glob odlint cannot read, such as a class with its range backwards ([z-a]). */
export class GlobError extends Error {}

/**
 * Compiles a glob over '/'-separated relative paths. The translation is a regular expression run on RE2 (re2js), not
 * on JavaScript's backtracking engine: a glob from a config or the command line with many '*' must not take
 * exponential time (16 stars took 81 s; picomatch's regexes backtrack the same way).
 */
export function compileGlob(glob: string): GlobMatcher {
  const source = `^${globToRegExpSource(glob)}$`;
  try {
    const re = RE2JS.compile(source, RE2JS.DOTALL);
    return { test: (s) => re.test(s) };
  } catch (err) {
    throw new GlobError((err as Error).message.replace(/^error parsing regexp: /, '').replace(/`/g, "'"));
  }
}

/** The regular expression (RE2 syntax) for a glob: *, ?, **, [abc], [!abc] and {a,b}. */
export function globToRegExpSource(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) re += '\\[';
      else { re += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`; i = end; }
    } else if (c === '{') {
      const end = glob.indexOf('}', i + 1);
      if (end === -1) re += '\\{';
      // Each alternative is a glob itself ({*.csv,*.json}).
      else { re += `(?:${glob.slice(i + 1, end).split(',').map(globToRegExpSource).join('|')})`; i = end; }
    } else re += /[.+^$()|\\/\]}]/.test(c) ? `\\${c}` : c;
  }
  return re;
}

/** Expands a glob relative to cwd into absolute paths of the files it matches, sorted. */
export function expandGlob(pattern: string, cwd: string, skipDir: (absoluteDir: string) => boolean): string[] {
  const normalised = pattern.split(path.sep).join('/');
  const parts = normalised.split('/');
  const staticParts: string[] = [];
  for (const p of parts) { if (isGlob(p)) break; staticParts.push(p); }
  const base = path.resolve(cwd, staticParts.join('/') || '.');
  const rest = parts.slice(staticParts.length).join('/');
  const matcher = compileGlob(rest);
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) { if (!skipDir(abs)) walk(abs, childRel); }
      else if (matcher.test(childRel)) out.push(abs);
    }
  };
  walk(base, '');
  return out.sort();
}
