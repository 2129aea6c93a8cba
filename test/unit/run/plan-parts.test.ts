// Parts of a run for threads: whole groups of datasets, each in exactly one part, balanced by data; none when a
// worker would not catch up with its start-up.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../../src/datasets/discover.js';
import { groupDatasets } from '../../../src/datasets/groups.js';
import { partOfKeys, planParts } from '../../../src/run/plan-parts.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const { datasets } = discover(['fixtures'], ROOT);
const groups = groupDatasets(datasets);

describe('planParts', () => {
  it('keeps a small run, or a run with one thread, on the main thread', () => {
    expect(groups.length).toBeGreaterThan(3);
    expect(planParts(datasets, undefined, 2)).toBeUndefined();
    expect(planParts(datasets, undefined, 1, 0)).toBeUndefined();
    expect(planParts(datasets.slice(0, 1), undefined, 2, 0)).toBeUndefined();
  });

  it('puts every group in exactly one part, and files no dataset names in the main part only', () => {
    const plan = planParts(datasets, undefined, 3, 0)!;
    expect(plan.workers.length).toBe(2);
    const parts = [plan.main, ...plan.workers.map((w) => w.part)];
    for (const d of datasets) expect(parts.filter((p) => p.datasets.has(d)).length).toBe(1);
    for (const g of groups) for (const f of g.files) expect(parts.filter((p) => p.owns(f)).length).toBe(1);
    expect(parts.map((p) => p.owns('rules/standard.yaml'))).toEqual([true, false, false]);
    // A worker finds its part again by the keys of its groups.
    for (const w of plan.workers) expect(partOfKeys(datasets, w.keys)!.datasets).toEqual(w.part.datasets);
    expect(partOfKeys(datasets, ['no/such/file.csv'])).toBeUndefined();
  });

  it('cuts a shard into parts of its own groups, the main part owning what the shard owns beyond them', () => {
    const half = new Set(groups.filter((_, i) => i % 2 === 0).flatMap((g) => g.datasets));
    const shard = { datasets: half, owns: (file: string) => !groups.some((g) => g.files.includes(file)) || groups.some((g) => g.files.includes(file) && g.datasets.every((d) => half.has(d))) };
    const plan = planParts(datasets, shard, 2, 0)!;
    const inParts = [...plan.main.datasets, ...plan.workers.flatMap((w) => [...w.part.datasets])];
    expect(new Set(inParts)).toEqual(half);
    expect(plan.main.owns('rules/standard.yaml')).toBe(true);
  });
});
