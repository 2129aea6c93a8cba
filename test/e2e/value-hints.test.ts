// Values real data holds that pass or fail for a reason a data officer needs told, through the real CLI: monthly data
// typed date (1958-03, the first month of the Mauna Loa CO2 record), and codes typed as numbers (postcodes, 0001).
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, expectNoCrash, lintJson, makeTempDir, writeTree } from './helpers.js';

afterAll(cleanupTempDirs);

function packageOf(csv: string, fields: unknown[]): string {
  const dir = makeTempDir();
  writeTree(dir, {
    'data.csv': csv,
    'datapackage.json': JSON.stringify({ name: 'd', resources: [{ name: 'data', path: 'data.csv', format: 'csv', schema: { fields } }] }),
  });
  return dir;
}

describe('value hints through the CLI', () => {
  it('a year-month in a date field: one type error per row, each with the hint to declare yearmonth', () => {
    const dir = packageOf('month,ppm\n1958-03,315.70\n1958-04,317.45\n1958-05,317.51\n', [{ name: 'month', type: 'date' }, { name: 'ppm', type: 'number' }]);
    const { run, report } = lintJson(['--no-config', dir]);
    expectNoCrash(run);
    const types = report.findings.filter((f) => f.ruleId === 'format/type');
    expect(types.map((f) => f.line)).toEqual([2, 3, 4]);
    expect(types[0]).toMatchObject({
      message: "'1958-03' in field 'month' is not a date in the form YYYY-MM-DD",
      hint: "'1958-03' is a year and month, not a date: declare the field's type yearmonth if it holds months, or write the full date",
    });
  });

  it('postcodes typed integer: one leading-zeros warning for the field, with the count, the first line and value', () => {
    const dir = packageOf('office,postcode\nPretoria,0001\nCape Town,8001\nPolokwane,0699\nDurban,4001\n', [{ name: 'office', type: 'string' }, { name: 'postcode', type: 'integer' }]);
    const { run, report } = lintJson(['--no-config', dir]);
    expectNoCrash(run);
    const zeros = report.findings.filter((f) => f.ruleId === 'format/leading-zeros');
    expect(zeros).toHaveLength(1);
    expect(zeros[0]).toMatchObject({
      severity: 'warning',
      line: 2,
      column: 2,
      field: 'postcode',
      message: "Field 'postcode' is typed integer but 2 values have leading zeros, first '0001' on line 2: as integers they lose their zeros",
      hint: "Declare field 'postcode' as type string: codes such as postcodes, ward codes and account numbers are text, and their leading zeros are part of them. If the values are quantities, write them without leading zeros",
    });
  });
});
