// Datasets that share a file (a catalogue's metadata file holding several, a data file two packages describe) are one
// unit wherever a run is cut in parts (shards, the cache): every finding is at a file, and each file then belongs to
// exactly one unit.
import type { Dataset } from '../model/dataset.js';
import { displayPath } from '../util/paths.js';
import { compareText } from '../util/compare-text.js';

export interface DatasetGroup {
  /** The group's first file in code-unit order: what names it (a shard is chosen by it). */
  key: string;
  /** In discovery order. */
  datasets: Dataset[];
  /** Every file the group's findings can be at (display paths), sorted. */
  files: string[];
}

/** Display paths of the files a dataset's findings can be at: its metadata, its data and its schema or dialect files. */
export function datasetFiles(dataset: Dataset): string[] {
  const files = [dataset.metadataFile ?? dataset.name];
  for (const r of dataset.resources) files.push(r.file);
  for (const used of dataset.usedFiles ?? []) files.push(displayPath(used));
  return files;
}

/** The datasets in groups joined by a shared file, in the order of each group's first dataset. */
export function groupDatasets(datasets: readonly Dataset[]): DatasetGroup[] {
  // Union-find over datasets, joined through the files they name.
  const parent = datasets.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstWith = new Map<string, number>();
  datasets.forEach((d, i) => {
    for (const file of datasetFiles(d)) {
      const other = firstWith.get(file);
      if (other === undefined) firstWith.set(file, i);
      else parent[root(i)] = root(other);
    }
  });
  const byRoot = new Map<number, { datasets: Dataset[]; files: Set<string> }>();
  datasets.forEach((d, i) => {
    const r = root(i);
    let g = byRoot.get(r);
    if (!g) byRoot.set(r, (g = { datasets: [], files: new Set() }));
    g.datasets.push(d);
    for (const f of datasetFiles(d)) g.files.add(f);
  });
  return [...byRoot.values()].map((g) => {
    const files = [...g.files].sort(compareText);
    return { key: files[0]!, datasets: g.datasets, files };
  });
}

/**
 * The part of a run made of these groups, as the engine takes it (EnginePart): their datasets, and the files whose
 * findings are theirs — their own, and any other `alsoOwns` says (a file no group names, for the one part that keeps
 * run-level findings).
 */
export function partOfGroups(groups: readonly DatasetGroup[], alsoOwns: (file: string) => boolean = () => false): { datasets: Set<Dataset>; owns(file: string): boolean } {
  const files = new Set(groups.flatMap((g) => g.files));
  return { datasets: new Set(groups.flatMap((g) => g.datasets)), owns: (file) => files.has(file) || alsoOwns(file) };
}

/** Every file some group names. */
export function namedFiles(groups: readonly DatasetGroup[]): Set<string> {
  return new Set(groups.flatMap((g) => g.files));
}
