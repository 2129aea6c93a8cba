import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintFiles, lintWith, packageWith } from '../../../helpers/lint-files.js';
import check from '../../../../src/checks/format/quoting.js';
import { renderMessage } from '../../../../src/engine/active-rules.js';
import type { FileVisitorContext, Report } from '../../../../src/model/check.js';
import type { FileFacts } from '../../../../src/model/facts.js';

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
        message: "A quoted field is closed by \" but more text follows before the next delimiter; it was read as part of the field's value, the quote with it",
        file: 'data.csv',
        line: 3,
      },
    ]);
    expect(findings[0]!.hint).toContain('""Plumbing""');
    expect(findings[0]).toMatchObject({ messageId: 'textAfterClosingQuote', data: { quote: '"' } });
  });

  it('reports a quote inside an unquoted field', async () => {
    const findings = await lint({ 'data.csv': 'id,name,amount\n6,ok,1\n7,Smith "Plumbing" Ltd,1200\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/quoting', message: "A \" appears inside an unquoted field; it was read as part of the field's value", file: 'data.csv', line: 3 },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'quoteInUnquotedField', data: { quote: '"' } });
  });

  it("words the problems with the dialect's quote character", async () => {
    const dialect = { dialect: { quoteChar: "'" } };
    const findings = await lint(packageWith('data.csv', "id,name\n7,'Smith 'Plumbing' Ltd'\n8,Smith 'P'\n", undefined, dialect));
    expect(findings.map((f) => [f.line, f.messageId, f.data, f.message])).toEqual([
      [2, 'textAfterClosingQuote', { quote: "'" }, "A quoted field is closed by ' but more text follows before the next delimiter; it was read as part of the field's value, the quote with it"],
      [3, 'quoteInUnquotedField', { quote: "'" }, "A ' appears inside an unquoted field; it was read as part of the field's value"],
    ]);
    const unclosed = await lint(packageWith('data.csv', "id,name\n7,ok\n9,'open\n10,x\n", undefined, dialect));
    expect(unclosed.map((f) => [f.line, f.messageId, f.data, f.message])).toEqual([
      [3, 'quoteNotClosed', { quote: "'", firstLine: 3, lastLine: 4, count: 2 }, "A quoted field opened with ' on this line is never closed: lines 3–4 (2 lines) were not read"],
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
        message: 'A quoted field opened with " on this line is never closed: lines 3–6 (4 lines) were not read',
        file: 'data.csv',
        line: 3,
      },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'quoteNotClosed', data: { quote: '"', firstLine: 3, lastLine: 6, count: 4 } });
  });

  // Regression test (a bug found while writing these tests).
  it('does not say listing stopped when exactly 100 problems were all listed', async () => {
    const rows = ['a,b'];
    for (let i = 0; i < 100; i++) rows.push(`${i},x "y" z`);
    const findings = await lint({ 'data.csv': `${rows.join('\n')}\n` });
    expect(findings).toHaveLength(100);
    expect(findings.some((f) => f.messageId === 'moreProblems')).toBe(false);
  });

  it('counts the problems beyond the first 100 in one finding', async () => {
    const rows = ['a,b'];
    for (let i = 0; i < 102; i++) rows.push(`${i},x "y" z`);
    const findings = await lint({ 'data.csv': `${rows.join('\n')}\n` });
    expect(findings).toHaveLength(101);
    const more = findings.find((f) => f.messageId === 'moreProblems');
    expect(more).toMatchObject({
      messageId: 'moreProblems',
      data: { unlisted: 2, total: 102 },
      message: '2 more rows with quoting problems not listed one by one (102 in all)',
      file: 'data.csv',
    });
    expect(more!.line).toBeUndefined();
    rows.pop();
    const one = await lint({ 'data.csv': `${rows.join('\n')}\n` });
    expect(one.find((f) => f.messageId === 'moreProblems')!.message).toBe('1 more row with quoting problems not listed one by one (101 in all)');
  });
});

describe('quoting: record numbers', () => {
  const schema = { fields: [{ name: 'id', type: 'integer' }, { name: 'n', type: 'integer' }] };
  const pkg = JSON.stringify({ name: 'p', resources: [{ name: 'd', path: 'd.csv', schema }] });

  it('reads a row with text after a closing quote, with its record number, and checks its values', async () => {
    const findings = await lintFiles({ 'datapackage.json': pkg, 'd.csv': 'id,n\n1,1\n2,"Smith "P" Ltd"\n3,x\n' }, { rules: [{ check: 'quoting' }, { check: 'type' }] });
    expect(findings.map((f) => [f.ruleId, f.line, f.record])).toEqual([
      ['format/quoting', 3, 2],
      ['format/type', 3, 2], // 'Smith "P" Ltd"' is not an integer: the row was read
      ['format/type', 4, 3],
    ]);
  });

  // Regression test: after text that follows a closing quote, csv-parse read on inside the quoted field, so lines 3–5
  // were skipped as one record and reported at line 3 alone as "the row could not be read". Now every row is read.
  it('swallows no row after text that follows a closing quote', async () => {
    const findings = await lintFiles({ 'datapackage.json': pkg, 'd.csv': 'id,n\n1,"a"b\n2,c\n3,d\n4,"e"f\n5,g\n' }, { rules: [{ check: 'quoting' }, { check: 'type' }] });
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([
      [2, 'textAfterClosingQuote'], [2, 'notType'], [3, 'notType'], [4, 'notType'], [5, 'textAfterClosingQuote'], [5, 'notType'], [6, 'notType'],
    ]);
  });

  it('says which lines a quote never closed left unread; the line numbers stay out of the fingerprint', async () => {
    const findings = await lintFiles({ 'datapackage.json': pkg, 'd.csv': 'id,n\n1,1\n2,"a\n3,x\n4,5\n' }, { rules: [{ check: 'quoting' }, { check: 'type' }] });
    expect(findings.map((f) => [f.ruleId, f.line, f.record])).toEqual([['format/quoting', 3, 2]]);
    expect(findings[0]!.message).toBe('A quoted field opened with " on this line is never closed: lines 3–5 (3 lines) were not read');
    // Line numbers are numbers in data: they stay out of the fingerprint, so the finding keeps its identity as rows move.
    expect(findings[0]).toMatchObject({ messageId: 'quoteNotClosed', data: { firstLine: 3, lastLine: 5, count: 3 } });
  });
});

describe('quoting: other parse errors', () => {
  it('names the lines of a record csv-parse skipped that spans several, and the lines lost after it', () => {
    const reports: Report[] = [];
    const visitor = check.createFileVisitor!({ resource: {}, report: (r: Report) => reports.push(r) } as unknown as FileVisitorContext<Record<string, unknown>>);
    visitor.facts!({ parseProblems: [
      { line: 3, lastLine: 5, record: 2, code: 'CSV_INVALID_CLOSING_QUOTE', message: '' },
      { line: 6, code: 'CSV_UNRECOVERABLE', message: '' },
    ], parseProblemsTotal: 2, lines: 9 } as unknown as FileFacts);
    expect(reports).toMatchObject([
      { messageId: 'linesSkipped', data: { firstLine: 3, lastLine: 5, count: 3 }, line: 3, record: 2 },
      { messageId: 'unrecoverable', data: { firstLine: 6, lastLine: 9, count: 4 }, line: 6 },
    ]);
  });

  it("words an error of another kind as the reader describes it", () => {
    const reports: Report[] = [];
    const visitor = check.createFileVisitor!({ resource: {}, report: (r: Report) => reports.push(r) } as unknown as FileVisitorContext<Record<string, unknown>>);
    const reason = 'Invalid Record Length: columns length is 2, got 3 on line 4; the row could not be read and was skipped';
    visitor.facts!({ parseProblems: [{ line: 4, record: 3, code: 'CSV_RECORD_INCONSISTENT_COLUMNS', message: reason }], parseProblemsTotal: 1, lines: 5 } as unknown as FileFacts);
    expect(reports).toMatchObject([{ messageId: 'unreadableRow', data: { reason }, line: 4, record: 3 }]);
    expect(renderMessage(check, reports[0]!)).toBe(reason);
  });
});
