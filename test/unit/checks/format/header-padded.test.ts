import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith } from '../../../helpers/lint-files.js';

const lint = lintWith('header-padded');
afterEach(cleanupTempDirs);

describe('header-padded', () => {
  it('passes trimmed names with single inner spaces', async () => {
    expect(await lint({ 'data.csv': 'Supplier Name,G1 AMOUNT\nAcme,1\n' })).toEqual([]);
  });

  it('reports trailing white space and a run of inner spaces, column by column', async () => {
    const findings = await lint({ 'data.csv': 'Supplier Name ,G1     AMOUNT,id\nAcme,1,2\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/header-padded',
        message: "Column name 'Supplier Name ' has leading or trailing white space",
        file: 'data.csv',
        line: 1,
        column: 1,
        field: 'Supplier Name ',
      },
      {
        ruleId: 'format/header-padded',
        message: "Column name 'G1     AMOUNT' has repeated or unusual inner white space",
        file: 'data.csv',
        line: 1,
        column: 2,
        field: 'G1     AMOUNT',
      },
    ]);
    expect(findings.map((f) => f.hint)).toEqual(["Rename it to 'Supplier Name'", "Rename it to 'G1 AMOUNT'"]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([
      ['outerWhiteSpace', { name: "'Supplier Name '" }],
      ['innerWhiteSpace', { name: "'G1     AMOUNT'" }],
    ]);
  });

  it('reports a tab inside a name, shown as \\t', async () => {
    const findings = await lint({ 'data.csv': 'id,"unit\tprice"\n1,2\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/header-padded',
        message: "Column name 'unit\\tprice' has repeated or unusual inner white space",
        file: 'data.csv',
        line: 1,
        column: 2,
        field: 'unit\tprice',
      },
    ]);
  });
});
