import { afterEach, describe, expect, it } from 'vitest';
import { testCheck } from '../../../helpers/check-tester.js';
import { brief, cleanupTempDirs, lintFiles, lintWith } from '../../../helpers/lint-files.js';

const lint = lintWith('blank-row');

afterEach(cleanupTempDirs);

const BLANK = { messageId: 'blank', ruleId: 'format/blank-row', message: 'The row is blank', file: 'data.csv' };

testCheck('blank-row', {
  valid: [
    { name: 'rows that each hold a value', files: { 'data.csv': 'a,b,c\n1,,\n,,3\n' } },
  ],
  invalid: [
    {
      name: 'an empty line and a row of empty cells',
      files: { 'data.csv': 'a,b,c\n1,2,3\n\n,,\n4,5,6\n' },
      findings: [
        { ...BLANK, line: 3, record: 2 },
        { ...BLANK, line: 4, record: 3 },
      ],
    },
    {
      name: 'a row of spaces',
      files: { 'data.csv': 'a,b\n1,2\n  ,  \n' },
      findings: [{ ...BLANK, line: 3 }],
    },
  ],
});

describe('blank-row', () => {
  it('reports a blank row by its line and record alone: no column, field or data', async () => {
    const findings = await lint({ 'data.csv': 'a,b\n1,2\n  ,  \n' });
    expect(brief(findings)).toEqual([{ ruleId: 'format/blank-row', message: 'The row is blank', file: 'data.csv', line: 3 }]);
    expect(findings[0]!.data).toBeUndefined();
  });

  it('does not also report blank rows as ragged', async () => {
    const findings = await lintFiles({ 'data.csv': 'a,b,c\n1,2,3\n\n,,\n4,5,6\n' }, { rules: [{ check: 'blank-row' }, { check: 'ragged-row' }] });
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['format/blank-row', 3],
      ['format/blank-row', 4],
    ]);
  });
});
