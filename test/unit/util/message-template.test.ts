import { describe, expect, it } from 'vitest';
import { compileTemplate, formatMessage, TemplateSyntaxError } from '../../../src/util/message-template.js';

describe('message templates', () => {
  it('fill placeholders, keeping single quotes as written (no ICU apostrophe escapes)', () => {
    expect(formatMessage("{value} in field '{field}' is not {expected}", { value: "'1 234'", field: 'visits', expected: 'an integer' })).toBe("'1 234' in field 'visits' is not an integer");
    expect(formatMessage('line {line}', { line: 7 })).toBe('line 7');
  });

  it('choose the English plural form and put the number for #', () => {
    const t = '{n, plural, one {# line ends} other {# lines end}} with LF';
    expect(formatMessage(t, { n: 1 })).toBe('1 line ends with LF');
    expect(formatMessage(t, { n: 3 })).toBe('3 lines end with LF');
    expect(formatMessage(t, { n: 0 })).toBe('0 lines end with LF');
    // An empty form and placeholders inside a form.
    expect(formatMessage("'{v}' (line {l}{n, plural, one {} other {, # in all}})", { v: 'x', l: 4, n: 1 })).toBe("'x' (line 4)");
    expect(formatMessage("'{v}' (line {l}{n, plural, one {} other {, # in all}})", { v: 'x', l: 4, n: 5 })).toBe("'x' (line 4, 5 in all)");
  });

  it('list their placeholders in order of first use', () => {
    expect(compileTemplate('{a} {b, plural, one {# {c}} other {# {c}s}} {a}').placeholders).toEqual(['a', 'b', 'c']);
    expect(compileTemplate('no placeholders').placeholders).toEqual([]);
  });

  it('refuse data that lacks a placeholder: a bug in the check, not a message with a hole', () => {
    expect(() => formatMessage('{a} and {b}', { a: 1 })).toThrow(/needs 'b'/);
  });

  it('reject malformed templates when compiled', () => {
    for (const bad of ['{unclosed', 'stray }', '{1bad}', '{n, plural, one {x}}', '{n, select, a {x} other {y}}', '{n, plural, few {x} other {y}']) {
      expect(() => compileTemplate(bad), bad).toThrow(TemplateSyntaxError);
    }
  });

  it('take time linear in the template: a long template compiles at once', () => {
    const long = '{a} '.repeat(20_000);
    const started = performance.now();
    expect(formatMessage(long, { a: 'x' })).toBe('x '.repeat(20_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
describe('message templates: backslash escapes', () => {
  it('makes braces literal, in a template with placeholders and in one without', () => {
    expect(formatMessage('Record {record} must be a JSON object \\{…\\}', { record: 2 })).toBe('Record 2 must be a JSON object {…}');
    expect(formatMessage('Put the records in [ \\{…\\}, \\{…\\} ]')).toBe('Put the records in [ {…}, {…} ]');
    expect(compileTemplate('\\{not a placeholder\\}').placeholders).toEqual([]);
  });

  it('makes # literal inside a plural form, and a backslash before it literal too', () => {
    const t = '{n, plural, one {# row \\#1} other {# rows \\\\#}}';
    expect(formatMessage(t, { n: 1 })).toBe('1 row #1');
    expect(formatMessage(t, { n: 3 })).toBe('3 rows \\3');
  });

  it('leaves a backslash before any other character as it is', () => {
    expect(formatMessage("'{value}' holds \\t", { value: 'x' })).toBe("'x' holds \\t");
    expect(formatMessage('ends with \\')).toBe('ends with \\');
  });

  it('still rejects an unescaped brace', () => {
    expect(() => formatMessage('a JSON object {…}')).toThrow(TemplateSyntaxError);
    expect(() => formatMessage('closing } alone')).toThrow(TemplateSyntaxError);
  });
});
