// --shard: how the value is read (i/n, auto from GitLab or Kubernetes) and how groups of datasets go to shards.
import { describe, expect, it } from 'vitest';
import { parseShard, shardOf } from '../../../src/run/shard.js';

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('2/4', {})).toEqual({ index: 2, total: 4 });
    expect(parseShard('1/1', {})).toEqual({ index: 1, total: 1 });
  });

  it('refuses what is not a shard, saying how to write one', () => {
    for (const bad of ['0/4', '5/4', '2', '2/0', 'a/b', '1/2/3', '-1/2', '1.5/3', '']) {
      expect(() => parseShard(bad, {}), bad).toThrow(/is not a shard/);
    }
    try {
      parseShard('5/4', {});
    } catch (err) {
      expect((err as { hint?: string }).hint).toMatch(/--shard <i>\/<n>/);
    }
  });

  it('auto reads GitLab parallel: (CI_NODE_INDEX and CI_NODE_TOTAL, from 1)', () => {
    expect(parseShard('auto', { CI_NODE_INDEX: '3', CI_NODE_TOTAL: '5' })).toEqual({ index: 3, total: 5 });
  });

  it('auto/n reads a Kubernetes Indexed Job (JOB_COMPLETION_INDEX, from 0) with the count given', () => {
    expect(parseShard('auto/8', { JOB_COMPLETION_INDEX: '0' })).toEqual({ index: 1, total: 8 });
    expect(parseShard('auto/8', { JOB_COMPLETION_INDEX: '7' })).toEqual({ index: 8, total: 8 });
    expect(() => parseShard('auto/8', { JOB_COMPLETION_INDEX: '8' })).toThrow(/shard 9 of 8/);
  });

  it('auto without an index or a count says which variable is missing', () => {
    expect(() => parseShard('auto', {})).toThrow(/neither CI_NODE_INDEX .* nor JOB_COMPLETION_INDEX/);
    expect(() => parseShard('auto', { JOB_COMPLETION_INDEX: '2' })).toThrow(/CI_NODE_TOTAL is not set/);
    expect(() => parseShard('auto', { CI_NODE_INDEX: 'x', CI_NODE_TOTAL: '2' })).toThrow(/CI_NODE_INDEX 'x' is not a whole number/);
  });
});

describe('shardOf (rendezvous hashing)', () => {
  const keys = Array.from({ length: 2000 }, (_, i) => `dept-${i}/datapackage.json`);

  it('is the same every time, and within 1..n', () => {
    for (const key of keys.slice(0, 50)) {
      const s = shardOf(key, 7);
      expect(s).toBeGreaterThanOrEqual(1);
      expect(s).toBeLessThanOrEqual(7);
      expect(shardOf(key, 7)).toBe(s);
    }
    expect(shardOf('anything', 1)).toBe(1);
  });

  it('spreads datasets evenly', () => {
    const counts = new Array(4).fill(0);
    for (const key of keys) counts[shardOf(key, 4) - 1]++;
    for (const c of counts) expect(Math.abs(c - 500)).toBeLessThan(100);
  });

  it('moves no dataset when others are added or removed, and only 1/(n+1) of them when a shard is added', () => {
    // The shard of a key depends on the key and the count alone: adding datasets cannot move another.
    const before = new Map(keys.map((k) => [k, shardOf(k, 5)]));
    const moved = keys.filter((k) => shardOf(k, 6) !== before.get(k));
    // Those that move go to the new shard.
    expect(moved.every((k) => shardOf(k, 6) === 6)).toBe(true);
    expect(moved.length).toBeGreaterThan(200);
    expect(moved.length).toBeLessThan(470);
  });
});
