// Parts of a run for threads: whole groups of datasets, each in exactly one part, balanced by data; none when a
// worker would not catch up with its start-up.
import { existsSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
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

  it('puts every group in exactly one part, and files no dataset names in the first part only', () => {
    const parts = planParts(datasets, undefined, 3, 0)!;
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.length).toBeLessThanOrEqual(6); // two per thread at most
    for (const d of datasets) expect(parts.filter((p) => p.datasets.has(d)).length).toBe(1);
    for (const g of groups) for (const f of g.files) expect(parts.filter((p) => p.owns(f)).length).toBe(1);
    expect(parts.map((p) => p.owns('rules/standard.yaml'))).toEqual(parts.map((_, i) => i === 0));
    // A worker finds a part again by the keys of its groups.
    for (const p of parts.slice(1)) expect(partOfKeys(datasets, p.keys)!.datasets).toEqual(p.datasets);
    expect(partOfKeys(datasets, ['no/such/file.csv'])).toBeUndefined();
  });

  it('keeps a run one group dominates on one engine, which reads its large file in parts', () => {
    // Sparse files: sizes without the bytes. Four files of 20 MB balance two threads; a 90 MB file and a small one
    // cannot, by whole groups.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'odlint-plan-'));
    try {
      const sized = (name: string, mb: number) => {
        writeFileSync(path.join(dir, name), 'a,b\n');
        truncateSync(path.join(dir, name), mb * 1024 * 1024);
      };
      ['a', 'b', 'c', 'd'].forEach((n) => sized(`even/${n}.csv`.replace('even/', 'even-'), 20));
      const even = discover(['even-a.csv', 'even-b.csv', 'even-c.csv', 'even-d.csv'], dir).datasets;
      expect(planParts(even, undefined, 2)?.length).toBeGreaterThan(1);
      sized('big.csv', 90);
      sized('small.csv', 1);
      const dominated = discover(['big.csv', 'small.csv'], dir).datasets;
      expect(planParts(dominated, undefined, 2)).toBeUndefined();
      expect(planParts(dominated, undefined, 2, 0)).toBeDefined(); // forced (tests): parts regardless
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the main thread the largest part first', () => {
    const many = discover(['test/corpus'], ROOT).datasets;
    const parts = planParts(many, undefined, 2, 0)!;
    expect(parts.length).toBe(4);
    const bytes = (g: ReturnType<typeof groupDatasets>[number]) => g.datasets.flatMap((d) => d.resources).reduce((sum, r) => sum + (r.absolutePath && existsSync(r.absolutePath) ? statSync(r.absolutePath).size : 0), 0);
    const largest = groupDatasets(many).sort((a, b) => bytes(b) - bytes(a))[0]!;
    expect(parts[0]!.keys).toContain(largest.key);
  });

  it('cuts a shard into parts of its own groups, the first owning what the shard owns beyond them', () => {
    const half = new Set(groups.filter((_, i) => i % 2 === 0).flatMap((g) => g.datasets));
    const shard = { datasets: half, owns: (file: string) => !groups.some((g) => g.files.includes(file)) || groups.some((g) => g.files.includes(file) && g.datasets.every((d) => half.has(d))) };
    const parts = planParts(datasets, shard, 2, 0)!;
    expect(new Set(parts.flatMap((p) => [...p.datasets]))).toEqual(half);
    expect(parts[0]!.owns('rules/standard.yaml')).toBe(true);
  });
});
