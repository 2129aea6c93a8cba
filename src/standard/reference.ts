// Where a standard named by `--standard`, a config's `standard:` or a standard's `extends:` lives: a bundled standard
// by its name, a file or folder, or an npm package that ships one.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { OdlintError } from '../util/errors.js';
import { PACKAGE_ROOT } from '../util/package-root.js';
import { confine } from '../util/confine.js';

/** The standards that come with odlint, by the name `extends:` and `standard:` may use. */
export const BUNDLED_STANDARDS: Readonly<Record<string, string>> = {
  'national-open-data': path.join(PACKAGE_ROOT, 'rules'),
};
export const BUNDLED_STANDARD = BUNDLED_STANDARDS['national-open-data']!;

export const ROOT_NAMES = ['standard.yaml', 'standard.yml', 'standard.json'];

/** npm package names, optionally scoped, with an optional sub-path inside the package. */
const NPM_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*(\/.+)?$/;

/** Finds the root file of a standard given its folder or the file itself. `label` prefixes messages. */
export function resolveStandardRoot(target: string, label: string): string {
  if (!existsSync(target)) {
    throw new OdlintError(`${label}: no such file or folder.`, 'Give the folder of a standard (with a standard.yaml) or its root file.');
  }
  if (statSync(target).isDirectory()) {
    for (const name of ROOT_NAMES) if (existsSync(path.join(target, name))) return path.join(target, name);
    throw new OdlintError(`${label}: this folder has no ${ROOT_NAMES.join(' / ')}, so it is not a standard.`, 'Point at a standard folder or its root file.');
  }
  return target;
}

/** The package folder of an installed npm package, looked up in node_modules from `fromDir` upward as Node does. */
function findPackage(name: string, fromDir: string): string | undefined {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Resolves a reference to the root file of a standard. Order: a bundled name, then a path relative to `fromDir` that
 * exists, then an installed npm package (its package.json `odlintStandard` names the standard's folder or root file
 * inside it; otherwise the package root holds standard.yaml). `label` says who asked, for messages.
 */
export function resolveStandardReference(ref: string, fromDir: string, label: string): string {
  return locateStandard(ref, fromDir, label).file;
}

/** A standard's root file and its home: the folder its own files (includes, vocabularies) must stay inside. */
export interface StandardLocation {
  file: string;
  /** The npm package folder for a standard installed as a package, else the root file's folder. */
  home: string;
  /** Named by a path (not a bundled name or an npm package): a config may only name one inside its project. */
  byPath?: boolean;
}

/** As resolveStandardReference, with the standard's home folder. */
export function locateStandard(ref: string, fromDir: string, label: string): StandardLocation {
  const at = (file: string, home = path.dirname(file)): StandardLocation => {
    // A package's standard is the package's own: a sub-path or odlintStandard leading out of it is not read.
    if (home !== path.dirname(file) && confine(file, home).outside) {
      throw new OdlintError(`${label} ${ref}: the standard's root file ${file} is outside its npm package ${home} (a symbolic link or a path leading out of it), so it was not read.`, "Set 'odlintStandard' to a path inside the package.");
    }
    return { file, home };
  };
  const bundled = Object.hasOwn(BUNDLED_STANDARDS, ref) ? BUNDLED_STANDARDS[ref] : undefined;
  if (bundled) return at(resolveStandardRoot(bundled, `${label} ${ref}`));
  const asPath = path.resolve(fromDir, ref);
  // A package's sub-path may end in .yaml too ('@gov/stds/health/strict.yaml'): only a path that exists, starts with
  // '.' or is absolute is read as a path before npm is tried.
  const looksLikePath = ref.startsWith('.') || path.isAbsolute(ref) || ref.includes('\\');
  if (existsSync(asPath) || looksLikePath || !NPM_NAME.test(ref)) return { ...at(resolveStandardRoot(asPath, `${label} ${ref}`)), byPath: true };

  const parts = ref.split('/');
  const name = ref.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  const subPath = parts.slice(ref.startsWith('@') ? 2 : 1).join('/');
  const pkg = findPackage(name, fromDir);
  if (!pkg) {
    throw new OdlintError(
      `${label} ${ref}: no such file or folder, bundled standard or installed npm package.`,
      `Bundled standards: ${Object.keys(BUNDLED_STANDARDS).join(', ')}. A path is relative to ${fromDir === process.cwd() ? 'the current folder' : fromDir}; a package must be installed (npm install ${name}).`,
    );
  }
  if (subPath) return at(resolveStandardRoot(path.join(pkg, subPath), `${label} ${ref}`), pkg);
  let declared: unknown;
  try {
    declared = (JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { odlintStandard?: unknown }).odlintStandard;
  } catch (err) {
    throw new OdlintError(`${label} ${ref}: the package's package.json cannot be read (${(err as Error).message}).`);
  }
  if (declared !== undefined && typeof declared !== 'string') {
    throw new OdlintError(`${label} ${ref}: the package's package.json has an 'odlintStandard' that is not a path.`, "Set 'odlintStandard' to the standard's folder or root file, relative to the package.");
  }
  return at(resolveStandardRoot(declared ? path.join(pkg, declared) : pkg, `${label} ${ref} (npm package at ${pkg})`), pkg);
}
