import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { boundedBacktracking, compileSafe, safeRegExp } from '../../../src/util/safe-regex.js';

const whole = (p: string) => {
  const c = compileSafe(p, { anchored: true });
  if (!c.ok) throw new Error(`${p}: ${c.feature}`);
  return c.re;
};

describe('compileSafe', () => {
  it('matches a catastrophic pattern in linear time', () => {
    const re = whole('^(a+)+$');
    const start = performance.now();
    expect(re.test(`${'a'.repeat(5000)}!`)).toBe(false);
    expect(re.test('a'.repeat(5000))).toBe(true);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('anchors on the whole value, alternations included', () => {
    const re = whole('a|b');
    expect(['a', 'b', 'ab', 'xa'].map((s) => re.test(s))).toEqual([true, true, false, false]);
    expect(compileSafe('a', { anchored: false }).ok && (compileSafe('a') as { re: { test(s: string): boolean } }).re.test('xax')).toBe(true);
  });

  it('reads JavaScript syntax: \\u escapes, \\p{…}, named groups, escaped slashes, Unicode white space', () => {
    expect(whole('\\u00e9+').test('éé')).toBe(true);
    expect(whole('\\u{1F600}').test('😀')).toBe(true);
    expect(whole('\\p{Lu}\\d').test('A1')).toBe(true);
    expect(whole('(?<year>\\d{4})').test('2024')).toBe(true);
    expect(whole('a\\/b').test('a/b')).toBe(true);
    expect(whole('a\\sb').test('a\u00a0b')).toBe(true);
    expect(whole('[\\s,]+').test(' ,\u3000')).toBe(true);
    expect(whole('\\S+').test('a b')).toBe(false);
    expect(whole('\\\\1').test('\\1')).toBe(true); // an escaped backslash, not a backreference
  });

  it('tells an invalid pattern from one the engine cannot run', () => {
    expect(compileSafe('[A-Z')).toMatchObject({ ok: false, kind: 'invalid' });
    expect(compileSafe('[z-a]')).toMatchObject({ ok: false, kind: 'invalid' });
    expect(compileSafe('(a)\\1')).toEqual({ ok: false, kind: 'unsupported', feature: 'backreference' });
    expect(compileSafe('(?<x>a)\\k<x>')).toEqual({ ok: false, kind: 'unsupported', feature: 'backreference' });
    expect(compileSafe('(?=a)a')).toEqual({ ok: false, kind: 'unsupported', feature: 'lookahead' });
    expect(compileSafe('(?<!a)b')).toEqual({ ok: false, kind: 'unsupported', feature: 'lookbehind' });
  });

  it('safeRegExp throws a sentence for ajv', () => {
    expect(safeRegExp('^a+$', 'u').test('aaa')).toBe(true);
    expect(() => safeRegExp('(a)\\1', 'u')).toThrow(/linear-time regular expression engine does not support \(backreference\)/);
    expect(() => safeRegExp('[', 'u')).toThrow(/is not a valid regular expression/);
  });
});

describe('patterns a backtracking engine runs in linear time', () => {
  it('takes the usual data patterns to JavaScript\'s engine, and nothing that can backtrack far', () => {
    for (const p of ['[A-Z]{2,3}[0-9]{0,3}', 'SUP-[0-9]{6}', '\\d{4}-\\d{2}-\\d{2}', '[a-z]+', '(GT|KZN|WC)[0-9]{3}', 'R\\.?[0-9 ]+', '[^,]*']) {
      expect(boundedBacktracking(p, true), p).toBe(true);
    }
    for (const p of ['(a+)+', 'a*a*b', '(x|y)*', '[^@]+@[^@]+\\.[a-z]+', '(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)',
      'x{1,99}y{1,99}', '(?=a)a', '\\bx', '(a)\\1', 'a{2,}b*', '(ab)?']) {
      expect(boundedBacktracking(p, true), p).toBe(false);
    }
    // A search starts again at every position: no unbounded quantifier at all.
    expect(boundedBacktracking('[a-z]+', false)).toBe(false);
    expect(boundedBacktracking('abc[0-9]{2}', false)).toBe(true);
  });

  it('matches as RE2 does on the patterns it takes', () => {
    const patterns = ['[A-Z]{2,3}[0-9]{0,3}', 'SUP-[0-9]{6}', '\\d{4}-\\d{2}', '(GT|KZN|WC)[0-9]{3}', '[a-z]+', 'a|b|c', '\\w+\\.csv'];
    fc.assert(fc.property(fc.constantFrom(...patterns), fc.string({ unit: fc.constantFrom('A', 'Z', 'G', 'T', 'a', 'z', '0', '9', '-', '.', 'S', 'U', 'P', 'c', 's', 'v', 'W', 'N', 'K', 'C', ' ') , maxLength: 10 }), (p, s) => {
      expect(boundedBacktracking(p, true)).toBe(true);
      const viaNative = compileSafe(p, { anchored: true });
      const viaRe2 = RE2JS.compile(RE2JS.translateRegExp(p));
      expect(viaNative.ok && viaNative.re.test(s), `${p} on ${JSON.stringify(s)}`).toBe(viaRe2.testExact(s));
    }), { numRuns: 2000, seed: 20261203 });
  });
});
