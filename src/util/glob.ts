// Minimal glob support for path arguments (Node 20 has no fs.glob): *, ?, **, [abc] and {a,b}.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const GLOB_CHARS = /[*?[\]{}]/;

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/** Converts a glob to a regular expression over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
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
      else { re += `(?:${glob.slice(i + 1, end).split(',').map((s) => s.replace(/[.+^$()|\\]/g, '\\$&')).join('|')})`; i = end; }
    } else re += c.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Expands a glob relative to cwd into absolute paths of the files it matches, sorted. */
export function expandGlob(pattern: string, cwd: string, skipDir: (absoluteDir: string) => boolean): string[] {
  const normalised = pattern.split(path.sep).join('/');
  const parts = normalised.split('/');
  const staticParts: string[] = [];
  for (const p of parts) { if (isGlob(p)) break; staticParts.push(p); }
  const base = path.resolve(cwd, staticParts.join('/') || '.');
  const rest = parts.slice(staticParts.length).join('/');
  const matcher = globToRegExp(rest);
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
