// Problem 12 of issue 13: the integer hint stripped every non-digit and suggested what was left, so a formula
// injection "=cmd|' /C calc'!A0" got "write 0". A value is suggested only when the dropped text is plausible noise.
import { describe, expect, it } from 'vitest';
import { compileField } from '../../../src/tableschema/cast.js';

const integer = compileField({ name: 'x', type: 'integer' });
const number = compileField({ name: 'x', type: 'number' });

describe('numeric hints never invent a value', () => {
  it.each([
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"http://x\",\"1\")",
    '@SUM(1+1)*cmd|/C calc!A1',
    'see note 3',
    'apples 12',
    'N/A 5',
    '~12',
    'abc1',
    'T-1000 series',
  ])('%j: no "write" suggestion, for integer and number', (cell) => {
    for (const field of [integer, number]) {
      const hint = field.explain(cell);
      expect(hint ?? '').not.toMatch(/write/);
    }
  });

  it('the formula-injection string is still explained, without a value', () => {
    expect(integer.explain("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0' has non-numeric text ('=cmd|' /C calc'!A')");
  });
});

describe('numbers written with plausible noise still get their suggestion', () => {
  it.each([
    ['1 234', integer, /write 1234\b/],
    ['R1200.00', number, /write 1200\.00\b/],
    ['R1200', integer, /write 1200\b/],
    ['€95', integer, /write 95 or declare bareNumber: false/],
    ['95%', number, /write 95\b/],
    ['USD 12', integer, /write 12\b/],
    ['$1,200', integer, /write 1200\b/],
    ['12 kg', integer, /write 12\b/],
    ['12a', integer, /write 12$/],
    ['€ 1,234.50', number, /write 1234\.50$/],
  ] as const)('%j gets its suggestion', (cell, field, expected) => {
    expect(field.explain(cell)).toMatch(expected);
  });
});
