import { afterEach, describe, expect, it } from 'vitest';
import { testCheck } from '../../../helpers/check-tester.js';
import { brief, cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('type');

interface Case {
  field: Record<string, unknown>;
  good: string[];
  bad: string;
  expected: string;
  hint?: string;
}

/** One case per Table Schema type: cells that parse, and one that does not with its message and hint. */
const CASES: Record<string, Case> = {
  integer: { field: { type: 'integer' }, good: ['1234', '-7', '+0'], bad: '1 234', expected: 'an integer', hint: "'1 234' uses a space as thousands separator; write 1234 or declare groupChar ' '" },
  number: {
    field: { type: 'number' },
    good: ['1234.50', '-0.5', '1e3', 'NaN', 'INF'],
    bad: '1 234,50',
    expected: "a number (decimal point '.')",
    hint: "'1 234,50' uses a space as thousands separator and a comma as decimal mark; write 1234.50",
  },
  'number with decimalChar and groupChar': { field: { type: 'number', decimalChar: ',', groupChar: ' ' }, good: ['1 234,50', '7'], bad: '1234.50', expected: "a number (decimal mark ',', thousands separator ' ')" },
  date: { field: { type: 'date' }, good: ['2026-02-28', '2024-02-29'], bad: '2026-02-30', expected: 'a date in the form YYYY-MM-DD', hint: 'February 2026 has 28 days' },
  'date with a strptime format': { field: { type: 'date', format: '%d/%m/%Y' }, good: ['14/10/2026'], bad: '2026-10-14', expected: 'a date in the form %d/%m/%Y' },
  datetime: { field: { type: 'datetime' }, good: ['2026-10-14T08:30:00Z', '2026-10-14T08:30:00+02:00', '2026-10-14T08:30:00'], bad: '2026-10-14 25:00:00', expected: 'a date and time in the form YYYY-MM-DDThh:mm:ss, optionally followed by Z or ±hh:mm' },
  time: { field: { type: 'time' }, good: ['08:30:00', '23:59:59'], bad: '8h30', expected: 'a time in the form hh:mm:ss' },
  year: { field: { type: 'year' }, good: ['2026', '0999'], bad: '2026-27', expected: 'a four-digit year', hint: 'financial year' },
  yearmonth: { field: { type: 'yearmonth' }, good: ['2026-10'], bad: '2026-13', expected: 'a year and month in the form YYYY-MM', hint: 'month 13 is out of range' },
  duration: { field: { type: 'duration' }, good: ['P1Y2M10DT2H30M', 'PT0S', 'P3W'], bad: '2:30', expected: 'an ISO 8601 duration such as P1Y2M10DT2H30M', hint: 'PT2H30M' },
  boolean: { field: { type: 'boolean' }, good: ['true', 'FALSE', '1', '0'], bad: 'yes', expected: 'true or false', hint: 'declare trueValues and falseValues' },
  'boolean with trueValues': { field: { type: 'boolean', trueValues: ['yes'], falseValues: ['no'] }, good: ['yes', 'no'], bad: 'true', expected: "one of 'yes' (true) or 'no' (false)" },
  object: { field: { type: 'object' }, good: ['{"a": 1}'], bad: '[1, 2]', expected: 'a JSON object', hint: 'is JSON an array, not an object' },
  array: { field: { type: 'array' }, good: ['[1, 2]'], bad: "['a']", expected: 'a JSON array', hint: 'single quotes' },
  geopoint: { field: { type: 'geopoint' }, good: ['28.19, -25.74'], bad: '28.19, -125.74', expected: "a point in the form 'lon, lat'", hint: 'latitude -125.74 is out of range' },
  geojson: { field: { type: 'geojson' }, good: ['{"type": "Point", "coordinates": [28.19, -25.74]}'], bad: '{"type": "Point"}', expected: 'a GeoJSON object', hint: "a Point needs a 'coordinates' array" },
  'string with format email': { field: { type: 'string', format: 'email' }, good: ['info@example.org'], bad: 'mailto:info@example.org', expected: 'an email address', hint: "starts with 'mailto:'" },
  'string with format uri': { field: { type: 'string', format: 'uri' }, good: ['https://example.org/a'], bad: 'www.example.org', expected: 'an absolute URI with a scheme, such as https://…', hint: 'https://www.example.org' },
};

/** The CSV text of one column 'value': a header, the given cells (quoted), one per line. */
function column(cells: string[]): string {
  return `id,value\n${cells.map((c, i) => `${i + 1},"${c.replace(/"/g, '""')}"`).join('\n')}\n`;
}

const NOT_INTEGER = (value: string, line: number, column?: number, field = 'value') => ({
  messageId: 'notType',
  data: { value: `'${value}'`, field, expected: 'an integer' },
  ruleId: 'format/type',
  message: `'${value}' in field '${field}' is not an integer`,
  file: 'data.csv',
  line,
  ...(column === undefined ? {} : { column }),
  field,
});

const INTEGER_VALUE = { fields: [{ name: 'id', type: 'integer' }, { name: 'value', type: 'integer' }] };
const NOTE_THEN_N = { fields: [{ name: 'id', type: 'integer' }, { name: 'note' }, { name: 'n', type: 'integer' }] };

testCheck('type', {
  valid: [
    ...Object.entries(CASES).map(([name, c]) => ({
      name: `${name}: ${c.good.map((g) => `'${g}'`).join(', ')}`,
      csv: column(c.good),
      schema: { fields: [{ name: 'id', type: 'integer' }, { name: 'value', ...c.field }] },
    })),
    { name: "the schema's missingValues", csv: 'id,value\n1,\n2,n/a\n3,-\n4,5\n', schema: { ...INTEGER_VALUE, missingValues: ['', 'n/a', '-'] } },
    { name: 'the cells of a blank row', csv: 'id,value\n1,2\n,\n3,4\n', schema: { ...INTEGER_VALUE, missingValues: ['NA'] } },
  ],
  invalid: [
    ...Object.entries(CASES).map(([name, c]) => ({
      name: `${name}: '${c.bad}'`,
      csv: column([...c.good, c.bad]),
      schema: { fields: [{ name: 'id', type: 'integer' }, { name: 'value', ...c.field }] },
      findings: [
        {
          messageId: 'notType',
          data: { value: `'${c.bad}'`, field: 'value', expected: c.expected },
          ruleId: 'format/type',
          message: `'${c.bad}' in field 'value' is not ${c.expected}`,
          file: 'data.csv',
          line: c.good.length + 2,
          column: 2,
          field: 'value',
          record: c.good.length + 1,
          ...(c.hint ? { hint: expect.stringContaining(c.hint) } : {}),
        },
      ],
    })),
    {
      name: 'an empty cell (missing) passes; an undeclared missing-value marker does not',
      csv: 'id,value\n1,\n2,n/a\n',
      schema: INTEGER_VALUE,
      findings: [{ ...NOT_INTEGER('n/a', 3, 2), hint: expect.stringContaining('missingValues') }],
    },
    {
      name: "a field's own missingValues over the schema's",
      csv: 'id,value\n1,NA\nn/a,n/a\n',
      schema: { fields: [{ name: 'id', type: 'integer' }, { name: 'value', type: 'integer', missingValues: ['NA'] }], missingValues: ['n/a'] },
      findings: [NOT_INTEGER('n/a', 3, 2)],
    },
    {
      name: 'the right line for the row after a record spanning several physical lines',
      csv: 'id,note,n\n1,"first\nsecond\nthird",5\n2,x,bad\n',
      schema: NOTE_THEN_N,
      findings: [NOT_INTEGER('bad', 5, 3, 'n')],
    },
    {
      name: 'the right line for a record that itself spans several physical lines',
      csv: 'id,note,n\n1,ok,1\n2,"first\nsecond\nthird",bad\n3,x,oops\n',
      schema: NOTE_THEN_N,
      findings: [NOT_INTEGER('bad', 3, 3, 'n'), NOT_INTEGER('oops', 6, 3, 'n')],
    },
    // Regression test (a bug found while writing these tests).
    {
      name: 'the right line after a multi-line quoted cell in a CRLF file',
      csv: 'id,note,n\r\n1,"first\r\nsecond\r\nthird",5\r\n2,x,bad\r\n',
      schema: NOTE_THEN_N,
      findings: [NOT_INTEGER('bad', 5, 3, 'n')],
    },
    {
      name: 'year-months and years in a date field: each row gets the hint to declare yearmonth (or year)',
      csv: 'month,ppm\n1958-03,315.70\n1958-04,317.45\n',
      schema: { fields: [{ name: 'month', type: 'date' }, { name: 'ppm', type: 'number' }] },
      findings: [2, 3].map((line) => ({
        messageId: 'notType', line, column: 1, field: 'month',
        message: `'1958-0${line + 1}' in field 'month' is not a date in the form YYYY-MM-DD`,
        hint: `'1958-0${line + 1}' is a year and month, not a date: declare the field's type yearmonth if it holds months, or write the full date`,
      })),
    },
    {
      name: 'a year in a date field',
      csv: 'year,total\n2019,5\n2019-06-30,6\n',
      schema: { fields: [{ name: 'year', type: 'date' }, { name: 'total', type: 'integer' }] },
      findings: [{ messageId: 'notType', line: 2, hint: "'2019' is a year, not a date: declare the field's type year if it holds years, or write the full date" }],
    },
    // Regression test (a bug found while writing these tests).
    {
      name: 'the right line for a row after a comment line',
      csv: 'a,b\n# note\n1,x\n',
      schema: { fields: [{ name: 'a' }, { name: 'b', type: 'integer' }] },
      resource: { dialect: { commentChar: '#' } },
      findings: [{ messageId: 'notType', line: 3 }],
    },
  ],
});

describe('type: JSON records', () => {
  afterEach(cleanupTempDirs);

  it('checks JSON records, without a column', async () => {
    const schema = { fields: [{ name: 'dam' }, { name: 'level', type: 'number' }] };
    const json = '[\n  {"dam": "Vaal", "level": 61.2},\n  {"dam": "Gariep", "level": "high"}\n]\n';
    const findings = await lint(packageWith('levels.json', json, schema));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/type', message: "'high' in field 'level' is not a number (decimal point '.')", file: 'levels.json', line: 3, field: 'level' },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'notType', data: { value: "'high'", field: 'level', expected: "a number (decimal point '.')" } });
  });
});
