import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, datapackage, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('unique-keys');
afterEach(cleanupTempDirs);

const SCHEMA = {
  fields: [{ name: 'grant_id' }, { name: 'municipality_code' }, { name: 'financial_year', type: 'year' }, { name: 'email' }],
  uniqueKeys: [['municipality_code', 'financial_year'], 'email'],
};

describe('linking/unique-keys', () => {
  it('passes distinct keys, and rows with a missing part (nulls are not compared, Table Schema v2)', async () => {
    const csv = 'grant_id,municipality_code,financial_year,email\nG1,GT481,2026,a@x.org\nG2,GT481,2027,\nG3,GT481,,\nG4,GT481,,\nG5,EC101,2026,\n';
    expect(await lint(packageWith('data.csv', csv, SCHEMA))).toEqual([]);
  });

  it('reports each repeated unique key with the line of its first occurrence', async () => {
    const csv = 'grant_id,municipality_code,financial_year,email\nG1,GT481,2026,a@x.org\nG2,GT481,2027,b@x.org\nG3,GT481,2026,a@x.org\n';
    const findings = await lint(packageWith('data.csv', csv, SCHEMA));
    expect(findings.map((f) => f.messageId)).toEqual(['duplicateComposite', 'duplicate']);
    expect(findings[0]!.data).toEqual({ key: "('GT481', '2026')", fields: "'municipality_code', 'financial_year'", firstLine: 2 });
    expect(findings[1]!.data).toEqual({ value: "'a@x.org'", field: 'email', firstLine: 2 });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'linking/unique-keys',
        message: "('GT481', '2026') in fields 'municipality_code', 'financial_year' is a duplicate unique key: it first appears on line 2",
        file: 'data.csv', line: 4, column: 2, field: 'municipality_code',
      },
      { ruleId: 'linking/unique-keys', message: "'a@x.org' in field 'email' is a duplicate unique key: it first appears on line 2", file: 'data.csv', line: 4, column: 4, field: 'email' },
    ]);
  });

  it('reports a key listed twice once', async () => {
    const schema = { fields: [{ name: 'a' }], uniqueKeys: [['a'], 'a'] };
    expect(await lint(packageWith('data.csv', 'a\nx\nx\n', schema))).toHaveLength(1);
  });

  it('compares typed values (2026 and 02026 are the same year)', async () => {
    const schema = { fields: [{ name: 'y', type: 'integer' }], uniqueKeys: [['y']] };
    expect(brief(await lint(packageWith('data.csv', 'y\n2026\n02026\n', schema)))).toEqual([
      { ruleId: 'linking/unique-keys', message: "'02026' in field 'y' is a duplicate unique key: it first appears on line 2", file: 'data.csv', line: 3, column: 1, field: 'y' },
    ]);
  });

  it('checks NDJSON records', async () => {
    const ndjson = '{"grant_id": "G1", "municipality_code": "EC101", "financial_year": 2026}\n{"grant_id": "G2", "municipality_code": "EC101", "financial_year": 2026}\n';
    expect(brief(await lint(packageWith('data.ndjson', ndjson, SCHEMA, { format: 'ndjson' })))).toEqual([
      {
        ruleId: 'linking/unique-keys',
        message: "('EC101', '2026') in fields 'municipality_code', 'financial_year' is a duplicate unique key: it first appears on line 1",
        file: 'data.ndjson', line: 2, field: 'municipality_code',
      },
    ]);
  });

  it('finds repeats across the parts of a multipart resource', async () => {
    const files = {
      'part1.csv': 'grant_id,municipality_code,financial_year,email\nG1,GT481,2026,a@x.org\n',
      'part2.csv': 'G2,GT481,2026,a@x.org\n',
      'datapackage.json': datapackage([{ name: 'grants', path: ['part1.csv', 'part2.csv'], schema: SCHEMA }]),
    };
    const findings = await lint(files);
    expect(brief(findings)).toEqual([
      {
        ruleId: 'linking/unique-keys',
        message: "('GT481', '2026') in fields 'municipality_code', 'financial_year' is a duplicate unique key: it first appears on line 2 of part1.csv",
        file: 'part2.csv', line: 1, column: 2, field: 'municipality_code',
      },
      { ruleId: 'linking/unique-keys', message: "'a@x.org' in field 'email' is a duplicate unique key: it first appears on line 2 of part1.csv", file: 'part2.csv', line: 1, column: 4, field: 'email' },
    ]);
    expect(findings.map((f) => f.messageId)).toEqual(['duplicateCompositeAcrossParts', 'duplicateAcrossParts']);
    expect(findings[1]!.data).toEqual({ value: "'a@x.org'", field: 'email', firstLine: 2, firstFile: 'part1.csv' });
  });
});
