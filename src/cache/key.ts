// What a cached finding depends on, as digests: the run's key (odlint's code, the standard, the settings that change
// findings, the catalogue's structure), and per group of datasets its inputs (its files' contents and the rules that
// apply to them). A cache entry is trusted only while every digest it was written under still holds.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareText } from '../util/compare-text.js';
import { sha256 } from '../util/sha256.js';
import type { Check } from '../model/check.js';
import type { Dataset } from '../model/dataset.js';
import type { Rule, Standard } from '../model/standard.js';
import type { FileRules } from '../engine/lint.js';
import { datasetFiles, type DatasetGroup } from '../datasets/groups.js';
import { toolVersion } from '../util/package-root.js';

/** Bumped whenever what the store holds changes meaning: an older cache is then ignored. */
export const CACHE_FORMAT = 1;


/**
 * JSON with object keys sorted and Maps and Sets written out (vocabularies are parsed into them), so the same value
 * always gives the same text whatever order it was built in.
 */
export function stableJson(value: unknown): string {
  const seen = new Set<unknown>();
  const norm = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return typeof v === 'bigint' ? String(v) : v;
    if (seen.has(v)) return '[cycle]';
    seen.add(v);
    let out: unknown;
    if (v instanceof Map) out = { '[map]': [...v.entries()].map(([k, x]) => [norm(k), norm(x)]) };
    else if (v instanceof Set) out = { '[set]': [...v].map(norm) };
    else if (Array.isArray(v)) out = v.map(norm);
    else if (v instanceof RegExp) out = { '[regexp]': String(v) };
    else out = Object.fromEntries(Object.keys(v).sort().map((k) => [k, norm((v as Record<string, unknown>)[k])]));
    seen.delete(v);
    return out;
  };
  return JSON.stringify(norm(value)) ?? 'undefined';
}

/** The settings besides the standard that change findings; the locale, baseline matching and quiet come after. */
export interface FindingSettings {
  now: string;
  /** The cap the engine applies (0 when a baseline needs every finding). */
  maxFindingsPerRule: number;
  maxRecordBytes: number | undefined;
}

/** The parts of a run's key, each a digest or a value a notice can name when it changed. */
export interface RunKey {
  format: number;
  tool: string;
  /** odlint's code and that of the extra checks: a development build changes without a new version. */
  code: string;
  /** The standard as the config leaves it: id, version, rules with severities and options, vocabularies. */
  standard: string;
  settings: FindingSettings;
  /**
   * What one dataset's checks may read of another's without reading its data: every dataset's name and files, and its
   * resources' names, statuses and schemas, in discovery order. A foreign key that did not resolve may resolve when a
   * package appears or a resource is renamed, and such a finding records no dependency to say so.
   */
  catalogue: string;
}

let ownCode: string | undefined;
/** The folder of odlint's code: dist/ when installed, src/ under the tests. */
const CODE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A digest of odlint's own compiled (or source) files: what the version alone does not say of a development build. */
function ownCodeDigest(): string {
  if (ownCode !== undefined) return ownCode;
  const root = CODE_ROOT;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|ts|json)$/.test(e.name) && !e.name.endsWith('.d.ts')) hash.update(`${path.relative(root, p)}\0`).update(readFileSync(p)).update('\0');
    }
  };
  walk(root);
  return (ownCode = hash.digest('hex'));
}

/** odlint's code and each extra check's module file (a check given in code may change with no version to say so). */
function codeDigest(checks: ReadonlyMap<string, Check>): string {
  const extra: string[] = [];
  for (const [id, check] of [...checks].sort(([a], [b]) => compareText(a, b))) {
    const file = check.module?.startsWith('file:') ? fileURLToPath(check.module) : undefined;
    if (file !== undefined && !path.relative(CODE_ROOT, file).startsWith('..')) continue; // one of odlint's own
    let text = '';
    try {
      if (file !== undefined) text = readFileSync(file, 'utf8');
    } catch {
      text = '[unreadable]';
    }
    extra.push(`${id}\0${check.module ?? ''}\0${sha256(text)}`);
  }
  return sha256(`${ownCodeDigest()}\0${extra.join('\0')}`);
}

function ruleIdentity(rule: Rule): unknown {
  return [rule.id, rule.check, rule.category, rule.severity, rule.options];
}

/** A JSON.stringify replacer that writes Maps and Sets out rather than as {}. */
function writeCollections(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { '[map]': [...value.entries()] };
  if (value instanceof Set) return { '[set]': [...value] };
  return value;
}

function catalogueEntry(d: Dataset): unknown {
  const declared = Array.isArray(d.descriptor?.resources) ? (d.descriptor.resources as unknown[]).map((r) => (typeof r === 'object' && r !== null ? (r as { name?: unknown }).name ?? null : null)) : null;
  return {
    name: d.name,
    files: datasetFiles(d),
    metadataError: d.metadataError?.message ?? null,
    declared,
    resources: d.resources.map((r) => [r.index, r.name ?? null, r.file, r.status, r.format, r.schema ?? null]),
  };
}

/** The run's key. */
export function runKey(standard: Standard, checks: ReadonlyMap<string, Check>, settings: FindingSettings, datasets: readonly Dataset[]): RunKey {
  const standardText = stableJson({
    id: standard.id,
    version: standard.version,
    rootFile: standard.rootFile,
    rules: standard.rules.map(ruleIdentity),
    vocabularies: standard.vocabularies,
  });
  // Plain JSON, keys in the order the metadata gives them: the same files give the same text (a key order that changes
  // is a change to a metadata file, which starts the cache again; rare, and never wrong). Sorting every key of a
  // portal's schemas took half a second for 1,000 packages.
  const catalogue = createHash('sha256');
  for (const d of datasets) catalogue.update(JSON.stringify(catalogueEntry(d), writeCollections)).update('\n');
  return { format: CACHE_FORMAT, tool: toolVersion(), code: codeDigest(checks), standard: sha256(standardText), settings: { ...settings }, catalogue: catalogue.digest('hex') };
}

/** Why a cache written under `old` does not hold for `now`, in a few words; undefined when it holds. */
export function keyChange(old: RunKey, now: RunKey): string | undefined {
  if (old.format !== now.format) return `it has format ${old.format}, not ${now.format}`;
  if (old.tool !== now.tool) return `it was written by odlint ${old.tool}, not ${now.tool}`;
  if (old.code !== now.code) return "odlint's code or an extra check changed";
  if (old.standard !== now.standard) return "the standard or the config's rules changed";
  if (old.settings.now !== now.settings.now) return `the reference date changed (${old.settings.now} → ${now.settings.now})`;
  if (old.settings.maxFindingsPerRule !== now.settings.maxFindingsPerRule) {
    return `the findings kept per rule and file changed (${old.settings.maxFindingsPerRule || 'all'} → ${now.settings.maxFindingsPerRule || 'all'}; a baseline keeps all)`;
  }
  if (old.settings.maxRecordBytes !== now.settings.maxRecordBytes) return 'the record size limit changed';
  if (old.catalogue !== now.catalogue) return 'the catalogue changed (a dataset added or removed, or a resource, its file or its schema changed)';
  return undefined;
}

/** One buffer for every file hashed: reading into it allocates nothing, so hashing 70 MB costs no garbage collection. */
const chunk = Buffer.allocUnsafe(4 * 1024 * 1024);

/**
 * sha256 of a file's bytes, read in chunks (memory stays bounded however large the file); 'missing' or
 * 'unreadable:<code>' when it cannot be read, which counts as a change too.
 */
export function hashFile(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'missing' : `unreadable:${code ?? 'error'}`;
  }
  try {
    const hash = createHash('sha256');
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0;) hash.update(chunk.subarray(0, n));
    return hash.digest('hex');
  } catch (err) {
    return `unreadable:${(err as NodeJS.ErrnoException).code ?? 'error'}`;
  } finally {
    closeSync(fd);
  }
}

/** Hashes files by path. */
export function hashFiles(files: readonly string[]): Map<string, string> {
  return new Map(files.map((f) => [f, hashFile(f)]));
}

const rulesDigests = new WeakMap<ReadonlyMap<string, Rule>, string>();

/** A digest of the rules as they apply to a file (the policy gives one map per set of matching overrides). */
function rulesDigest(rules: ReadonlyMap<string, Rule>): string {
  let d = rulesDigests.get(rules);
  if (d === undefined) rulesDigests.set(rules, (d = sha256(stableJson([...rules.values()].map(ruleIdentity)))));
  return d;
}

/**
 * A group's inputs: the content of each of its files (display path → digest, from hashFiles keyed by display path)
 * and the rules that apply to each. Equal digests, equal findings, given the same run key and dependencies.
 */
export function groupDigest(group: DatasetGroup, contents: ReadonlyMap<string, string>, fileRules: FileRules | undefined): string {
  const parts = group.files.map((f) => `${f}\0${contents.get(f) ?? 'missing'}\0${fileRules ? rulesDigest(fileRules.rulesFor(f)) : ''}`);
  return sha256(parts.join('\n'));
}
