import { describe, expect, it } from 'vitest';
import { PendingValues } from '../../../src/keys/pending.js';

describe('pending values', () => {
  it('keeps occurrences until their key is collected, and gives back the others in file order', () => {
    const p = new PendingValues();
    p.add('a', ['a'], 2, 1);
    p.add('b', ['b'], 3, 2);
    p.add('a', ['a'], 4, 3);
    p.add('c', ['c'], 5, 4);
    p.satisfy('b');
    p.satisfy('zz');
    expect(p.size).toBe(2);
    expect([...p.unmatched()].map((o) => [o.key, o.line, o.record])).toEqual([['a', 2, 1], ['a', 4, 3], ['c', 5, 4]]);
    for (let i = 0; i < 1000; i++) p.add('d', ['d'], 10 + i, 10 + i);
    expect([...p.unmatched()]).toHaveLength(1003);
  });
});
