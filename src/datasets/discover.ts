// Turns the paths given on the command line into datasets: Data Packages first, then data files no package claims.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../model/dataset.js';
import { loadMetadataFile } from './metadata-file.js';
import { loneFileDataset } from './lone-file.js';
import { DATA_PACKAGE_NAME } from './datapackage.js';
import { formatOf } from './format-of.js';
import { expandGlob, isGlob } from '../util/glob.js';
import { OdlintError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { IgnoreRules } from '../config/ignore.js';

/** JSON files that are configuration or metadata, never datasets, when met while walking a folder. */
const NOT_DATA = /^(package(-lock)?\.json|tsconfig.*\.json|\.odlintrc\.json|\.odlint-baseline\.json|composer\.json|tableschema\.json|schema\.json|.*\.schema\.json|dialect\.json)$/i;

/** What is not linted: by default, dependencies and version-control folders (see src/config/ignore.ts). */
export interface IgnoreTest {
  ignored(abs: string, isDir?: boolean): { pattern: string; source: string } | undefined;
}
const DEFAULT_IGNORE: IgnoreTest = new IgnoreRules([]);

function isDataFile(name: string): boolean {
  return formatOf(undefined, name).format !== 'other' && !NOT_DATA.test(name);
}

function walk(dir: string, out: { metadata: string[]; data: string[] }, ignore: IgnoreTest): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new OdlintError(`${displayPath(dir)}: cannot read the folder (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!ignore.ignored(abs, true)) walk(abs, out, ignore);
    } else if (e.isFile()) {
      if (ignore.ignored(abs)) continue;
      if (DATA_PACKAGE_NAME.test(e.name)) out.metadata.push(abs);
      else if (isDataFile(e.name)) out.data.push(abs);
    }
  }
}

/** Finds the nearest datapackage.json in the file's folder or above it, up to the filesystem root. */
function findOwningPackage(file: string): string | undefined {
  let dir = path.dirname(file);
  for (;;) {
    const candidate = path.join(dir, 'datapackage.json');
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch { /* keep looking */ }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface Discovery {
  datasets: Dataset[];
  /** Paths given explicitly that are ignored, with why: they are not linted, and the user should be told. */
  ignored: { path: string; pattern: string; source: string }[];
}

export interface DiscoverOptions {
  ignore?: IgnoreTest;
}

export function discover(paths: string[], cwd = process.cwd(), options: DiscoverOptions = {}): Discovery {
  const ignore = options.ignore ?? DEFAULT_IGNORE;
  const ignoredArgs: Discovery['ignored'] = [];
  const metadata = new Set<string>();
  const data = new Set<string>();
  const explicitData = new Set<string>();
  for (const arg of paths.length ? paths : ['.']) {
    const abs = path.resolve(cwd, arg);
    let stat;
    try { stat = statSync(abs); } catch { stat = undefined; }
    if (!stat && isGlob(arg)) {
      const all = expandGlob(arg, cwd, (dir) => ignore.ignored(dir, true) !== undefined);
      if (all.length === 0) throw new OdlintError(`${arg}: the pattern matches no files.`, 'Check the pattern; quote it so the shell does not expand it first.');
      const matches = all.filter((m) => !ignore.ignored(m));
      if (matches.length === 0) {
        const why = ignore.ignored(all[0]!)!;
        ignoredArgs.push({ path: arg, ...why });
        continue;
      }
      for (const m of matches) {
        if (DATA_PACKAGE_NAME.test(path.basename(m))) metadata.add(m);
        else { data.add(m); explicitData.add(m); }
      }
      continue;
    }
    if (!stat) throw new OdlintError(`${arg}: no such file or folder.`, 'Give files, folders or glob patterns to lint.');
    const why = ignore.ignored(abs, stat.isDirectory());
    if (why) {
      ignoredArgs.push({ path: arg, ...why });
      continue;
    }
    if (stat.isDirectory()) {
      const found = { metadata: [] as string[], data: [] as string[] };
      walk(abs, found, ignore);
      found.metadata.forEach((m) => metadata.add(m));
      found.data.forEach((d) => data.add(d));
    } else if (DATA_PACKAGE_NAME.test(path.basename(abs))) {
      metadata.add(abs);
    } else {
      data.add(abs);
      explicitData.add(abs);
    }
  }

  // A data file named on its own that a package above it describes is linted as that package's resource.
  const restrictTo = new Map<string, Set<string>>();
  for (const file of explicitData) {
    const owner = findOwningPackage(file);
    if (owner && !metadata.has(owner)) {
      metadata.add(owner);
      restrictTo.set(owner, new Set());
    }
    if (owner && restrictTo.has(owner)) restrictTo.get(owner)!.add(file);
  }

  const datasets: Dataset[] = [];
  const claimed = new Set<string>();
  for (const m of [...metadata].sort()) {
    for (const ds of loadMetadataFile(m)) {
    const only = restrictTo.get(m);
    for (const r of ds.resources) if (r.absolutePath) claimed.add(path.resolve(r.absolutePath));
    // A package's ignored files are left out of it, as if they were not listed (a foreign key into one says so).
    ds.resources = ds.resources.filter((r) => !r.absolutePath || !ignore.ignored(path.resolve(r.absolutePath)));
    if (only) {
      ds.resources = ds.resources.filter((r) => r.absolutePath && only.has(path.resolve(r.absolutePath)));
      if (ds.resources.length === 0) continue; // the file is not one of its resources: linted alone below
    }
    datasets.push(ds);
    }
  }
  for (const d of [...data].sort()) {
    if (!claimed.has(d)) datasets.push(loneFileDataset(d));
  }
  return { datasets, ignored: ignoredArgs };
}
