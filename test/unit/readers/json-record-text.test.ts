// Issue 13, problem 9: what JSON.parse loses of a record's text (duplicate keys, numbers a float does not keep).
import { describe, expect, it } from 'vitest';
import { inspectRecordText } from '../../../src/readers/json-record-text.js';
import { readJsonRecords, type JsonReadEvent } from '../../../src/readers/json-records.js';
import { JsonNumber, jsonCellText } from '../../../src/util/json-cell.js';

const inspect = (text: string) => inspectRecordText(text, JSON.parse(text));

async function events(text: string, mode: 'json' | 'ndjson'): Promise<JsonReadEvent[]> {
  async function* chunks() { for (let i = 0; i < text.length; i += 7) yield text.slice(i, i + 7); }
  const out: JsonReadEvent[] = [];
  for await (const e of readJsonRecords(chunks(), { mode })) out.push(e);
  return out;
}

describe('inspectRecordText', () => {
  it('finds nothing in ordinary records, colons in strings included', () => {
    expect(inspect('{"a": 1, "b": "12:30", "c": "http://x", "d": [1.5, {"e": null}], "f": "1e5"}')).toBeUndefined();
    expect(inspect('[1, 2.25, -3, "x:y"]')).toBeUndefined();
  });

  it('finds a repeated key at every depth, escaped spellings included, with its offset', () => {
    const text = '{"a": 1, "b": {"c": 1, "\\u0063": 2}, "a": 3}';
    expect(inspect(text)?.duplicates).toEqual([{ key: 'c', offset: 23 }, { key: 'a', offset: text.lastIndexOf('"a"') }]);
    expect(inspect('{"a": {"x": 1}, "b": {"x": 2}}')).toBeUndefined(); // one key per object
  });

  it('keeps the text of the record\'s numbers a float does not keep', () => {
    const found = inspect('{"big": 123456789012345678901234567890, "huge": 1e400, "tiny": -1e-400, "small": 0.0000001, "ok": 15, "nested": [1e400]}');
    expect([...found!.numbers!].map(([k, n]) => [k, n.text, n.value])).toEqual([
      ['big', '123456789012345678901234567890', 1.2345678901234568e29], ['huge', '1e400', Infinity], ['tiny', '-1e-400', -0], ['small', '0.0000001', 1e-7],
    ]);
    expect([...inspect('[1, 2e500, "1e5"]')!.numbers!].map(([k, n]) => [k, n.text])).toEqual([[1, '2e500']]);
    expect(jsonCellText(new JsonNumber('1e400', Infinity))).toBe('1e400');
  });

  it('the scanners report a duplicate key at its line and column, and pass the numbers on', async () => {
    const json = await events('[\n  {"id": 1,\n   "id": 2},\n  {"n": 1e400}\n]', 'json');
    expect(json.map((e) => [e.kind, e.line, e.column])).toEqual([['record', 2, 3], ['structure-error', 3, 4], ['record', 4, 3]]);
    expect((json[2] as Extract<JsonReadEvent, { kind: 'record' }>).numbers?.get('n')?.text).toBe('1e400');
    const nd = await events('{"id": 1, "id": 2}\n{"id": 3}\n', 'ndjson');
    expect(nd.map((e) => [e.kind, e.line, e.column])).toEqual([['record', 1, 1], ['structure-error', 1, 11], ['record', 2, 1]]);
  });
});
