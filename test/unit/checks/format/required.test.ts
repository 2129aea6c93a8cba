import { afterEach, describe, expect, it } from 'vitest';
import { testCheck } from '../../../helpers/check-tester.js';
import { brief, cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const SCHEMA = { fields: [{ name: 'clinic' }, { name: 'visits', type: 'integer', constraints: { required: true } }] };
const MISSING = { messageId: 'missingValue', data: { field: 'visits' }, ruleId: 'format/required', message: "Field 'visits' is required but has no value", field: 'visits' };

testCheck('required', {
  valid: [
    { name: 'every row has a value, 0 included', csv: 'clinic,visits\nA,12\nB,0\n', schema: SCHEMA },
    { name: 'blank rows are left to blank-row', csv: 'clinic,visits\nA,1\n,\n\nB,2\n', schema: SCHEMA },
  ],
  invalid: [
    {
      name: 'an empty cell of a required field',
      csv: 'clinic,visits\nA,12\nB,\nC,3\n',
      schema: SCHEMA,
      findings: [{ ...MISSING, file: 'data.csv', line: 3, column: 2, record: 2 }],
    },
    {
      name: 'a cell that is one of missingValues, and a row too short to hold the field',
      csv: 'clinic,visits\nA,n/a\nB\n',
      schema: { ...SCHEMA, missingValues: ['', 'n/a'] },
      findings: [
        { ...MISSING, file: 'data.csv', line: 2, column: 2 },
        { ...MISSING, file: 'data.csv', line: 3, column: 2 },
      ],
    },
  ],
});

describe('required: JSON records', () => {
  afterEach(cleanupTempDirs);

  it('reports a JSON null or absent property, without a column', async () => {
    const json = '[\n{"clinic": "A", "visits": 1},\n{"clinic": "B", "visits": null},\n{"clinic": "C"}\n]\n';
    const findings = await lintWith('required')(packageWith('visits.json', json, SCHEMA));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/required', message: "Field 'visits' is required but has no value", file: 'visits.json', line: 3, field: 'visits' },
      { ruleId: 'format/required', message: "Field 'visits' is required but has no value", file: 'visits.json', line: 4, field: 'visits' },
    ]);
    expect(findings.map((f) => f.messageId)).toEqual(['missingValue', 'missingValue']);
  });
});
