// Turns the paths given on the command line into datasets: metadata files of every form odlint reads (recognised
// by name or by content), then the data files no metadata claims, then the files found that odlint cannot lint as
// data (spreadsheets, PDFs, archives), which file-format reports. Metadata, the schema and dialect files it uses,
// and odlint's own outputs are never linted as data.
import { readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../model/dataset.js';
import { loadMetadataFile } from './metadata-file.js';
import { loneFileDataset } from './lone-file.js';
import { DATA_PACKAGE_NAME } from './datapackage.js';
import { classifyJsonFile } from './classify.js';
import type { MetadataReader } from './metadata-reader.js';
import type { SourceDocument } from '../util/source.js';
import { expandGlob, isGlob } from '../util/glob.js';
import { OdlintError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { IgnoreRules } from '../config/ignore.js';

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

function walk(dir: string, found: Found, ignore: IgnoreTest): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new OdlintError(`${displayPath(dir)}: cannot read the folder (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!ignore.ignored(abs, true)) walk(abs, found, ignore);
    } else if (e.isFile()) {
      if (!ignore.ignored(abs)) sortFile(abs, found, false);
    }
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
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
}

export interface DiscoverOptions {
  ignore?: IgnoreTest;
}

export function discover(paths: string[], cwd = process.cwd(), options: DiscoverOptions = {}): Discovery {
  const ignore = options.ignore ?? DEFAULT_IGNORE;
  const ignoredArgs: Discovery['ignored'] = [];
  const found: Found = { metadata: new Map(), data: new Set(), notOpen: new Set(), notData: new Map(), skipped: new Map() };
  const explicitData = new Set<string>();
  const explicitNotData = new Set<string>();
  const addExplicit = (abs: string) => {
    sortFile(abs, found, true);
    if (found.data.has(abs)) explicitData.add(abs);
    if (found.notData.has(abs)) explicitNotData.add(abs);
  };
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
      matches.forEach(addExplicit);
      continue;
    }
    if (!stat) throw new OdlintError(`${arg}: no such file or folder.`, 'Give files, folders or glob patterns to lint.');
    const why = ignore.ignored(abs, stat.isDirectory());
    if (why) {
      ignoredArgs.push({ path: arg, ...why });
      continue;
    }
    if (stat.isDirectory()) walk(abs, found, ignore);
    else if (!stat.isFile()) throw notRegular(arg, stat);
    else addExplicit(abs);
  }

  // A data file named on its own that metadata describes is linted as that metadata's resource.
  const restrictTo = new Map<string, Set<string>>();
  for (const file of explicitData) {
    for (const owner of candidateOwners(file)) {
      if (!found.metadata.has(owner)) {
        found.metadata.set(owner, {});
        restrictTo.set(owner, new Set());
      }
      restrictTo.get(owner)?.add(file);
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
      const describes = ds.resources.filter((r) => r.absolutePath).map((r) => path.resolve(r.absolutePath!));
      for (const used of ds.usedFiles ?? []) claimed.add(path.resolve(used));
      if (only && !ds.metadataError && !describes.some((f) => only.has(f))) continue; // linted alone below
      describes.forEach((f) => claimed.add(f));
      if (only) for (const f of only) if (ds.metadataError) claimed.add(f); // its broken descriptor is what to fix
      // A dataset's ignored files are left out of it, as if they were not listed (a foreign key into one says so).
      ds.resources = ds.resources.filter((r) => !r.absolutePath || !ignore.ignored(path.resolve(r.absolutePath)));
      if (only && !ds.metadataError) ds.resources = ds.resources.filter((r) => r.absolutePath && only.has(path.resolve(r.absolutePath)));
      datasets.push(ds);
    }
  }
  for (const d of [...found.data].sort()) {
    if (!claimed.has(d) && !found.metadata.has(d)) datasets.push(loneFileDataset(d));
  }
  for (const d of [...found.notOpen].sort()) {
    if (!claimed.has(d)) datasets.push(loneFileDataset(d));
  }
  const notData = [...explicitNotData].sort().map((file) => ({ file: displayPath(file), what: found.notData.get(file)! }));
  return { datasets, ignored: ignoredArgs, notData, skipped: Object.fromEntries([...found.skipped].sort()) };
}
