// The cache file: where it is, reading it without trusting it, and writing it atomically. What is read is checked
// shape by shape; anything odd makes the whole file count as absent, with a notice saying why.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Finding, OmittedFindings } from '../model/finding.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import { CACHE_FORMAT, type RunKey } from './key.js';

/** The file's name when --cache-location is a folder, or not given (ESLint's .eslintcache, for odlint). */
export const CACHE_FILE_NAME = '.odlintcache';

/** What one group of datasets (datasets/groups.ts) gave in the run that wrote it. */
export interface CacheEntry {
  /** groupDigest of its inputs when it was linted. */
  inputs: string;
  /** The groups whose data files its data files were read after (a foreign key's register), by key: their digests then. */
  dependsOn: Record<string, string>;
  /** Data files read, as the summary counts them. */
  files: number;
  /** Records read per data file (display path). */
  records: Record<string, number>;
  /** As the engine returned them: English, before any baseline, locale or quiet. */
  findings: Finding[];
  omitted: OmittedFindings[];
}

export interface CacheFile {
  odlintCache: number;
  key: RunKey;
  /** By group key. */
  groups: Record<string, CacheEntry>;
}

/**
 * The cache file to use: `location` (from the working folder) if given, a folder meaning the file .odlintcache in it
 * (a path ending in a separator is a folder even before it exists); else .odlintcache in the working folder.
 */
export function cacheFile(location: string | undefined, cwd: string): string {
  if (location === undefined || location === '') return path.join(cwd, CACHE_FILE_NAME);
  const abs = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(abs, CACHE_FILE_NAME);
  try {
    if (statSync(abs).isDirectory()) return path.join(abs, CACHE_FILE_NAME);
  } catch {
    // Not there yet: a file to create.
  }
  return abs;
}

const SEVERITIES = new Set(['error', 'warning', 'info']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const optional = (v: unknown, type: 'string' | 'number') => v === undefined || typeof v === type;

function isFinding(f: unknown): f is Finding {
  return isObject(f) && typeof f.ruleId === 'string' && typeof f.category === 'string' && SEVERITIES.has(f.severity as string)
    && typeof f.message === 'string' && typeof f.file === 'string' && typeof f.messageId === 'string'
    && optional(f.line, 'number') && optional(f.column, 'number') && optional(f.record, 'number') && optional(f.field, 'string')
    && optional(f.dataset, 'string') && optional(f.hint, 'string') && optional(f.target, 'string')
    && (f.data === undefined || isObject(f.data)) && (f.hintRef === undefined || isObject(f.hintRef)) && (f.wordsRef === undefined || isObject(f.wordsRef));
}

function isOmitted(o: unknown): o is OmittedFindings {
  return isObject(o) && typeof o.ruleId === 'string' && SEVERITIES.has(o.severity as string) && typeof o.file === 'string' && isCount(o.count);
}

function isDigests(v: unknown): v is Record<string, string> {
  return isObject(v) && Object.values(v).every((x) => typeof x === 'string');
}

function isEntry(e: unknown): e is CacheEntry {
  return isObject(e) && typeof e.inputs === 'string' && isDigests(e.dependsOn) && isCount(e.files)
    && isObject(e.records) && Object.values(e.records).every(isCount)
    && Array.isArray(e.findings) && e.findings.every(isFinding) && Array.isArray(e.omitted) && e.omitted.every(isOmitted);
}

function isKey(k: unknown): k is RunKey {
  return isObject(k) && isCount(k.format) && typeof k.tool === 'string' && typeof k.code === 'string' && typeof k.standard === 'string'
    && typeof k.catalogue === 'string' && isObject(k.settings) && typeof k.settings.now === 'string' && isCount(k.settings.maxFindingsPerRule)
    && optional(k.settings.maxRecordBytes, 'number');
}

export type ReadCache = { cache: CacheFile } | { absent: true } | { ignored: string };

/** Reads the cache file: absent, or ignored with the reason (a sentence's end), or a cache whose every part has the right shape. */
export function readCache(file: string): ReadCache {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { absent: true };
    return { ignored: `it cannot be read (${code ?? String(err)})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ignored: 'it is not valid JSON (a write cut short, or another program\'s file)' };
  }
  if (!isObject(data) || typeof data.odlintCache !== 'number') return { ignored: 'it is not an odlint cache' };
  if (data.odlintCache !== CACHE_FORMAT) return { ignored: `it has format ${data.odlintCache}, not ${CACHE_FORMAT}` };
  if (!isKey(data.key) || !isObject(data.groups)) return { ignored: 'its contents are not what odlint writes' };
  for (const entry of Object.values(data.groups)) {
    if (!isEntry(entry)) return { ignored: 'its contents are not what odlint writes' };
  }
  return { cache: data as unknown as CacheFile };
}

/** Writes the cache atomically (a temporary file renamed over it), creating its folder. Throws what goes wrong. */
export function writeCache(file: string, cache: CacheFile): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, JSON.stringify(cache));
}
