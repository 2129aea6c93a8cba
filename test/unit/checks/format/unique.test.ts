import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('unique');
afterEach(cleanupTempDirs);

const SCHEMA = { fields: [{ name: 'report_id', constraints: { unique: true } }, { name: 'n', type: 'integer', constraints: { unique: true } }] };

describe('unique', () => {
  it('passes distinct values, and repeated missing values', async () => {
    expect(await lint(packageWith('data.csv', 'report_id,n\nVR-2026-015,1\nVR-2026-016,\nVR-2026-017,\n', SCHEMA))).toEqual([]);
  });

  it('reports a repeat and names the line of the first occurrence', async () => {
    const csv = 'report_id,n\nVR-2026-015,1\nVR-2026-016,2\nVR-2026-017,3\nVR-2026-016,4\n';
    const findings = await lint(packageWith('data.csv', csv, SCHEMA));
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/unique',
        message: "'VR-2026-016' in field 'report_id' must be unique but already appears on line 3",
        file: 'data.csv',
        line: 5,
        column: 1,
        field: 'report_id',
      },
    ]);
    expect(findings[0]!.record).toBe(4);
    // The first line is a number: it stays out of the fingerprint, so the finding keeps its identity when rows move.
    expect(findings[0]).toMatchObject({ messageId: 'duplicate', data: { value: "'VR-2026-016'", field: 'report_id', firstLine: 3 } });
  });

  it('compares typed values: 7 and +07 are the same integer', async () => {
    const findings = await lint(packageWith('data.csv', 'report_id,n\na,7\nb,+07\n', SCHEMA));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/unique', message: "'+07' in field 'n' must be unique but already appears on line 2", file: 'data.csv', line: 3, column: 2, field: 'n' },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'duplicate', data: { value: "'+07'", field: 'n', firstLine: 2 } });
  });

  it('names the start line of a first occurrence that follows a multi-line record', async () => {
    const csv = 'report_id,n\n"VR-1\nnote",1\nVR-2,2\nVR-3,2\n';
    const findings = await lint(packageWith('data.csv', csv, SCHEMA));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/unique', message: "'2' in field 'n' must be unique but already appears on line 4", file: 'data.csv', line: 5, column: 2, field: 'n' },
    ]);
  });

  it('leaves a field that is the whole primary key to linking/primary-key, so a duplicate is reported once', async () => {
    const csv = 'report_id,n\nVR-1,1\nVR-1,2\nVR-2,2\n';
    const findings = await lint(packageWith('data.csv', csv, { ...SCHEMA, primaryKey: 'report_id' }));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/unique', message: "'2' in field 'n' must be unique but already appears on line 3", file: 'data.csv', line: 4, column: 2, field: 'n' },
    ]);
    // Part of a composite key, a unique field is still checked on its own.
    const composite = await lint(packageWith('data.csv', csv, { ...SCHEMA, primaryKey: ['report_id', 'n'] }));
    expect(composite.map((f) => f.field)).toEqual(['report_id', 'n']);
  });
});
