import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('header-schema');
afterEach(cleanupTempDirs);

const SCHEMA = { fields: [{ name: 'id' }, { name: 'supplier' }, { name: 'amount' }] };
const withHeader = (header: string, schema: Record<string, unknown> = SCHEMA) => packageWith('data.csv', `${header}\n1,2,3,4\n`, schema);

describe('header-schema', () => {
  it('passes a header naming the fields in order', async () => {
    expect(await lint(withHeader('id,supplier,amount'))).toEqual([]);
  });

  it('passes a file without a schema', async () => {
    expect(await lint({ 'data.csv': 'anything,at,all\n1,2,3\n' })).toEqual([]);
  });

  it('reports a missing field and an extra column, and suggests the rename', async () => {
    const findings = await lint(withHeader('id,amount,supplier_name'));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/header-schema', message: "The schema's field 'supplier' is missing from the header", file: 'data.csv', line: 1, field: 'supplier' },
      { ruleId: 'format/header-schema', message: "Column 3 'supplier_name' is not a field of the schema", file: 'data.csv', line: 1, column: 3, field: 'supplier_name' },
    ]);
    expect(findings.map((f) => f.hint)).toEqual(["Column 3 is called 'supplier_name': rename it, or update the schema", "Did you mean 'supplier'?"]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([
      ['missingField', { field: 'supplier' }],
      ['extraColumn', { column: 3, label: "'supplier_name'" }],
    ]);
  });

  it('reports columns out of the schema order', async () => {
    const findings = await lint(withHeader('id,amount,supplier'));
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/header-schema',
        message: "The columns are not in the schema's order: column 2 is 'amount' where the schema has 'supplier'; column 3 is 'supplier' where the schema has 'amount'",
        file: 'data.csv',
        line: 1,
        column: 2,
      },
    ]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([
      ['outOfOrder', { moves: "column 2 is 'amount' where the schema has 'supplier'; column 3 is 'supplier' where the schema has 'amount'" }],
    ]);
  });

  it("with fieldsMatch 'subset', allows extra columns", async () => {
    expect(await lint(withHeader('id,supplier,amount,extra'), { options: { fieldsMatch: 'subset' } })).toEqual([]);
  });

  it("with fieldsMatch 'subset', still reports a missing field", async () => {
    const findings = await lint(withHeader('id,amount'), { options: { fieldsMatch: 'subset' } });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/header-schema', message: "The schema's field 'supplier' is missing from the header", file: 'data.csv', line: 1, field: 'supplier' },
    ]);
  });

  it('uses the schema\'s own fieldsMatch before the rule option', async () => {
    expect(await lint(withHeader('id,supplier,amount,extra', { ...SCHEMA, fieldsMatch: 'subset' }))).toEqual([]);
    const findings = await lint(withHeader('id,supplier,amount,extra', { ...SCHEMA, fieldsMatch: 'superset' }), { options: { fieldsMatch: 'subset' } });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/header-schema', message: "Column 4 'extra' is not a field of the schema", file: 'data.csv', line: 1, column: 4, field: 'extra' },
    ]);
  });

  it("with fieldsMatch 'partial', reports a header sharing no name with the schema", async () => {
    expect(await lint(withHeader('id,other'), { options: { fieldsMatch: 'partial' } })).toEqual([]);
    const findings = await lint(withHeader('a,b,c'), { options: { fieldsMatch: 'partial' } });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/header-schema', message: 'No column of the header matches a field of the schema', file: 'data.csv', line: 1 },
    ]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['noMatch', undefined]]);
  });

  // Regression test (a bug found while writing these tests).
  it('numbers the columns right when a blank column precedes the moved ones', async () => {
    const findings = await lint(withHeader('id,,amount,supplier'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.column).toBe(3);
    expect(findings[0]!.message).toContain("column 3 is 'amount' where the schema has 'supplier'");
    expect(findings[0]!.message).toContain("column 4 is 'supplier' where the schema has 'amount'");
  });

  it('checks the header row of JSON rows as arrays as it checks a CSV header, without character columns', async () => {
    const rows = '[\n  ["id", "amount", "supplier_name"],\n  [1, 10.5, "Acme"]\n]\n';
    const findings = await lint(packageWith('spend.json', rows, SCHEMA));
    expect(findings.map((f) => [f.messageId, f.file, f.line, f.column, f.message])).toEqual([
      ['missingField', 'spend.json', 2, undefined, "The schema's field 'supplier' is missing from the header"],
      ['extraColumn', 'spend.json', 2, undefined, "Column 3 'supplier_name' is not a field of the schema"],
    ]);
  });

  it('has nothing to check in JSON records that are objects: their values are taken by name', async () => {
    expect(await lint(packageWith('spend.json', '[{"amount": 1, "id": 2}]\n', SCHEMA))).toEqual([]);
    expect(await lint(packageWith('spend.ndjson', '{"amount": 1, "id": 2}\n', SCHEMA))).toEqual([]);
  });
});
