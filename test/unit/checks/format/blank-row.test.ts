import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintFiles, lintWith } from '../../../helpers/lint-files.js';

const lint = lintWith('blank-row');
afterEach(cleanupTempDirs);

describe('blank-row', () => {
  it('passes rows that each hold a value', async () => {
    expect(await lint({ 'data.csv': 'a,b,c\n1,,\n,,3\n' })).toEqual([]);
  });

  it('reports an empty line and a row of empty cells', async () => {
    const findings = await lint({ 'data.csv': 'a,b,c\n1,2,3\n\n,,\n4,5,6\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/blank-row', message: 'The row is blank', file: 'data.csv', line: 3 },
      { ruleId: 'format/blank-row', message: 'The row is blank', file: 'data.csv', line: 4 },
    ]);
    expect(findings.map((f) => f.record)).toEqual([2, 3]);
  });

  it('counts a row of spaces as blank', async () => {
    const findings = await lint({ 'data.csv': 'a,b\n1,2\n  ,  \n' });
    expect(brief(findings)).toEqual([{ ruleId: 'format/blank-row', message: 'The row is blank', file: 'data.csv', line: 3 }]);
  });

  it('does not also report blank rows as ragged', async () => {
    const findings = await lintFiles({ 'data.csv': 'a,b,c\n1,2,3\n\n,,\n4,5,6\n' }, { rules: [{ check: 'blank-row' }, { check: 'ragged-row' }] });
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['format/blank-row', 3],
      ['format/blank-row', 4],
    ]);
  });
});
