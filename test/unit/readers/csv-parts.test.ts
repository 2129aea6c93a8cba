// A CSV file read in parts (readCsv stopping at partEnd, readCsvSegment for the rest, mergePartFacts): the rows and
// the byte-level facts are those of one sequential read — line counts, line endings by kind with their first line,
// NUL bytes, records — and a part that cannot stand for a sequential read says so (clean: false).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planCsvParts, readCsv } from '../../../src/readers/csv.js';
import { mergePartFacts, readCsvSegment, type PartFacts } from '../../../src/readers/csv-segment.js';
import type { TableSink } from '../../../src/readers/rows.js';
import { cleanupTempDirs, makeTempDir } from '../../helpers/lint-files.js';

afterAll(cleanupTempDirs);

type Row = [string[], number, number];

function collector(rows: Row[]): TableSink {
  return { header: (cells, line) => rows.push([cells, line, 0]), row: (cells, line, record) => rows.push([cells, line, record]) };
}

async function sequentialAndInParts(text: string | Buffer, parts: number) {
  const file = path.join(makeTempDir(), 'data.csv');
  writeFileSync(file, text);
  const size = Buffer.byteLength(text);
  const wholeRows: Row[] = [];
  const whole = await readCsv(file, size, {}, collector(wholeRows));
  const plan = (await planCsvParts(file, size, {}, parts))!;
  expect(plan.segments).toHaveLength(parts);
  const partRows: Row[] = [];
  let stopped = false;
  const first = await readCsv(file, size, {}, { ...collector(partRows), partEnd: { offset: plan.segments[1]!.start, stop: async () => (stopped = true) } });
  const rest: PartFacts[] = [];
  for (const segment of plan.segments.slice(1)) {
    rest.push(await readCsvSegment(file, size, { delimiter: plan.delimiter, quote: plan.quote }, segment, { header: () => undefined, row: (cells, line, record) => partRows.push([cells, line, record]) }));
  }
  return { whole, wholeRows, stopped, rest, merged: mergePartFacts(first, plan.segments, rest), partRows };
}

describe('a CSV file read in parts', () => {
  it('gives the rows and facts of one sequential read: mixed line endings, NUL bytes, quoted line breaks, blank rows', async () => {
    const lines = ['id,note'];
    for (let i = 1; i <= 600; i++) {
      const note = i % 9 === 0 ? '"two\nlines"' : i === 451 ? 'nul\u0000here' : i === 300 ? '' : `n${i}`;
      lines.push(i === 200 ? '' : `${i},${note}`);
    }
    // CRLF up to row 100, LF after it, and a CR-only line ending at row 500.
    const text = lines.map((l, i) => l + (i <= 100 ? '\r\n' : i === 500 ? '\r' : '\n')).join('');
    const { whole, wholeRows, stopped, rest, merged, partRows } = await sequentialAndInParts(text, 3);
    expect(stopped).toBe(true);
    expect(rest.every((p) => p.clean)).toBe(true);
    expect(partRows).toEqual(wholeRows);
    expect(merged).toEqual(whole);
    expect(whole.lineEndings.CR?.firstLine).toBeGreaterThan(500);
    expect(whole.nulBytes?.count).toBe(1);
  });

  it('a part with an invalid byte or a stray quote cannot stand for a sequential read', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `${i},row ${i}`);
    const invalid = Buffer.concat([Buffer.from(`id,x\n${rows.slice(0, 250).join('\n')}\n250,bad `), Buffer.from([0xff]), Buffer.from(`\n${rows.slice(251).join('\n')}\n`)]);
    expect((await sequentialAndInParts(invalid, 2)).rest[0]!.clean).toBe(false);
    const stray = `id,x\n${rows.map((r, i) => (i === 250 ? '250,a"b' : r)).join('\n')}\n`;
    expect((await sequentialAndInParts(stray, 2)).rest[0]!.clean).toBe(false);
  });
});
