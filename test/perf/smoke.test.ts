// Performance smoke test: catches a gross slowdown of the main path (a check gone quadratic, a regex compiled per row,
// the fast tokenizer bypassed) without ever asserting an absolute time. odlint with every bundled rule is timed
// against csv-parse alone counting the records of the same file, in the same process, in alternating pairs; the best
// of each is compared. Today the ratio is about 1; the test fails only above RATIO_LIMIT. Real figures: npm run bench.
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../src/checks/index.js';
import { discover } from '../../src/datasets/discover.js';
import { Engine } from '../../src/engine/lint.js';
import { BUNDLED_STANDARD, loadStandard } from '../../src/standard/load.js';

const ROWS = 60_000;
const RATIO_LIMIT = 3;
const dir = mkdtempSync(path.join(tmpdir(), 'odlint-perf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeSpending(): string {
  const lines = ['transaction_id,municipality_code,supplier_name,amount,paid_date,category,description'];
  const suppliers = ['Ubuntu Civils (Pty) Ltd', '"Smith, Jones & Co"', 'Café Durban', 'Karoo Water Works'];
  for (let i = 1; i <= ROWS; i++) {
    const note = i % 20 === 0 ? '"Payment for services,\nsecond line"' : 'Routine payment';
    lines.push(`${i},GT${i % 500},${suppliers[i % 4]},${(i * 37) % 100000}.25,2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},${['goods', 'services'][i % 2]},${note}`);
  }
  writeFileSync(path.join(dir, 'spending.csv'), `${lines.join('\n')}\n`);
  writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify({
    name: 'perf-smoke', licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }], modified: '2026-11-01', accrualPeriodicity: 'R/P1M',
    resources: [{
      name: 'spending', path: 'spending.csv', format: 'csv',
      schema: {
        primaryKey: 'transaction_id',
        fields: [
          { name: 'transaction_id', type: 'integer', constraints: { required: true, unique: true } },
          { name: 'municipality_code', constraints: { pattern: '[A-Z]{2,3}[0-9]{0,3}' } },
          { name: 'supplier_name', constraints: { maxLength: 80 } },
          { name: 'amount', type: 'number', constraints: { minimum: 0 } },
          { name: 'paid_date', type: 'date' },
          { name: 'category', constraints: { enum: ['goods', 'services'] } },
          { name: 'description' },
        ],
      },
    }],
  }));
  return path.join(dir, 'spending.csv');
}

async function csvParseAlone(file: string): Promise<number> {
  let records = 0;
  const parser = createReadStream(file, { highWaterMark: 64 * 1024 }).pipe(parse());
  for await (const _ of parser) records++;
  return records;
}

describe('performance smoke test', () => {
  it(`odlint with every bundled rule stays within ${RATIO_LIMIT}× csv-parse alone on ${ROWS.toLocaleString('en')} rows`, async () => {
    const file = writeSpending();
    const checks = checkRegistry();
    const engine = new Engine(loadStandard(BUNDLED_STANDARD, checks), checks);
    const { datasets } = discover([dir]);
    const timings = { odlint: Infinity, csvParse: Infinity };
    for (let round = 0; round < 3; round++) {
      let t = performance.now();
      const records = await csvParseAlone(file);
      timings.csvParse = Math.min(timings.csvParse, performance.now() - t);
      expect(records).toBe(ROWS + 1);
      t = performance.now();
      const result = await engine.lint(datasets, { now: '2026-11-27', jobs: 1 });
      timings.odlint = Math.min(timings.odlint, performance.now() - t);
      expect(result.findings).toEqual([]); // the file is clean: the time is spent checking, not reporting
    }
    const ratio = timings.odlint / timings.csvParse;
    console.log(`perf smoke: odlint ${timings.odlint.toFixed(0)} ms, csv-parse alone ${timings.csvParse.toFixed(0)} ms, ratio ${ratio.toFixed(2)} (limit ${RATIO_LIMIT})`);
    expect(ratio).toBeLessThan(RATIO_LIMIT);
  });
});
