import { describe, expect, it } from 'vitest';
import { joinParts } from '../../../src/keys/encode.js';
import { describeDifference, NearMissIndex, normaliseBySteps, normaliseKey } from '../../../src/keys/near-miss.js';

function index(keys: string[]): NearMissIndex {
  const set = new Set(keys);
  return new NearMissIndex(keys, (t) => set.has(t));
}

describe('near misses', () => {
  const register = ['EC101', 'EC102', 'KZN212', 'WC011', '0800', 'DC01', 'BUF'];

  it('normalises case, spaces, hyphens and leading zeros', () => {
    expect(normaliseKey(' Kzn-2\u00a012 ')).toBe('kzn212');
    expect(normaliseKey('0800')).toBe('800');
    expect(normaliseKey('DC01')).toBe('dc1');
    expect(normaliseKey('0')).toBe('0');
  });

  it.each([
    ['ec101', 'EC101', 'case differs'],
    ['EC101 ', 'EC101', 'trailing white space'],
    [' EC101 ', 'EC101', 'surrounding white space'],
    ['EC 101', 'EC101', 'white space inside'],
    ['EC101\u00a0', 'EC101', 'trailing non-breaking space'],
    ['EC-101', 'EC101', 'hyphens differ'],
    ['800', '0800', 'leading zeros lost'],
    ['DC1', 'DC01', 'leading zeros lost'],
    ['wc 11', 'WC011', 'case differs, white space inside, leading zeros lost'],
    ['KZN221', 'KZN212', 'two characters swapped'],
    ['BUG', 'BUF', 'one character differs'],
  ])('%j is near %j (%s)', (value, key, why) => {
    expect(index(register).suggest(value)).toEqual({ key, why });
  });

  it('suggests nothing when two keys are as near', () => {
    expect(index(['EC101', 'ec101']).suggest('Ec101')).toBeUndefined(); // both normalise alike
    expect(index(['EC101', 'EC102']).suggest('EC103')).toBeUndefined(); // one substitution from both
    expect(index(['KZN212', 'KZN132']).suggest('KZN122')).toBeUndefined(); // KZN212 by a swap, KZN132 by a substitution
  });

  it('suggests nothing for a value two edits away', () => {
    // 'KZN121' is two edits from 'KZN212' (a swap and a substitution), not one.
    expect(index(['KZN212', 'EC101']).suggest('KZN121')).toBeUndefined();
    expect(index(register).suggest('XYZ999')).toBeUndefined();
  });

  it('describes a difference it cannot name as written differently', () => {
    expect(describeDifference('abc', 'xyz')).toBe('written differently');
  });

  it('works on composite keys part by part', () => {
    const keys = [joinParts(['EC101', '2026']), joinParts(['EC102', '2026'])];
    const set = new Set(keys);
    const ix = new NearMissIndex(keys, (t) => set.has(t), { arity: 2 });
    expect(ix.suggest(joinParts(['ec101', '2026']))).toEqual({ key: keys[0], why: 'case differs' });
    expect(ix.suggest(joinParts(['EC101', '2025']))).toEqual({ key: keys[0], why: 'one character differs' });
  });
});

describe('one-pass key normalisation', () => {
  it('equals the regex steps on random text full of spaces, dashes, zeros and case', () => {
    const alphabet = ['0', '0', '0', '1', '7', 'a', 'Z', 'É', 'ß', ' ', '\t', '\u00a0', '\u2009', '\ufeff', '-', '\u2013', '\u2212', '_', '.', 'İ'];
    let seed = 42;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = next() % 12;
      for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
      expect(normaliseKey(text), JSON.stringify(text)).toBe(normaliseBySteps(text));
    }
    for (const [text, expected] of [['a000', 'a0'], ['SUP-047175', 'sup47175'], ['x01y02', 'x1y2'], ['100', '100'], ['0', '0'], ['00', '0'], ['007', '7'], ['DC 01', 'dc1']]) {
      expect(normaliseKey(text!)).toBe(expected);
    }
  });
});
