import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('length');
afterEach(cleanupTempDirs);

const SCHEMA = { fields: [{ name: 'code', constraints: { minLength: 2, maxLength: 4 } }] };

describe('length', () => {
  it('counts code points: é and an emoji count once each', async () => {
    expect(await lint(packageWith('data.csv', 'code\nab\nCafé\né😀\n', SCHEMA))).toEqual([]);
  });

  it('reports values longer than maxLength and shorter than minLength', async () => {
    const findings = await lint(packageWith('data.csv', 'code\nCafés\né\nabcd\n', SCHEMA));
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/length',
        message: "'Cafés' in field 'code' has 5 characters, more than the maximum length 4",
        file: 'data.csv',
        line: 2,
        column: 1,
        field: 'code',
      },
      {
        ruleId: 'format/length',
        message: "'é' in field 'code' has 1 character, fewer than the minimum length 2",
        file: 'data.csv',
        line: 3,
        column: 1,
        field: 'code',
      },
    ]);
  });

  it('does not check missing values', async () => {
    expect(await lint(packageWith('data.csv', 'code,x\n,1\n', SCHEMA))).toEqual([]);
  });

  it('counts the items of an array field', async () => {
    const schema = { fields: [{ name: 'tags', type: 'array', constraints: { maxLength: 2 } }] };
    const findings = await lint(packageWith('data.csv', 'tags\n"[1,2]"\n"[1,2,3]"\n', schema));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/length', message: expect.stringMatching(/^'\[1,2,3\]' in field 'tags' has 3 items, more than the maximum length 2$/), file: 'data.csv', line: 3, column: 1, field: 'tags' },
    ]);
  });

  it('words the length of an array in items', async () => {
    const schema = { fields: [{ name: 'tags', type: 'array', constraints: { maxLength: 2 } }] };
    const findings = await lint(packageWith('data.csv', 'tags\n"[1,2,3]"\n', schema));
    expect(findings[0]!.message).toContain('3 items');
  });
});
