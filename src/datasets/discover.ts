// Turns the paths given on the command line into datasets: metadata files of every form odlint reads (recognised
// by name or by content), then the data files no metadata claims, then the files found that odlint cannot lint as
// data (spreadsheets, PDFs, archives), which file-format reports. Metadata, the schema and dialect files it uses,
// and odlint's own outputs are never linted as data.
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../model/dataset.js';
import { loadMetadataFile } from './metadata-file.js';
import { loneFileDataset } from './lone-file.js';
import { DATA_PACKAGE_NAME } from './datapackage.js';
import { classifyJsonFile } from './classify.js';
import type { MetadataReader } from './metadata-reader.js';
import type { SourceDocument } from '../util/source.js';
import { expandGlob, GlobError, isGlob } from '../util/glob.js';
import { OdlintError } from '../util/errors.js';
import { displayPath, isFile } from '../util/paths.js';
import { IgnoreRules } from '../config/ignore.js';
import { isWithin } from '../util/confine.js';

/** Files met while walking that are read as data: their extension (after any .gz). */
const DATA_EXTENSIONS = new Set(['csv', 'tsv', 'json', 'ndjson', 'jsonl', 'geojson', 'topojson']);
/** Files met while walking that are data in a closed or unreadable form: each gets a file-format finding. */
const NOT_OPEN_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xls', 'ods', 'pdf', 'doc', 'docx', 'odt', 'zip', 'rar', '7z', 'mdb', 'accdb', 'dbf', 'sav', 'dta', 'sas7bdat']);
/** JSON files that are configuration, never datasets, when met while walking a folder. */
const NOT_DATA = /^(package(-lock)?\.json|tsconfig.*\.json|\.odlintrc\.json|\.odlint-baseline\.json|composer\.json|\.eslintrc\.json|\.prettierrc\.json|renovate\.json|\.?babelrc\.json|jsconfig\.json|deno\.json)$/i;
/** CSVW's names for the metadata of a CSV file: '<file>-metadata.json' beside it, then 'csv-metadata.json'. */
const CSVW_NAME = /(^csv-metadata\.json|-metadata\.json)$/i;

/** What is not linted: by default, dependencies and version-control folders (see src/config/ignore.ts). */
export interface IgnoreTest {
  ignored(abs: string, isDir?: boolean): { pattern: string; source: string } | undefined;
}
const DEFAULT_IGNORE: IgnoreTest = new IgnoreRules([]);

type Kind = 'metadata-name' | 'json' | 'data' | 'not-open' | 'other';

/** The extension that says what a file is: 'csv' for 'spend.csv.gz'. */
function extensionOf(name: string): string {
  const lower = name.toLowerCase();
  const ext = path.extname(lower).slice(1);
  if (ext === 'gz' || ext === 'gzip') return path.extname(path.basename(lower, `.${ext}`)).slice(1);
  return ext;
}

function kindOf(name: string): Kind {
  if (DATA_PACKAGE_NAME.test(name)) return 'metadata-name';
  if (NOT_DATA.test(name)) return 'other';
  const ext = extensionOf(name);
  if (ext === 'json' || ext === 'jsonld') return path.extname(name.toLowerCase()) === '.gz' ? 'data' : 'json';
  if (DATA_EXTENSIONS.has(ext)) return 'data';
  if (NOT_OPEN_EXTENSIONS.has(path.extname(name.toLowerCase()).slice(1))) return 'not-open';
  return 'other';
}

interface Found {
  /** Metadata files, with the reader and parsed document when content recognition already read them. */
  metadata: Map<string, { reader?: MetadataReader; doc?: SourceDocument }>;
  data: Set<string>;
  notOpen: Set<string>;
  /** Files that are not data: odlint's outputs, schema fragments … (their paths, with what they are). */
  notData: Map<string, string>;
  /** Files looked at that odlint does not read, by extension, for the message of a run with nothing to lint. */
  skipped: Map<string, number>;
  /** Each real file (symbolic links resolved) → the path it is linted under: a file reached twice is linted once. */
  seen: Map<string, string>;
  /** The real path of each file found, by the path it is linted under. */
  realOf: Map<string, string>;
  /** Folders walked, by real path: a link back into a folder already walked is not walked again (nor forever). */
  walked: Set<string>;
  /** The lint roots (the folders given), as given and as real paths: a symbolic link is followed only inside one. */
  roots: { abs: string; real: string }[];
  /** Symbolic links met while walking that lead outside every root (or nowhere), never followed. */
  links: { path: string; target?: string }[];
}

function realPath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** Whether a path is already in one of the found sets (sorted as something). */
function isSorted(abs: string, found: Found): boolean {
  return found.metadata.has(abs) || found.data.has(abs) || found.notOpen.has(abs) || found.notData.has(abs);
}

/** Sorts a file once per real file; returns the path it is known by (the first one it was reached by). */
function addFile(abs: string, real: string, found: Found, explicit: boolean): string {
  const known = found.seen.get(real);
  const at = known ?? abs;
  if (!known) {
    found.seen.set(real, at);
    found.realOf.set(at, real);
  }
  if (!known || (explicit && !isSorted(at, found))) sortFile(at, found, explicit);
  return at;
}

/** Sorts one file into the found sets. `explicit`: named on the command line, so linted whatever its extension. */
function sortFile(abs: string, found: Found, explicit: boolean): void {
  const name = path.basename(abs);
  const kind = kindOf(name);
  if (kind === 'metadata-name') {
    found.metadata.set(abs, {});
  } else if (kind === 'json') {
    const c = classifyJsonFile(abs, name.toLowerCase());
    if (c.kind === 'metadata') found.metadata.set(abs, { reader: c.reader, doc: c.doc });
    else if (c.kind === 'not-data') found.notData.set(abs, c.what);
    else if (explicit || !NOT_DATA.test(name)) found.data.add(abs);
  } else if (kind === 'data' || explicit) {
    found.data.add(abs);
  } else if (kind === 'not-open') {
    found.notOpen.add(abs);
  } else {
    const ext = path.extname(name).toLowerCase() || '(no extension)';
    found.skipped.set(ext, (found.skipped.get(ext) ?? 0) + 1);
  }
}

function walk(dir: string, real: string, found: Found, ignore: IgnoreTest): void {
  if (found.walked.has(real)) return;
  found.walked.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new OdlintError(`${displayPath(dir)}: cannot read the folder (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!ignore.ignored(abs, true)) walk(abs, path.join(real, e.name), found, ignore);
    } else if (e.isFile()) {
      if (!ignore.ignored(abs)) addFile(abs, path.join(real, e.name), found, false);
    } else if (e.isSymbolicLink() && !ignore.ignored(abs)) {
      followLink(abs, found, ignore);
    }
  }
}

/**
 * A symbolic link met while walking is followed only when its real path is inside a lint root, and what it leads to
 * is linted under that real place (so once, whichever way it is reached). A link out of the roots is not followed:
 * what it points at was not given to lint, and its contents must not reach a report. It is named in a notice.
 */
function followLink(abs: string, found: Found, ignore: IgnoreTest): void {
  const real = realPath(abs);
  const root = real === undefined ? undefined : found.roots.find((r) => isWithin(real, r.real));
  if (real === undefined || !root) {
    found.links.push({ path: abs, target: real });
    return;
  }
  const at = path.join(root.abs, path.relative(root.real, real));
  let stat;
  try { stat = statSync(real); } catch { return; }
  if (stat.isDirectory()) {
    if (!ignore.ignored(at, true)) walk(at, real, found, ignore);
  } else if (stat.isFile() && !ignore.ignored(at)) {
    addFile(at, real, found, false);
  }
}

/**
 * The metadata that may describe a data file named on its own: CSVW's '<file>-metadata.json' and
 * 'csv-metadata.json' beside it, then the nearest Data Package in its folder or above, up to the filesystem root.
 */
function candidateOwners(file: string): string[] {
  const dir = path.dirname(file);
  const out = [`${file}-metadata.json`, path.join(dir, 'csv-metadata.json')].filter(isFile);
  for (let d = dir; ; d = path.dirname(d)) {
    const pkg = ['datapackage.json', 'datapackage.yaml', 'datapackage.yml'].map((n) => path.join(d, n)).find(isFile);
    if (pkg) {
      out.push(pkg);
      break;
    }
    if (path.dirname(d) === d) break;
  }
  return out;
}

/** A FIFO or device would be read forever (a FIFO waits for a writer, /dev/zero never ends): refused by name. */
function notRegular(arg: string, stat: Stats): OdlintError {
  const what = stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : stat.isCharacterDevice() ? 'a character device'
    : stat.isBlockDevice() ? 'a block device' : 'not a file or folder';
  return new OdlintError(`${arg}: not a regular file but ${what}; odlint reads only files and folders.`, 'Copy the data into a file and lint that file.');
}

export interface Discovery {
  datasets: Dataset[];
  /** Paths given explicitly that are ignored, with why: they are not linted, and the user should be told. */
  ignored: { path: string; pattern: string; source: string }[];
  /** Files named on the command line that are not data (odlint's own reports, schema fragments …), with what each is. */
  notData: { file: string; what: string }[];
  /** Files looked at that odlint does not read, counted by extension ('.md' → 3), for a run that finds nothing. */
  skipped: Record<string, number>;
  /** Symbolic links met while walking that lead outside the paths given (target: their real path) or nowhere: not followed. */
  links: { path: string; target?: string }[];
}

export interface DiscoverOptions {
  ignore?: IgnoreTest;
}

export function discover(paths: string[], cwd = process.cwd(), options: DiscoverOptions = {}): Discovery {
  const ignore = options.ignore ?? DEFAULT_IGNORE;
  const ignoredArgs: Discovery['ignored'] = [];
  const found: Found = { metadata: new Map(), data: new Set(), notOpen: new Set(), notData: new Map(), skipped: new Map(), seen: new Map(), realOf: new Map(), walked: new Set(), roots: [], links: [] };
  const explicitData = new Set<string>();
  const explicitNotData = new Set<string>();
  const addExplicit = (given: string) => {
    const abs = addFile(given, realPath(given) ?? given, found, true);
    if (found.data.has(abs)) explicitData.add(abs);
    if (found.notData.has(abs)) explicitNotData.add(abs);
  };
  const args = paths.length ? paths : ['.'];
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    const real = realPath(abs);
    if (real !== undefined) found.roots.push({ abs, real });
  }
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let stat;
    try { stat = statSync(abs); } catch { stat = undefined; }
    if (!stat && isGlob(arg)) {
      let all: string[];
      try {
        all = expandGlob(arg, cwd, (dir) => ignore.ignored(dir, true) !== undefined);
      } catch (err) {
        if (!(err instanceof GlobError)) throw err;
        throw new OdlintError(`${arg}: the path pattern is not a valid glob: ${err.message}.`, 'Globs use *, **, ?, {a,b} and classes such as [a-z] or [!0-9], with each range in order; quote the pattern so the shell does not expand it first.');
      }
      if (all.length === 0) throw new OdlintError(`${arg}: the pattern matches no files.`, 'Check the pattern; quote it so the shell does not expand it first.');
      const matches = all.filter((m) => !ignore.ignored(m));
      if (matches.length === 0) {
        const why = ignore.ignored(all[0]!)!;
        ignoredArgs.push({ path: arg, ...why });
        continue;
      }
      matches.forEach(addExplicit);
      continue;
    }
    if (!stat) throw new OdlintError(`${arg}: no such file or folder.`, 'Give files, folders or glob patterns to lint.');
    const why = ignore.ignored(abs, stat.isDirectory());
    if (why) {
      ignoredArgs.push({ path: arg, ...why });
      continue;
    }
    if (stat.isDirectory()) walk(abs, realPath(abs) ?? abs, found, ignore);
    else if (!stat.isFile()) throw notRegular(arg, stat);
    else addExplicit(abs);
  }

  // Files are compared by real path: a resource reached through a link inside its package is the file itself.
  const realOf = (p: string): string => found.realOf.get(p) ?? realPath(p) ?? path.resolve(p);
  // A data file named on its own that metadata describes is linted as that metadata's resource.
  const restrictTo = new Map<string, Set<string>>();
  for (const file of explicitData) {
    for (const candidate of candidateOwners(file)) {
      const owner = found.seen.get(realOf(candidate)) ?? candidate;
      if (!found.metadata.has(owner)) {
        found.metadata.set(owner, {});
        restrictTo.set(owner, new Set());
      }
      restrictTo.get(owner)?.add(realOf(file));
    }
  }

  const datasets: Dataset[] = [];
  const claimed = new Set<string>();
  for (const m of [...found.metadata.keys()].sort()) {
    const known = found.metadata.get(m)!;
    const only = restrictTo.get(m);
    // A file only looked at as the possible owner of a named data file, which is not metadata after all.
    const loaded = loadMetadataFile(m, known.reader, known.doc);
    for (const ds of loaded) {
      const describes = ds.resources.filter((r) => r.absolutePath).map((r) => realOf(r.absolutePath!));
      for (const used of ds.usedFiles ?? []) claimed.add(realOf(used));
      if (only && !ds.metadataError && !describes.some((f) => only.has(f))) continue; // linted alone below
      describes.forEach((f) => claimed.add(f));
      if (only) for (const f of only) if (ds.metadataError) claimed.add(f); // its broken descriptor is what to fix
      // A dataset's ignored files are left out of it, as if they were not listed (a foreign key into one says so).
      ds.resources = ds.resources.filter((r) => !r.absolutePath || !ignore.ignored(path.resolve(r.absolutePath)));
      if (only && !ds.metadataError) ds.resources = ds.resources.filter((r) => r.absolutePath && only.has(realOf(r.absolutePath)));
      datasets.push(ds);
    }
  }
  for (const d of [...found.data].sort()) {
    if (!claimed.has(realOf(d)) && !found.metadata.has(d)) datasets.push(loneFileDataset(d));
  }
  for (const d of [...found.notOpen].sort()) {
    if (!claimed.has(realOf(d))) datasets.push(loneFileDataset(d));
  }
  const notData = [...explicitNotData].sort().map((file) => ({ file: displayPath(file), what: found.notData.get(file)! }));
  const links = found.links.map((l) => ({ path: displayPath(l.path), ...(l.target !== undefined ? { target: displayPath(l.target) } : {}) }));
  return { datasets, ignored: ignoredArgs, notData, skipped: Object.fromEntries([...found.skipped].sort()), links };
}
