import { afterEach, describe, expect, it } from 'vitest';
import { testCheck } from '../../../helpers/check-tester.js';
import { cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('enum');

const SCHEMA = { fields: [{ name: 'programme', constraints: { enum: ['primary-care', 'maternal', 'chronic'] } }] };
const QUARTERS = { fields: [{ name: 'quarter', type: 'integer', constraints: { enum: [1, 2, 3, 4] } }] };

testCheck('enum', {
  valid: [
    { name: 'listed values and missing values', csv: 'programme\nchronic\n\nmaternal\n', schema: SCHEMA },
    {
      name: 'values that are not of the field type (left to the type check)',
      csv: 'quarter\nQ1\n',
      schema: { fields: [{ name: 'quarter', type: 'integer', constraints: { enum: [1, 2] } }] },
    },
    {
      name: 'Table Schema v2 categories, plain and {value, label}, and coded missing values',
      csv: 'fruit,code\napple,1\n,-99\nbanana,3\n',
      schema: {
        missingValues: [{ value: '' }, { value: '-99', label: 'refused' }],
        fields: [
          { name: 'fruit', type: 'string', categories: ['apple', 'orange', 'banana'] },
          { name: 'code', type: 'integer', categories: [{ value: 1, label: 'apple' }, { value: 2 }, { value: 3 }], categoriesOrdered: true },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a value outside the categories (integer categories compared as numbers)',
      csv: 'fruit,code\nApple,01\npear,4\n',
      schema: { fields: [{ name: 'fruit', categories: [{ value: 'apple', label: 'Apple' }, { value: 'pear' }] }, { name: 'code', type: 'integer', categories: [1, 2, 3] }] },
      findings: [
        { messageId: 'notCategory', line: 2, column: 1, message: "'Apple' in field 'fruit' is not one of its categories ('apple', 'pear')", hint: "Did you mean 'apple'?" },
        { messageId: 'notCategory', line: 3, column: 2, message: "'4' in field 'code' is not one of its categories ('1', '2', '3')" },
      ],
    },
    {
      name: 'a value outside both enum and categories, once, as the enum',
      csv: 'fruit\nkiwi\n',
      schema: { fields: [{ name: 'fruit', categories: ['apple', 'pear'], constraints: { enum: ['apple'] } }] },
      findings: [{ messageId: 'notAllowed', line: 2 }],
    },
    {
      name: 'a value outside the list, with no suggestion',
      csv: 'programme\nchronic\ndental\n',
      schema: SCHEMA,
      findings: [{
        messageId: 'notAllowed',
        data: { value: "'dental'", field: 'programme', allowed: "'primary-care', 'maternal', 'chronic'" },
        ruleId: 'format/enum',
        message: "'dental' in field 'programme' is not one of the allowed values ('primary-care', 'maternal', 'chronic')",
        file: 'data.csv',
        line: 3,
        record: 2,
        column: 1,
        field: 'programme',
      }],
    },
    {
      name: 'a case variant, suggesting the listed value',
      csv: 'programme\nChronic\n',
      schema: SCHEMA,
      findings: [{ messageId: 'notAllowed', hint: "Did you mean 'chronic'?" }],
    },
    {
      name: 'typed values: 02 is the integer 2, 5 is not listed',
      csv: 'quarter\n02\n4\n5\n',
      schema: QUARTERS,
      findings: [
        { messageId: 'notAllowed', ruleId: 'format/enum', message: "'5' in field 'quarter' is not one of the allowed values ('1', '2', '3', '4')", file: 'data.csv', line: 4, column: 1, field: 'quarter' },
      ],
    },
  ],
});

describe('enum', () => {
  afterEach(cleanupTempDirs);

  it('gives no hint for a value unlike any listed one', async () => {
    const findings = await lint(packageWith('data.csv', 'programme\nchronic\ndental\n', SCHEMA));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.hint).toBeUndefined();
  });

  it('cuts a long list of allowed values short at 200 characters', async () => {
    const values = Array.from({ length: 40 }, (_, i) => `value-${i}`);
    const listed = values.map((v) => `'${v}'`).join(', ');
    const findings = await lint(packageWith('data.csv', 'code\nother\n', { fields: [{ name: 'code', constraints: { enum: values } }] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.data).toEqual({ value: "'other'", field: 'code', allowed: `${listed.slice(0, 199)}…` });
    expect(findings[0]!.message).toBe(`'other' in field 'code' is not one of the allowed values (${listed.slice(0, 199)}…)`);
  });
});
