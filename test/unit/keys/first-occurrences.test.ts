import { describe, expect, it } from 'vitest';
import { FirstOccurrences } from '../../../src/keys/first-occurrences.js';

describe('FirstOccurrences', () => {
  it('keeps the first place of each key, integers in the typed table and anything else beside it', () => {
    const seen = new FirstOccurrences();
    const PART = 2 ** 32;
    // Enough integer keys to grow the table several times, with negative ones and 0.
    for (let i = -5000; i < 5000; i++) expect(seen.setIfAbsent(i, 10_000 + i + 5001)).toBeUndefined();
    for (let i = -5000; i < 5000; i++) expect(seen.setIfAbsent(i, 1)).toBe(10_000 + i + 5001);
    // Keys that are not 32-bit integers; -0 is the key 0, as in a Map.
    for (const key of ['7', 'SUP-000123', 2 ** 40, 1.5]) expect(seen.setIfAbsent(key, 3)).toBeUndefined();
    expect(seen.setIfAbsent(-0, 3)).toBe(10_000 + 0 + 5001);
    expect(seen.setIfAbsent('7', 9)).toBe(3);
    expect(seen.setIfAbsent(2 ** 40, 9)).toBe(3);
    expect(seen.setIfAbsent(1.5, 9)).toBe(3);
    // A place in a later part of a multipart resource keeps its part.
    expect(seen.setIfAbsent(123_456, 2 * PART + 17)).toBeUndefined();
    expect(seen.setIfAbsent(123_456, 5)).toBe(2 * PART + 17);
    expect(seen.setIfAbsent(-5000, 5)).toBe(10_001); // places recorded before the first later part keep part 0
    expect(seen.size).toBe(10_000 + 4 + 1);
  });
});
