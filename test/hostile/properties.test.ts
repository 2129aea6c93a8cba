// Property-based tests (fast-check, fixed seeds): the CSV reader against csv-parse on generated RFC 4180 text, the
// JSON reader against JSON.parse, and the integer, number and date casts against their definitions.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../src/readers/csv.js';
import { readRows } from '../../src/readers/rows.js';
import { compileField, INVALID } from '../../src/tableschema/cast.js';

const dir = mkdtempSync(path.join(tmpdir(), 'odlint-properties-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
function tempFile(text: string, ext: string): { file: string; size: number } {
  const file = path.join(dir, `case-${counter++}.${ext}`);
  writeFileSync(file, text);
  return { file, size: Buffer.byteLength(text) };
}

const RUNS = { numRuns: 300, seed: 13 };

// Cells of the characters that matter to the tokenizer (delimiter, quote, CR, LF) and some that do not.
const cell = fc.array(fc.constantFrom('a', 'b', '1', ' ', 'é', '€', ',', '"', '\n', '\r\n', '\r'), { maxLength: 6 }).map((parts) => parts.join(''));

/** RFC 4180 text: quoted where it must be (and sometimes where it need not be), CRLF or LF, a final line break or not. */
const csvText = fc.integer({ min: 1, max: 5 }).chain((width) => fc.record({
  records: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
  quoteAll: fc.boolean(),
  eol: fc.constantFrom('\n', '\r\n'),
  finalEol: fc.boolean(),
})).map(({ records, quoteAll, eol, finalEol }) => {
  const field = (c: string, width: number) => (quoteAll || /[",\r\n]/.test(c) || (width === 1 && c === '') ? `"${c.replace(/"/g, '""')}"` : c);
  const text = records.map((r) => r.map((c) => field(c, r.length)).join(',')).join(eol) + (finalEol ? eol : '');
  return { text, records };
});

describe('the CSV reader', () => {
  it('reads the same records as csv-parse from any RFC 4180 text', async () => {
    await fc.assert(fc.asyncProperty(csvText, async ({ text, records }) => {
      const { file, size } = tempFile(text, 'csv');
      const read: string[][] = [];
      await readCsv(file, size, {}, { header: (cells) => read.push([...cells]), row: (cells) => read.push([...cells]) });
      const reference = parse(text, { relax_column_count: true }) as string[][];
      expect(read).toEqual(reference);
      expect(read).toEqual(records);
    }), RUNS);
  });
});

describe('the JSON reader', () => {
  const scalar = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.maxSafeInteger(), fc.boolean(), fc.constant(null));
  it('reads the same records as JSON.parse from any array of records', async () => {
    const keys = ['id', 'name', 'value'];
    const recordArb = fc.record({ id: scalar, name: scalar, value: scalar }, { requiredKeys: [] });
    await fc.assert(fc.asyncProperty(fc.array(recordArb, { maxLength: 10 }), fc.boolean(), async (recordList, pretty) => {
      const text = pretty ? JSON.stringify(recordList, null, 2) : JSON.stringify(recordList);
      const { file, size } = tempFile(text, 'json');
      const read: unknown[][] = [];
      await readRows('json', file, size, { fields: keys }, { header: () => {}, row: (_cells, _line, _record, json) => read.push([...json!.values]) });
      const expected = (JSON.parse(text) as Record<string, unknown>[]).map((r) => keys.map((k) => r[k]));
      expect(read).toEqual(expected);
    }), RUNS);
  });
});

describe('the casts', () => {
  const integer = compileField({ name: 'n', type: 'integer' });
  const number = compileField({ name: 'x', type: 'number' });
  const date = compileField({ name: 'd', type: 'date' });

  it("every integer's decimal text casts back to it (beyond 2^53 too)", () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (n) => {
      const v = integer.cast(n.toString());
      expect(v).not.toBe(INVALID);
      expect(BigInt(v as number | bigint)).toBe(n);
    }), { numRuns: 1000, seed: 13 });
  });

  it("every finite number's shortest text casts back to it", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      expect(number.cast(String(x))).toBe(x === 0 ? 0 : x);
    }), { numRuns: 1000, seed: 13 });
  });

  it('every ISO date from 0001-01-01 to 9999-12-31 casts to its day number; a day past the month is invalid', () => {
    const day = fc.integer({ min: -719_162, max: Date.UTC(9999, 11, 31) / 86_400_000 }); // days since 1970-01-01 of 0001-01-01 … 9999-12-31
    fc.assert(fc.property(day, (n) => {
      const d = new Date(n * 86_400_000);
      const iso = `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
      expect(date.cast(iso), iso).toBe(n);
      const daysInMonth = new Date(Date.UTC(2000, d.getUTCMonth() + 1, 0)).getUTCDate();
      const past = `${iso.slice(0, 8)}${daysInMonth + 1 > 31 ? 32 : daysInMonth + 1}`;
      if (d.getUTCMonth() !== 1) expect(date.cast(past), past).toBe(INVALID);
    }), { numRuns: 1000, seed: 13 });
  });
});
