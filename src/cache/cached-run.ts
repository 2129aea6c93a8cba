// A run with --cache: the groups of datasets (datasets/groups.ts) whose inputs and recorded dependencies still hash as
// when they were cached are not read again; the engine does the rest as a part (engine/lint.ts EnginePart), and
// their findings are put back beside the fresh ones in the canonical order, so the report is the one a run without
// the cache gives, byte for byte. Findings are cached in English as the engine returns them: the baseline, the locale
// and quiet are applied after, so runs that differ only in those share a cache.
import path from 'node:path';
import type { EnginePart, FileRules, LintResult } from '../engine/lint.js';
import type { Dataset } from '../model/dataset.js';
import { partOfGroups, type DatasetGroup } from '../datasets/groups.js';
import { joinResults } from '../engine/join-results.js';
import { compareText } from '../util/compare-text.js';
import { displayPath } from '../util/paths.js';
import { plural } from '../util/plural.js';
import { isReadFile } from '../util/resources.js';
import { groupDigest, hashFiles, keyChange, type RunKey } from './key.js';
import { readCache, writeCache, type CacheEntry, type CacheFile } from './store.js';

export interface CachedRunOptions {
  /** The cache file (absolute). */
  file: string;
  key: RunKey;
  /** Every group of the run's datasets. */
  groups: readonly DatasetGroup[];
  /** The groups this run does (a shard's; default all). */
  selected?: (group: DatasetGroup) => boolean;
  /** Whether findings at files no group holds (a standard's own) belong to this run (not to another shard). */
  ownsRunLevel: boolean;
  fileRules?: FileRules;
  cwd: string;
  notice: (message: string) => void;
}

/** A run planned against the cache: the part the engine must do, then how to complete its result. */
export interface CachedRun {
  part: EnginePart;
  /** The whole run's result from the engine's (the stale groups' and the run-level findings) and the cache's. */
  complete(fresh: LintResult): Promise<LintResult>;
}

/** The absolute path of each display path a group's findings can be at, for hashing. */
function absolutePaths(datasets: readonly Dataset[], cwd: string): Map<string, string> {
  const abs = new Map<string, string>();
  for (const d of datasets) {
    if (d.metadataFile !== undefined && d.metadataPath !== undefined) abs.set(d.metadataFile, d.metadataPath);
    for (const r of d.resources) if (r.absolutePath !== undefined) abs.set(r.file, r.absolutePath);
    for (const used of d.usedFiles ?? []) abs.set(displayPath(used, cwd), used);
  }
  return abs;
}

/** Data files the engine reads for a group, as it counts them: one per dataset and readable resource. */
function filesRead(group: DatasetGroup): number {
  return group.datasets.reduce((n, d) => n + d.resources.filter(isReadFile).length, 0);
}

export async function planCachedRun(datasets: readonly Dataset[], o: CachedRunOptions): Promise<CachedRun> {
  const shown = displayPath(o.file, o.cwd);
  const read = readCache(o.file);
  let cached: Record<string, CacheEntry> = {};
  let rewrite = true;
  if ('ignored' in read) o.notice(`cache: ${shown} is ignored, as ${read.ignored}; it is written anew at the end of this run.`);
  else if ('cache' in read) {
    const why = keyChange(read.cache.key, o.key);
    if (why !== undefined) o.notice(`cache: ${shown} starts empty again: ${why}.`);
    else {
      cached = read.cache.groups;
      rewrite = false;
    }
  }

  const byKey = new Map(o.groups.map((g) => [g.key, g]));
  const groupOf = new Map<string, DatasetGroup>();
  for (const g of o.groups) for (const f of g.files) groupOf.set(f, g);
  const selected = o.groups.filter((g) => o.selected?.(g) ?? true);
  const abs = absolutePaths(datasets, o.cwd);
  const digests = new Map<string, string>();
  /** The digests of these groups' inputs, hashing their files once. */
  const digestAll = (groups: Iterable<DatasetGroup>) => {
    const todo = [...new Set(groups)].filter((g) => !digests.has(g.key));
    const files = todo.flatMap((g) => g.files.map((f) => abs.get(f) ?? path.resolve(o.cwd, f)));
    const hashes = hashFiles([...new Set(files)]);
    for (const g of todo) {
      const contents = new Map(g.files.map((f) => [f, hashes.get(abs.get(f) ?? path.resolve(o.cwd, f))!]));
      digests.set(g.key, groupDigest(g, contents, o.fileRules));
    }
  };

  // The selected groups and the groups their entries depended on.
  const wanted = new Set(selected);
  for (const g of selected) for (const dep of Object.keys(cached[g.key]?.dependsOn ?? {})) if (byKey.has(dep)) wanted.add(byKey.get(dep)!);
  digestAll(wanted);

  const isFresh = (g: DatasetGroup): boolean => {
    const entry = cached[g.key];
    if (!entry || entry.inputs !== digests.get(g.key)) return false;
    for (const [dep, digest] of Object.entries(entry.dependsOn)) if (!byKey.has(dep) || digests.get(dep) !== digest) return false;
    // Entries hold findings at their own files only; one that does not was not written for this group.
    const own = new Set(g.files);
    return entry.findings.every((f) => own.has(f.file)) && entry.omitted.every((x) => own.has(x.file)) && Object.keys(entry.records).every((f) => own.has(f));
  };
  const reused = selected.filter(isFresh);
  const reusedSet = new Set(reused);
  const stale = selected.filter((g) => !reusedSet.has(g));
  const part: EnginePart = partOfGroups(stale, (file) => o.ownsRunLevel && !groupOf.has(file));

  const complete = async (fresh: LintResult): Promise<LintResult> => {
    // The fresh findings by group, to cache; the run-level ones are recomputed every run.
    const entries = new Map<string, CacheEntry>(stale.map((g) => [g.key, { inputs: digests.get(g.key)!, dependsOn: {}, files: filesRead(g), records: {}, findings: [], omitted: [] }]));
    for (const f of fresh.findings) {
      const g = groupOf.get(f.file);
      if (g) entries.get(g.key)?.findings.push(f);
    }
    for (const x of fresh.omitted) {
      const g = groupOf.get(x.file);
      if (g) entries.get(g.key)?.omitted.push(x);
    }
    for (const [file, n] of fresh.records) {
      const entry = entries.get(groupOf.get(file)?.key ?? '');
      if (entry) entry.records[file] = n;
    }
    // What each stale group's data files were read after, transitively: a register, and what the register needed.
    const depGroups = new Map<string, Set<DatasetGroup>>();
    for (const g of stale) {
      const deps = new Set<DatasetGroup>();
      const queue = g.datasets.flatMap((d) => d.resources.map((r) => r.file));
      const seen = new Set(queue);
      while (queue.length > 0) {
        for (const dep of fresh.dependencies.get(queue.pop()!) ?? []) {
          if (seen.has(dep)) continue;
          seen.add(dep);
          queue.push(dep);
          const dg = groupOf.get(dep);
          if (dg && dg !== g) deps.add(dg);
        }
      }
      depGroups.set(g.key, deps);
    }
    digestAll([...depGroups.values()].flatMap((s) => [...s]));
    for (const [key, deps] of depGroups) {
      const entry = entries.get(key)!;
      for (const dg of [...deps].sort((a, b) => compareText(a.key, b.key))) entry.dependsOn[dg.key] = digests.get(dg.key)!;
    }

    // The reused groups' findings, as the parts of one run: each file's findings come from one group.
    const joined = reused.length === 0 ? fresh : joinResults([fresh, ...reused.map((g): LintResult => {
      const entry = cached[g.key]!;
      return { findings: entry.findings, omitted: entry.omitted, datasets: g.datasets.length, files: entry.files, records: new Map(Object.entries(entry.records)), dependencies: new Map() };
    })]);

    const selectedCount = selected.reduce((n, g) => n + g.datasets.length, 0);
    const reusedCount = reused.reduce((n, g) => n + g.datasets.length, 0);
    o.notice(`cache: ${reusedCount} of ${plural(selectedCount, 'dataset')} unchanged, their findings reused (${shown}).`);

    if (rewrite || stale.length > 0 || Object.keys(cached).some((k) => !byKey.has(k))) {
      const groups: Record<string, CacheEntry> = {};
      // A group another shard does keeps its entry: shards may share a cache file one after the other.
      for (const g of o.groups) {
        const entry = entries.get(g.key) ?? cached[g.key];
        if (entry) groups[g.key] = entry;
      }
      const file: CacheFile = { odlintCache: o.key.format, key: o.key, groups };
      try {
        writeCache(o.file, file);
      } catch (err) {
        o.notice(`cache: ${shown} could not be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); the next run reads everything again.`);
      }
    }
    return joined;
  };
  return { part, complete };
}
