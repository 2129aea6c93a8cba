import { describe, expect, it } from 'vitest';
import { canonicalText, joinParts, KeyEncoder, MISSING, SKIP, splitKey } from '../../src/keys/encode.js';
import { KeyMap, KeySet } from '../../src/keys/key-set.js';
import { describeDifference, NearMissIndex, normaliseKey } from '../../src/keys/near-miss.js';
import { PendingValues } from '../../src/keys/pending.js';
import { MutableRow } from '../../src/engine/row.js';
import { bindColumns } from '../../src/tableschema/binding.js';
import type { TableSchema } from '../../src/model/table-schema.js';

function rowOf(schema: TableSchema, cells: string[]): MutableRow {
  const row = new MutableRow();
  row.columns = bindColumns(schema, schema.fields.map((f) => f.name), cells.length).columns;
  row.set(cells, 2, 1);
  return row;
}

function index(keys: string[]): NearMissIndex {
  const set = new Set(keys);
  return new NearMissIndex(keys, (t) => set.has(t));
}

describe('key encoding', () => {
  it('writes cast values as canonical text', () => {
    expect(canonicalText('0800')).toBe('0800');
    expect(canonicalText(800)).toBe('800');
    expect(canonicalText(-0)).toBe('0');
    expect(canonicalText(1.5)).toBe('1.5');
    expect(canonicalText(12345678901234567890n)).toBe('12345678901234567890');
    expect(canonicalText(true)).toBe('true');
  });

  it('joins composite parts unambiguously, even when a part holds the separator', () => {
    const a = joinParts(['a\u0000', 'b']);
    const b = joinParts(['a', '\u0000b']);
    const c = joinParts(['a\u0001', '0b']);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(splitKey(a, 2)).toEqual(['a\u0000', 'b']);
    expect(splitKey(b, 2)).toEqual(['a', '\u0000b']);
    expect(splitKey(c, 2)).toEqual(['a\u0001', '0b']);
  });

  it('compares typed values: in an integer field 7, +7 and 007 are one key; in a string field 01 and 1 are two', () => {
    const schema: TableSchema = { fields: [{ name: 'n', type: 'integer' }, { name: 's', type: 'string' }] };
    const n = new KeyEncoder({ columns: [0], numeric: true, invalid: 'raw' });
    const s = new KeyEncoder({ columns: [1], invalid: 'raw' });
    expect(n.encode(rowOf(schema, ['7', '01']))).toBe(7);
    expect(n.encode(rowOf(schema, ['+7', '1']))).toBe(7);
    expect(n.encode(rowOf(schema, ['007', '1']))).toBe(7);
    expect(s.encode(rowOf(schema, ['7', '01']))).toBe('01');
    expect(s.encode(rowOf(schema, ['7', '1']))).toBe('1');
  });

  it('matches an integer and a string holding the same digits in text mode, but not a zero-padded string', () => {
    const schema: TableSchema = { fields: [{ name: 'n', type: 'integer' }, { name: 's', type: 'string' }] };
    const n = new KeyEncoder({ columns: [0], invalid: 'raw' });
    const s = new KeyEncoder({ columns: [1], invalid: 'raw' });
    expect(n.encode(rowOf(schema, ['800', '800']))).toBe(s.encode(rowOf(schema, ['800', '800'])));
    expect(n.encode(rowOf(schema, ['800', '0800']))).not.toBe(s.encode(rowOf(schema, ['800', '0800'])));
  });

  it('says MISSING for a missing part, and SKIP or the raw text for a value that does not cast', () => {
    const schema: TableSchema = { fields: [{ name: 'a' }, { name: 'n', type: 'integer' }] };
    const skip = new KeyEncoder({ columns: [0, 1], invalid: 'skip' });
    const raw = new KeyEncoder({ columns: [0, 1], invalid: 'raw' });
    expect(skip.encode(rowOf(schema, ['x', '']))).toBe(MISSING);
    expect(skip.encode(rowOf(schema, ['x', 'ten']))).toBe(SKIP);
    expect(raw.encode(rowOf(schema, ['x', 'ten']))).toBe(joinParts(['x', 'ten']));
    expect(raw.encode(rowOf(schema, ['x', '10']))).toBe(joinParts(['x', '10']));
  });
});

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

describe('FirstOccurrences', () => {
  it('keeps the first place of each key, integers in the typed table and anything else beside it', async () => {
    const { FirstOccurrences } = await import('../../src/keys/first-occurrences.js');
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

describe('one-pass key normalisation', () => {
  it('equals the regex steps on random text full of spaces, dashes, zeros and case', async () => {
    const { normaliseBySteps } = await import('../../src/keys/near-miss.js');
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
