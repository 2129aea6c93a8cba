import { describe, expect, it } from 'vitest';
import { KeyMap, KeySet } from '../../../src/keys/key-set.js';

describe('key sets and maps', () => {
  it('shard past their size limit and still find every key once', () => {
    const set = new KeySet(3);
    for (let i = 0; i < 10; i++) expect(set.add(i)).toBe(true);
    for (let i = 0; i < 10; i++) expect(set.add(i)).toBe(false);
    expect(set.size).toBe(10);
    expect(set.has(0)).toBe(true);
    expect(set.has(9)).toBe(true);
    expect(set.has(10)).toBe(false);
    expect([...set].sort((a, b) => Number(a) - Number(b))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const map = new KeyMap<number>(3);
    for (let i = 0; i < 10; i++) expect(map.setIfAbsent(`k${i}`, i + 100)).toBeUndefined();
    expect(map.setIfAbsent('k0', 1)).toBe(100);
    expect(map.setIfAbsent('k9', 1)).toBe(109);
    expect(map.size).toBe(10);
  });
});
