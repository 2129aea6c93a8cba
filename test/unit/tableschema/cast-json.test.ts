// CompiledField.castJson: the cast of values as JSON.parse gives them, against today's path for JSON data files, which
// casts the cell text of the value (jsonCell, as src/engine/lint.ts builds it).
import { describe, expect, it } from 'vitest';
import { compileField, INVALID } from '../../../src/tableschema/cast.js';
import type { Field } from '../../../src/model/table-schema.js';

function f(type: string, extra: Partial<Field> = {}): ReturnType<typeof compileField> {
  return compileField({ name: 'x', type, ...extra });
}

function jsonCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

const day = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000;

describe('castJson gives the same result as cast(jsonCell(v)) for ordinary values', () => {
  const fields: [string, Partial<Field>][] = [
    ['string', {}], ['any', {}], ['colour', {}], ['string', { format: 'email' }], ['string', { format: 'uri' }],
    ['string', { format: 'uuid' }], ['string', { format: 'binary' }],
    ['integer', {}], ['integer', { groupChar: ',' }], ['integer', { bareNumber: false }],
    ['number', {}], ['number', { groupChar: ',' }], ['number', { bareNumber: false }], ['number', { groupChar: ' ' }],
    ['boolean', {}], ['boolean', { trueValues: ['true', 'yes'], falseValues: ['false', 'no'] }],
    ['date', {}], ['date', { format: 'any' }], ['date', { format: '%d/%m/%Y' }], ['datetime', {}], ['datetime', { format: 'any' }],
    ['time', {}], ['time', { format: 'any' }], ['year', {}], ['yearmonth', {}], ['duration', {}],
    ['object', {}], ['array', {}], ['geojson', {}], ['geojson', { format: 'topojson' }],
    ['geopoint', {}], ['geopoint', { format: 'array' }], ['geopoint', { format: 'object' }],
  ];
  const values: unknown[] = [
    '', 'abc', ' 42 ', '42', '-7', '1.5', '1,234', '1e21', 'true', 'yes', 'NaN', 'INF', '2024-02-29', '20240229', '29/02/2024',
    '2024-02-29T10:00:00Z', '2024-02-29 10:00', '10:30:00', '10:30', '2024', '2024-02', 'P1D', 'PT1H30M', '{"a":1}', '[1,2]',
    '{"type":"Point","coordinates":[1,2]}', '5, 10', '[5,10]', 'a@example.org', 'https://example.org',
    '123e4567-e89b-12d3-a456-426614174000', 'aGk=',
    0, -0, 1, 42, -7, 1.5, -0.25, 2020, 20240229, 1e-7, 1e20, 2 ** 53 - 1, 2 ** 53, 2 ** 60, -(2 ** 60),
    true, false, null,
    {}, { a: 1 }, { a: { b: [1, 'x', null] } }, { type: 'Point', coordinates: [1, 2] }, { type: 'Nope' },
    { type: 'Topology', objects: {} }, { lon: 5, lat: 10 }, [], [1, 2], [5, 10], [200, 10], ['x'],
  ];
  for (const [type, extra] of fields) {
    it(`${type} ${JSON.stringify(extra)}`, () => {
      const c = f(type, extra);
      for (const v of values) expect(c.castJson(v), `castJson(${JSON.stringify(v)})`).toEqual(c.cast(jsonCell(v)));
    });
  }
});

describe('castJson per type', () => {
  it('string formats cast strings and the text of other values', () => {
    const s = f('string');
    expect(s.castJson('x')).toBe('x');
    expect(s.castJson(5)).toBe('5');
    expect(s.castJson(true)).toBe('true');
    expect(s.castJson(null)).toBe('');
    expect(s.castJson({ a: 1 })).toBe('{"a":1}');
    const email = f('string', { format: 'email' });
    expect(email.castJson('a@example.org')).toBe('a@example.org');
    expect(email.castJson(5)).toBe(INVALID);
    expect(f('any').castJson([1])).toBe('[1]');
  });

  it('integer', () => {
    const c = f('integer');
    expect(c.castJson(42)).toBe(42);
    expect(c.castJson('42')).toBe(42);
    expect(Object.is(c.castJson(-0), 0)).toBe(true);
    expect(c.castJson(2 ** 53)).toBe(9007199254740992n);
    expect(c.castJson(1.5)).toBe(INVALID);
    expect(c.castJson('1.5')).toBe(INVALID);
    expect(c.castJson(true)).toBe(INVALID);
    expect(c.castJson(null)).toBe(INVALID);
    expect(c.castJson([1])).toBe(INVALID);
    expect(f('integer', { groupChar: ',' }).castJson('1,234')).toBe(1234);
  });

  it('number', () => {
    const c = f('number');
    expect(c.castJson(1.5)).toBe(1.5);
    expect(c.castJson(1e21)).toBe(1e21);
    expect(Object.is(c.castJson(-0), 0)).toBe(true);
    expect(c.castJson('1.5')).toBe(1.5);
    expect(c.castJson('NaN')).toBeNaN();
    expect(c.castJson(true)).toBe(INVALID);
    expect(c.castJson(null)).toBe(INVALID);
    expect(c.castJson({})).toBe(INVALID);
    expect(f('number', { decimalChar: ',' }).castJson('1,5')).toBe(1.5);
  });

  it('boolean', () => {
    const c = f('boolean');
    expect(c.castJson(true)).toBe(true);
    expect(c.castJson(false)).toBe(false);
    expect(c.castJson('TRUE')).toBe(true);
    expect(c.castJson(1)).toBe(true);
    expect(c.castJson(0)).toBe(false);
    expect(c.castJson('yes')).toBe(INVALID);
    expect(c.castJson(2)).toBe(INVALID);
    expect(c.castJson(null)).toBe(INVALID);
  });

  it('date, datetime, time, year, yearmonth, duration cast the text', () => {
    expect(f('date').castJson('2024-02-29')).toBe(day('2024-02-29'));
    expect(f('date').castJson(20240229)).toBe(INVALID);
    expect(f('date', { format: 'any' }).castJson(20240229)).toBe(day('2024-02-29'));
    expect(f('date').castJson('2023-02-29')).toBe(INVALID);
    expect(f('datetime').castJson('2024-02-29T10:00:00Z')).toBe(Date.UTC(2024, 1, 29, 10));
    expect(f('datetime').castJson(1709200800000)).toBe(INVALID);
    expect(f('time').castJson('10:30:00')).toBe(37800);
    expect(f('time').castJson(37800)).toBe(INVALID);
    expect(f('year').castJson(2024)).toBe(2024);
    expect(f('year').castJson('2024')).toBe(2024);
    expect(f('year').castJson(2024.5)).toBe(INVALID);
    expect(f('yearmonth').castJson('2024-02')).toBe(2024 * 12 + 1);
    expect(f('yearmonth').castJson(202402)).toBe(INVALID);
    expect(f('duration').castJson('P1D')).toBe(86400);
    expect(f('duration').castJson(86400)).toBe(INVALID);
  });

  it('object, array and geojson return the parsed value itself', () => {
    const obj = { a: [1, { b: 2 }] };
    expect(f('object').castJson(obj)).toBe(obj);
    expect(f('object').castJson('{"a":1}')).toEqual({ a: 1 });
    expect(f('object').castJson([1])).toBe(INVALID);
    expect(f('object').castJson(null)).toBe(INVALID);
    expect(f('object').castJson('x')).toBe(INVALID);
    const arr = [1, 'x'];
    expect(f('array').castJson(arr)).toBe(arr);
    expect(f('array').castJson('[1]')).toEqual([1]);
    expect(f('array').castJson({})).toBe(INVALID);
    const point = { type: 'Point', coordinates: [1, 2] };
    expect(f('geojson').castJson(point)).toBe(point);
    expect(f('geojson').castJson({ type: 'Point' })).toBe(INVALID);
    expect(f('geojson').castJson([point])).toBe(INVALID);
    const topology = { type: 'Topology', objects: {} };
    expect(f('geojson', { format: 'topojson' }).castJson(topology)).toBe(topology);
    expect(f('geojson', { format: 'topojson' }).castJson(point)).toBe(INVALID);
  });

  it('geopoint returns the cell text, as cast does', () => {
    expect(f('geopoint').castJson('5, 10')).toBe('5, 10');
    expect(f('geopoint').castJson([5, 10])).toBe(INVALID);
    expect(f('geopoint', { format: 'array' }).castJson([5, 10])).toBe('[5,10]');
    expect(f('geopoint', { format: 'array' }).castJson([200, 10])).toBe(INVALID);
    expect(f('geopoint', { format: 'object' }).castJson({ lon: 5, lat: 10 })).toBe('{"lon":5,"lat":10}');
  });
});

describe('castJson differs from cast(jsonCell(v)) where a direct cast is more faithful', () => {
  it('integer: integral numbers of 1e21 and more, whose text has an exponent', () => {
    const c = f('integer');
    expect(c.cast(jsonCell(1e21))).toBe(INVALID);
    expect(c.castJson(1e21)).toBe(10n ** 21n);
    expect(c.castJson(-1e21)).toBe(-(10n ** 21n));
    expect(c.castJson(1.2345e25)).toBe(12345n * 10n ** 21n);
    expect(f('integer', { bareNumber: false }).castJson(1e21)).toBe(10n ** 21n);
    // Below 1e21, the digits String() writes, as today.
    expect(c.castJson(2 ** 60)).toBe(1152921504606847000n);
    expect(c.castJson(2 ** 60)).toBe(c.cast(jsonCell(2 ** 60)));
  });

  it('integer: a fractional number is not an integer under groupChar .', () => {
    const c = f('integer', { groupChar: '.' });
    expect(c.cast(jsonCell(1.5))).toBe(15);
    expect(c.castJson(1.5)).toBe(INVALID);
    expect(c.castJson(1234)).toBe(1234);
  });

  it('number: decimalChar and groupChar describe text, not JSON numbers', () => {
    const comma = f('number', { decimalChar: ',' });
    expect(comma.cast(jsonCell(1.5))).toBe(INVALID);
    expect(comma.castJson(1.5)).toBe(1.5);
    const european = f('number', { decimalChar: ',', groupChar: '.' });
    expect(european.cast(jsonCell(1234.5))).toBe(12345);
    expect(european.castJson(1234.5)).toBe(1234.5);
    expect(european.castJson('1.234,5')).toBe(1234.5);
  });

  it('boolean: JSON true and false whatever trueValues and falseValues list', () => {
    const c = f('boolean', { trueValues: ['yes'], falseValues: ['no'] });
    expect(c.cast(jsonCell(true))).toBe(INVALID);
    expect(c.castJson(true)).toBe(true);
    expect(c.castJson(false)).toBe(false);
    expect(c.castJson('yes')).toBe(true);
    expect(c.castJson('true')).toBe(INVALID);
  });

  it('object: nested values stay as parsed, without a second parse', () => {
    const c = f('object');
    const v = { a: -0 };
    expect(Object.is((c.cast(jsonCell(v)) as { a: number }).a, 0)).toBe(true);
    expect(Object.is((c.castJson(v) as { a: number }).a, -0)).toBe(true);
  });
});
