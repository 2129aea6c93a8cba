import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('ragged-row');
afterEach(cleanupTempDirs);

describe('ragged-row', () => {
  it('passes rows as wide as the header, including a quoted delimiter', async () => {
    expect(await lint({ 'data.csv': 'a,b,c\n1,2,"3,4"\n5,6,7\n' })).toEqual([]);
  });

  it('reports a row with an extra cell and a row with a missing cell', async () => {
    const findings = await lint({ 'data.csv': 'a,b,c\n1,2,3,4\n5,6\n7,8,9\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/ragged-row', message: "Row has 4 cells, 1 more than the header's 3: extra '4'", file: 'data.csv', line: 2, column: 4 },
      { ruleId: 'format/ragged-row', message: "Row has 2 cells, 1 fewer than the header's 3", file: 'data.csv', line: 3, column: 3 },
    ]);
    expect(findings.map((f) => f.record)).toEqual([1, 2]);
  });

  it('without a header row, measures rows against the schema', async () => {
    const schema = { fields: [{ name: 'a' }, { name: 'b' }] };
    const findings = await lint(packageWith('data.csv', '1,2\n3,4,5\n', schema, { dialect: { header: false } }));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/ragged-row', message: "Row has 3 cells, 1 more than the header's 2: extra '5'", file: 'data.csv', line: 2, column: 3 },
    ]);
  });
});
