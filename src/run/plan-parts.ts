// How a run over many datasets is cut into parts for threads: whole groups of datasets (datasets/groups.ts: those
// sharing a file), balanced by the data they read, largest first. A worker starts late (it loads the standard and
// discovers the datasets again), so each worker's part counts that start-up as data it already has; a worker whose
// part stays empty is not started, which is how a small run stays on one thread.
import { statSync } from 'node:fs';
import { groupDatasets } from '../datasets/groups.js';
import type { EnginePart } from '../engine/lint.js';
import type { Dataset } from '../model/dataset.js';
import { isReadFile } from '../util/resources.js';

/**
 * What starting a worker costs, in bytes of CSV the main thread reads meanwhile: loading odlint and the standard
 * (~0.5 s) at ~25 MB/s. A worker takes a part only when the run has enough data beyond that.
 */
export const DEFAULT_PARALLEL_MIN_BYTES = 12 * 1024 * 1024;
/** Each dataset's metadata is read and checked again by a worker, and each data file costs a fixed amount to open. */
const COST_PER_DATASET = 12 * 1024;
const COST_PER_FILE = 16 * 1024;

export interface PartsPlan {
  /** The part the main thread does: its groups, and the files no dataset names when the run owns them. */
  main: EnginePart;
  /** Per worker: the keys of its groups (a worker finds them again in its own discovery), and the part itself. */
  workers: { keys: string[]; part: EnginePart }[];
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // the engine reports an unreadable file; it costs nothing to plan
  }
}

/**
 * Cuts the run (or the part of it given, a shard's) into at most `jobs` parts, or says it does not pay (undefined):
 * fewer than two groups, or too little data for a worker to catch up with its start-up. `minBytes` replaces the
 * estimate of that start-up (0 makes any run of two groups parallel: tests).
 */
export function planParts(datasets: readonly Dataset[], outer: EnginePart | undefined, jobs: number, minBytes?: number): PartsPlan | undefined {
  if (jobs < 2) return undefined;
  const groups = groupDatasets(datasets);
  const inAnyGroup = new Set(groups.flatMap((g) => g.files));
  const mine = outer ? groups.filter((g) => g.datasets.every((d) => outer.datasets.has(d))) : groups;
  if (mine.length < 2) return undefined;
  const cost = (datasetsOf: readonly Dataset[]) => {
    let sum = 0;
    for (const d of datasetsOf) {
      sum += COST_PER_DATASET;
      for (const r of d.resources) if (isReadFile(r)) sum += COST_PER_FILE + fileSize(r.absolutePath!);
    }
    return sum;
  };
  // Largest first, each to the least loaded part; ties by position, so the plan is the same on every run.
  const sized = mine.map((group, i) => ({ group, i, cost: cost(group.datasets) })).sort((a, b) => b.cost - a.cost || a.i - b.i);
  // Each worker also reads and checks every dataset's metadata again (the main thread already has).
  const workerStart = minBytes ?? DEFAULT_PARALLEL_MIN_BYTES + datasets.length * COST_PER_DATASET;
  const loads = Array.from({ length: jobs }, (_, p) => ({ p, load: p === 0 ? 0 : workerStart, groups: [] as typeof mine }));
  for (const { group, cost: c } of sized) {
    let least = loads[0]!;
    for (const l of loads) if (l.load < least.load) least = l;
    least.load += c;
    least.groups.push(group);
  }
  const partOf = (of: typeof mine, ownsLoose: boolean): EnginePart => {
    const files = new Set(of.flatMap((g) => g.files));
    const ownsOther = ownsLoose ? (file: string) => !inAnyGroup.has(file) && (outer ? outer.owns(file) : true) : () => false;
    return { datasets: new Set(of.flatMap((g) => g.datasets)), owns: (file) => files.has(file) || ownsOther(file) };
  };
  const workers = loads.slice(1).filter((l) => l.groups.length > 0).map((l) => ({ keys: l.groups.map((g) => g.key), part: partOf(l.groups, false) }));
  if (workers.length === 0) return undefined;
  return { main: partOf(loads[0]!.groups, true), workers };
}

/** The part of the groups with these keys, as a worker finds them in its own discovery; undefined if one is missing. */
export function partOfKeys(datasets: readonly Dataset[], keys: readonly string[]): EnginePart | undefined {
  const wanted = new Set(keys);
  const groups = groupDatasets(datasets).filter((g) => wanted.has(g.key));
  if (groups.length !== wanted.size) return undefined;
  const files = new Set(groups.flatMap((g) => g.files));
  return { datasets: new Set(groups.flatMap((g) => g.datasets)), owns: (file) => files.has(file) };
}
