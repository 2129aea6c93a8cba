import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintFiles, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('quoting');
afterEach(cleanupTempDirs);

describe('quoting', () => {
  it('passes doubled quotes inside a quoted field', async () => {
    expect(await lint({ 'data.csv': 'id,name,amount\n7,"Smith ""Plumbing"" Ltd",1200\n8,"a, b",3\n' })).toEqual([]);
  });

  it('reports a quoted field closed before its end, on its line', async () => {
    const findings = await lint({ 'data.csv': 'id,name,amount\n6,ok,1\n7,"Smith "Plumbing" Ltd",1200\n8,x,2\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/quoting',
        message: 'A quoted field is closed by " but more text follows before the next delimiter; the row could not be read and was skipped',
        file: 'data.csv',
        line: 3,
      },
    ]);
    expect(findings[0]!.hint).toContain('""Plumbing""');
  });

  it('reports a quote inside an unquoted field', async () => {
    const findings = await lint({ 'data.csv': 'id,name,amount\n6,ok,1\n7,Smith "Plumbing" Ltd,1200\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/quoting', message: 'A " appears inside an unquoted field; the row could not be read and was skipped', file: 'data.csv', line: 3 },
    ]);
  });

  it('keeps the lines of later rows right after a skipped row', async () => {
    const schema = { fields: [{ name: 'id', type: 'integer' }, { name: 'name' }, { name: 'amount', type: 'integer' }] };
    const files = packageWith('data.csv', 'id,name,amount\n6,ok,1\n7,"Smith "Plumbing" Ltd",1200\n8,x,lots\n', schema);
    const findings = await lintFiles(files, { rules: [{ check: 'quoting' }, { check: 'type' }] });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/quoting', message: expect.stringContaining('A quoted field is closed by "'), file: 'data.csv', line: 3 },
      { ruleId: 'format/type', message: "'lots' in field 'amount' is not an integer", file: 'data.csv', line: 4, column: 3, field: 'amount' },
    ]);
  });

  // Regression test (a bug found while writing these tests).
  it('reports a quote that is never closed on the line where the record starts', async () => {
    const findings = await lint({ 'data.csv': 'id,name,amount\n6,ok,1\n7,"Smith,1200\n8,x,2\n9,x,2\n10,x,2\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/quoting',
        message: 'A quoted field opened with " on this line is never closed, so the rest of the file could not be read',
        file: 'data.csv',
        line: 3,
      },
    ]);
  });

  // Regression test (a bug found while writing these tests).
  it('does not say listing stopped when exactly 100 problems were all listed', async () => {
    const rows = ['a,b'];
    for (let i = 0; i < 100; i++) rows.push(`${i},x "y" z`);
    const findings = await lint({ 'data.csv': `${rows.join('\n')}\n` });
    expect(findings).toHaveLength(100);
  });
});

describe('quoting: record numbers', () => {
  const schema = { fields: [{ name: 'id', type: 'integer' }, { name: 'n', type: 'integer' }] };
  const pkg = JSON.stringify({ name: 'p', resources: [{ name: 'd', path: 'd.csv', schema }] });

  it('counts a row that could not be read as a record, so later rows keep their numbers', async () => {
    const findings = await lintFiles({ 'datapackage.json': pkg, 'd.csv': 'id,n\n1,1\n2,"Smith "P" Ltd"\n3,x\n' }, { rules: [{ check: 'quoting' }, { check: 'type' }] });
    expect(findings.map((f) => [f.ruleId, f.line, f.record])).toEqual([
      ['format/quoting', 3, 2],
      ['format/type', 4, 3],
    ]);
  });

  it('says which lines were lost when the parser cannot recover from a stray quote', async () => {
    const findings = await lintFiles({ 'datapackage.json': pkg, 'd.csv': 'id,n\n1,1\n2,"a"b\n3,x\n4,5\n' }, { rules: [{ check: 'quoting' }, { check: 'type' }] });
    expect(findings.map((f) => [f.ruleId, f.line, f.record])).toEqual([
      ['format/quoting', 3, 2],
      ['format/quoting', 4, undefined],
    ]);
    expect(findings[1]!.message).toMatch(/^After the quoting error above, the parser could not find where the next row starts: lines 4–\d+ were not read$/);
  });
});
