// Checks that keep state across rows, read in parts (Check/FileVisitor partState and absorb): the main thread's visitor
// reads the first part, visitors made with ctx.readsPart read the others and give their states, which the main
// visitor absorbs in file order. Every finding must be the one a sequential read gives: duplicates whose first
// occurrence is in another part, first examples, counts, the newest value. Runs the visitors directly, on real files
// read by the real CSV reader, with cuts at several places.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../../src/checks/index.js';
import { discover } from '../../../src/datasets/discover.js';
import { RowDriver } from '../../../src/engine/row-driver.js';
import type { FileVisitor, Report, RunContext } from '../../../src/model/check.js';
import type { FileFacts } from '../../../src/model/facts.js';
import { readCsv } from '../../../src/readers/csv.js';
import { calendarDateMs } from '../../../src/util/calendar.js';
import { isReadFile } from '../../../src/util/resources.js';
import { buildRule, bundledVocabularyMap, cleanupTempDirs, makeTempDir, TEST_NOW, writeFiles } from '../../helpers/lint-files.js';

afterAll(cleanupTempDirs);

interface Table {
  header: { cells: string[]; line: number };
  rows: { cells: string[]; line: number; record: number }[];
  facts: FileFacts;
}

async function readTable(file: string): Promise<Table> {
  const table: Partial<Table> & { rows: Table['rows'] } = { rows: [] };
  const size = (await import('node:fs')).statSync(file).size;
  table.facts = await readCsv(file, size, {}, {
    header: (cells, line) => { table.header = { cells, line }; },
    row: (cells, line, record) => { table.rows.push({ cells, line, record }); },
  });
  return table as Table;
}

/**
 * Every finding of one check over the files, each CSV file read whole, or (cuts: fractions of its rows where parts
 * start) its first part by the main visitor and the rest by part visitors whose states the main visitor absorbs.
 */
async function findingsOf(checkId: string, files: Record<string, string>, cuts: number[], options: Record<string, unknown> = {}): Promise<string[]> {
  const dir = makeTempDir();
  writeFiles(dir, files);
  const { datasets } = discover([dir], dir);
  const check = checkRegistry().get(checkId)!;
  const rule = buildRule({ check: checkId, options });
  const reports: Report[] = [];
  const run: RunContext<Record<string, unknown>> = { options: rule.options, now: TEST_NOW, nowMs: calendarDateMs(TEST_NOW), vocabularies: bundledVocabularyMap(), datasets, shared: new Map() };
  check.prepare?.(run);
  const fail = (_v: FileVisitor, hook: string, err: unknown) => { throw new Error(`${hook}: ${(err as Error).message}`); };
  for (const dataset of datasets) {
    for (const resource of dataset.resources.filter(isReadFile)) {
      const table = await readTable(resource.absolutePath!);
      const ctx = { ...run, dataset, resource, report: (r: Report) => reports.push({ file: resource.file, ...r }) };
      const main = check.createFileVisitor!(ctx);
      const driver = new RowDriver(resource.schema, [main], fail);
      driver.header(table.header.cells, table.header.cells.length, table.header.line);
      const starts = [0, ...cuts.map((c) => Math.floor(table.rows.length * c)), table.rows.length];
      for (const row of table.rows.slice(0, starts[1])) driver.rowCells(row.cells, row.line, row.record);
      const states: unknown[] = [];
      for (let k = 1; k < starts.length - 1; k++) {
        let inHeader = false; // a part's header findings are the main visitor's to report
        const part = check.createFileVisitor!({
          ...run, datasets: [dataset], shared: new Map(), dataset, resource, readsPart: true, partSetup: check.partSetup?.(ctx),
          report: (r) => { if (!inHeader) reports.push({ file: resource.file, ...r }); },
        });
        const partDriver = new RowDriver(resource.schema, [part], fail);
        inHeader = true;
        partDriver.header(table.header.cells, table.header.cells.length, table.header.line);
        inHeader = false;
        for (const row of table.rows.slice(starts[k], starts[k + 1])) partDriver.rowCells(row.cells, row.line, row.record);
        if (part.row) states.push(part.partState!());
      }
      if (main.row && states.length > 0) for (const s of states) main.absorb!(s);
      driver.finish(table.facts);
    }
  }
  check.finish?.({ ...run, report: (r) => reports.push(r) });
  return reports.map((r) => JSON.stringify({ ...r, file: r.file === undefined ? undefined : path.basename(r.file) })).sort();
}

/** The findings read whole, and read in parts at each set of cuts: all the same. */
async function expectSameInParts(checkId: string, files: Record<string, string>, options?: Record<string, unknown>): Promise<string[]> {
  const whole = await findingsOf(checkId, files, [], options);
  for (const cuts of [[0.5], [0.3, 0.6], [0.01, 0.5, 0.99], [0.25, 0.5, 0.75]]) {
    expect(await findingsOf(checkId, files, cuts, options), `cuts ${cuts.join(', ')}`).toEqual(whole);
  }
  return whole;
}

function datapackage(resources: Record<string, unknown>[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ name: 'p', title: 'P', licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }], ...extra, resources });
}

const parse = (findings: string[]) => findings.map((f) => JSON.parse(f) as Report & { data: Record<string, string | number> });

describe('stateful checks read in parts give the findings of one sequential read', () => {
  it('primary-key: duplicates whose first occurrence is in an earlier part, repeated within a part, composite and padded keys', async () => {
    const rows = ['id,code,year'];
    for (let i = 1; i <= 300; i++) {
      // Key 5 again at 150 and 290 (other parts), key 100 twice in the last third, a padded '007' repeating 7 later,
      // a missing key part, and composite (code, year) repeats far apart.
      const id = i === 150 || i === 290 ? '5' : i === 280 || i === 285 ? '100' : i === 250 ? '007' : i === 260 ? '' : String(i);
      rows.push(`${id},C${i % 40},${2020 + (i % 3)}`);
    }
    const files = {
      'data.csv': `${rows.join('\n')}\n`,
      'datapackage.json': datapackage([{ name: 'data', path: 'data.csv', schema: { primaryKey: 'id', uniqueKeys: [['code', 'year']], fields: [{ name: 'id', type: 'integer' }, { name: 'code' }, { name: 'year', type: 'integer' }] } }]),
    };
    const found = parse(await expectSameInParts('primary-key', files));
    expect(found.filter((f) => f.messageId === 'duplicate').map((f) => [f.line, f.data.firstLine, f.data.value])).toEqual(
      [[151, 6, "'5'"], [251, 8, "'007'"], [281, 101, "'100'"], [286, 101, "'100'"], [291, 6, "'5'"]],
    );
    expect(found.some((f) => f.messageId === 'missingPart' && f.line === 261)).toBe(true);
    const composite = parse(await expectSameInParts('unique-keys', files));
    expect(composite).toHaveLength(300 - 120); // (i mod 40, i mod 3) takes 120 values
    expect(composite.every((f) => f.messageId === 'duplicateComposite')).toBe(true);
  });

  it('unique: repeats across parts name the first line in the file', async () => {
    const rows = ['id,ref'];
    for (let i = 1; i <= 200; i++) rows.push(`${i},${i % 70 === 0 ? 'R3' : i === 199 ? 'R150' : `R${i}`}`);
    const files = {
      'data.csv': `${rows.join('\n')}\n`,
      'datapackage.json': datapackage([{ name: 'data', path: 'data.csv', schema: { fields: [{ name: 'id', type: 'integer' }, { name: 'ref', constraints: { unique: true } }] } }]),
    };
    const found = parse(await expectSameInParts('unique', files));
    expect(found.map((f) => [f.line, f.data.firstLine])).toEqual(expect.arrayContaining([[71, 4], [141, 4], [200, 151]]));
    expect(found).toHaveLength(3);
  });

  it('leading-zeros: the count over every part and the first example in the file', async () => {
    const rows = ['id,ward'];
    for (let i = 1; i <= 240; i++) rows.push(`${i},${i > 100 && i % 20 === 0 ? `0${i}` : String(i)}`);
    const files = {
      'data.csv': `${rows.join('\n')}\n`,
      'datapackage.json': datapackage([{ name: 'data', path: 'data.csv', schema: { fields: [{ name: 'id', type: 'integer' }, { name: 'ward', type: 'integer' }] } }]),
    };
    const found = parse(await expectSameInParts('leading-zeros', files));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 121, data: { count: 7, example: "'0120'", exampleLine: 121 } });
  });

  it('data-currency: the newest period over every part, the first row holding it', async () => {
    const rows = ['id,month'];
    for (let i = 1; i <= 150; i++) rows.push(`${i},${i === 70 || i === 140 ? '2025-06' : `2024-${String(1 + (i % 12)).padStart(2, '0')}`}`);
    const files = {
      'data.csv': `${rows.join('\n')}\n`,
      'datapackage.json': datapackage([{ name: 'data', path: 'data.csv', schema: { fields: [{ name: 'id', type: 'integer' }, { name: 'month', type: 'yearmonth' }] } }], { accrualPeriodicity: 'R/P1M', modified: '2026-11-01' }),
    };
    const found = parse(await expectSameInParts('data-currency', files));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageId: 'stale', line: 71, data: { newest: '2025-06' } });
  });

  it('key-type-drift: digit widths and first examples over the parts of both files, in reading order', async () => {
    const register = ['code,name', ...Array.from({ length: 120 }, (_, i) => `${String(i).padStart(4, '0')},Place ${i}`)];
    const payments = ['id,code'];
    for (let i = 1; i <= 180; i++) payments.push(`${i},${i === 100 ? '77' : i === 170 ? '5' : i === 40 ? '120' : String(i % 120).padStart(4, '0')}`);
    const files = {
      'register.csv': `${register.join('\n')}\n`,
      'payments.csv': `${payments.join('\n')}\n`,
      'datapackage.json': datapackage([
        { name: 'register', path: 'register.csv', schema: { primaryKey: 'code', fields: [{ name: 'code' }, { name: 'name' }] } },
        { name: 'payments', path: 'payments.csv', schema: { fields: [{ name: 'id', type: 'integer' }, { name: 'code' }], foreignKeys: [{ fields: 'code', reference: { resource: 'register', fields: 'code' } }] } },
      ]),
    };
    const found = parse(await expectSameInParts('key-type-drift', files));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageId: 'lostZeros', line: 41, data: { value: "'120'", count: 3, width: 4 } });
  });
});
