// How a run over many datasets is cut into parts for threads: whole groups of datasets (datasets/groups.ts: those
// sharing a file), by the data they read. The threads take parts from a queue (run/parallel-parts.ts), largest first
// and smaller towards the end, so a thread that starts late (a worker loads the standard and discovers the datasets
// again) or runs slowly (a busy core) takes fewer, and the last part to finish is a small one.
import { statSync } from 'node:fs';
import { groupDatasets, namedFiles, partOfGroups } from '../datasets/groups.js';
import type { EnginePart } from '../engine/lint.js';
import type { Dataset } from '../model/dataset.js';
import { isReadFile } from '../util/resources.js';

/**
 * What starting a worker costs, in bytes of CSV the main thread reads meanwhile at ~25 MB/s: loading odlint and the
 * standard (~0.5 s on 2 cores), and its first files read before the JIT has warmed up (~0.4 s). A run is cut into
 * parts only when its data is at least twice what a worker costs to start.
 */
export const DEFAULT_PARALLEL_MIN_BYTES = 24 * 1024 * 1024;
/**
 * A worker discovers every dataset again and checks its metadata (~0.8 ms each with the other thread busy: a portal
 * of 1,000 small packages does not pay for that and stays on one thread); a data file costs ~0.6 ms to open and begin.
 */
const COST_PER_DATASET = 40 * 1024;
const COST_PER_FILE = 16 * 1024;

export interface RunPart extends EnginePart {
  /** The keys of its groups: a worker finds them again in its own discovery. */
  keys: string[];
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // the engine reports an unreadable file; it costs nothing to plan
  }
}

/**
 * Cuts the run (or the part of it given, a shard's) into parts for `jobs` threads, in the order to take them, or says
 * it does not pay (undefined): one thread, fewer than two groups, or too little data for a worker to catch up with its
 * start-up. `minBytes` replaces the estimate of that start-up (0 makes any run of two groups parallel: tests). The
 * first part owns the files no dataset names (where a rule's preparation reports), when the run owns them.
 */
export function planParts(datasets: readonly Dataset[], outer: EnginePart | undefined, jobs: number, minBytes?: number): RunPart[] | undefined {
  if (jobs < 2) return undefined;
  const groups = groupDatasets(datasets);
  const inAnyGroup = namedFiles(groups);
  const mine = outer ? groups.filter((g) => g.datasets.every((d) => outer.datasets.has(d))) : groups;
  if (mine.length < 2) return undefined;
  const cost = (of: readonly Dataset[]) => {
    let sum = 0;
    for (const d of of) {
      sum += COST_PER_DATASET;
      for (const r of d.resources) if (isReadFile(r)) sum += COST_PER_FILE + fileSize(r.absolutePath!);
    }
    return sum;
  };
  const sized = mine.map((group, i) => ({ group, i, cost: cost(group.datasets) }));
  const total = sized.reduce((sum, s) => sum + s.cost, 0);
  // Each worker also reads and checks every dataset's metadata again, which the main thread has done.
  const workerStart = minBytes ?? DEFAULT_PARALLEL_MIN_BYTES + datasets.length * COST_PER_DATASET;
  if (total < 2 * workerStart) return undefined;
  // A run dominated by one group (a large file and its register) cannot be balanced by whole groups: one engine on
  // all the threads reads its large file in parts instead (engine/lint.ts), which parts of one thread each would stop.
  // (Not when a test forces parts with minBytes.)
  if (minBytes === undefined && Math.max(...sized.map((s) => s.cost)) > total / jobs) return undefined;
  // Two parts per thread, shares falling from the first to the last (for 2 threads 4:3:2:1): the main thread starts on
  // the largest at once, and whichever thread is free takes the next.
  const count = Math.min(2 * jobs, mine.length);
  const shares = Array.from({ length: count }, (_, p) => count - p);
  const shareSum = shares.reduce((a, b) => a + b, 0);
  const bins = shares.map((share) => ({ target: (total * share) / shareSum, load: 0, groups: [] as typeof mine }));
  // Largest group first, each to the part furthest below its share; ties by position, so every run plans the same.
  sized.sort((a, b) => b.cost - a.cost || a.i - b.i);
  for (const { group, cost: c } of sized) {
    let best = bins[0]!;
    for (const b of bins) if (b.target - b.load > best.target - best.load) best = b;
    best.load += c;
    best.groups.push(group);
  }
  return bins.filter((b) => b.groups.length > 0).map((b, p) => {
    const ownsLoose = p === 0 ? (file: string) => !inAnyGroup.has(file) && (outer ? outer.owns(file) : true) : undefined;
    return { keys: b.groups.map((g) => g.key), ...partOfGroups(b.groups, ownsLoose) };
  });
}

/** The part of the groups with these keys, as a worker finds them in its own discovery; undefined if one is missing. */
export function partOfKeys(datasets: readonly Dataset[], keys: readonly string[]): EnginePart | undefined {
  const wanted = new Set(keys);
  const groups = groupDatasets(datasets).filter((g) => wanted.has(g.key));
  if (groups.length !== wanted.size) return undefined;
  return partOfGroups(groups);
}
