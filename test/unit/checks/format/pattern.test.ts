import { afterEach, describe, expect, it } from 'vitest';
import { testCheck } from '../../../helpers/check-tester.js';
import { cleanupTempDirs, lintFiles } from '../../../helpers/lint-files.js';

const SCHEMA = { fields: [{ name: 'report_id', constraints: { pattern: 'VR-\\d{4}-\\d{3}' } }] };

testCheck('pattern', {
  valid: [
    { name: 'values matching the pattern, and missing values', csv: 'report_id\nVR-2026-015\n""\nVR-2026-016\n', schema: SCHEMA },
    {
      name: 'a pattern that is not a valid regular expression is ignored (metadata-valid reports it)',
      csv: 'code\nA\n',
      schema: { fields: [{ name: 'code', constraints: { pattern: '[A-Z' } }] },
    },
  ],
  invalid: [
    {
      name: 'a value that does not match',
      csv: 'report_id\nVR-2026-015\nVR2026-016\n',
      schema: SCHEMA,
      findings: [
        {
          messageId: 'noMatch',
          data: { value: "'VR2026-016'", field: 'report_id', pattern: 'VR-\\d{4}-\\d{3}' },
          ruleId: 'format/pattern',
          message: "'VR2026-016' in field 'report_id' does not match the pattern VR-\\d{4}-\\d{3}",
          file: 'data.csv',
          line: 3,
          column: 1,
          field: 'report_id',
        },
      ],
    },
    {
      name: 'the whole value must match, not a part of it',
      csv: 'report_id\nXVR-2026-015\nVR-2026-0155\n',
      schema: SCHEMA,
      findings: [{ messageId: 'noMatch', line: 2 }, { messageId: 'noMatch', line: 3 }],
    },
    {
      name: 'an alternation is anchored as a whole',
      csv: 'code\na\nb\nab\n',
      schema: { fields: [{ name: 'code', constraints: { pattern: 'a|b' } }] },
      findings: [{ messageId: 'noMatch', ruleId: 'format/pattern', message: "'ab' in field 'code' does not match the pattern a|b", file: 'data.csv', line: 4, column: 1, field: 'code' }],
    },
  ],
});

describe('pattern: padded codes', () => {
  afterEach(cleanupTempDirs);

  it('hints that a code padded with spaces matches once trimmed', async () => {
    const findings = await lintFiles(
      {
        'datapackage.json': JSON.stringify({ name: 'p', resources: [{ name: 'd', path: 'd.csv', schema: { fields: [{ name: 'code', constraints: { pattern: '[A-Z][0-9]{4}' } }] } }] }),
        'd.csv': 'code\nB1101\nB1101   \nB11\n',
      },
      { rules: [{ check: 'pattern' }] },
    );
    expect(findings.map((f) => [f.line, f.hint])).toEqual([
      [3, "Remove the surrounding white space: 'B1101' matches"],
      [4, undefined],
    ]);
  });
});
