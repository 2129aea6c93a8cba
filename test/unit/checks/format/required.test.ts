import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('required');
afterEach(cleanupTempDirs);

const SCHEMA = { fields: [{ name: 'clinic' }, { name: 'visits', type: 'integer', constraints: { required: true } }] };

describe('required', () => {
  it('passes when every row has a value, 0 included', async () => {
    expect(await lint(packageWith('data.csv', 'clinic,visits\nA,12\nB,0\n', SCHEMA))).toEqual([]);
  });

  it('reports an empty cell of a required field', async () => {
    const findings = await lint(packageWith('data.csv', 'clinic,visits\nA,12\nB,\nC,3\n', SCHEMA));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/required', message: "Field 'visits' is required but has no value", file: 'data.csv', line: 3, column: 2, field: 'visits' },
    ]);
    expect(findings[0]!.record).toBe(2);
  });

  it('reports a cell that is one of missingValues, and a row too short to hold the field', async () => {
    const schema = { ...SCHEMA, missingValues: ['', 'n/a'] };
    const findings = await lint(packageWith('data.csv', 'clinic,visits\nA,n/a\nB\n', schema));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/required', message: "Field 'visits' is required but has no value", file: 'data.csv', line: 2, column: 2, field: 'visits' },
      { ruleId: 'format/required', message: "Field 'visits' is required but has no value", file: 'data.csv', line: 3, column: 2, field: 'visits' },
    ]);
  });

  it('leaves blank rows to blank-row', async () => {
    expect(await lint(packageWith('data.csv', 'clinic,visits\nA,1\n,\n\nB,2\n', SCHEMA))).toEqual([]);
  });

  it('reports a JSON null or absent property', async () => {
    const json = '[\n{"clinic": "A", "visits": 1},\n{"clinic": "B", "visits": null},\n{"clinic": "C"}\n]\n';
    const findings = await lint(packageWith('visits.json', json, SCHEMA));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/required', message: "Field 'visits' is required but has no value", file: 'visits.json', line: 3, field: 'visits' },
      { ruleId: 'format/required', message: "Field 'visits' is required but has no value", file: 'visits.json', line: 4, field: 'visits' },
    ]);
  });
});
