import { describe, expect, it } from 'vitest';
import { compileSafe, safeRegExp } from '../../../src/util/safe-regex.js';

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
