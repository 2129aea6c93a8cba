import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('header-blank');
afterEach(cleanupTempDirs);

describe('header-blank', () => {
  it('passes a header where every column has a name', async () => {
    expect(await lint({ 'data.csv': 'code,name,financial_year,amount\nA,b,2026,1\n' })).toEqual([]);
  });

  it('reports a column with no name, with its column number', async () => {
    const findings = await lint({ 'data.csv': 'code,name,,amount\nA,b,2026,1\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/header-blank', message: 'Column 3 has no name in the header row', file: 'data.csv', line: 1, column: 3 },
    ]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['unnamed', { column: 3 }]]);
  });

  it('treats a name of spaces as blank and names the schema field in the hint', async () => {
    const schema = { fields: [{ name: 'code' }, { name: 'name' }, { name: 'financial_year' }, { name: 'amount' }] };
    const findings = await lint(packageWith('data.csv', 'code,name,  ,amount\nA,b,2026,1\n', schema));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/header-blank', message: 'Column 3 has no name in the header row', file: 'data.csv', line: 1, column: 3 },
    ]);
    expect(findings[0]!.hint).toBe("The schema calls this column 'financial_year'");
  });
});
