// A large CSV file read in parts instead of whole (lint.ts planParts): the main thread reads the first part, workers
// the others with every check, stateful ones giving part states the main thread absorbs. The JSON report must be
// byte-identical to a run on one thread: with duplicate keys whose first occurrence is in another part, a quoted field
// holding a line break next to a cut, a cap on findings, and a stray quote (the parts are then void and the main
// thread reads the whole file). ODLINT_SPLIT_MIN_BYTES=1 makes the small file "large". Runs the built engine (dist/),
// since worker threads load compiled modules.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Api from '../../../src/index.js';

const { lint, formatReport, loadStandard } = (await import('../../../dist/index.js')) as typeof Api;

const tmp = mkdtempSync(path.join(tmpdir(), 'odlint-parts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A stateful check of a user's own: counts the rows and says which threads read them, from its end hook. Read in
// parts, the workers' part states name 'worker'; read whole, only 'main' appears.
const CHECK_SOURCE = `
import { isMainThread } from 'node:worker_threads';
export default {
  id: 'row-threads',
  description: 'Counts rows.',
  docs: { rationale: 'A test check.', failing: '-', passing: '-' },
  messages: { rows: '{count} rows read by {threads}' },
  optionsSchema: { type: 'object', additionalProperties: false },
  formats: ['csv'],
  module: import.meta.url,
  createFileVisitor({ report }) {
    let count = 0;
    const threads = new Set([isMainThread ? 'main' : 'worker']);
    return {
      row() { count++; },
      partState() { return { count, threads: [...threads] }; },
      absorb(state) { count += state.count; for (const t of state.threads) threads.add(t); },
      end() { report({ messageId: 'rows', data: { count, threads: [...threads].sort().join(' and ') } }); },
    };
  },
};
`;
const checkFile = path.join(tmp, 'row-threads.mjs');
writeFileSync(checkFile, CHECK_SOURCE);
const rowThreads = ((await import(pathToFileURL(checkFile).href)) as { default: Api.Check }).default;

function withRowThreads(): Api.Standard {
  const standard = loadStandard('national-open-data', { checks: [rowThreads] });
  const rule = { id: 'local/row-threads', check: 'row-threads', category: 'format' as const, severity: 'info' as const, description: 'Rows', sources: [], options: {}, file: 'test.yaml', standard: 'test', changes: [] };
  return { ...standard, rules: [...standard.rules, rule] };
}

/** A spending package: 3000 rows with duplicate ids spread over the file, multi-line quoted notes, leading zeros. */
function spending(name: string, plant: (i: number) => string | undefined = () => undefined, everyNoteTwoLines = false): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  const lines = ['id,ward,amount,month,note'];
  for (let i = 1; i <= 3000; i++) {
    const planted = plant(i);
    if (planted !== undefined) { lines.push(planted); continue; }
    // Ids 1–40 again near the end (first occurrence in the first part), ids repeated within a part, padded wards.
    const id = i > 2900 && i <= 2940 ? i - 2900 : i % 500 === 0 ? i - 1 : i;
    const ward = i % 250 === 0 ? `0${i % 100}` : String(i % 100);
    const note = everyNoteTwoLines || i % 7 === 0 ? '"paid, in two\nlines"' : 'routine';
    lines.push(`${id},${ward},${(i * 13) % 900}.25,2026-${String(1 + (i % 9)).padStart(2, '0')},${note}`);
  }
  writeFileSync(path.join(dir, 'spending.csv'), `${lines.join('\n')}\n`);
  writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify({
    name, title: 'Spending', licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }], modified: '2026-11-01', accrualPeriodicity: 'R/P1M',
    resources: [{
      name: 'spending', path: 'spending.csv', format: 'csv',
      schema: {
        primaryKey: 'id',
        fields: [{ name: 'id', type: 'integer' }, { name: 'ward', type: 'integer' }, { name: 'amount', type: 'number', constraints: { maximum: 800 } }, { name: 'month', type: 'yearmonth' }, { name: 'note' }],
      },
    }],
  }));
  return dir;
}

async function report(dir: string, jobs: number, maxFindingsPerRule: number): Promise<{ json: string; threads: string }> {
  process.env.ODLINT_SPLIT_MIN_BYTES = '1';
  try {
    const r = await lint({ paths: [dir], standard: withRowThreads(), checks: [rowThreads], config: false, now: '2026-11-27', jobs, maxFindingsPerRule });
    const threads = r.findings.find((f) => f.ruleId === 'local/row-threads')?.message ?? '';
    // The test check's own finding says which threads read the rows: the rest of the report must be the same.
    const rest = { ...r, findings: r.findings.filter((f) => f.ruleId !== 'local/row-threads') };
    return { json: formatReport(rest as Api.LintReport, 'json', { cwd: tmp }), threads };
  } finally {
    delete process.env.ODLINT_SPLIT_MIN_BYTES;
  }
}

describe('a large CSV file read in parts', () => {
  it('gives the report of one thread, duplicates across parts and the cap included, read by the workers', async () => {
    const dir = spending('clean');
    for (const cap of [0, 3]) {
      const serial = await report(dir, 1, cap);
      const parallel = await report(dir, 3, cap);
      expect(serial.threads).toBe('3000 rows read by main');
      expect(parallel.threads).toBe('3000 rows read by main and worker');
      expect(parallel.json).toBe(serial.json);
      const findings = JSON.parse(serial.json).findings as { ruleId: string; line: number; message: string }[];
      if (cap === 0) {
        // Id 5 first on line 6 (the first part), again on line 2906 (the last).
        expect(findings.some((f) => f.ruleId === 'linking/primary-key' && f.line > 3000 && f.message.includes('first appears on line 6'))).toBe(true);
        expect(findings.some((f) => f.ruleId === 'format/leading-zeros')).toBe(true);
      } else {
        expect(findings.filter((f) => f.ruleId === 'linking/primary-key')).toHaveLength(3);
      }
    }
  });

  it('cuts only between records when the line feed after a cut point is inside a quoted field', async () => {
    // The planner aims at a third and two thirds of the file: a first row of the right length moves the first line
    // feed after one of them into a note.
    const insideQuotes = (text: string, at: number) => (text.slice(0, text.indexOf('\n', at)).split('"').length - 1) % 2 === 1;
    let dir = '';
    for (let pad = 0; pad < 40; pad++) {
      dir = spending('multi-line', (i) => (i === 1 ? `1,1,0.25,2026-02,${'x'.repeat(pad)}` : undefined), true);
      const text = readFileSync(path.join(dir, 'spending.csv'), 'latin1');
      if ([1, 2].some((k) => insideQuotes(text, Math.floor((text.length * k) / 3)))) break;
    }
    const text = readFileSync(path.join(dir, 'spending.csv'), 'latin1');
    expect([1, 2].some((k) => insideQuotes(text, Math.floor((text.length * k) / 3)))).toBe(true);
    const serial = await report(dir, 1, 0);
    const parallel = await report(dir, 3, 0);
    expect(parallel.threads).toBe('3000 rows read by main and worker');
    expect(parallel.json).toBe(serial.json);
  });

  it('reads the whole file on the main thread after a stray quote, with the same report', async () => {
    const dir = spending('stray', (i) => (i === 2100 ? '2100,5,1"0,2026-01,x' : undefined));
    const serial = await report(dir, 1, 0);
    const parallel = await report(dir, 3, 0);
    expect(parallel.threads).toBe('3000 rows read by main');
    expect(parallel.json).toBe(serial.json);
    expect(JSON.parse(serial.json).findings.some((f: { ruleId: string }) => f.ruleId === 'format/quoting')).toBe(true);
  });
});
