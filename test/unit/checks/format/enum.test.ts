import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('enum');
afterEach(cleanupTempDirs);

const SCHEMA = { fields: [{ name: 'programme', constraints: { enum: ['primary-care', 'maternal', 'chronic'] } }] };

describe('enum', () => {
  it('passes listed values and missing values', async () => {
    expect(await lint(packageWith('data.csv', 'programme\nchronic\n\nmaternal\n', SCHEMA))).toEqual([]);
  });

  it('reports a value outside the list', async () => {
    const findings = await lint(packageWith('data.csv', 'programme\nchronic\ndental\n', SCHEMA));
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/enum',
        message: "'dental' in field 'programme' is not one of the allowed values ('primary-care', 'maternal', 'chronic')",
        file: 'data.csv',
        line: 3,
        column: 1,
        field: 'programme',
      },
    ]);
    expect(findings[0]!.hint).toBeUndefined();
  });

  it('suggests the listed value for a case variant', async () => {
    const findings = await lint(packageWith('data.csv', 'programme\nChronic\n', SCHEMA));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.hint).toBe("Did you mean 'chronic'?");
  });

  it('compares typed values: 02 is the integer 2', async () => {
    const schema = { fields: [{ name: 'quarter', type: 'integer', constraints: { enum: [1, 2, 3, 4] } }] };
    const findings = await lint(packageWith('data.csv', 'quarter\n02\n4\n5\n', schema));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/enum', message: "'5' in field 'quarter' is not one of the allowed values ('1', '2', '3', '4')", file: 'data.csv', line: 4, column: 1, field: 'quarter' },
    ]);
  });

  it('leaves values that are not of the field type to the type check', async () => {
    const schema = { fields: [{ name: 'quarter', type: 'integer', constraints: { enum: [1, 2] } }] };
    expect(await lint(packageWith('data.csv', 'quarter\nQ1\n', schema))).toEqual([]);
  });
});
