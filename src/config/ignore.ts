// Which files and folders are never linted: node_modules and version-control folders by default, plus the config's
// ignorePatterns and --ignore-pattern, read the way .gitignore reads its patterns (without negation).
import path from 'node:path';
import { compileGlob, GlobError, type GlobMatcher } from '../util/glob.js';
import { OdlintError } from '../util/errors.js';

/** Folders never linted unless --no-ignore: dependencies and version control. */
export const DEFAULT_IGNORED_DIRS = ['node_modules', '.git', '.hg', '.svn'];

export interface IgnorePattern {
  pattern: string;
  /** Folder the pattern is relative to (the config file's, or the working directory for --ignore-pattern). */
  baseDir: string;
  /** Where it comes from, for messages: "ignorePatterns in .odlintrc.yaml:4", "--ignore-pattern", "default". */
  source: string;
}

export interface CompiledPattern extends IgnorePattern {
  re: GlobMatcher;
  dirOnly: boolean;
}

/** Why a path is ignored. */
export interface IgnoreReason {
  pattern: string;
  source: string;
}

export class IgnoreRules {
  private readonly compiled: CompiledPattern[];

  constructor(patterns: IgnorePattern[], defaults = true) {
    const all = defaults ? [...DEFAULT_IGNORED_DIRS.map((d) => ({ pattern: `${d}/`, baseDir: '/', source: 'default' })), ...patterns] : patterns;
    this.compiled = all.map((p) => compilePathPattern(p));
  }

  /** The first pattern that ignores this absolute path (itself, or a folder it is in), if any. */
  ignored(abs: string, isDir = false): IgnoreReason | undefined {
    const p = this.compiled.find((c) => matchesPath(c, abs, isDir));
    return p && { pattern: p.pattern, source: p.source };
  }
}

/** Whether a pattern matches a path, or a folder the path is in (a pattern naming a folder covers what it holds). */
export function matchesPath(p: CompiledPattern, abs: string, isDir = false): boolean {
  const rel = (p.baseDir === '/' ? defaultBase(abs) : path.relative(p.baseDir, abs)).split(path.sep).join('/');
  if (rel === '' || rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) return false;
  const parts = rel.split('/');
  for (let n = parts.length; n >= 1; n--) {
    const isFolder = n < parts.length || isDir;
    if (p.dirOnly && !isFolder) continue;
    if (p.re.test(parts.slice(0, n).join('/'))) return true;
  }
  return false;
}

/**
 * What the default patterns (base '/') are matched against: the path below the working directory when it is inside
 * it, so a project that itself sits inside a node_modules folder is still linted; else the whole path.
 */
function defaultBase(abs: string): string {
  const below = path.relative(process.cwd(), abs);
  return below !== '' && !below.startsWith('..') && !path.isAbsolute(below) ? below : abs.replace(/^[/\\]+/, '');
}

export const GLOB_HINT = "Globs use *, **, ?, {a,b} and classes such as [a-z] or [!0-9], with each range in order.";

/** Compiles a pattern read as .gitignore reads one (no negation). */
export function compilePathPattern(p: IgnorePattern): CompiledPattern {
  let glob = p.pattern.trim().split(path.sep).join('/');
  if (glob.startsWith('!')) {
    throw new OdlintError(`${p.source}: the pattern '${p.pattern}' is negated ('!'), which odlint does not support.`, 'List only what to ignore; narrow a pattern instead of re-including files.');
  }
  const dirOnly = glob.endsWith('/');
  glob = glob.replace(/\/+$/, '');
  // Like .gitignore: a pattern with a slash (other than at its end) is relative to its base; one without matches at
  // any depth. A leading './' anchors too ('./data' is the base's data folder), and is then dropped.
  const anchored = glob.includes('/');
  glob = glob.replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  if (glob === '') throw new OdlintError(`${p.source}: the pattern '${p.pattern}' is empty.`);
  try {
    return { ...p, re: compileGlob(anchored ? glob : `**/${glob}`), dirOnly };
  } catch (err) {
    if (!(err instanceof GlobError)) throw err;
    throw new OdlintError(`${p.source}: the pattern '${p.pattern}' is not a valid glob: ${err.message}.`, GLOB_HINT);
  }
}
