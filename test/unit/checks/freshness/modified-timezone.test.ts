import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, datapackage, lintWith, positionOf } from '../../../helpers/lint-files.js';
import { testCheck } from '../../../helpers/check-tester.js';

const lint = lintWith('modified-timezone');
afterEach(cleanupTempDirs);

const files = (modified: unknown) => {
  const text = datapackage([{ name: 'data', path: 'data.csv' }], { modified });
  return { text, files: { 'datapackage.json': text, 'data.csv': 'id\n1\n' } };
};

describe('freshness/modified-timezone', () => {
  it('passes dates, date-times with Z or an offset, and values freshness/modified reports', async () => {
    for (const modified of ['2026-11-05', '2026-11-05T08:30:00Z', '2026-11-05T08:30:00+02:00', '2026-11-05T08:30+0200', 'last Tuesday']) {
      expect(await lint(files(modified).files), modified).toEqual([]);
    }
  });

  it('notes a date-time without a time zone (CKAN style), read as UTC', async () => {
    const { text, files: f } = files('2026-11-05T08:30:00.123456');
    expect(brief(await lint(f))).toEqual([
      {
        ruleId: 'freshness/modified-timezone',
        message: "'modified' is '2026-11-05T08:30:00.123456', a date-time without a time zone; odlint reads it as UTC",
        file: 'datapackage.json',
        ...positionOf(text, '"2026-11-05T08:30:00.123456"'),
      },
    ]);
  });
});

testCheck('modified-timezone', {
  valid: [{ name: 'a date-time with an offset', files: files('2026-11-05T08:30:00+02:00').files }],
  invalid: [
    { name: 'a package date-time without a zone', files: files('2026-11-05T08:30:00').files, findings: [{ messageId: 'noTimeZone', data: { value: "'2026-11-05T08:30:00'" } }] },
    {
      name: "a resource's date-time without a zone",
      files: { 'datapackage.json': datapackage([{ name: 'data', path: 'data.csv', modified: '2026-11-05T08:30' }]), 'data.csv': 'id\n1\n' },
      findings: [
        {
          messageId: 'resourceNoTimeZone',
          data: { resource: "Resource 'data'", value: "'2026-11-05T08:30'" },
          message: "Resource 'data': 'modified' is '2026-11-05T08:30', a date-time without a time zone; odlint reads it as UTC",
        },
      ],
    },
  ],
});
