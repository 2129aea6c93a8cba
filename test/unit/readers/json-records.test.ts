import { describe, expect, it } from 'vitest';
import { readJsonRecords, type JsonReadEvent } from '../../../src/readers/json-records.js';

type Mode = 'json' | 'ndjson';

async function* fromChunks(chunks: readonly string[]): AsyncGenerator<string> {
  for (const chunk of chunks) yield chunk;
}

async function collectChunks(chunks: readonly string[], mode: Mode = 'json'): Promise<JsonReadEvent[]> {
  const events: JsonReadEvent[] = [];
  for await (const event of readJsonRecords(fromChunks(chunks), { mode })) events.push(event);
  return events;
}

function read(doc: string, mode: Mode = 'json'): Promise<JsonReadEvent[]> {
  return collectChunks([doc], mode);
}

/** Events without the parsed values, for compact position assertions. */
function positions(events: JsonReadEvent[]): Array<[string, number, number]> {
  return events.map((e) => [e.kind, e.line, e.column]);
}

function records(events: JsonReadEvent[]): Array<{ record: number; line: number; column: number; value: unknown }> {
  return events.flatMap((e) => (e.kind === 'record' ? [{ record: e.record, line: e.line, column: e.column, value: e.value }] : []));
}

/** Every event but the records: errors, and the header row. */
function errors(events: JsonReadEvent[]): Array<Exclude<JsonReadEvent, { kind: 'record' }>> {
  return events.flatMap((e) => (e.kind === 'record' ? [] : [e]));
}

/** Asserts that splitting doc into two chunks at every offset (and into single characters) gives identical events. */
async function expectSplitInvariant(doc: string, mode: Mode = 'json'): Promise<JsonReadEvent[]> {
  const whole = await read(doc, mode);
  for (let k = 0; k <= doc.length; k++) {
    const split = await collectChunks([doc.slice(0, k), doc.slice(k)], mode);
    expect(split, `split at ${k} of ${JSON.stringify(doc)}`).toEqual(whole);
  }
  expect(await collectChunks([...doc], mode), 'one character per chunk').toEqual(whole);
  return whole;
}

describe('readJsonRecords — json mode: records and positions', () => {
  it('yields each top-level element with its 1-based index, line and column', async () => {
    const doc = '[\n  {"a": 1},\n  {"b": 2}, {"c": 3}\n]\n';
    expect(await read(doc)).toEqual([
      { kind: 'record', record: 1, line: 2, column: 3, value: { a: 1 } },
      { kind: 'record', record: 2, line: 3, column: 3, value: { b: 2 } },
      { kind: 'record', record: 3, line: 3, column: 13, value: { c: 3 } },
    ]);
  });

  it('reports a record spanning several lines at its first character, and counts lines inside it', async () => {
    const doc = '[\n  {\n    "id": 1,\n    "tags": [\n      "x"\n    ]\n  },\n  {"id": 2}\n]';
    expect(records(await read(doc))).toEqual([
      { record: 1, line: 2, column: 3, value: { id: 1, tags: ['x'] } },
      { record: 2, line: 8, column: 3, value: { id: 2 } },
    ]);
  });

  it('handles a minified single-line document', async () => {
    const doc = '[{"a":1},{"a":2},{"a":3}]';
    expect(positions(await read(doc))).toEqual([['record', 1, 2], ['record', 1, 10], ['record', 1, 18]]);
  });

  it('keeps strings containing brackets, braces, commas, quotes, escaped quotes and backslashes intact', async () => {
    const values = [
      { s: '] } [ { , : ' },
      { s: 'say "hi"', t: '\\', u: '\\"', v: 'ends with backslash\\' },
      { s: '\u00e9\u4e2d\ud83d\ude00', esc: '\n\t\r\b\f/' },
      { nested: { a: [1, [2, [3, { b: '}]' }]]], c: {} }, empty: [] },
    ];
    const doc = `[${values.map((v) => JSON.stringify(v)).join(',\n')}]`;
    const events = await expectSplitInvariant(doc);
    expect(records(events).map((r) => r.value)).toEqual(values);
    expect(positions(events)).toEqual([['record', 1, 2], ['record', 2, 1], ['record', 3, 1], ['record', 4, 1]]);
  });

  it('parses \\u escapes, numbers and literals inside records', async () => {
    const doc = '[{"a":"\\u0041\\u00e9","n":-12.5e-3,"z":0,"t":true,"f":false,"x":null}]';
    expect(records(await read(doc))[0]!.value).toEqual({ a: 'A\u00e9', n: -0.0125, z: 0, t: true, f: false, x: null });
  });

  it('yields nothing for an empty array', async () => {
    expect(await read('[]')).toEqual([]);
    expect(await read('  [ \n ]  \n')).toEqual([]);
  });

  it('yields records for non-object elements, each followed by a structure-error', async () => {
    const doc = '[1, "s", null, [1, {"a": 2}], true, {"ok": 1}, -0.5]';
    const events = await read(doc);
    expect(events).toEqual([
      { kind: 'record', record: 1, line: 1, column: 2, value: 1 },
      { kind: 'structure-error', line: 1, column: 2, problem: { id: 'recordNotObject', record: 1, type: 'number' } },
      { kind: 'record', record: 2, line: 1, column: 5, value: 's' },
      { kind: 'structure-error', line: 1, column: 5, problem: { id: 'recordNotObject', record: 2, type: 'string' } },
      { kind: 'record', record: 3, line: 1, column: 10, value: null },
      { kind: 'structure-error', line: 1, column: 10, problem: { id: 'recordNotObject', record: 3, type: 'null' } },
      { kind: 'record', record: 4, line: 1, column: 16, value: [1, { a: 2 }] },
      { kind: 'structure-error', line: 1, column: 16, problem: { id: 'recordNotObject', record: 4, type: 'array' } },
      { kind: 'record', record: 5, line: 1, column: 31, value: true },
      { kind: 'structure-error', line: 1, column: 31, problem: { id: 'recordNotObject', record: 5, type: 'boolean' } },
      { kind: 'record', record: 6, line: 1, column: 37, value: { ok: 1 } },
      { kind: 'record', record: 7, line: 1, column: 48, value: -0.5 },
      { kind: 'structure-error', line: 1, column: 48, problem: { id: 'recordNotObject', record: 7, type: 'number' } },
    ]);
  });

  it('reads an array of arrays as a header row and rows numbered from 1 (Frictionless "array of arrays")', async () => {
    const doc = '[\n  ["dam", "level"],\n  ["Vaal", 61.2],\n  ["Gariep", "high"]\n]';
    const events = await expectSplitInvariant(doc);
    expect(events).toEqual([
      { kind: 'header', line: 2, column: 3, value: ['dam', 'level'] },
      { kind: 'record', record: 1, line: 3, column: 3, value: ['Vaal', 61.2] },
      { kind: 'record', record: 2, line: 4, column: 3, value: ['Gariep', 'high'] },
    ]);
    expect(await read('[["a", "b"]]')).toEqual([{ kind: 'header', line: 1, column: 2, value: ['a', 'b'] }]);
    expect(await read('{"rows": [["a"], [1]]}')).toEqual([
      { kind: 'structure-error', line: 1, column: 1, problem: { id: 'wrappedRecords', key: 'rows' } },
      { kind: 'header', line: 1, column: 11, value: ['a'] },
      { kind: 'record', record: 1, line: 1, column: 18, value: [1] },
    ]);
  });

  it('reports each record of the other shape: an object among rows as arrays, an array among objects', async () => {
    expect(errors(await read('[["a"], [1], {"a": 2}, "x", [3]]'))).toEqual([
      { kind: 'header', line: 1, column: 2, value: ['a'] },
      { kind: 'structure-error', line: 1, column: 14, problem: { id: 'recordNotArray', record: 2, type: 'object' } },
      { kind: 'structure-error', line: 1, column: 24, problem: { id: 'recordNotArray', record: 3, type: 'string' } },
    ]);
    expect(errors(await read('[{"a": 1}, ["a"], [2]]'))).toEqual([
      { kind: 'structure-error', line: 1, column: 12, problem: { id: 'recordNotObject', record: 2, type: 'array' } },
      { kind: 'structure-error', line: 1, column: 19, problem: { id: 'recordNotObject', record: 3, type: 'array' } },
    ]);
  });

  it('reports a header row holding something other than strings, once, at the first such value', async () => {
    expect(errors(await read('[[2019, "b", null], [1, 2, 3]]'))).toEqual([
      { kind: 'header', line: 1, column: 2, value: [2019, 'b', null] },
      { kind: 'structure-error', line: 1, column: 2, problem: { id: 'headerNotString', position: 1, type: 'number', value: '2019' } },
    ]);
  });

  it('skips a UTF-8 BOM at the very start without counting it as a column', async () => {
    expect(await read('\uFEFF[{"a":1}]')).toEqual([{ kind: 'record', record: 1, line: 1, column: 2, value: { a: 1 } }]);
    expect(await collectChunks(['\uFEFF', '[', '{"a":1}]'])).toEqual([{ kind: 'record', record: 1, line: 1, column: 2, value: { a: 1 } }]);
    expect(await collectChunks(['', '\uFEFF[\n{"a":1}]'])).toEqual([{ kind: 'record', record: 1, line: 2, column: 1, value: { a: 1 } }]);
  });

  it('does not skip a U+FEFF that is not at the very start', async () => {
    expect(errors(await read(' \uFEFF[]'))).toEqual([{
      kind: 'syntax-error', line: 1, column: 2,
      message: 'Unexpected character U+FEFF at the start of the file: expected \'[\' to open the array of records',
    }]);
  });

  it('ignores empty chunks', async () => {
    expect(await collectChunks(['', '[', '', '{"a"', '', ':1}', ']', ''])).toEqual([
      { kind: 'record', record: 1, line: 1, column: 2, value: { a: 1 } },
    ]);
  });

  it('copes with deep nesting', async () => {
    const depth = 5000;
    const doc = `[{"b": ${'['.repeat(depth)}${']'.repeat(depth)}}, {"a": ${'['.repeat(depth)}1${']'.repeat(depth)}}]`;
    const events = await read(doc);
    expect(records(events).map((r) => r.record)).toEqual([1, 2]);
    const bad = `[{"a": ${'['.repeat(depth)}1 x${']'.repeat(depth)}}]`;
    expect(errors(await read(bad))).toEqual([{
      kind: 'syntax-error', line: 1, column: 10 + depth, message: 'Unexpected character \'x\' where \',\' or \']\' was expected',
    }]);
  });
});

describe('readJsonRecords — line breaks', () => {
  it('counts CRLF as one line break', async () => {
    const doc = '[\r\n  {"a": 1},\r\n  {\r\n    "b": 2\r\n  }\r\n]\r\n';
    expect(positions(await expectSplitInvariant(doc))).toEqual([['record', 2, 3], ['record', 3, 3]]);
  });

  it('counts a lone CR as a line break', async () => {
    const doc = '[\r{"a": 1},\r\r  {"b": 2}]';
    expect(positions(await expectSplitInvariant(doc))).toEqual([['record', 2, 1], ['record', 4, 3]]);
  });

  it('handles mixed LF, CRLF and CR, with CRLF split across chunks', async () => {
    const doc = '[\n{"a":1},\r\n{"a":2},\r{"a":3},\n\r{"a":4}\r\n]';
    const events = await expectSplitInvariant(doc);
    expect(positions(events)).toEqual([['record', 2, 1], ['record', 3, 1], ['record', 4, 1], ['record', 6, 1]]);
    expect(positions(await collectChunks(['[\n{"a":1},\r', '\n{"a":2}]']))).toEqual([['record', 2, 1], ['record', 3, 1]]);
  });

  it('maps errors inside multi-line CRLF records to the right line and column', async () => {
    const doc = '[\r\n  {\r\n    "a": 1,\r\n    "b": nope\r\n  }\r\n]';
    expect(errors(await expectSplitInvariant(doc))).toEqual([{
      kind: 'syntax-error', line: 4, column: 10,
      message: 'Unexpected word \'nope\' where a value was expected: text must be in double quotes, and the only words ' +
        'allowed are true, false and null',
    }]);
  });
});

describe('readJsonRecords — split invariance', () => {
  const documents: Array<[string, string]> = [
    ['a small mixed document', '[\n {"id": 1, "name": "a]b}c", "q": "x\\"y", "bs": "\\\\"},\r\n {"nested": {"l": [1, 2.5e3, -0, true, null]}},\r"str", 42, [[]], {}\n]\n'],
    ['a document with escapes at many places', '[{"\\"k\\\\":"\\\\\\"\\u00e9\\n"},"\\\\",{"a":"\\/"}]'],
    ['a missing comma', '[{"a":1}\n  {"b":2}, 3 4]'],
    ['a trailing comma', '[{"a":1},\r\n {"b":2},\r\n]'],
    ['an invalid token inside a record', '[{"a":1},\n {"b": x, "c": [1,2]},\n {"d":"ok"}]'],
    ['an unterminated string', '[{"a":1},\n {"b": "oops},\n {"c": 2}]'],
    ['an unexpected end of file', '[{"a":1},\n {"b": [1, {"c": '],
    ['garbage after the array', '[{"a":1}]\n\n  trailing'],
    ['a top-level wrapper object', '{ "data" : [ {"a":1}, {"b":"]"} ] }\n'],
    ['a top-level scalar', '  "just a string"  '],
    ['a mismatched bracket', '[{"a":[1,2}, {"b":1}]'],
  ];
  for (const [name, doc] of documents) {
    it(`gives identical events for every chunking of ${name}`, async () => {
      const whole = await expectSplitInvariant(doc);
      expect(whole.length).toBeGreaterThan(0);
    });
  }

  it('gives identical events for every three-way chunking of a small document', async () => {
    const doc = '[{"a":"x\\"]"},\r\n{"b":[1,{"c":"\\\\"}]}, "s"]';
    const whole = await read(doc);
    expect(records(whole)).toHaveLength(3);
    for (let i = 0; i <= doc.length; i++) {
      for (let j = i; j <= doc.length; j++) {
        expect(await collectChunks([doc.slice(0, i), doc.slice(i, j), doc.slice(j)]), `split at ${i}, ${j}`).toEqual(whole);
      }
    }
  });

  it('gives identical events for every chunking of an ndjson document', async () => {
    const doc = '{"a":1}\r\n\r\n  \n{"b":"x\\"y"}\r{"c":[1,\n"bad\n[1]\r\n';
    const whole = await expectSplitInvariant(doc, 'ndjson');
    expect(whole.length).toBeGreaterThan(0);
  });
});

describe('readJsonRecords — syntax errors in json mode', () => {
  it('reports a missing comma between records at the next record and goes on reading', async () => {
    const events = await read('[\n  {"a": 1}\n  {"b": 2},\n  {"c": 3}\n]');
    expect(events).toEqual([
      { kind: 'record', record: 1, line: 2, column: 3, value: { a: 1 } },
      { kind: 'syntax-error', line: 3, column: 3, message: 'Missing comma between records' },
      { kind: 'record', record: 2, line: 3, column: 3, value: { b: 2 } },
      { kind: 'record', record: 3, line: 4, column: 3, value: { c: 3 } },
    ]);
  });

  it('reports a trailing comma before \']\' at the comma, then treats the array as closed', async () => {
    expect(await read('[\n  {"a": 1},\n  {"b": 2},\n]\n')).toEqual([
      { kind: 'record', record: 1, line: 2, column: 3, value: { a: 1 } },
      { kind: 'record', record: 2, line: 3, column: 3, value: { b: 2 } },
      { kind: 'syntax-error', line: 3, column: 11, message: 'Trailing comma before \']\'' },
    ]);
    // Anything after the ']' is still checked.
    expect(errors(await read('[{"a":1},] x'))).toEqual([
      { kind: 'syntax-error', line: 1, column: 9, message: 'Trailing comma before \']\'' },
      { kind: 'syntax-error', line: 1, column: 12, message: 'Unexpected character \'x\' after the end of the top-level array: nothing may follow the closing \']\'' },
    ]);
  });

  it('reports an unterminated string at its opening quote and stops', async () => {
    const events = await read('[\n  {"a": 1},\n  {"b": "abc},\n  {"c": 3}\n]');
    expect(events).toEqual([
      { kind: 'record', record: 1, line: 2, column: 3, value: { a: 1 } },
      {
        kind: 'syntax-error', line: 3, column: 9,
        message: 'Unterminated string: the line ends before the closing \'"\' (write a line break inside a text as \\n)',
      },
    ]);
  });

  it('reports a string left open at the end of the file', async () => {
    expect(errors(await read('[{"a": 1}, {"b": "abc'))).toEqual([
      { kind: 'syntax-error', line: 1, column: 18, message: 'Unterminated string: the closing \'"\' is missing' },
    ]);
    expect(errors(await read('[{"b": "abc\\'))).toEqual([
      { kind: 'syntax-error', line: 1, column: 8, message: 'Unterminated string: the closing \'"\' is missing' },
    ]);
  });

  it('reports a line break right after a backslash in a string as an unterminated string', async () => {
    expect(errors(await collectChunks(['[{"b": "abc\\', '\n"}]']))).toEqual([{
      kind: 'syntax-error', line: 1, column: 8,
      message: 'Unterminated string: the line ends before the closing \'"\' (write a line break inside a text as \\n)',
    }]);
  });

  it('reports the earliest error in a record even when the scanner notices a later one', async () => {
    // The string is unterminated, but the missing ':' comes first.
    expect(errors(await read('[{"a" 1, "b": "x\n}]'))).toEqual([
      { kind: 'syntax-error', line: 1, column: 7, message: 'Missing \':\' after the property name (found character \'1\')' },
    ]);
  });

  it('reports garbage after the closing \']\'', async () => {
    const events = await read('[{"a": 1}]\n\n  oops');
    expect(errors(events)).toEqual([{
      kind: 'syntax-error', line: 3, column: 3,
      message: 'Unexpected character \'o\' after the end of the top-level array: nothing may follow the closing \']\'',
    }]);
    expect(records(events)).toHaveLength(1);
    expect(await read('[{"a": 1}]\n \t\r\n')).toHaveLength(1);
  });

  it('reports an unexpected end of file at the end, when the array is not closed', async () => {
    expect(errors(await read('[\n  {"a": 1},\n  {"b": 2}\n'))).toEqual([
      { kind: 'syntax-error', line: 4, column: 1, message: 'Unexpected end of file: the top-level array is not closed' },
    ]);
    expect(errors(await read('[{"a": 1},'))).toEqual([
      { kind: 'syntax-error', line: 1, column: 11, message: 'Unexpected end of file: the top-level array is not closed' },
    ]);
    expect(errors(await read('['))).toEqual([
      { kind: 'syntax-error', line: 1, column: 2, message: 'Unexpected end of file: the top-level array is not closed' },
    ]);
  });

  it('reads a number record cut by the end of file, then reports the unclosed array', async () => {
    expect(await read('[1, 23')).toEqual([
      { kind: 'record', record: 1, line: 1, column: 2, value: 1 },
      { kind: 'structure-error', line: 1, column: 2, problem: { id: 'recordNotObject', record: 1, type: 'number' } },
      { kind: 'record', record: 2, line: 1, column: 5, value: 23 },
      { kind: 'structure-error', line: 1, column: 5, problem: { id: 'recordNotObject', record: 2, type: 'number' } },
      { kind: 'syntax-error', line: 1, column: 7, message: 'Unexpected end of file: the top-level array is not closed' },
    ]);
  });

  it('reports an unexpected end of file inside a record, at the end', async () => {
    expect(errors(await read('[{"a": 1},\n {"b": [1, {"c": 2}'))).toEqual([{
      kind: 'syntax-error', line: 2, column: 20,
      message: 'Unexpected end of file: record 2, which starts at line 2, column 2, is not complete (a closing \']\' is missing)',
    }]);
    expect(errors(await read('[{"a":'))).toEqual([{
      kind: 'syntax-error', line: 1, column: 7,
      message: 'Unexpected end of file: record 1, which starts at line 1, column 2, is not complete (a value is missing)',
    }]);
  });

  it('reports an invalid token inside a record at its position in the file and goes on with the next record', async () => {
    const events = await read('[\n  {"a": 1, "b": x},\n  {"c": 2}\n]');
    expect(events).toEqual([
      { kind: 'syntax-error', line: 2, column: 17, message: 'Unexpected character \'x\' where a value was expected' },
      { kind: 'record', record: 2, line: 3, column: 3, value: { c: 2 } },
    ]);
  });

  it('explains common mistakes inside records with their exact position', async () => {
    const cases: Array<[string, number, string]> = [
      ['[{"a": yes}]', 8, 'Unexpected word \'yes\' where a value was expected: text must be in double quotes, and the only words allowed are true, false and null'],
      ['[{"a": "\\q"}]', 9, 'Invalid escape \'\\q\' in a string (to write a backslash, double it: \\\\)'],
      ['[{"a": "\\u12G4"}]', 9, 'Invalid \\u escape in a string: \\u must be followed by four hexadecimal digits'],
      ['[{"a": 01}]', 8, 'Invalid number \'01\': a number cannot start with a leading zero (write text codes in double quotes)'],
      ['[{"a": 1.}]', 8, 'Invalid number \'1.\': a decimal point needs digits on both sides, as in 0.5'],
      ['[{"a": +1}]', 8, 'Invalid number \'+1\': a number cannot start with \'+\''],
      ['[{"a": NaN}]', 8, 'Invalid number \'NaN\': JSON has no Infinity or NaN; use null for a missing number'],
      ['[{"a" 1}]', 7, 'Missing \':\' after the property name (found character \'1\')'],
      ['[{a: 1}]', 3, 'Property name \'a\' must be in double quotes'],
      ["[{'a': 1}]", 3, 'Property names must be in double quotes ("…"), not single quotes'],
      ["[{\"a\": 'x'}]", 8, 'Text must be in double quotes ("…"), not single quotes'],
      ['[{"a": 1,}]', 9, 'Trailing comma before \'}\''],
      ['[{"a": [1,]}]', 10, 'Trailing comma before \']\''],
      ['[{"a": 1 "b": 2}]', 10, 'Missing comma between properties'],
      ['[{"a": [1 2]}]', 11, 'Missing comma between array values'],
      ['[{"a": }]', 8, 'Missing value after \':\''],
      ['[{"a": [1,,2]}]', 11, 'Unexpected \',\' where a value was expected'],
      ['[{"a": "x\ty"}]', 10, 'Control character U+0009 inside a string: write it as an escape such as \\t or \\u0009'],
      ['[{"a": [1}]', 10, 'Unexpected character \'}\' where \',\' or \']\' was expected'],
      ['[{"a": 1]]', 9, 'Unexpected character \']\' where \',\' or \'}\' was expected'],
      ['[x]', 2, 'Unexpected character \'x\' where a value was expected'],
      ['[tru]', 2, 'Unexpected word \'tru\' where a value was expected: text must be in double quotes, and the only words allowed are true, false and null'],
    ];
    for (const [doc, column, message] of cases) {
      expect(errors(await read(doc)), doc).toEqual([{ kind: 'syntax-error', line: 1, column, message }]);
    }
  });

  it('recovers after a record with invalid content (its index is used up)', async () => {
    const events = await read('[{"a": 1}, {"a": x}, {"a": 3}, 4x, {"a": 5}]');
    expect(events.map((e) => (e.kind === 'record' ? `record ${e.record}` : `${e.kind} ${e.column}`))).toEqual([
      'record 1', 'syntax-error 18', 'record 3', 'syntax-error 32', 'record 5',
    ]);
  });

  it('stops after a mismatched bracket: nothing more is yielded', async () => {
    expect(await read('[{"a": [1, 2}, {"b": 1}, {"c": 2}]')).toEqual([
      { kind: 'syntax-error', line: 1, column: 13, message: 'Unexpected character \'}\' where \',\' or \']\' was expected' },
    ]);
  });

  it('stops on an unexpected character between records', async () => {
    expect(await read('[{"a": 1} ; {"b": 2}]')).toEqual([
      { kind: 'record', record: 1, line: 1, column: 2, value: { a: 1 } },
      { kind: 'syntax-error', line: 1, column: 11, message: 'Unexpected character \';\' after a record: expected \',\' or \']\'' },
    ]);
    expect(errors(await read('[{"a": 1}}, {"b": 2}]'))).toEqual([
      { kind: 'syntax-error', line: 1, column: 10, message: 'Unexpected character \'}\' after a record: expected \',\' or \']\'' },
    ]);
  });

  it('stops on misplaced commas', async () => {
    expect(await read('[, {"a": 1}]')).toEqual([
      { kind: 'syntax-error', line: 1, column: 2, message: 'Unexpected \',\' before the first record' },
    ]);
    expect(await read('[{"a": 1},, {"b": 2}]')).toEqual([
      { kind: 'record', record: 1, line: 1, column: 2, value: { a: 1 } },
      { kind: 'syntax-error', line: 1, column: 11, message: 'Unexpected \',\': a record is missing between two commas' },
    ]);
    expect(await read('[}]')).toEqual([
      { kind: 'syntax-error', line: 1, column: 2, message: 'Unexpected character \'}\' where a record was expected' },
    ]);
  });

  it('stops pulling chunks after a fatal error', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<string> {
      yield '[{"a": 1}] x';
      for (let i = 0; i < 100; i++) { pulled++; yield ' more'; }
    }
    const events: JsonReadEvent[] = [];
    for await (const e of readJsonRecords(source(), { mode: 'json' })) events.push(e);
    expect(events.map((e) => e.kind)).toEqual(['record', 'syntax-error']);
    expect(pulled).toBe(0);
  });
});

describe('readJsonRecords — wrong top-level structure', () => {
  it('reports an empty file or a file of whitespace', async () => {
    const expected = [{ kind: 'syntax-error', line: 1, column: 1, message: 'The file is empty: expected a JSON array of records' }];
    expect(await read('')).toEqual(expected);
    expect(await collectChunks([])).toEqual(expected);
    expect(await read(' \n\r\n\t ')).toEqual(expected);
    expect(await read('\uFEFF')).toEqual(expected);
  });

  it('reports a top-level object that is not a wrapper of records', async () => {
    const expected = [{
      kind: 'structure-error', line: 2, column: 3, problem: { id: 'notArray', type: 'object' },
    }];
    expect(await read('\n  {"id": 1, "name": "x"}')).toEqual(expected);
    expect(await read('\n  {}')).toEqual(expected);
    expect(await read('\n  {"meta": {"n": 1}, "data": [{"a": 1}]}')).toEqual(expected);
    expect(await read('\n  {"data" [')).toEqual(expected);
    expect(await read('\n  {')).toEqual(expected);
  });

  it('streams the records of a {"data": [ … ]} wrapper, after a structure-error saying so', async () => {
    const events = await read('{\n  "data": [\n    {"a": 1},\n    {"b": 2}\n  ]\n}\n');
    expect(events).toEqual([
      {
        kind: 'structure-error', line: 1, column: 1, problem: { id: 'wrappedRecords', key: 'data' },
      },
      { kind: 'record', record: 1, line: 3, column: 5, value: { a: 1 } },
      { kind: 'record', record: 2, line: 4, column: 5, value: { b: 2 } },
    ]);
  });

  it('reads the wrapper property name with escapes, and checks what follows the wrapper array', async () => {
    const events = await read('{"re\\"cords": [{"a": 1}], "next": 2}');
    expect(events.map((e) => e.kind)).toEqual(['structure-error', 'record', 'structure-error']);
    expect(errors(events)[0]).toEqual({ kind: 'structure-error', line: 1, column: 1, problem: { id: 'wrappedRecords', key: 're"cords' } });
    expect(errors(events)[1]).toEqual({ kind: 'structure-error', line: 1, column: 1, problem: { id: 'wrapperHasMore', key: 're"cords' } });
    expect(errors(await read('{"data": [{"a": 1}]'))[1]).toEqual({
      kind: 'syntax-error', line: 1, column: 20, message: 'Unexpected end of file: the top-level object is not closed with \'}\'',
    });
    expect(errors(await read('{"data": [{"a": 1}'))[1]).toEqual({
      kind: 'syntax-error', line: 1, column: 19, message: 'Unexpected end of file: the array of records in "data" is not closed',
    });
    expect(errors(await read('{"data": []} []'))[1]).toEqual({
      kind: 'syntax-error', line: 1, column: 14,
      message: 'Unexpected character \'[\' after the end of the top-level object: nothing may follow the closing \'}\'',
    });
    expect(errors(await read('{"data": [] ]'))[1]).toEqual({
      kind: 'syntax-error', line: 1, column: 13, message: 'Unexpected character \']\' after the array of records in "data": expected \'}\'',
    });
  });

  it('reports a top-level scalar', async () => {
    expect(await read('42\n')).toEqual([{ kind: 'structure-error', line: 1, column: 1, problem: { id: 'notArray', type: 'number' } }]);
    expect(errors(await read(' "x"'))).toEqual([{ kind: 'structure-error', line: 1, column: 2, problem: { id: 'notArray', type: 'string' } }]);
    expect(errors(await read('null'))).toEqual([{ kind: 'structure-error', line: 1, column: 1, problem: { id: 'notArray', type: 'null' } }]);
    expect(errors(await read('true'))).toEqual([{ kind: 'structure-error', line: 1, column: 1, problem: { id: 'notArray', type: 'boolean' } }]);
  });

  it('reports text that is not JSON at all', async () => {
    expect(await read('id,name\n1,x\n')).toEqual([{
      kind: 'syntax-error', line: 1, column: 1,
      message: 'Unexpected text \'id\' at the start of the file: expected \'[\' to open the array of records',
    }]);
    expect(await read('\n <html>')).toEqual([{
      kind: 'syntax-error', line: 2, column: 2,
      message: 'Unexpected text \'<html>\' at the start of the file: expected \'[\' to open the array of records',
    }]);
    expect(await read(']')).toEqual([{
      kind: 'syntax-error', line: 1, column: 1,
      message: 'Unexpected character \']\' at the start of the file: expected \'[\' to open the array of records',
    }]);
    expect(await read('"abc\n')).toEqual([{
      kind: 'syntax-error', line: 1, column: 1,
      message: 'Unterminated string: the line ends before the closing \'"\' (write a line break inside a text as \\n)',
    }]);
  });
});

describe('readJsonRecords — ndjson mode', () => {
  it('yields one record per non-blank line, counting blank lines for line numbers only', async () => {
    const doc = '{"a": 1}\n\n   \n\t{"b": 2}\n{"c": 3}';
    expect(await read(doc, 'ndjson')).toEqual([
      { kind: 'record', record: 1, line: 1, column: 1, value: { a: 1 } },
      { kind: 'record', record: 2, line: 4, column: 2, value: { b: 2 } },
      { kind: 'record', record: 3, line: 5, column: 1, value: { c: 3 } },
    ]);
  });

  it('reports a bad line and goes on with the next one', async () => {
    const doc = '{"a": 1}\n{"b": x}\n\n{"c": 3}\n';
    expect(await read(doc, 'ndjson')).toEqual([
      { kind: 'record', record: 1, line: 1, column: 1, value: { a: 1 } },
      { kind: 'syntax-error', line: 2, column: 7, message: 'Unexpected character \'x\' where a value was expected' },
      { kind: 'record', record: 3, line: 4, column: 1, value: { c: 3 } },
    ]);
  });

  it('accepts CRLF and lone CR line breaks, also split across chunks', async () => {
    const doc = '{"a":1}\r\n\r\n{"b":2}\r{"c":3}\r\n';
    const events = await expectSplitInvariant(doc, 'ndjson');
    expect(positions(events)).toEqual([['record', 1, 1], ['record', 3, 1], ['record', 4, 1]]);
    expect(positions(await collectChunks(['{"a":1}\r', '\n{"b":2}'], 'ndjson'))).toEqual([['record', 1, 1], ['record', 2, 1]]);
  });

  it('yields non-object lines as records followed by a structure-error', async () => {
    expect(await read('{"a": 1}\n[1, 2]\n"text"\n7\n', 'ndjson')).toEqual([
      { kind: 'record', record: 1, line: 1, column: 1, value: { a: 1 } },
      { kind: 'record', record: 2, line: 2, column: 1, value: [1, 2] },
      { kind: 'structure-error', line: 2, column: 1, problem: { id: 'recordNotObject', record: 2, type: 'array' } },
      { kind: 'record', record: 3, line: 3, column: 1, value: 'text' },
      { kind: 'structure-error', line: 3, column: 1, problem: { id: 'recordNotObject', record: 3, type: 'string' } },
      { kind: 'record', record: 4, line: 4, column: 1, value: 7 },
      { kind: 'structure-error', line: 4, column: 1, problem: { id: 'recordNotObject', record: 4, type: 'number' } },
    ]);
  });

  it('reads lines that are arrays as a header row and rows numbered from 1', async () => {
    expect(await read('["dam", "level"]\n["Vaal", 61.2]\n\n{"dam": "Gariep"}\n["Katse", null]\n', 'ndjson')).toEqual([
      { kind: 'header', line: 1, column: 1, value: ['dam', 'level'] },
      { kind: 'record', record: 1, line: 2, column: 1, value: ['Vaal', 61.2] },
      { kind: 'record', record: 2, line: 4, column: 1, value: { dam: 'Gariep' } },
      { kind: 'structure-error', line: 4, column: 1, problem: { id: 'recordNotArray', record: 2, type: 'object' } },
      { kind: 'record', record: 3, line: 5, column: 1, value: ['Katse', null] },
    ]);
  });

  it('explains records split over lines, two records on a line and unterminated strings', async () => {
    const doc = '{"a":\n1}\n{"b":1} {"c":2}\n{"d":"open\n{"e":[1,2}\n';
    expect(errors(await read(doc, 'ndjson'))).toEqual([
      { kind: 'syntax-error', line: 1, column: 6, message: 'Unexpected end of line: a value is missing' },
      { kind: 'syntax-error', line: 2, column: 2, message: 'Unexpected character \'}\' after the end of the record: a line must hold exactly one JSON value' },
      { kind: 'syntax-error', line: 3, column: 9, message: 'Unexpected character \'{\' after the end of the record: a line must hold exactly one JSON value' },
      { kind: 'syntax-error', line: 4, column: 6, message: 'Unterminated string: the closing \'"\' is missing' },
      { kind: 'syntax-error', line: 5, column: 10, message: 'Unexpected character \'}\' where \',\' or \']\' was expected' },
    ]);
  });

  it('skips a BOM, and yields nothing for an empty file', async () => {
    expect(await read('\uFEFF{"a":1}\n', 'ndjson')).toEqual([{ kind: 'record', record: 1, line: 1, column: 1, value: { a: 1 } }]);
    expect(await read('', 'ndjson')).toEqual([]);
    expect(await read('\n \n', 'ndjson')).toEqual([]);
  });

  it('keeps the record index running across bad lines', async () => {
    const events = await read('{"a":1}\nnope\n{"a":3}\n', 'ndjson');
    expect(records(events).map((r) => [r.record, r.line])).toEqual([[1, 1], [3, 3]]);
  });
});

describe('readJsonRecords — scale', () => {
  it('streams a generated 200,000-record document in small chunks', async () => {
    const total = 200_000;
    const chunkSize = 1000;
    async function* generate(): AsyncGenerator<string> {
      let buffer = '[\n';
      for (let i = 1; i <= total; i++) {
        buffer += `  {"id": ${i}, "name": "record \\"${i}\\" [x]", "tags": ["a", "b"], "v": ${i / 4}}${i < total ? ',' : ''}\n`;
        while (buffer.length >= chunkSize) {
          yield buffer.slice(0, chunkSize);
          buffer = buffer.slice(chunkSize);
        }
      }
      yield `${buffer}]\n`;
    }
    const started = Date.now();
    let count = 0;
    let last: JsonReadEvent | undefined;
    for await (const event of readJsonRecords(generate(), { mode: 'json' })) {
      if (event.kind !== 'record') throw new Error(`unexpected ${event.kind}: ${JSON.stringify(event)}`);
      count++;
      last = event;
    }
    const elapsed = Date.now() - started;
    expect(count).toBe(total);
    expect(last).toEqual({
      kind: 'record', record: total, line: total + 1, column: 3,
      value: { id: total, name: `record "${total}" [x]`, tags: ['a', 'b'], v: total / 4 },
    });
    expect(elapsed).toBeLessThan(5000);
  });

  it('streams a generated 200,000-line ndjson document in small chunks', async () => {
    const total = 200_000;
    async function* generate(): AsyncGenerator<string> {
      let buffer = '';
      for (let i = 1; i <= total; i++) {
        buffer += `{"id":${i},"s":"x"}\r\n`;
        if (buffer.length >= 777) { yield buffer; buffer = ''; }
      }
      yield buffer;
    }
    let count = 0;
    for await (const event of readJsonRecords(generate(), { mode: 'ndjson' })) {
      if (event.kind === 'record') count++;
    }
    expect(count).toBe(total);
  });
});

describe('readJsonRecords — options', () => {
  it('rejects an unknown mode', async () => {
    await expect(collectChunks(['[]'], 'csv' as Mode)).rejects.toThrow(/Unknown JSON reading mode 'csv'/);
  });
});
