import { afterEach, describe, expect, it } from 'vitest';
import { testCheck } from '../../../helpers/check-tester.js';
import { cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const SCHEMA = { fields: [{ name: 'code', constraints: { minLength: 2, maxLength: 4 } }] };
const TAGS = { fields: [{ name: 'tags', type: 'array', constraints: { minLength: 2, maxLength: 2 } }] };
const PARTS = { fields: [{ name: 'parts', type: 'object', constraints: { minLength: 2, maxLength: 2 } }] };

testCheck('length', {
  valid: [
    { name: 'code points: é and an emoji count once each', csv: 'code\nab\nCafé\né😀\n', schema: SCHEMA },
    { name: 'a missing value', csv: 'code,x\n,1\n', schema: SCHEMA },
  ],
  invalid: [
    {
      name: 'values longer than maxLength and shorter than minLength',
      csv: 'code\nCafés\né\nabcd\n',
      schema: SCHEMA,
      findings: [
        {
          messageId: 'tooLong',
          data: { value: "'Cafés'", field: 'code', length: 5, max: 4 },
          ruleId: 'format/length',
          message: "'Cafés' in field 'code' has 5 characters, more than the maximum length 4",
          file: 'data.csv',
          line: 2,
          column: 1,
          field: 'code',
        },
        {
          messageId: 'tooShort',
          data: { value: "'é'", field: 'code', length: 1, min: 2 },
          ruleId: 'format/length',
          message: "'é' in field 'code' has 1 character, fewer than the minimum length 2",
          file: 'data.csv',
          line: 3,
          column: 1,
          field: 'code',
        },
      ],
    },
    {
      name: 'the items of an array field',
      csv: 'tags\n"[1,2]"\n"[1,2,3]"\n"[1]"\n',
      schema: TAGS,
      findings: [
        { messageId: 'tooManyItems', data: { length: 3, max: 2 }, ruleId: 'format/length', message: expect.stringMatching(/^'\[1,2,3\]' in field 'tags' has 3 items, more than the maximum length 2$/), file: 'data.csv', line: 3, column: 1, field: 'tags' },
        { messageId: 'tooFewItems', message: "'[1]' in field 'tags' has 1 item, fewer than the minimum length 2", line: 4 },
      ],
    },
    {
      name: 'the properties of an object field',
      csv: 'parts\n"{""a"": 1, ""b"": 2}"\n"{""a"": 1, ""b"": 2, ""c"": 3}"\n"{""a"": 1}"\n',
      schema: PARTS,
      findings: [
        { messageId: 'tooManyProperties', message: `'{"a": 1, "b": 2, "c": 3}' in field 'parts' has 3 properties, more than the maximum length 2`, line: 3 },
        { messageId: 'tooFewProperties', message: `'{"a": 1}' in field 'parts' has 1 property, fewer than the minimum length 2`, line: 4 },
      ],
    },
  ],
});

describe('length: wording', () => {
  const lint = lintWith('length');
  afterEach(cleanupTempDirs);

  it('words the length of an array in items', async () => {
    const schema = { fields: [{ name: 'tags', type: 'array', constraints: { maxLength: 2 } }] };
    const findings = await lint(packageWith('data.csv', 'tags\n"[1,2,3]"\n', schema));
    expect(findings[0]!.message).toContain('3 items');
  });
});
