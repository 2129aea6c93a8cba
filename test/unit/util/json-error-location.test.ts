import { describe, expect, it } from 'vitest';
import { locateJsonError, parseErrorOffset } from '../../../src/util/json-error-location.js';
import { describeJsonError } from '../../../src/util/source.js';

/** describeJsonError as parseSource calls it: with the error JSON.parse throws for text. */
function describeParseError(text: string): ReturnType<typeof describeJsonError> {
  try {
    JSON.parse(text);
  } catch (error) {
    return describeJsonError(text, error as Error);
  }
  throw new Error(`valid JSON: ${text}`);
}

describe('locateJsonError — valid JSON', () => {
  it('returns null for valid values, with whitespace around them', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null]}\n', '"s"', '0', '\r\n[\t]\r\n']) {
      expect(locateJsonError(text), text).toBeNull();
    }
  });

  it('copes with deep nesting', () => {
    expect(locateJsonError(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toBeNull();
    expect(locateJsonError(`${'['.repeat(10_000)}x`)?.offset).toBe(10_000);
  });
});

describe('locateJsonError — the cause and its explanation (data readers)', () => {
  it.each([
    ['{"a": x}', 6, 'Unexpected character \'x\' where a value was expected'],
    ['[1,]', 2, 'Trailing comma before \']\''],
    ['{"a":1,}', 6, 'Trailing comma before \'}\''],
    ['{"a":}', 5, 'Missing value after \':\''],
    ['[1,,2]', 3, 'Unexpected \',\' where a value was expected'],
    ['"abc', 0, 'Unterminated string: the closing \'"\' is missing'],
    ['["a\nb"]', 1, 'Unterminated string: the line ends before the closing \'"\' (write a line break inside a text as \\n)'],
    ['"\\x"', 1, 'Invalid escape \'\\x\' in a string (to write a backslash, double it: \\\\)'],
    ['"\\u12x"', 1, 'Invalid \\u escape in a string: \\u must be followed by four hexadecimal digits'],
    ['"a\u0001"', 2, 'Control character U+0001 inside a string: write it as an escape such as \\t or \\u0009'],
    ['01', 0, 'Invalid number \'01\': a number cannot start with a leading zero (write text codes in double quotes)'],
    ['+1', 0, 'Invalid number \'+1\': a number cannot start with \'+\''],
    ['[.5]', 1, 'Invalid number \'.5\': a decimal point needs digits on both sides, as in 0.5'],
    ['{"a": NaN}', 6, 'Invalid number \'NaN\': JSON has no Infinity or NaN; use null for a missing number'],
    ['1.5.3', 0, 'Invalid number \'1.5.3\': expected a number such as 12, -3.5 or 1e6'],
    ['[trueish]', 1, 'Unexpected word \'trueish\' where a value was expected: text must be in double quotes, and the only words allowed are true, false and null'],
    ["['x']", 1, 'Text must be in double quotes ("…"), not single quotes'],
    ["{'a':1}", 1, 'Property names must be in double quotes ("…"), not single quotes'],
    ['{a:1}', 1, 'Property name \'a\' must be in double quotes'],
    ['{"a" 1}', 5, 'Missing \':\' after the property name (found character \'1\')'],
    ['[1 2]', 3, 'Missing comma between array values'],
    ['{"a":1 "b":2}', 7, 'Missing comma between properties'],
    ['[1}', 2, 'Unexpected character \'}\' where \',\' or \']\' was expected'],
    ['{"a":1} {"b":2}', 8, 'Unexpected character \'{\' after the end of the record: a line must hold exactly one JSON value'],
    ['\uFEFF{}', 0, 'Unexpected character U+FEFF where a value was expected'],
  ])('explains %j at offset %i', (text, offset, message) => {
    expect(locateJsonError(text)).toMatchObject({ offset, message, atEnd: false });
  });

  it.each([
    ['', 'a value is missing'],
    ['{"a": ', 'a value is missing'],
    ['{', 'a property name is missing'],
    ['{"a"', 'the \':\' and the value of a property are missing'],
    ['{"a": [1', 'a closing \']\' is missing'],
    ['[{"a": 1}', 'a closing \']\' is missing'],
    ['{"a": {}', 'a closing \'}\' is missing'],
  ])('reports %j as a valid beginning that stops too early', (text, message) => {
    expect(locateJsonError(text)).toEqual({ offset: text.length, rejectedAt: text.length, message, atEnd: true });
  });
});

describe('locateJsonError — the character a strict parser rejects (metadata files)', () => {
  it.each([
    ['{"a": x}', 6],
    ['[1,]', 3], // the ']', not the trailing comma
    ['{"a":1,}', 7],
    ['"abc', 4], // the end, not the opening quote
    ['"a\nb"', 2], // the line break
    ['"a\\\nb"', 3], // the line break after the backslash
    ['"\\x"', 2],
    ['"\\u12x"', 3],
    ['01', 1], // after the valid start of a number
    ['1.5.3', 3],
    ['1e', 1],
    ['+1', 0],
    ['trueish', 4], // after the valid start of a literal
    ['nul', 3],
    ['nan', 1],
    ['NaN', 0],
    ['{"a":\n  tru\n}', 11],
    ['[1 2]', 3],
    ['{"a":1} x', 8],
    ['[1111111111111111111111111111111111111111111111111111111111111111111111111111111111111,x]', 87],
  ])('rejects %j at %i', (text, rejectedAt) => {
    expect(locateJsonError(text)?.rejectedAt).toBe(rejectedAt);
  });
});

describe('parseErrorOffset', () => {
  it('reads the position V8 names, if any', () => {
    expect(parseErrorOffset('Unterminated string in JSON at position 4')).toBe(4);
    expect(parseErrorOffset('Expected \',\' or \']\' after array element in JSON at position 3 (line 1 column 4)')).toBe(3);
    expect(parseErrorOffset('Unexpected token \']\', "[1,]" is not valid JSON')).toBeUndefined();
    expect(parseErrorOffset('Unexpected end of JSON input')).toBeUndefined();
  });
});

describe('describeJsonError — messages and positions for metadata files', () => {
  it('keeps V8\'s message and position when it names one', () => {
    expect(describeParseError('{"a" 1}')).toEqual({ message: 'Expected \':\' after property name', line: 1, column: 6 });
    expect(describeParseError('{\n  "a": "x\n"}')).toEqual({ message: 'Bad control character in string literal', line: 2, column: 10 });
  });

  it('names the rejected character of an unexpected token, with its line and column', () => {
    expect(describeParseError('[1,]')).toEqual({ message: 'Unexpected character \']\'', line: 1, column: 4 });
    expect(describeParseError('{\n  "a": x\n}')).toEqual({ message: 'Unexpected character \'x\'', line: 2, column: 8 });
    expect(describeParseError('{"a":\n  tru\n}')).toEqual({ message: 'Unexpected character \'\n\'', line: 2, column: 6 });
    expect(describeParseError('nan')).toEqual({ message: 'Unexpected character \'a\'', line: 1, column: 2 });
  });

  it('places an unexpected end of file at the end', () => {
    expect(describeParseError('{"a": [1,\n')).toEqual({
      message: 'Unexpected end of file: the JSON is incomplete (a bracket or brace is not closed)', line: 2, column: 1,
    });
    expect(describeParseError(' \n')).toEqual({ message: 'The file is empty: expected a JSON document', line: 2, column: 1 });
  });

  it('skips a leading BOM: it names the first error after it, and no position when the rest is valid', () => {
    expect(describeParseError('\uFEFF{"a": x}')).toEqual({ message: 'Unexpected character \'x\'', line: 1, column: 8 });
    const valid = describeParseError('\uFEFF{"a": 1}');
    expect(valid.line).toBeUndefined();
    expect(valid.message).toMatch(/^Unexpected token/);
  });
});
