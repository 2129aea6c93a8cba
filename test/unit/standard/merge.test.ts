// deepMerge: how a change's options (and an extending standard's vocabularies) combine with what they change.
import { describe, expect, it } from 'vitest';
import { deepMerge } from '../../../src/standard/merge.js';

describe('deepMerge', () => {
  it('merges objects key by key, keeping the keys the change does not name', () => {
    expect(deepMerge({ a: 1, b: 2 }, { b: 3, c: 4 })).toEqual({ a: 1, b: 3, c: 4 });
  });

  it('merges nested objects recursively', () => {
    const base = { licences: { 'CC-BY-4.0': { open: true, title: 'CC BY' }, 'OGL-UK-3.0': { open: true } } };
    const change = { licences: { 'CC-BY-4.0': { title: 'Creative Commons Attribution 4.0' }, 'ZA-OL': { open: true } } };
    expect(deepMerge(base, change)).toEqual({
      licences: {
        'CC-BY-4.0': { open: true, title: 'Creative Commons Attribution 4.0' },
        'OGL-UK-3.0': { open: true },
        'ZA-OL': { open: true },
      },
    });
  });

  it('replaces arrays whole instead of concatenating or merging them by index', () => {
    expect(deepMerge({ allowed: ['CRLF', 'LF'] }, { allowed: ['LF'] })).toEqual({ allowed: ['LF'] });
    expect(deepMerge({ allowed: ['a', 'b', 'c'] }, { allowed: [] })).toEqual({ allowed: [] });
    // An array never merges with an object either way.
    expect(deepMerge({ x: ['a'] }, { x: { 0: 'b' } })).toEqual({ x: { 0: 'b' } });
    expect(deepMerge({ x: { 0: 'b', 1: 'c' } }, { x: ['a'] })).toEqual({ x: ['a'] });
  });

  it('replaces scalars, and an object by a scalar or a scalar by an object', () => {
    expect(deepMerge({ a: 1 }, { a: 'one' })).toEqual({ a: 'one' });
    expect(deepMerge({ a: { deep: true } }, { a: false })).toEqual({ a: false });
    expect(deepMerge({ a: 'x' }, { a: { deep: true } })).toEqual({ a: { deep: true } });
    expect(deepMerge({ a: { deep: true } }, { a: null })).toEqual({ a: null });
  });

  it('returns the change when either side is not a plain object', () => {
    expect(deepMerge(1, 2)).toBe(2);
    expect(deepMerge({ a: 1 }, 'x')).toBe('x');
    expect(deepMerge('x', { a: 1 })).toEqual({ a: 1 });
    expect(deepMerge(null, { a: 1 })).toEqual({ a: 1 });
    expect(deepMerge({ a: 1 }, null)).toBeNull();
    expect(deepMerge([1, 2], [3])).toEqual([3]);
    expect(deepMerge({ a: 1 }, undefined)).toBeUndefined();
  });

  it('never mutates its inputs', () => {
    const base = { a: { b: [1, 2], c: 'keep' }, list: [{ x: 1 }] };
    const change = { a: { b: [3], d: { e: 1 } }, list: [{ y: 2 }] };
    const baseCopy = structuredClone(base);
    const changeCopy = structuredClone(change);
    deepMerge(base, change);
    expect(base).toEqual(baseCopy);
    expect(change).toEqual(changeCopy);
  });

  it('returns fresh objects: changing the result does not reach either input', () => {
    const base = { a: { b: [1, 2] }, kept: { deep: { n: 1 } } };
    const change = { a: { c: { d: 1 } }, added: { list: [1] } };
    const out = deepMerge(base, change) as { a: { b: number[]; c: { d: number } }; kept: { deep: { n: number } }; added: { list: number[] } };
    out.a.b.push(3);
    out.a.c.d = 99;
    out.kept.deep.n = 42;
    out.added.list.push(2);
    expect(base).toEqual({ a: { b: [1, 2] }, kept: { deep: { n: 1 } } });
    expect(change).toEqual({ a: { c: { d: 1 } }, added: { list: [1] } });
    // A non-object change is cloned too.
    const arr = [{ x: 1 }];
    const replaced = deepMerge({ a: 1 }, arr) as { x: number }[];
    expect(replaced).not.toBe(arr);
    replaced[0]!.x = 2;
    expect(arr[0]!.x).toBe(1);
  });

  it('keeps keys whose names are also Object.prototype members as plain data', () => {
    expect(deepMerge({}, { toString: 'text', constructor: { a: 1 } })).toEqual({ toString: 'text', constructor: { a: 1 } });
    expect(deepMerge({ valueOf: { a: 1 } }, { valueOf: { b: 2 } })).toEqual({ valueOf: { a: 1, b: 2 } });
  });

  // JSON.parse and YAML produce '__proto__' as an own key: plain assignment would set the result's prototype instead
  // of adding the key (a regression test).
  it('copies a "__proto__" key of the change as an own key, like any other key', () => {
    const change = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}') as Record<string, unknown>;
    const out = deepMerge({}, change) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['__proto__', 'ok']);
  });

  it('does not pollute Object.prototype when a change has a "__proto__" key', () => {
    const change = JSON.parse('{"__proto__": {"pollutedByDeepMerge": true}}') as Record<string, unknown>;
    deepMerge({ a: 1 }, change);
    expect(({} as Record<string, unknown>).pollutedByDeepMerge).toBeUndefined();
  });
});
