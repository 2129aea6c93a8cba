import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintFiles, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('delimiter');
afterEach(cleanupTempDirs);

const SEMICOLON_FILE = 'code;name;amount\nA1;Pretoria;1234,50\nA2;Durban;99\n';

describe('delimiter', () => {
  it('passes a comma-separated file', async () => {
    expect(await lint({ 'data.csv': 'code,name,amount\nA1,Pretoria,1234.50\n' })).toEqual([]);
  });

  it('reports a semicolon file with no dialect, and reads it with semicolons', async () => {
    const findings = await lint({ 'data.csv': SEMICOLON_FILE });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/delimiter',
        message: "The file is separated by ';' (semicolon), not ',' (comma), and its metadata declares no dialect; it was read with ';' (semicolon)",
        file: 'data.csv',
        line: 1,
      },
    ]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['undeclared', { found: "';' (semicolon)", expected: "',' (comma)" }]]);
    // Read with ';', the rows have as many cells as the header: no ragged rows.
    const both = await lintFiles({ 'data.csv': SEMICOLON_FILE }, { rules: [{ check: 'delimiter' }, { check: 'ragged-row' }] });
    expect(both.map((f) => f.ruleId)).toEqual(['format/delimiter']);
  });

  it('passes a declared semicolon dialect when allowDeclared is set', async () => {
    const files = packageWith('data.csv', SEMICOLON_FILE, undefined, { dialect: { delimiter: ';' } });
    expect(await lint(files, { options: { allowDeclared: true } })).toEqual([]);
  });

  it('reports a declared semicolon dialect when the standard requires commas only', async () => {
    const files = packageWith('data.csv', SEMICOLON_FILE, undefined, { dialect: { delimiter: ';' } });
    const findings = await lint(files);
    expect(brief(findings)).toEqual([
      { ruleId: 'format/delimiter', message: "The file uses ';' (semicolon) as its delimiter; this standard requires ',' (comma)", file: 'data.csv', line: 1 },
    ]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['notExpected', { found: "';' (semicolon)", expected: "',' (comma)" }]]);
  });

  it('reports a declared delimiter the header does not use', async () => {
    const files = packageWith('data.csv', 'code,name\nA1,Pretoria\n', undefined, { dialect: { delimiter: ';' } });
    const findings = await lint(files, { options: { allowDeclared: true } });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/delimiter',
        message: "The metadata declares ';' (semicolon) as the delimiter but the header is separated by ',' (comma); the file was read with ',' (comma)",
        file: 'data.csv',
        line: 1,
      },
    ]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['declaredNotUsed', { declared: "';' (semicolon)", found: "',' (comma)" }]]);
  });
});
