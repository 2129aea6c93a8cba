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
        message: 'A quoted field is closed by " but more text follows before the next delimiter; the row could not be read and was skipped',
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
      [2, 'textAfterClosingQuote', { quote: "'" }, "A quoted field is closed by ' but more text follows before the next delimiter; the row could not be read and was skipped"],
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

  it('counts a row that could not be read as a record, so later rows keep their numbers', async () => {
    const findings = await lintFiles({ 'datapackage.json': pkg, 'd.csv': 'id,n\n1,1\n2,"Smith "P" Ltd"\n3,x\n' }, { rules: [{ check: 'quoting' }, { check: 'type' }] });
    expect(findings.map((f) => [f.ruleId, f.line, f.record])).toEqual([
      ['format/quoting', 3, 2],
      ['format/type', 4, 3],
    ]);
  });

  // Regression test: csv-parse reads on inside a quoted field after text that follows a closing quote, and skipped
  // lines 3–5 as one record, reported at line 3 alone as "the row could not be read": two rows went unmentioned.
  it('names every line csv-parse skipped after text that follows a closing quote', async () => {
    const findings = await lintFiles({ 'datapackage.json': pkg, 'd.csv': 'id,n\n1,"a"b\n2,c\n3,d\n4,"e"f\n5,g\n' }, { rules: [{ check: 'quoting' }] });
    expect(findings.map((f) => [f.line, f.messageId, f.data])).toEqual([
      [2, 'textAfterClosingQuote', { quote: '"' }],
      [3, 'linesSkipped', { firstLine: 3, lastLine: 5, count: 3 }],
      [6, 'unrecoverable', { firstLine: 6, lastLine: 6, count: 1 }],
    ]);
    expect(findings[1]!.message).toBe('After a quoting error, lines 3–5 (3 lines) could not be read as rows and were skipped: a quote in them is not where CSV expects one');
  });

  it('says which lines were lost when the parser cannot recover from a stray quote', async () => {
    const findings = await lintFiles({ 'datapackage.json': pkg, 'd.csv': 'id,n\n1,1\n2,"a"b\n3,x\n4,5\n' }, { rules: [{ check: 'quoting' }, { check: 'type' }] });
    expect(findings.map((f) => [f.ruleId, f.line, f.record])).toEqual([
      ['format/quoting', 3, 2],
      ['format/quoting', 4, undefined],
    ]);
    expect(findings[1]!.message).toMatch(/^After the quoting error above, the parser could not find where the next row starts: lines 4–5 \(2 lines\) were not read$/);
    // Line numbers are numbers in data: they stay out of the fingerprint, so the finding keeps its identity as rows move.
    expect(findings[1]).toMatchObject({ messageId: 'unrecoverable', data: { firstLine: 4, lastLine: 5, count: 2 } });
  });
});

describe('quoting: other parse errors', () => {
  it("words an error of another kind as the reader describes it", () => {
    const reports: Report[] = [];
    const visitor = check.createFileVisitor!({ resource: {}, report: (r: Report) => reports.push(r) } as unknown as FileVisitorContext<Record<string, unknown>>);
    const reason = 'Invalid Record Length: columns length is 2, got 3 on line 4; the row could not be read and was skipped';
    visitor.facts!({ parseProblems: [{ line: 4, record: 3, code: 'CSV_RECORD_INCONSISTENT_COLUMNS', message: reason }], parseProblemsTotal: 1, lines: 5 } as unknown as FileFacts);
    expect(reports).toMatchObject([{ messageId: 'unreadableRow', data: { reason }, line: 4, record: 3 }]);
    expect(renderMessage(check, reports[0]!)).toBe(reason);
  });
});
