// --jobs over many datasets: groups of datasets run in worker threads (run/parallel-parts.ts) while the main thread
// does its own part, and the report is the same bytes as one thread's. ODLINT_PARALLEL_MIN_BYTES=0 makes any run of two
// groups parallel. The workers run the compiled odlint, so the parallel run is the built one (dist/); from the sources,
// a worker cannot start (there is no src/run/part-worker.js), and the main thread must then do every part.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, lint, type LintOptions } from '../../dist/index.js';
import { lint as lintFromSources } from '../../src/index.js';
import { cleanupTempDirs, makeTempDir, NOW, REPO_ROOT } from './helpers.js';

const previous = { cwd: process.cwd(), env: process.env.ODLINT_PARALLEL_MIN_BYTES };
beforeAll(() => {
  process.chdir(REPO_ROOT);
  process.env.ODLINT_PARALLEL_MIN_BYTES = '0';
});
afterAll(() => {
  process.chdir(previous.cwd);
  if (previous.env === undefined) delete process.env.ODLINT_PARALLEL_MIN_BYTES;
  else process.env.ODLINT_PARALLEL_MIN_BYTES = previous.env;
  cleanupTempDirs();
});

async function run(options: LintOptions, jobs: number, from = lint): Promise<{ json: string; notices: string[]; read: string[] }> {
  const notices: string[] = [];
  const read: string[] = [];
  // Files read (the progress listener): a worker tells the main thread's listener of its own.
  const progress = { fileStarted: () => undefined, bytesRead: () => undefined, fileFinished: (file: string) => void read.push(file) };
  const report = await from({ now: NOW, config: false, locale: 'en', ...options, jobs, progress, notice: (m) => notices.push(m) });
  return { json: formatReport(report, 'json'), notices: notices.filter((m) => !m.includes('is ignored')), read: read.sort() };
}

/** Packages of payments whose supplier ids point into a shared register, with duplicate ids and unknown suppliers. */
function packages(count: number): string {
  const dir = makeTempDir('odlint-parts-');
  const licence = [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }];
  mkdirSync(path.join(dir, 'register'));
  writeFileSync(path.join(dir, 'register', 'suppliers.csv'), `supplier_id,name\n${Array.from({ length: 50 }, (_, i) => `S${i},Supplier ${i}`).join('\n')}\n`);
  writeFileSync(path.join(dir, 'register', 'datapackage.json'), JSON.stringify({
    name: 'register', title: 'Suppliers', licenses: licence, modified: '2026-11-01',
    resources: [{ name: 'suppliers', path: 'suppliers.csv', format: 'csv', schema: { primaryKey: 'supplier_id', fields: [{ name: 'supplier_id' }, { name: 'name' }] } }],
  }));
  for (let p = 0; p < count; p++) {
    const name = `dept-${p}`;
    mkdirSync(path.join(dir, name));
    const rows = Array.from({ length: 40 + p * 7 }, (_, i) => `${i % (23 + p) === 0 ? i - 1 : i},S${(i * (p + 3)) % 60},${i % 17 === 0 ? 'n/a' : (i * 3.5).toFixed(2)}`);
    writeFileSync(path.join(dir, name, 'payments.csv'), `id,supplier_id,amount\n${rows.join('\n')}\n`);
    writeFileSync(path.join(dir, name, 'datapackage.json'), JSON.stringify({
      name, title: `Payments ${p}`, licenses: licence, modified: p % 2 ? '2026-11-01' : '2024-01-01', accrualPeriodicity: 'R/P1M',
      resources: [{
        name: 'payments', path: 'payments.csv', format: 'csv',
        schema: {
          primaryKey: 'id',
          fields: [{ name: 'id', type: 'integer' }, { name: 'supplier_id' }, { name: 'amount', type: 'number' }],
          foreignKeys: [{ fields: 'supplier_id', reference: { package: '../register', resource: 'suppliers', fields: 'supplier_id' } }],
        },
      }],
    }));
  }
  return dir;
}

describe('--jobs over many datasets gives the report of one thread', () => {
  it('on the fixtures (cross-package foreign keys, run-level findings, records and the scorecard)', async () => {
    const serial = await run({ paths: ['fixtures'] }, 1);
    const parallel = await run({ paths: ['fixtures'] }, 3);
    expect(parallel.json).toBe(serial.json);
    expect(parallel.notices).toEqual(serial.notices);
    const report = JSON.parse(serial.json);
    expect(report.datasets.length).toBeGreaterThan(3);
    expect(report.scorecard.departments.length).toBeGreaterThan(1);
  });

  it('on generated packages linked to a shared register, with and without a cap on findings', async () => {
    const dir = path.relative(REPO_ROOT, packages(6));
    for (const maxFindingsPerRule of [0, 2]) {
      const serial = await run({ paths: [dir], maxFindingsPerRule }, 1);
      const parallel = await run({ paths: [dir], maxFindingsPerRule }, 2);
      expect(parallel.json).toBe(serial.json);
      // Every package once, and the register again by each other part whose foreign keys point to it.
      expect(new Set(parallel.read)).toEqual(new Set(serial.read));
      expect(parallel.read.length).toBeGreaterThan(serial.read.length);
      expect(parallel.notices).toEqual([]);
      const report = JSON.parse(serial.json);
      expect(report.findings.some((f: { ruleId: string }) => f.ruleId === 'linking/foreign-key')).toBe(true);
      expect(report.findings.some((f: { ruleId: string }) => f.ruleId === 'linking/primary-key')).toBe(true);
      if (maxFindingsPerRule) expect(report.omitted.length).toBeGreaterThan(0);
    }
  });

  it('with a worker doing parts while the main thread is slow (a busy core)', async () => {
    const dir = path.relative(REPO_ROOT, packages(8));
    const serial = await run({ paths: [dir] }, 1);
    // Files the worker read reach the listener from its messages, not from the engine's reading on this thread. Until
    // one has, each file read here takes 300 ms longer, as on a core another process keeps busy.
    const byWorker: string[] = [];
    const slowUntilWorkerRead = {
      fileStarted: (file: string) => {
        if (new Error().stack!.includes('lintFile')) {
          const until = performance.now() + 300;
          while (byWorker.length === 0 && performance.now() < until) { /* busy */ }
        } else byWorker.push(file);
      },
      bytesRead: () => undefined,
      fileFinished: () => undefined,
    };
    const report = await lint({ now: NOW, config: false, locale: 'en', paths: [dir], jobs: 2, progress: slowUntilWorkerRead });
    expect(byWorker.length).toBeGreaterThan(0);
    expect(formatReport(report, 'json')).toBe(serial.json);
  });

  it('in each shard of a sharded run', async () => {
    for (const index of [1, 2]) {
      const shard = { index, total: 2 };
      expect((await run({ paths: ['fixtures'], shard }, 2)).json).toBe((await run({ paths: ['fixtures'], shard }, 1)).json);
    }
  });

  it('when a worker cannot start: the main thread does every part, and says so', async () => {
    const serial = await run({ paths: ['fixtures'] }, 1, lintFromSources);
    const parallel = await run({ paths: ['fixtures'] }, 2, lintFromSources);
    expect(parallel.json).toBe(serial.json);
    expect(parallel.notices).toEqual([expect.stringMatching(/^a worker thread could not start \(.*\); the run went on without it\.$/)]);
  });
});
