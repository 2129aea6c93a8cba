// The pool runs compiled workers (dist/engine/worker.js: a worker thread loads JavaScript), so this test imports the
// build that `npm test` makes first.
import { describe, expect, it } from 'vitest';
import type { WorkerPool as Pool } from '../../../src/engine/worker-pool.js';

const BUILT = '../../../dist/engine/worker-pool.js';
const { WorkerPool } = (await import(BUILT)) as { WorkerPool: typeof Pool };

describe('WorkerPool', () => {
  it('turns a failure inside a worker into one-line message, keeping the stack apart for ODLINT_DEBUG', async () => {
    const pool = new WorkerPool(1, { rules: [], modules: [], vocabularies: new Map(), now: '2026-11-27', maxFindingsPerRule: 0 });
    try {
      const task = {
        path: '/nonexistent/odlint-test.csv', size: 10, dialect: { delimiter: ',', quote: '"' },
        segment: { start: 0, end: 10, line: 1, recordsBefore: 0 },
        dataset: { name: 'd', baseDir: '/', resources: [{ index: 0, file: 'x.csv', status: 'ok', format: 'csv', descriptor: {}, pointer: '' }] },
        resourcePosition: 0, setups: {}, severities: {},
      };
      const err = await pool.run(task as never).then(() => undefined, (e: Error) => e);
      expect(err).toBeInstanceOf(Error);
      expect(err!.message).toMatch(/^a worker thread failed: ENOENT/);
      expect(err!.message).not.toContain('\n');
      expect(err!.stack).toContain('ENOENT');
    } finally {
      await pool.close();
    }
  });
});
