import { afterEach, describe, expect, it } from 'vitest';
import { testCheck } from '../../../helpers/check-tester.js';
import { cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const WARDS = { fields: [{ name: 'ward_code', type: 'integer' }, { name: 'voters', type: 'integer' }, { name: 'turnout', type: 'number' }] };
const HINT = "Declare field 'ward_code' as type string: codes such as postcodes, ward codes and account numbers are text, and their leading zeros are part of them. If the values are quantities, write them without leading zeros";

testCheck('leading-zeros', {
  valid: [
    {
      name: 'zero itself, decimals below one, negative numbers and plain integers',
      csv: 'ward_code,voters,turnout\n1,0,0.5\n120,7,-0.25\n-3,+5,0\n',
      schema: WARDS,
    },
    { name: 'leading zeros in a string field', csv: 'ward_code,voters\n0123,5\n', schema: { fields: [{ name: 'ward_code', type: 'string' }, { name: 'voters', type: 'integer' }] } },
    { name: 'a missing value that starts with a zero', csv: 'ward_code,voters\n00,5\n1,6\n', schema: { fields: [{ name: 'ward_code', type: 'integer' }, { name: 'voters', type: 'integer' }], missingValues: ['00'] } },
    { name: "a value that does not cast (format/type's finding)", csv: 'ward_code,voters\n0 123,5\n', schema: { fields: [{ name: 'ward_code', type: 'integer' }, { name: 'voters', type: 'integer' }] } },
    { name: 'a file no schema describes', files: { 'data.csv': 'ward_code\n0123\n' } },
  ],
  invalid: [
    {
      name: 'once per field, with the count, the first line and value',
      csv: 'ward_code,voters,turnout\n0123,5,0.5\n456,06,0.7\n0789,7,00.9\n0012,8,1\n',
      schema: WARDS,
      findings: [
        {
          ruleId: 'format/leading-zeros',
          messageId: 'leadingZeros',
          message: "Field 'ward_code' is typed integer but 3 values have leading zeros, first '0123' on line 2: as integers they lose their zeros",
          data: { field: 'ward_code', type: 'integer', count: 3, example: "'0123'", exampleLine: 2 },
          file: 'data.csv',
          line: 2,
          record: 1,
          column: 1,
          field: 'ward_code',
          hint: HINT,
        },
        { messageId: 'leadingZeros', message: "Field 'voters' is typed integer but 1 value has leading zeros, first '06' on line 3: as integers they lose their zeros", line: 3, column: 2, field: 'voters' },
        { messageId: 'leadingZeros', message: "Field 'turnout' is typed number but 1 value has leading zeros, first '00.9' on line 4: as numbers they lose their zeros", line: 4, column: 3, field: 'turnout' },
      ],
    },
    {
      name: 'signed values with leading zeros',
      csv: 'ward_code\n-007\n+01\n',
      schema: { fields: [{ name: 'ward_code', type: 'integer' }] },
      findings: [{ messageId: 'leadingZeros', data: { count: 2, example: "'-007'" }, line: 2 }],
    },
  ],
});

describe('leading-zeros: JSON records', () => {
  const lint = lintWith('leading-zeros');
  afterEach(cleanupTempDirs);

  it('reports a code written as a JSON string in an integer field (JSON numbers cannot have leading zeros)', async () => {
    const json = '[\n  {"postcode": "0001", "n": 1},\n  {"postcode": 2000, "n": 2},\n  {"postcode": "0157", "n": 3}\n]\n';
    const findings = await lint(packageWith('offices.json', json, { fields: [{ name: 'postcode', type: 'integer' }, { name: 'n', type: 'integer' }] }, { format: 'json' }));
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [2, undefined, "Field 'postcode' is typed integer but 2 values have leading zeros, first '0001' on line 2: as integers they lose their zeros"],
    ]);
  });
});
