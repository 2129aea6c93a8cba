import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith } from '../../../helpers/lint-files.js';

const lint = lintWith('header-duplicate');
afterEach(cleanupTempDirs);

describe('header-duplicate', () => {
  it('passes unique column names', async () => {
    expect(await lint({ 'data.csv': 'code,allocation,transferred\nA,1,2\n' })).toEqual([]);
  });

  it('reports a repeated name, case-insensitively by default', async () => {
    const findings = await lint({ 'data.csv': 'code,allocation,Allocation\nA,1,2\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/header-duplicate',
        message: "Column 3 repeats the name 'Allocation' of column 2",
        file: 'data.csv',
        line: 1,
        column: 3,
        field: 'Allocation',
      },
    ]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['duplicate', { column: 3, name: "'Allocation'", firstColumn: 2 }]]);
  });

  it('ignores surrounding spaces when comparing', async () => {
    const findings = await lint({ 'data.csv': 'code,allocation, allocation \nA,1,2\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/header-duplicate',
        message: "Column 3 repeats the name ' allocation ' of column 2",
        file: 'data.csv',
        line: 1,
        column: 3,
        field: ' allocation ',
      },
    ]);
  });

  it('with caseSensitive, passes names that differ only in case', async () => {
    expect(await lint({ 'data.csv': 'code,allocation,Allocation\nA,1,2\n' }, { options: { caseSensitive: true } })).toEqual([]);
  });

  it('does not treat two blank names as duplicates', async () => {
    expect(await lint({ 'data.csv': 'code,,\nA,1,2\n' })).toEqual([]);
  });
});
