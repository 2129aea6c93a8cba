import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintFiles, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('pattern');
afterEach(cleanupTempDirs);

const SCHEMA = { fields: [{ name: 'report_id', constraints: { pattern: 'VR-\\d{4}-\\d{3}' } }] };

describe('pattern', () => {
  it('passes values matching the pattern, and missing values', async () => {
    expect(await lint(packageWith('data.csv', 'report_id\nVR-2026-015\n""\nVR-2026-016\n', SCHEMA))).toEqual([]);
  });

  it('reports a value that does not match', async () => {
    const findings = await lint(packageWith('data.csv', 'report_id\nVR-2026-015\nVR2026-016\n', SCHEMA));
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/pattern',
        message: "'VR2026-016' in field 'report_id' does not match the pattern VR-\\d{4}-\\d{3}",
        file: 'data.csv',
        line: 3,
        column: 1,
        field: 'report_id',
      },
    ]);
  });

  it('requires the whole value to match, not a part of it', async () => {
    const findings = await lint(packageWith('data.csv', 'report_id\nXVR-2026-015\nVR-2026-0155\n', SCHEMA));
    expect(findings.map((f) => f.line)).toEqual([2, 3]);
  });

  it('anchors an alternation as a whole', async () => {
    const schema = { fields: [{ name: 'code', constraints: { pattern: 'a|b' } }] };
    const findings = await lint(packageWith('data.csv', 'code\na\nb\nab\n', schema));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/pattern', message: "'ab' in field 'code' does not match the pattern a|b", file: 'data.csv', line: 4, column: 1, field: 'code' },
    ]);
  });

  it('ignores a pattern that is not a valid regular expression (metadata-valid reports it)', async () => {
    const schema = { fields: [{ name: 'code', constraints: { pattern: '[A-Z' } }] };
    expect(await lint(packageWith('data.csv', 'code\nA\n', schema))).toEqual([]);
  });
});

describe('pattern: padded codes', () => {
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
