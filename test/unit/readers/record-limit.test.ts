// The record size limit (issue 13, problem 5): a record that reaches it is reported and skipped, reading resumes
// where the text says, and what is decided never depends on how the text was cut into chunks (workers reading parts
// of a file must agree with the main thread). Memory itself is measured in test/hostile/memory.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FastCsvTokenizer, type OverLimit } from '../../../src/readers/csv-tokenizer.js';
import { readCsv } from '../../../src/readers/csv.js';
import { readJsonRecords, type JsonReadEvent } from '../../../src/readers/json-records.js';
import { formatByteSize, parseByteSize } from '../../../src/util/byte-size.js';

type Seen = Array<[number, string[]] | ['over', OverLimit]>;

function tokenize(text: string, limit: number, chunk: number): Seen {
  const seen: Seen = [];
  const t = new FastCsvTokenizer(',', '"', (cells, line) => seen.push([line, cells.map((c) => (c.length > 12 ? `${c.length} chars` : c))]), undefined, limit);
  t.onOverLimit = (over) => seen.push(['over', over]);
  for (let i = 0; i < text.length; i += chunk) t.push(text.slice(i, i + chunk));
  t.end();
  return seen;
}

// Chunk sizes on both sides of the 64 KiB the tokenizer starts gathering at, and ones that cut records anywhere.
const CHUNKS = [1, 7, 4096, 65_536, 65_537, 123_457, 1 << 20];
const LIMIT = 300_000;
const long = (n: number, c = 'x'): string => c.repeat(n);

/** Tokenizes with every chunk size, asserts they all agree, and returns what they saw. */
function agreed(text: string, limit = LIMIT): Seen {
  const chunks = text.length > 100_000 ? CHUNKS.filter((c) => c >= 4096) : CHUNKS;
  const first = tokenize(text, limit, chunks[0]!);
  for (const chunk of chunks.slice(1)) expect(tokenize(text, limit, chunk), `chunks of ${chunk}`).toEqual(first);
  return first;
}

describe('CSV records over the size limit', () => {
  it('skips a long line and resumes on the next', () => {
    expect(agreed(`a,b\n1,2\n${long(LIMIT + 5)},y\n3,4\n`)).toEqual([
      [1, ['a', 'b']], [2, ['1', '2']], ['over', { line: 3, resumeLine: 4 }], [4, ['3', '4']],
    ]);
  });

  it('reads a record one character under the limit, and skips one at it', () => {
    expect(agreed(`a\n${long(LIMIT - 1)}\n${long(LIMIT)}\n5\n`)).toEqual([
      [1, ['a']], [2, [`${LIMIT - 1} chars`]], ['over', { line: 3, resumeLine: 4 }], [4, ['5']],
    ]);
  });

  it('reads the lines an unclosed quote swallowed, after giving up its record', () => {
    const rows = Array.from({ length: 80_000 }, (_, i) => `${i},${i * 2}\n`).join('');
    const seen = agreed(`a,b\n1,"${long(1000)}\n${rows}`);
    expect(seen.slice(0, 3)).toEqual([[1, ['a', 'b']], ['over', { line: 2, quoteLine: 2, resumeLine: 3 }], [3, ['0', '0']]]);
    expect(seen).toHaveLength(2 + 80_000);
    expect(seen.at(-1)).toEqual([80_002, ['79999', '159998']]);
  });

  it('gives up a quoted field closed past the limit, and resumes after its first line break', () => {
    expect(agreed(`a,b\n1,"${long(LIMIT + 10, 'y')}"\n3,4\n`)).toEqual([
      [1, ['a', 'b']], ['over', { line: 2, quoteLine: 2, resumeLine: 3 }], [3, ['3', '4']],
    ]);
  });

  it('counts the line breaks of earlier quoted fields of the record', () => {
    expect(agreed(`a,b\n"q\nq",${long(LIMIT)}\n5,6\n`)).toEqual([[1, ['a', 'b']], ['over', { line: 2, resumeLine: 4 }], [4, ['5', '6']]]);
  });

  it('takes a CRLF as one line break, wherever the chunks cut it', () => {
    expect(agreed(`a,b\r\n${long(LIMIT)}\r\n7,8\r\n`)).toEqual([[1, ['a', 'b']], ['over', { line: 2, resumeLine: 3 }], [3, ['7', '8']]]);
  });

  it('says so when the record runs to the end of the text', () => {
    expect(agreed(`a,b\n1,2\n${long(LIMIT + 100)}`)).toEqual([[1, ['a', 'b']], [2, ['1', '2']], ['over', { line: 3 }]]);
  });

  it('reads records under the limit as before, however long', () => {
    expect(agreed(`a,b\n1,"${long(LIMIT - 10, 'y')}"\n3,4\n${long(LIMIT - 3)}\n`)).toEqual([
      [1, ['a', 'b']], [2, ['1', `${LIMIT - 10} chars`]], [3, ['3', '4']], [4, [`${LIMIT - 3} chars`]],
    ]);
  });

  it('gives up a record whose quoting breaks past the limit, as when a chunk ends before the break', () => {
    expect(agreed(`a,b\n1,"${long(30)}"junk\n2,3\n`, 20)).toEqual([[1, ['a', 'b']], ['over', { line: 2, quoteLine: 2, resumeLine: 3 }], [3, ['2', '3']]]);
  });

  it('agrees across chunkings on small limits and many records over them', () => {
    const text = 'h1,h2\n' + Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? `"${long(i % 40)}\n${long(3)}",x\n` : i % 5 === 0 ? `${long(i % 50)},"a""b"\n` : `${i},${i}\n`)).join('');
    const seen = agreed(text, 25);
    expect(seen.filter((s) => s[0] === 'over').length).toBeGreaterThan(10);
  });
});

describe('readCsv with a record size limit', () => {
  let dir = '';
  beforeAll(async () => { dir = await mkdtemp(path.join(tmpdir(), 'odlint-record-limit-')); });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function read(name: string, text: string, options: Parameters<typeof readCsv>[2]) {
    const file = path.join(dir, name);
    await writeFile(file, text);
    const rows: Array<[number, number]> = [];
    const facts = await readCsv(file, Buffer.byteLength(text), options, { header: () => undefined, row: (_cells, line, record) => rows.push([line, record]) });
    return { facts, rows };
  }

  it('keeps the record numbers of later rows after a skipped one', async () => {
    const { facts, rows } = await read('long.csv', `a,b\n1,2\n${long(2000)}\n3,4\n`, { maxRecordBytes: 1000 });
    expect(rows).toEqual([[2, 1], [4, 3]]);
    expect(facts.parseProblems).toEqual([expect.objectContaining({ code: 'RECORD_TOO_LARGE', line: 3, record: 2, resumeLine: 4, maxRecordBytes: 1000 })]);
  });

  it('says how many lines a quote never closed left unread', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `${i},x\n`).join('');
    const { facts } = await read('unclosed.csv', `a,b\n1,2\n2,"open\n${rows}`, {});
    expect(facts.parseProblems).toEqual([expect.objectContaining({ code: 'CSV_QUOTE_NOT_CLOSED', line: 3 })]);
    expect(facts.parseProblems[0]!.message).toBe('A quoted field opened with " on this line is never closed: lines 3–1003 (1001 lines) were not read');
  });

  it('stops csv-parse (dialects the fast tokenizer does not read) at a record over the limit, and says which lines were lost', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i};x\n`).join('');
    // Longer than the 64 KiB chunks csv-parse is given: the limit is checked after each.
    const text = `a;b\n# a comment\n1;2\n2;"${long(200_000)}\n${rows}`;
    const { facts, rows: read_ } = await read('comment.csv', text, { dialect: { delimiter: ';', commentChar: '#' }, maxRecordBytes: 100_000 });
    expect(read_).toEqual([[3, 1]]);
    expect(facts.parseProblems).toEqual([expect.objectContaining({ code: 'RECORD_TOO_LARGE_STOP', line: 4, record: 2 })]);
    expect(facts.parseProblems[0]!.message).toBe('A record starting on this line is longer than 100,000 bytes, the record size limit: lines 4–54 (51 lines) were not read');
  });
});

describe('JSON records over the size limit', () => {
  async function events(text: string, mode: 'json' | 'ndjson', limit: number, chunk: number): Promise<JsonReadEvent[]> {
    async function* chunks(): AsyncGenerator<string> { for (let i = 0; i < text.length; i += chunk) yield text.slice(i, i + chunk); }
    const out: JsonReadEvent[] = [];
    for await (const e of readJsonRecords(chunks(), { mode, maxRecordBytes: limit })) out.push(e);
    return out;
  }
  const brief = (es: JsonReadEvent[]) => es.map((e) => (e.kind === 'record' ? ['record', e.record, e.line] : e.kind === 'structure-error' ? [e.problem.id, e.line, e.column] : [e.kind, e.line]));

  it('skips an NDJSON line at the limit and reads the next', async () => {
    const text = `{"a":1}\n{"a":"${long(200)}"}\n{"a":3}\n`;
    for (const chunk of [3, 50, 1000]) {
      expect(brief(await events(text, 'ndjson', 100, chunk)), `chunks of ${chunk}`).toEqual([['record', 1, 1], ['recordTooLarge', 2, 1], ['record', 3, 3]]);
    }
  });

  it('skips an element of the array at the limit, finds where it ends, and reads the next', async () => {
    const text = `[{"a":1},\n{"a":"${long(200)}", "b": [1, {"c": "]"}]},\n{"a":3}]`;
    for (const chunk of [3, 50, 1000]) {
      expect(brief(await events(text, 'json', 100, chunk)), `chunks of ${chunk}`).toEqual([['record', 1, 1], ['recordTooLarge', 2, 1], ['record', 3, 3]]);
    }
  });

  it('stops at a top-level value at the limit that is not an array', async () => {
    const es = await events(`"${long(500)}"`, 'json', 100, 64);
    expect(es).toEqual([{ kind: 'structure-error', line: 1, column: 1, problem: { id: 'recordTooLarge', maxRecordBytes: 100 } }]);
  });
});

describe('sizes', () => {
  it('reads sizes as users write them', () => {
    expect(parseByteSize('64MiB')).toBe(64 * 1024 * 1024);
    expect(parseByteSize('64M')).toBe(64 * 1024 * 1024);
    expect(parseByteSize('1.5 GB')).toBe(1_500_000_000);
    expect(parseByteSize('512kb')).toBe(512_000);
    expect(parseByteSize('1000')).toBe(1000);
    for (const bad of ['', '0', '-1', 'MiB', '64 XB', '1e6', '64MiBs']) expect(parseByteSize(bad), bad).toBeUndefined();
  });

  it('writes them without depending on the locale', () => {
    expect(formatByteSize(64 * 1024 * 1024)).toBe('64 MiB');
    expect(formatByteSize(2 * 1024 ** 3)).toBe('2 GiB');
    expect(formatByteSize(1_500_000)).toBe('1,500,000 bytes');
  });
});
