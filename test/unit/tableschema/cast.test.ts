import { describe, expect, it } from 'vitest';
import { compareValues, compileField, INVALID, valueKey } from '../../../src/tableschema/cast.js';
import type { Field } from '../../../src/model/table-schema.js';

function f(type: string | undefined, extra: Partial<Field> = {}): ReturnType<typeof compileField> {
  return compileField({ name: 'x', ...(type === undefined ? {} : { type }), ...extra });
}

/** Asserts each cell casts to the given value. */
function accepts(field: ReturnType<typeof compileField>, cases: [string, unknown][]): void {
  for (const [cell, value] of cases) expect(field.cast(cell), `cast(${JSON.stringify(cell)})`).toEqual(value);
}

function rejects(field: ReturnType<typeof compileField>, cells: string[]): void {
  for (const cell of cells) expect(field.cast(cell), `cast(${JSON.stringify(cell)})`).toBe(INVALID);
}

const day = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000;

describe('compileField basics', () => {
  it('defaults the type to string and keeps name and field', () => {
    const field: Field = { name: 'title' };
    const c = compileField(field);
    expect(c.type).toBe('string');
    expect(c.name).toBe('title');
    expect(c.field).toBe(field);
    expect(c.cast('anything at all')).toBe('anything at all');
    expect(c.expected).toBe('a string');
  });

  it('treats unknown types as any', () => {
    const c = f('colour');
    expect(c.type).toBe('any');
    expect(c.cast('blue')).toBe('blue');
    expect(c.cast('')).toBe('');
  });

  it('any accepts everything and returns the string', () => {
    const c = f('any');
    expect(c.type).toBe('any');
    accepts(c, [['x', 'x'], [' 1 ', ' 1 '], ['{"a":1}', '{"a":1}']]);
  });

  it('INVALID is a unique symbol', () => {
    expect(typeof INVALID).toBe('symbol');
    expect(INVALID.description).toBe('invalid');
  });
});

describe('missingValues precedence', () => {
  it("defaults to ['']", () => {
    expect([...compileField({ name: 'a' }).missingValues]).toEqual(['']);
  });

  it('uses the schema list when the field has none', () => {
    const c = compileField({ name: 'a' }, ['', 'NA']);
    expect(c.missingValues.has('NA')).toBe(true);
    expect(c.missingValues.has('')).toBe(true);
  });

  it('the field list wins over the schema list', () => {
    const c = compileField({ name: 'a', missingValues: ['-'] }, ['', 'NA']);
    expect([...c.missingValues]).toEqual(['-']);
    expect(c.missingValues.has('NA')).toBe(false);
    expect(c.missingValues.has('')).toBe(false);
  });

  it('an empty field list means no missing values at all', () => {
    const c = compileField({ name: 'a', missingValues: [] }, ['']);
    expect(c.missingValues.size).toBe(0);
  });

  it('an empty schema list is honoured too', () => {
    expect(compileField({ name: 'a' }, []).missingValues.size).toBe(0);
  });

  it('accepts Table Schema v2 {value, label} entries', () => {
    const c = compileField({ name: 'a', missingValues: [{ value: '-99', label: 'refused' }] as unknown as string[] });
    expect(c.missingValues.has('-99')).toBe(true);
  });
});

describe('integer', () => {
  const c = f('integer');

  it('accepts plain integers with optional sign and leading zeros', () => {
    accepts(c, [['0', 0], ['12', 12], ['+12', 12], ['-12', -12], ['007', 7], ['-0', 0]]);
    expect(Object.is(c.cast('-0'), 0)).toBe(true);
    expect(c.expected).toBe('an integer');
  });

  it('rejects whitespace, hex, exponents, decimals and group separators', () => {
    rejects(c, [' 12', '12 ', '0x1A', '1e3', '1.0', '1,000', '1 000', '', '+', '-', '12a', '€95', '95%', 'NaN', 'INF']);
  });

  it('keeps integers beyond 2^53 exact as bigint', () => {
    expect(c.cast('9007199254740991')).toBe(9007199254740991);
    expect(c.cast('9007199254740993')).toBe(9007199254740993n);
    expect(c.cast('-123456789012345678901234567890')).toBe(-123456789012345678901234567890n);
    expect(c.cast('00000000000000000000001')).toBe(1);
  });

  it('accepts a declared groupChar only', () => {
    const g = f('integer', { groupChar: ',' });
    accepts(g, [['1,000', 1000], ['1,234,567', 1234567], ['12', 12], ['-1,000', -1000]]);
    rejects(g, ['1 000', ',100', '100,', '1,,000', '1.000']);
    expect(g.expected).toBe("an integer (thousands separator ',')");
    const space = f('integer', { groupChar: ' ' });
    accepts(space, [['1 000', 1000], ['1\u00a0000', 1000], ['1\u202f000', 1000]]);
    rejects(space, [' 1000', '1000 ']);
  });

  it('bareNumber: false strips surrounding text', () => {
    const b = f('integer', { bareNumber: false });
    accepts(b, [['€95', 95], ['95%', 95], ['USD -5', -5], [' 12 ', 12], ['95', 95]]);
    rejects(b, ['1.5', '12abc34', '€', '1,000']);
    const bg = f('integer', { bareNumber: false, groupChar: ',' });
    expect(bg.cast('$1,000 per year')).toBe(1000);
  });

  it('explains rejections', () => {
    expect(c.explain('1,000')).toBe("'1,000' uses a comma as thousands separator; write 1000 or declare groupChar ','");
    expect(c.explain('1.0')).toBe("'1.0' has a decimal part; write 1");
    expect(c.explain('1.5')).toMatch(/is not a whole number/);
    expect(c.explain('1e3')).toBe("'1e3' uses exponent notation; write 1000");
    expect(c.explain('0x1A')).toBe("'0x1A' is hexadecimal; write it in decimal digits (26)");
    expect(c.explain(' 12')).toBe("' 12' has leading or trailing white space; remove it");
    expect(c.explain('€95')).toBe("'€95' has non-numeric text ('€'); write 95 or declare bareNumber: false");
    expect(c.explain('-')).toBe("'-' looks like a missing-value marker: declare it in missingValues");
    expect(c.explain('N/A')).toBe("'N/A' looks like a missing-value marker: declare it in missingValues");
    expect(c.explain('#DIV/0!')).toMatch(/spreadsheet error/);
  });
});

describe('number', () => {
  const c = f('number');

  it('accepts decimals, signs, exponents and the special values', () => {
    accepts(c, [
      ['1', 1],
      ['-1.5', -1.5],
      ['+0.25', 0.25],
      ['.5', 0.5],
      ['1.', 1],
      ['1e3', 1000],
      ['1.5E-2', 0.015],
      ['-2e+2', -200],
      ['INF', Infinity],
      ['-INF', -Infinity],
    ]);
    expect(Number.isNaN(c.cast('NaN'))).toBe(true);
    expect(c.expected).toBe("a number (decimal point '.')");
  });

  it('rejects locale forms, whitespace and other spellings', () => {
    rejects(c, ['1 234,50', '1,234.50', '12,5', ' 1', '1 ', '0x1A', 'Infinity', 'inf', 'nan', '+INF', '1e', 'e3', '.', '', '1..2', '€5']);
  });

  it('honours decimalChar and groupChar', () => {
    const eu = f('number', { decimalChar: ',', groupChar: ' ' });
    accepts(eu, [['1 234,50', 1234.5], ['12,5', 12.5], ['-0,5', -0.5], ['1\u202f234,5', 1234.5], ['7', 7]]);
    rejects(eu, ['1.5', '1 234.50']);
    expect(eu.expected).toBe("a number (decimal mark ',', thousands separator ' ')");
    const us = f('number', { groupChar: ',' });
    accepts(us, [['1,234.50', 1234.5], ['1,234', 1234]]);
    const de = f('number', { decimalChar: ',', groupChar: '.' });
    accepts(de, [['1.234,50', 1234.5], ['1.234.567', 1234567]]);
  });

  it('honours bareNumber: false', () => {
    const b = f('number', { bareNumber: false });
    accepts(b, [['95%', 95], ['€ 12.50', 12.5], ['-3.5 kg', -3.5], ['$.5', 0.5]]);
    rejects(b, ['abc', '1.2.3x4']);
    expect(b.expected).toContain('surrounding text');
  });

  it('explains the locale case', () => {
    expect(c.explain('1 234,50')).toBe(
      "'1 234,50' uses a space as thousands separator and a comma as decimal mark; write 1234.50",
    );
    expect(c.explain('1,234.50')).toBe("'1,234.50' uses a comma as thousands separator; write 1234.50 or declare groupChar ','");
    expect(c.explain('12,5')).toBe("'12,5' uses a comma as decimal mark; write 12.5 or declare decimalChar ','");
    expect(c.explain('1.234,50')).toBe("'1.234,50' uses a dot as thousands separator and a comma as decimal mark; write 1234.50");
    expect(c.explain('1,234')).toBe("'1,234' uses a comma either as thousands separator or as decimal mark; write 1234 or 1.234");
    expect(c.explain('-1\u00a0234,5')).toMatch(/non-breaking space.*write -1234\.5$/);
  });

  it('explains in the field’s own conventions', () => {
    const eu = f('number', { decimalChar: ',' });
    expect(eu.explain('1.234,50')).toBe("'1.234,50' uses a dot as thousands separator; write 1234,50 or declare groupChar '.'");
  });

  it('explains other rejections', () => {
    expect(c.explain('95%')).toBe("'95%' has non-numeric text ('%'); write 95 or declare bareNumber: false");
    expect(c.explain('€ 1,234.50')).toBe("'€ 1,234.50' has non-numeric text ('€') and uses a comma as thousands separator; write 1234.50");
    expect(c.explain('Infinity')).toBe("'Infinity': write NaN, INF or -INF exactly");
    expect(c.explain('(5.25)')).toBe("'(5.25)' uses accounting notation for a negative number; write -5.25");
    expect(c.explain('1 ')).toMatch(/white space/);
    expect(c.explain('N/A')).toBe("'N/A' looks like a missing-value marker: declare it in missingValues");
    expect(c.explain('n/a')).toMatch(/missing-value marker/);
    expect(c.explain('..')).toMatch(/missing-value marker/);
    expect(c.explain('abc')).toBeUndefined();
  });
});

describe('boolean', () => {
  it('uses the default true and false values', () => {
    const c = f('boolean');
    accepts(c, [['true', true], ['True', true], ['TRUE', true], ['1', true], ['false', false], ['False', false], ['FALSE', false], ['0', false]]);
    rejects(c, ['yes', 'no', 'tRuE', ' true', 'T', '1.0', '']);
    expect(c.expected).toBe('true or false');
  });

  it('uses declared trueValues and falseValues instead of the defaults', () => {
    const c = f('boolean', { trueValues: ['Y', 'yes'], falseValues: ['N'] });
    accepts(c, [['Y', true], ['yes', true], ['N', false]]);
    rejects(c, ['true', '1', 'false', 'n']);
    expect(c.expected).toBe("one of 'Y', 'yes' (true) or 'N' (false)");
  });

  it('explains', () => {
    const c = f('boolean');
    expect(c.explain('yes')).toMatch(/^'yes' is not a declared true or false value; write true or false, or declare trueValues/);
    expect(c.explain('tRuE')).toMatch(/not one of the accepted spellings/);
    expect(c.explain(' true')).toMatch(/white space/);
    expect(c.explain('maybe')).toBeUndefined();
  });
});

describe('date', () => {
  const c = f('date');

  it('casts YYYY-MM-DD to days since 1970-01-01', () => {
    accepts(c, [['1970-01-01', 0], ['1970-01-02', 1], ['1969-12-31', -1], ['2023-01-30', day('2023-01-30')], ['2000-02-29', day('2000-02-29')]]);
    expect(c.cast('0001-01-01')).toBe(-719162);
    const y50 = new Date(0);
    y50.setUTCFullYear(50, 5, 15); // Date.UTC would map year 50 to 1950
    expect(c.cast('0050-06-15')).toBe(y50.getTime() / 86400000);
    expect(c.expected).toBe('a date in the form YYYY-MM-DD');
  });

  it('validates the calendar, including leap years', () => {
    accepts(c, [['2024-02-29', day('2024-02-29')], ['2000-02-29', day('2000-02-29')], ['2023-04-30', day('2023-04-30')]]);
    rejects(c, ['2023-02-29', '1900-02-29', '2100-02-29', '2023-02-30', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '2023-01-32']);
  });

  it('rejects other layouts', () => {
    rejects(c, ['20230130', '2023-1-30', '30/01/2023', '2023/01/30', ' 2023-01-30', '2023-01-30 ', '2023-01-30T00:00:00', '23-01-30', '+2023-01-30']);
  });

  it('explains', () => {
    expect(c.explain('2023-02-30')).toBe('2023-02-30 is not a real date (February 2023 has 28 days)');
    expect(c.explain('2023-02-29')).toMatch(/^2023-02-29 is not a real date/);
    expect(c.explain('2023-13-01')).toBe('2023-13-01 is not a real date (there is no month 13)');
    expect(c.explain('30/01/2023')).toBe("'30/01/2023' looks like day/month/year; write 2023-01-30 or declare format '%d/%m/%Y'");
    expect(c.explain('01/30/2023')).toBe("'01/30/2023' looks like month/day/year; write 2023-01-30 or declare format '%m/%d/%Y'");
    expect(c.explain('05/06/2023')).toMatch(/ambiguous.*'%d\/%m\/%Y' or '%m\/%d\/%Y'/);
    expect(c.explain('2023-1-5')).toBe("'2023-1-5' needs two-digit months and days; write 2023-01-05");
    expect(c.explain('2023/01/30')).toMatch(/write 2023-01-30 or declare format '%Y\/%m\/%d'/);
    expect(c.explain('20230130')).toMatch(/declare format 'any'/);
    expect(c.explain('2023-01-30T10:00:00')).toMatch(/has a time part/);
    expect(c.explain('44927')).toMatch(/spreadsheet serial date/);
    expect(c.explain('N/A')).toBe("'N/A' looks like a missing-value marker: declare it in missingValues");
  });

  it('explains a year and month, or a year, where a date is expected (monthly and yearly data typed date)', () => {
    expect(c.explain('1958-03')).toBe("'1958-03' is a year and month, not a date: declare the field's type yearmonth if it holds months, or write the full date");
    expect(c.explain('1958')).toBe("'1958' is a year, not a date: declare the field's type year if it holds years, or write the full date");
    expect(f('date', { format: 'any' }).explain('2026-12')).toMatch(/^'2026-12' is a year and month, not a date: declare the field's type yearmonth/);
    expect(f('date', { format: '%d/%m/%Y' }).explain('1958-03')).toMatch(/^'1958-03' is a year and month, not a date: declare the field's type yearmonth/);
    expect(f('date', { format: '%d/%m/%Y' }).explain('1958')).toMatch(/^'1958' is a year, not a date: declare the field's type year /);
    expect(f('datetime').explain('1958-03')).toBe("'1958-03' is a year and month, not a date and time: declare the field's type yearmonth if it holds months, or write the full date and time");
    expect(f('datetime').explain('1958')).toMatch(/^'1958' is a year, not a date and time/);
    // Not a month, not four digits: no such hint.
    expect(c.explain('1958-13')).toBeUndefined();
    expect(c.explain('1958-00')).toBeUndefined();
    expect(c.explain('958')).toBeUndefined();
    expect(c.explain('19580')).toBeUndefined();
    expect(f('time').explain('1958')).toBeUndefined();
  });

  it("format 'any' accepts the ISO 8601 forms only", () => {
    const a = f('date', { format: 'any' });
    accepts(a, [['2023-01-30', day('2023-01-30')], ['20230130', day('2023-01-30')], ['20240229', day('2024-02-29')]]);
    rejects(a, ['30/01/2023', '01/30/2023', '2023/01/30', '20230230', '2023-02-30', '30 Jan 2023', '230130']);
    expect(a.explain('20230230')).toMatch(/not a real date/);
  });

  it('accepts strptime patterns', () => {
    const dmy = f('date', { format: '%d/%m/%Y' });
    accepts(dmy, [['30/01/2023', day('2023-01-30')], ['1/2/2023', day('2023-02-01')], ['29/02/2024', day('2024-02-29')]]);
    rejects(dmy, ['2023-01-30', '31/02/2023', '29/02/2023', '30/13/2023', '32/01/2023', '30-01-2023', '30/01/23']);
    expect(dmy.expected).toBe('a date in the form %d/%m/%Y');
    expect(dmy.explain('31/02/2023')).toBe('31/02/2023 is not a real date (February 2023 has 28 days)');
    expect(dmy.explain('2023-01-30')).toMatch(/ISO 8601 form but the field's format is '%d\/%m\/%Y'/);

    accepts(f('date', { format: '%Y/%m/%d' }), [['2023/01/30', day('2023-01-30')]]);
    accepts(f('date', { format: '%m/%d/%Y' }), [['01/30/2023', day('2023-01-30')]]);
    rejects(f('date', { format: '%m/%d/%Y' }), ['30/01/2023']);
  });

  it('supports %y, %b and %B (English, case-insensitive) and white-space runs', () => {
    const y2 = f('date', { format: '%d/%m/%y' });
    accepts(y2, [['30/01/23', day('2023-01-30')], ['01/01/68', day('2068-01-01')], ['01/01/69', day('1969-01-01')], ['01/01/99', day('1999-01-01')]]);
    const b = f('date', { format: '%d %b %Y' });
    accepts(b, [['5 Jan 2023', day('2023-01-05')], ['05 jan 2023', day('2023-01-05')], ['29 FEB 2024', day('2024-02-29')], ['5  Jan 2023', day('2023-01-05')]]);
    rejects(b, ['5 January 2023', '5 Janu 2023', '29 Feb 2023', '5 Jan. 2023']);
    const full = f('date', { format: '%B %d, %Y' });
    accepts(full, [['January 30, 2023', day('2023-01-30')], ['september 1, 2023', day('2023-09-01')]]);
    rejects(full, ['Jan 30, 2023', 'Septembre 1, 2023']);
  });

  it("accepts the deprecated 'fmt:' prefix", () => {
    const c2 = f('date', { format: 'fmt:%d/%m/%Y' });
    expect(c2.cast('30/01/2023')).toBe(day('2023-01-30'));
    expect(c2.expected).toBe('a date in the form %d/%m/%Y');
  });

  it('supports %j and ignores a time part in a date pattern', () => {
    const j = f('date', { format: '%Y-%j' });
    accepts(j, [['2023-001', day('2023-01-01')], ['2024-060', day('2024-02-29')], ['2024-366', day('2024-12-31')]]);
    rejects(j, ['2023-366', '2023-000']);
    expect(j.explain('2023-366')).toBe('2023-366 is not a real date (2023 has 365 days)');
    expect(f('date', { format: '%d/%m/%Y %H:%M' }).cast('30/01/2023 10:15')).toBe(day('2023-01-30'));
  });

  it('reports unusable patterns instead of throwing', () => {
    const bad = f('date', { format: 'DD/MM/YYYY' });
    expect(bad.cast('30/01/2023')).toBe(INVALID);
    expect(bad.explain('30/01/2023')).toBe(
      "the field's format 'DD/MM/YYYY' is not a usable pattern: it has no % directives (did you mean '%d/%m/%Y'?)",
    );
    const unknown = f('date', { format: '%d/%Q' });
    expect(unknown.cast('1/2')).toBe(INVALID);
    expect(unknown.explain('1/2')).toMatch(/%Q is not a supported directive/);
  });
});

describe('datetime', () => {
  const c = f('datetime');

  it('casts ISO 8601 to epoch milliseconds (UTC)', () => {
    accepts(c, [
      ['1970-01-01T00:00:00Z', 0],
      ['2023-01-30T10:15:30Z', Date.UTC(2023, 0, 30, 10, 15, 30)],
      ['2023-01-30T10:15:30', Date.UTC(2023, 0, 30, 10, 15, 30)],
      ['2023-01-30T10:15:30.5Z', Date.UTC(2023, 0, 30, 10, 15, 30, 500)],
      ['2023-01-30T10:15:30.123456Z', Date.UTC(2023, 0, 30, 10, 15, 30, 123) + 0.456],
      ['2023-01-30T10:15:30+02:00', Date.UTC(2023, 0, 30, 8, 15, 30)],
      ['2023-01-30T01:00:00-05:30', Date.UTC(2023, 0, 30, 6, 30, 0)],
      ['2024-02-29T23:59:59Z', Date.UTC(2024, 1, 29, 23, 59, 59)],
    ]);
    expect(c.expected).toMatch(/^a date and time in the form YYYY-MM-DDThh:mm:ss/);
  });

  it('treats values without a zone as UTC', () => {
    expect(c.cast('2023-06-01T12:00:00')).toBe(c.cast('2023-06-01T12:00:00Z'));
    expect(c.cast('2023-06-01T14:00:00+02:00')).toBe(c.cast('2023-06-01T12:00:00Z'));
  });

  it('validates ranges and layout', () => {
    rejects(c, [
      '2023-01-30T24:00:00', '2023-01-30T10:60:00', '2023-01-30T10:00:60', '2023-02-30T10:00:00', '2023-01-30 10:00:00',
      '2023-01-30T10:00', '2023-01-30', '2023-01-30T10:00:00+0200', '2023-01-30T10:00:00+24:00', '2023-01-30T10:00:00ZZ',
      '2023-01-30T10:00:00.', '2023-01-30t10:00:00', ' 2023-01-30T10:00:00', '2023-01-30T1:00:00',
    ]);
  });

  it('explains', () => {
    expect(c.explain('2023-01-30 10:00:00')).toBe(
      "'2023-01-30 10:00:00' uses a space between date and time; write 2023-01-30T10:00:00 or declare format 'any'",
    );
    expect(c.explain('2023-01-30')).toBe("'2023-01-30' has no time part; write 2023-01-30T00:00:00 or use type date");
    expect(c.explain('2023-02-30T10:00:00')).toBe('2023-02-30 is not a real date (February 2023 has 28 days)');
    expect(c.explain('2023-01-30T25:00:00')).toMatch(/hour 25 is out of range/);
    expect(c.explain('2023-01-30T10:00')).toMatch(/has no seconds; write 10:00:00/);
    expect(c.explain('30/01/2023 10:00')).toMatch(/does not start with a YYYY-MM-DD date/);
  });

  it("format 'any' also allows a space, missing seconds and compact offsets", () => {
    const a = f('datetime', { format: 'any' });
    accepts(a, [
      ['2023-01-30 10:15:30', Date.UTC(2023, 0, 30, 10, 15, 30)],
      ['2023-01-30T10:15', Date.UTC(2023, 0, 30, 10, 15)],
      ['2023-01-30 10:15+0100', Date.UTC(2023, 0, 30, 9, 15)],
      ['2023-01-30T10:15:00-03', Date.UTC(2023, 0, 30, 13, 15)],
    ]);
    rejects(a, ['30/01/2023 10:15', '2023-01-30', '2023-01-30 25:00']);
  });

  it('accepts strptime patterns with %H %M %S %f %z %p', () => {
    const p = f('datetime', { format: '%d/%m/%Y %H:%M' });
    expect(p.cast('30/01/2023 10:15')).toBe(Date.UTC(2023, 0, 30, 10, 15));
    rejects(p, ['30/01/2023 24:15', '30/01/2023', '31/04/2023 10:15']);
    expect(p.expected).toBe('a date and time in the form %d/%m/%Y %H:%M');
    const z = f('datetime', { format: '%Y-%m-%dT%H:%M:%S.%f%z' });
    expect(z.cast('2023-01-30T10:15:30.250+0100')).toBe(Date.UTC(2023, 0, 30, 9, 15, 30, 250));
    expect(z.cast('2023-01-30T10:15:30.250Z')).toBe(Date.UTC(2023, 0, 30, 10, 15, 30, 250));
    const ampm = f('datetime', { format: '%m/%d/%Y %I:%M %p' });
    expect(ampm.cast('01/30/2023 12:05 AM')).toBe(Date.UTC(2023, 0, 30, 0, 5));
    expect(ampm.cast('01/30/2023 12:05 pm')).toBe(Date.UTC(2023, 0, 30, 12, 5));
    expect(ampm.cast('01/30/2023 1:05 PM')).toBe(Date.UTC(2023, 0, 30, 13, 5));
    expect(ampm.cast('01/30/2023 13:05 PM')).toBe(INVALID);
    expect(f('datetime', { format: '%FT%T' }).cast('2023-01-30T10:15:30')).toBe(Date.UTC(2023, 0, 30, 10, 15, 30));
  });
});

describe('time', () => {
  const c = f('time');

  it('casts hh:mm:ss to seconds since midnight', () => {
    accepts(c, [
      ['00:00:00', 0],
      ['10:15:30', 36930],
      ['23:59:59', 86399],
      ['10:15:30.25', 36930.25],
      ['10:00:00Z', 36000],
      ['10:00:00+02:00', 28800],
      ['01:00:00+02:00', 82800],
      ['23:00:00-02:00', 3600],
    ]);
    expect(c.expected).toBe('a time in the form hh:mm:ss');
  });

  it('rejects out-of-range and other layouts', () => {
    rejects(c, ['24:00:00', '10:60:00', '10:00:60', '10:00', '1:00:00', '10:00:00 ', '10.00.00', '10:00:00 PM', '10:00:00+2', 'T10:00:00']);
  });

  it('explains', () => {
    expect(c.explain('10:00')).toBe("'10:00' has no seconds; write 10:00:00");
    expect(c.explain('9:30:00')).toBe("'9:30:00' needs a two-digit hour; write 09:30:00");
    expect(c.explain('24:00:00')).toBe("'24:00:00': hour 24 is out of range (00–23)");
    expect(c.explain('10:30 PM')).toMatch(/12-hour clock; write 22:30:00/);
    expect(c.explain('2023-01-30T10:00:00')).toMatch(/has a date part/);
  });

  it("format 'any' allows hh:mm", () => {
    const a = f('time', { format: 'any' });
    accepts(a, [['10:15', 36900], ['10:15:30', 36930], ['10:15Z', 36900]]);
    rejects(a, ['10', '25:00']);
  });

  it('accepts strptime patterns', () => {
    const p = f('time', { format: '%H.%M' });
    accepts(p, [['10.15', 36900], ['9.05', 32700]]);
    rejects(p, ['10:15', '24.00']);
    const ampm = f('time', { format: '%I:%M %p' });
    accepts(ampm, [['10:30 PM', 81000], ['12:00 AM', 0], ['12:00 PM', 43200]]);
    expect(ampm.expected).toBe('a time in the form %I:%M %p');
  });
});

describe('year and yearmonth', () => {
  it('year is four digits', () => {
    const c = f('year');
    accepts(c, [['2023', 2023], ['0999', 999], ['1900', 1900]]);
    rejects(c, ['23', '20233', '+2023', '-2023', '2023.0', ' 2023', '2023-24', 'abcd']);
    expect(c.explain('2023.0')).toBe("'2023.0' has a decimal part; write 2023");
    expect(c.explain('2023-24')).toMatch(/range of years/);
    expect(c.explain('23')).toMatch(/not a four-digit year/);
  });

  it('yearmonth is YYYY-MM with month 01–12, cast to year*12 + month-1', () => {
    const c = f('yearmonth');
    accepts(c, [['2023-01', 2023 * 12], ['2023-12', 2023 * 12 + 11], ['1999-06', 1999 * 12 + 5]]);
    rejects(c, ['2023-13', '2023-00', '2023-1', '2023/01', '202301', '01-2023', '2023-01-01']);
    expect(compareValues(c.cast('2022-12'), c.cast('2023-01'))).toBeLessThan(0);
    expect(c.explain('2023-13')).toBe("'2023-13': month 13 is out of range (01–12)");
    expect(c.explain('2023/1')).toBe("'2023/1' is not in the form YYYY-MM; write 2023-01");
    expect(c.explain('01/2023')).toBe("'01/2023' puts the month first; write 2023-01");
    expect(c.expected).toBe('a year and month in the form YYYY-MM');
  });
});

describe('duration', () => {
  const c = f('duration');
  const D = 86400;

  it('casts ISO 8601 durations to approximate seconds', () => {
    accepts(c, [
      ['P1Y', 365.2425 * D],
      ['P1M', 30.436875 * D],
      ['P3W', 21 * D],
      ['P1D', D],
      ['PT2H30M', 9000],
      ['PT0.5S', 0.5],
      ['PT1,5S', 1.5],
      ['P1Y2M10DT2H30M', 365.2425 * D + 2 * 30.436875 * D + 10 * D + 9000],
      ['-P1D', -D],
      ['P0D', 0],
    ]);
  });

  it("rejects 'P', 'PT' and malformed forms", () => {
    rejects(c, ['P', 'PT', 'P1YT', 'P1H', 'PT1D', 'P1M1Y', '1D', 'p1d', 'P1.D', 'P 1D', '', 'PT-1S']);
  });

  it('orders durations by length', () => {
    expect(compareValues(c.cast('P1M'), c.cast('P29D'))).toBeGreaterThan(0);
    // a year is exactly twelve average months
    expect(compareValues(c.cast('P1Y'), c.cast('P12M'))).toBe(0);
    expect(compareValues(c.cast('PT23H'), c.cast('P1D'))).toBeLessThan(0);
  });

  it('explains', () => {
    expect(c.explain('P')).toMatch(/has no components/);
    expect(c.explain('PT')).toMatch(/has no components/);
    expect(c.explain('P1DT')).toMatch(/ends with 'T'/);
    expect(c.explain('P1H')).toMatch(/before 'T'/);
    expect(c.explain('90')).toMatch(/bare number/);
    expect(c.explain('01:30')).toBe("'01:30' is a clock time; write it as an ISO 8601 duration, e.g. PT1H30M");
  });
});

describe('string formats', () => {
  it('email', () => {
    const c = f('string', { format: 'email' });
    accepts(c, [['a@example.org', 'a@example.org'], ['first.last+tag@sub.example.co.uk', 'first.last+tag@sub.example.co.uk'], ['josé@exämple.de', 'josé@exämple.de']]);
    rejects(c, ['a@b', 'example.org', 'a@@b.org', 'a b@c.org', '@example.org', 'a@.org', 'a.@example.org', 'a@example.org;b@example.org', 'mailto:a@example.org']);
    expect(c.explain('mailto:a@example.org')).toMatch(/starts with 'mailto:'/);
    expect(c.explain('a@example.org; b@example.org')).toMatch(/more than one address/);
    expect(c.explain('example.org')).toMatch(/has no '@'/);
    expect(c.explain('a@localhost')).toMatch(/has no dot/);
    expect(c.explain('N/A')).toMatch(/missing-value marker/);
    expect(c.expected).toBe('an email address');
  });

  it('uri', () => {
    const c = f('string', { format: 'uri' });
    accepts(c, [['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'], ['mailto:a@example.org', 'mailto:a@example.org'], ['urn:isbn:0451450523', 'urn:isbn:0451450523'], ['ftp://host/file', 'ftp://host/file']]);
    rejects(c, ['www.example.org', '/relative/path', 'https://', 'https:example.org', 'https://exa mple.org', 'example.org/x', '://x']);
    expect(c.explain('www.example.org')).toBe("'www.example.org' has no scheme; write https://www.example.org");
    expect(c.explain('/relative/path')).toMatch(/relative reference/);
    expect(c.explain('https://exa mple.org')).toMatch(/white space/);
  });

  it('uuid', () => {
    const c = f('string', { format: 'uuid' });
    accepts(c, [['123e4567-e89b-12d3-a456-426614174000', '123e4567-e89b-12d3-a456-426614174000'], ['123E4567-E89B-12D3-A456-426614174000', '123E4567-E89B-12D3-A456-426614174000']]);
    rejects(c, ['123e4567e89b12d3a456426614174000', '{123e4567-e89b-12d3-a456-426614174000}', '123e4567-e89b-12d3-a456-42661417400g', 'x']);
    expect(c.explain('123e4567e89b12d3a456426614174000')).toMatch(/no hyphens/);
  });

  it('binary (base64)', () => {
    const c = f('string', { format: 'binary' });
    accepts(c, [['aGVsbG8=', 'aGVsbG8='], ['aGVsbG8h', 'aGVsbG8h'], ['aGk=', 'aGk='], ['YQ==', 'YQ==']]);
    rejects(c, ['aGVsbG8', 'a===', 'aGV sbG8=', 'a-_b']);
    expect(c.explain('a-_b')).toMatch(/URL-safe/);
    expect(c.explain('aGVsbG8')).toMatch(/multiple of 4/);
  });

  it("'default' and unknown formats accept anything", () => {
    expect(f('string', { format: 'default' }).cast(' x ')).toBe(' x ');
    expect(f('string', { format: 'something' }).cast('x')).toBe('x');
  });
});

describe('object, array, geojson', () => {
  it('object needs a JSON object', () => {
    const c = f('object');
    expect(c.cast('{"a":1,"b":[2]}')).toEqual({ a: 1, b: [2] });
    expect(c.cast(' {} ')).toEqual({});
    rejects(c, ['[1]', 'null', '1', '"x"', '{a:1}', "{'a':1}", '{"a":1', '']);
    expect(c.explain('[1]')).toBe("'[1]' is JSON an array, not an object");
    expect(c.explain("{'a':1}")).toMatch(/single quotes/);
    expect(c.explain('{"a":1')).toMatch(/is not valid JSON/);
    expect(c.expected).toBe('a JSON object');
  });

  it('array needs a JSON array', () => {
    const c = f('array');
    expect(c.cast('[1,"a",null]')).toEqual([1, 'a', null]);
    rejects(c, ['{}', '1,2', '[1,', 'null']);
    expect(c.explain('{}')).toBe("'{}' is JSON an object, not an array");
  });

  it('geojson checks the structure', () => {
    const c = f('geojson');
    expect(c.cast('{"type":"Point","coordinates":[1,2]}')).toEqual({ type: 'Point', coordinates: [1, 2] });
    expect(c.cast('{"type":"Feature","geometry":null,"properties":{}}')).toEqual({ type: 'Feature', geometry: null, properties: {} });
    expect(c.cast('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}]}')).not.toBe(INVALID);
    expect(c.cast('{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[0,0]}]}')).not.toBe(INVALID);
    rejects(c, ['{"type":"Point"}', '{"type":"Circle","coordinates":[1]}', '{"coordinates":[1,2]}', '[1,2]', '{"type":"FeatureCollection","features":[{}]}']);
    expect(c.explain('{"type":"Point"}')).toBe(`'{"type":"Point"}' is not GeoJSON: a Point needs a 'coordinates' array`);
    const topo = f('geojson', { format: 'topojson' });
    expect(topo.cast('{"type":"Topology","objects":{}}')).toEqual({ type: 'Topology', objects: {} });
    expect(topo.cast('{"type":"Point","coordinates":[1,2]}')).toBe(INVALID);
  });
});

describe('geopoint', () => {
  it("default 'lon, lat'", () => {
    const c = f('geopoint');
    accepts(c, [['90, 45', '90, 45'], ['90,45', '90,45'], ['-180,-90', '-180,-90'], ['4.35, 50.85', '4.35, 50.85']]);
    rejects(c, ['181, 45', '90, 91', '90', '90; 45', 'a, b', ' 90, 45', '[90, 45]']);
    expect(c.explain('45, 120')).toMatch(/^latitude 120 is out of range.*swapped/);
    expect(c.explain('200, 45')).toBe('longitude 200 is out of range (-180 to 180)');
    expect(c.explain('[90, 45]')).toMatch(/declare format 'array'/);
    expect(c.expected).toBe("a point in the form 'lon, lat'");
  });

  it('array and object formats', () => {
    const a = f('geopoint', { format: 'array' });
    accepts(a, [['[90, 45]', '[90, 45]']]);
    rejects(a, ['[90]', '[90, 95]', '["90", "45"]', '90, 45']);
    const o = f('geopoint', { format: 'object' });
    accepts(o, [['{"lon": 90, "lat": 45}', '{"lon": 90, "lat": 45}']]);
    rejects(o, ['{"lon": 90}', '{"lon": 90, "lat": 45, "alt": 1}', '{"lat": 100, "lon": 0}', '[90, 45]']);
  });
});

describe('compareValues', () => {
  it('orders numbers, including bigint and special values', () => {
    expect(compareValues(1, 2)).toBeLessThan(0);
    expect(compareValues(2, 1)).toBeGreaterThan(0);
    expect(compareValues(1.5, 1.5)).toBe(0);
    expect(compareValues(-0, 0)).toBe(0);
    expect(compareValues(-Infinity, -1e308)).toBeLessThan(0);
    expect(compareValues(Infinity, 1e308)).toBeGreaterThan(0);
    expect(compareValues(9007199254740993n, 9007199254740991)).toBeGreaterThan(0);
    expect(compareValues(-9007199254740993n, 0)).toBeLessThan(0);
    expect(compareValues(10n ** 20n, 10n ** 20n + 1n)).toBeLessThan(0);
    expect(compareValues(NaN, NaN)).toBe(0);
    expect(compareValues(NaN, -Infinity)).toBeLessThan(0);
    expect(compareValues(0, NaN)).toBeGreaterThan(0);
  });

  it('orders strings by code unit, not locale', () => {
    expect(compareValues('a', 'b')).toBeLessThan(0);
    expect(compareValues('B', 'a')).toBeLessThan(0);
    expect(compareValues('abc', 'abc')).toBe(0);
    expect(compareValues('ab', 'a')).toBeGreaterThan(0);
  });

  it('orders booleans false < true', () => {
    expect(compareValues(false, true)).toBeLessThan(0);
    expect(compareValues(true, false)).toBeGreaterThan(0);
    expect(compareValues(true, true)).toBe(0);
  });

  it('works on cast results of temporal fields', () => {
    const d = f('date');
    expect(compareValues(d.cast('2023-12-31'), d.cast('2024-01-01'))).toBeLessThan(0);
    const t = f('time');
    expect(compareValues(t.cast('09:00:00'), t.cast('10:00:00+02:00'))).toBeGreaterThan(0);
    const dt = f('datetime');
    // 00:30+01:00 is 23:30Z the day before
    expect(compareValues(dt.cast('2023-01-01T00:30:00+01:00'), dt.cast('2022-12-31T23:45:00Z'))).toBeLessThan(0);
    expect(compareValues(dt.cast('2023-01-01T01:00:00+01:00'), dt.cast('2022-12-31T23:45:00Z'))).toBeGreaterThan(0);
  });

  it('compares JSON values structurally', () => {
    expect(compareValues({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(0);
    expect(compareValues([1, 2], [1, 3])).not.toBe(0);
  });
});

describe('valueKey', () => {
  it('gives equal keys to equal numbers', () => {
    const n = f('number');
    expect(valueKey(n.cast('1'))).toBe(valueKey(n.cast('1.0')));
    expect(valueKey(n.cast('1e2'))).toBe(valueKey(n.cast('100.00')));
    expect(valueKey(-0)).toBe(0);
    expect(Object.is(valueKey(-0), 0)).toBe(true);
    const i = f('integer');
    expect(valueKey(i.cast('+1'))).toBe(valueKey(i.cast('01')));
    expect(valueKey(f('integer', { groupChar: ',' }).cast('1,000'))).toBe(valueKey(i.cast('1000')));
    expect(valueKey(n.cast('1'))).not.toBe(valueKey(n.cast('1.5')));
  });

  it('distinguishes big integers exactly', () => {
    const i = f('integer');
    const a = valueKey(i.cast('9007199254740993'));
    const b = valueKey(i.cast('9007199254740992'));
    expect(a).toBe('9007199254740993');
    expect(a).not.toBe(b);
    expect(valueKey(i.cast('09007199254740993'))).toBe(a);
  });

  it('works as Set members, NaN included', () => {
    const n = f('number');
    const keys = new Set(['NaN', 'NaN', '2', '2.0', 'INF'].map((c) => valueKey(n.cast(c))));
    expect(keys.size).toBe(3);
  });

  it('keeps strings and booleans as they are and canonicalises JSON', () => {
    expect(valueKey('a')).toBe('a');
    expect(valueKey(true)).toBe(true);
    expect(valueKey(f('object').cast('{"b":1,"a":[1,{"d":2,"c":3}]}'))).toBe(valueKey(f('object').cast('{"a":[1,{"c":3,"d":2}],"b":1}')));
    expect(valueKey({ a: 1 })).not.toBe(valueKey({ a: 2 }));
  });

  it('gives equal keys to the same instant written in different zones', () => {
    const dt = f('datetime');
    expect(valueKey(dt.cast('2023-01-30T10:00:00+01:00'))).toBe(valueKey(dt.cast('2023-01-30T09:00:00Z')));
    const t = f('time');
    expect(valueKey(t.cast('10:00:00.1'))).toBe(valueKey(t.cast('10:00:00.100')));
  });
});
