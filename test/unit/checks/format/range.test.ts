import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('range');
afterEach(cleanupTempDirs);

describe('range', () => {
  it('passes values within the bounds, bounds included', async () => {
    const schema = { fields: [{ name: 'wait', type: 'integer', constraints: { minimum: 0, maximum: 100 } }] };
    expect(await lint(packageWith('data.csv', 'wait\n0\n15\n100\n\n', schema))).toEqual([]);
  });

  it('reports numbers below the minimum and above the maximum', async () => {
    const schema = { fields: [{ name: 'wait', type: 'integer', constraints: { minimum: 0, maximum: 100 } }] };
    const findings = await lint(packageWith('data.csv', 'wait\n-15\n50\n101\n', schema));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/range', message: "'-15' in field 'wait' is below the minimum 0", file: 'data.csv', line: 2, column: 1, field: 'wait' },
      { ruleId: 'format/range', message: "'101' in field 'wait' is above the maximum 100", file: 'data.csv', line: 4, column: 1, field: 'wait' },
    ]);
  });

  it('compares dates as dates, with the bound written as a date', async () => {
    const schema = { fields: [{ name: 'id' }, { name: 'opened', type: 'date', constraints: { minimum: '2020-01-01' } }] };
    const findings = await lint(packageWith('data.csv', 'id,opened\na,2020-01-01\nb,2019-12-31\nc,2026-10-14\n', schema));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/range', message: "'2019-12-31' in field 'opened' is below the minimum 2020-01-01", file: 'data.csv', line: 3, column: 2, field: 'opened' },
    ]);
  });

  it('applies exclusive bounds', async () => {
    const schema = { fields: [{ name: 'level', type: 'number', constraints: { exclusiveMinimum: 0, exclusiveMaximum: 100 } }] };
    const findings = await lint(packageWith('data.csv', 'level\n0\n0.5\n100\n', schema));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/range', message: "'0' in field 'level' is not above the exclusive minimum 0", file: 'data.csv', line: 2, column: 1, field: 'level' },
      { ruleId: 'format/range', message: "'100' in field 'level' is not below the exclusive maximum 100", file: 'data.csv', line: 4, column: 1, field: 'level' },
    ]);
  });

  it('compares durations by length', async () => {
    const schema = { fields: [{ name: 'wait', type: 'duration', constraints: { maximum: 'PT2H' } }] };
    const findings = await lint(packageWith('data.csv', 'wait\nPT90M\nPT2H30M\n', schema));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/range', message: "'PT2H30M' in field 'wait' is above the maximum PT2H", file: 'data.csv', line: 3, column: 1, field: 'wait' },
    ]);
  });
});
