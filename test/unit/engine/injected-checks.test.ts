// Checks given to the run (not built in) run in worker threads too, loaded from their module; a check whose hook
// throws becomes an internal-error finding naming the rule, file and line, and the other rules go on. Runs the built
// engine (dist/), since worker threads load compiled modules.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { defaultScoringMethod } from '../../../src/standard/scoring.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Api from '../../../src/index.js';
import type { Standard } from '../../../src/model/standard.js';

const { lint, BUILT_IN_CHECKS } = (await import('../../../dist/index.js')) as typeof Api;

const tmp = mkdtempSync(path.join(tmpdir(), 'odlint-injected-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A row-local check of a user's own: cells 'x' are not allowed. As an ES module, so a worker thread can load it.
const CHECK_SOURCE = `
import { isMainThread } from 'node:worker_threads';
export default {
  id: 'no-x',
  description: "No cell is 'x'.",
  docs: { rationale: 'A test check.', failing: 'x', passing: 'y' },
  messages: { isX: "Cell {column} is 'x'", boom: 'never' },
  optionsSchema: { type: 'object', properties: { throwOnLine: { type: 'integer' } }, additionalProperties: false },
  formats: ['csv'],
  rowLocal: true,
  module: import.meta.url,
  createFileVisitor({ report, options }) {
    return {
      row(row) {
        if (row.line === options.throwOnLine) throw new Error('the check broke');
        row.cells.forEach((c, i) => { if (c === 'x') report({ messageId: 'isX', data: { column: i + 1, thread: isMainThread ? 'main' : 'worker' }, line: row.line, column: i + 1 }); });
      },
    };
  },
};
`;
const checkFile = path.join(tmp, 'no-x.mjs');
writeFileSync(checkFile, CHECK_SOURCE);
const noX = ((await import(pathToFileURL(checkFile).href)) as { default: Api.Check }).default;

const csv = path.join(tmp, 'data.csv');
writeFileSync(csv, `a,b\n${Array.from({ length: 400 }, (_, i) => (i % 50 === 7 ? 'x,1' : `${i},x`)).join('\n')}\n`);

function standard(options: Record<string, unknown> = {}): Standard {
  const rule = (id: string, check: string, opts: Record<string, unknown> = {}) => ({
    id, check, category: 'format' as const, severity: 'error' as const, description: id, sources: [], options: opts, file: 'test.yaml', standard: 'test', changes: [],
  });
  return {
    id: 'test', version: '1', title: 'Test', rootFile: 'test.yaml', vocabularies: new Map(), layers: [], scoring: defaultScoringMethod(),
    rules: [rule('format/blank-row', 'blank-row'), rule('local/no-x', 'no-x', options)],
  };
}

async function run(jobs: number, options: Record<string, unknown> = {}) {
  process.env.ODLINT_SPLIT_MIN_BYTES = '1';
  try {
    return await lint({ paths: [csv], standard: standard(options), checks: [noX], config: false, now: '2026-11-27', jobs, maxFindingsPerRule: 0 });
  } finally {
    delete process.env.ODLINT_SPLIT_MIN_BYTES;
  }
}

describe('checks given to the run', () => {
  it('run in worker threads with the same findings as on one thread', async () => {
    expect(BUILT_IN_CHECKS.some((c) => c.id === 'no-x')).toBe(false);
    const serial = await run(1);
    const parallel = await run(2);
    // The check says which thread found each 'x': the worker threads loaded it from its module and ran it.
    const threads = (r: Api.LintReport) => new Set(r.findings.map((f) => f.data?.thread));
    expect(threads(serial)).toEqual(new Set(['main']));
    expect(threads(parallel)).toContain('worker');
    const withoutThread = (r: Api.LintReport) => r.findings.map((f) => ({ ...f, data: { ...f.data, thread: undefined } }));
    expect(serial.findings.filter((f) => f.ruleId === 'local/no-x')).toHaveLength(400); // one 'x' per row
    expect(withoutThread(parallel)).toEqual(withoutThread(serial));
    expect(serial.findings[0]).toMatchObject({ ruleId: 'local/no-x', messageId: 'isX', data: { column: 2 }, message: "Cell 2 is 'x'" });
  });

  for (const jobs of [1, 2]) {
    it(`a hook that throws becomes an internal-error finding at its line, and the run goes on (--jobs ${jobs})`, async () => {
      const report = await run(jobs, { throwOnLine: 100 });
      const broken = report.findings.filter((f) => f.messageId === 'internalError');
      expect(broken).toHaveLength(1);
      expect(broken[0]).toMatchObject({ ruleId: 'local/no-x', severity: 'error', line: 100, data: { rule: 'local/no-x', check: 'no-x', hook: 'row', error: 'the check broke' } });
      expect(broken[0]!.message).toContain("Rule 'local/no-x' stopped with an internal error in its check 'no-x' (row): the check broke");
      // The rows before the failure were checked; the rule's findings stop there on the thread that failed.
      expect(report.findings.some((f) => f.ruleId === 'local/no-x' && f.messageId === 'isX' && f.line! < 100)).toBe(true);
      expect(report.summary.errors).toBeGreaterThan(0);
    });
  }
});
