import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, datapackage, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('primary-key');
afterEach(cleanupTempDirs);

const single = (primaryKey: unknown) => ({ fields: [{ name: 'id', type: 'string' }, { name: 'n', type: 'integer' }], primaryKey });
const composite = { fields: [{ name: 'dam_id' }, { name: 'reading_date', type: 'date' }, { name: 'level', type: 'number' }], primaryKey: ['dam_id', 'reading_date'] };

describe('linking/primary-key', () => {
  it('passes unique, complete keys (v1 plain-string form and v2 array form)', async () => {
    const csv = 'id,n\nA,1\nB,2\nC,3\n';
    expect(await lint(packageWith('data.csv', csv, single('id')))).toEqual([]);
    expect(await lint(packageWith('data.csv', csv, single(['id'])))).toEqual([]);
    expect(await lint(packageWith('data.csv', 'dam_id,reading_date,level\nD1,2026-11-16,1\nD1,2026-11-23,2\nD2,2026-11-16,3\n', composite))).toEqual([]);
  });

  it('reports a duplicate single key with the line of its first occurrence', async () => {
    const findings = await lint(packageWith('data.csv', 'id,n\nA,1\nB,2\nC,3\nB,4\nB,5\n', single('id')));
    expect(brief(findings)).toEqual([
      { ruleId: 'linking/primary-key', message: "'B' in field 'id' is a duplicate primary key: it first appears on line 3", file: 'data.csv', line: 5, column: 1, field: 'id' },
      { ruleId: 'linking/primary-key', message: "'B' in field 'id' is a duplicate primary key: it first appears on line 3", file: 'data.csv', line: 6, column: 1, field: 'id' },
    ]);
    expect(findings[0]!.record).toBe(4);
    expect(findings[0]!.messageId).toBe('duplicate');
    expect(findings[0]!.data).toEqual({ value: "'B'", field: 'id', firstLine: 3 });
  });

  it('reports a duplicate composite key, and not a repeat of one part alone', async () => {
    const csv = 'dam_id,reading_date,level\nD1,2026-11-16,1\nD1,2026-11-23,2\nD2,2026-11-16,3\nD1,2026-11-23,4\n';
    const findings = await lint(packageWith('data.csv', csv, composite));
    expect(findings[0]!.messageId).toBe('duplicateComposite');
    expect(findings[0]!.data).toEqual({ key: "('D1', '2026-11-23')", fields: "'dam_id', 'reading_date'", firstLine: 3 });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'linking/primary-key',
        message: "('D1', '2026-11-23') in fields 'dam_id', 'reading_date' is a duplicate primary key: it first appears on line 3",
        file: 'data.csv', line: 5, column: 1, field: 'dam_id',
      },
    ]);
  });

  it('compares typed values: 7 and +07 are the same integer key', async () => {
    const schema = { fields: [{ name: 'n', type: 'integer' }], primaryKey: 'n' };
    expect(brief(await lint(packageWith('data.csv', 'n\n7\n+07\n', schema)))).toEqual([
      { ruleId: 'linking/primary-key', message: "'+07' in field 'n' is a duplicate primary key: it first appears on line 2", file: 'data.csv', line: 3, column: 1, field: 'n' },
    ]);
  });

  it('reports each missing part of a key, and does not compare that row', async () => {
    const csv = 'dam_id,reading_date,level\nD1,2026-11-16,1\n,2026-11-16,2\nD1,,3\n,,4\n';
    const findings = await lint(packageWith('data.csv', csv, composite));
    expect(findings.map((f) => f.messageId)).toEqual(['missingCompositePart', 'missingCompositePart', 'missingCompositePart', 'missingCompositePart']);
    expect(findings[0]!.data).toEqual({ field: 'dam_id' });
    expect(brief(findings)).toEqual([
      { ruleId: 'linking/primary-key', message: "Field 'dam_id' is part of the composite primary key but has no value", file: 'data.csv', line: 3, column: 1, field: 'dam_id' },
      { ruleId: 'linking/primary-key', message: "Field 'reading_date' is part of the composite primary key but has no value", file: 'data.csv', line: 4, column: 2, field: 'reading_date' },
      { ruleId: 'linking/primary-key', message: "Field 'dam_id' is part of the composite primary key but has no value", file: 'data.csv', line: 5, column: 1, field: 'dam_id' },
      { ruleId: 'linking/primary-key', message: "Field 'reading_date' is part of the composite primary key but has no value", file: 'data.csv', line: 5, column: 2, field: 'reading_date' },
    ]);
  });

  it('takes missingValues into account, and skips blank rows (format/blank-row reports them)', async () => {
    const schema = { fields: [{ name: 'id' }], primaryKey: 'id', missingValues: ['', 'NA'] };
    const findings = await lint(packageWith('data.csv', 'id\nA\nNA\n\nB\n', schema));
    expect(findings[0]!.messageId).toBe('missingPart');
    expect(brief(findings)).toEqual([
      { ruleId: 'linking/primary-key', message: "Field 'id' is part of the primary key but has no value", file: 'data.csv', line: 3, column: 1, field: 'id' },
    ]);
  });

  it('binds key fields by header name, not position', async () => {
    const findings = await lint(packageWith('data.csv', 'n,id\n1,A\n2,A\n', single('id')));
    expect(brief(findings)).toEqual([
      { ruleId: 'linking/primary-key', message: "'A' in field 'id' is a duplicate primary key: it first appears on line 2", file: 'data.csv', line: 3, column: 2, field: 'id' },
    ]);
  });

  it('says nothing when the key field has no column (the header checks report it)', async () => {
    expect(await lint(packageWith('data.csv', 'n\n1\n1\n', single('id')))).toEqual([]);
  });

  it('checks JSON records, at the line of their opening brace', async () => {
    const json = '[\n  {"id": "A", "n": 1},\n  {"id": "B", "n": 2},\n  {"id": "A", "n": 3},\n  {"n": 4}\n]\n';
    const findings = await lint(packageWith('data.json', json, single('id'), { format: 'json' }));
    expect(brief(findings)).toEqual([
      { ruleId: 'linking/primary-key', message: "'A' in field 'id' is a duplicate primary key: it first appears on line 2", file: 'data.json', line: 4, field: 'id' },
      { ruleId: 'linking/primary-key', message: "Field 'id' is part of the primary key but has no value", file: 'data.json', line: 5, field: 'id' },
    ]);
  });

  it('finds a duplicate across the parts of a multipart resource', async () => {
    const files = {
      'part1.csv': 'id,n\nA,1\nB,2\n',
      'part2.csv': 'B,3\nC,4\n',
      'datapackage.json': datapackage([{ name: 'parts', path: ['part1.csv', 'part2.csv'], schema: single('id') }]),
    };
    const findings = await lint(files);
    expect(brief(findings)).toEqual([
      { ruleId: 'linking/primary-key', message: "'B' in field 'id' is a duplicate primary key: it first appears on line 3 of part1.csv", file: 'part2.csv', line: 1, column: 1, field: 'id' },
    ]);
    expect(findings[0]!.messageId).toBe('duplicateAcrossParts');
    expect(findings[0]!.data).toEqual({ value: "'B'", field: 'id', firstLine: 3, firstFile: 'part1.csv' });
  });

  it('finds a duplicate composite key across the parts of a multipart resource', async () => {
    const files = {
      'part1.csv': 'dam_id,reading_date,level\nD1,2026-11-16,1\n',
      'part2.csv': 'D2,2026-11-16,2\nD1,2026-11-16,3\n',
      'datapackage.json': datapackage([{ name: 'parts', path: ['part1.csv', 'part2.csv'], schema: composite }]),
    };
    const findings = await lint(files);
    expect(brief(findings)).toEqual([
      {
        ruleId: 'linking/primary-key',
        message: "('D1', '2026-11-16') in fields 'dam_id', 'reading_date' is a duplicate primary key: it first appears on line 2 of part1.csv",
        file: 'part2.csv', line: 2, column: 1, field: 'dam_id',
      },
    ]);
    expect(findings[0]!.messageId).toBe('duplicateCompositeAcrossParts');
    expect(findings[0]!.data).toEqual({ key: "('D1', '2026-11-16')", fields: "'dam_id', 'reading_date'", firstLine: 2, firstFile: 'part1.csv' });
  });
});
