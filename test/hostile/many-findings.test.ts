// Issue 13 problem 4: a baseline needs every finding, so --baseline-write, --baseline and --max-findings-per-rule 0
// gather them all. Gathering once used a spread push (`push(...kept)`), which passes each element as an argument and
// overflowed the stack past about 125k findings of one rule in one file. Generated here with more than that.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/run/format.js';
import { lint } from '../../src/run/lint.js';
import { buildStandard, cleanupTempDirs, makeTempDir, packageWith, TEST_NOW, writeFiles } from '../helpers/lint-files.js';

afterEach(cleanupTempDirs);

/** Rows of one bad integer each: one `format/type` finding per row. */
const ROWS = 300_000;

describe('a file with hundreds of thousands of findings of one rule', () => {
  it('is recorded by --baseline-write and honoured by --baseline, without a stack overflow', async () => {
    const dir = makeTempDir();
    writeFiles(dir, packageWith('data.csv', `x\n${'abc\n'.repeat(ROWS)}`, { fields: [{ name: 'x', type: 'integer' }] }));
    const standard = buildStandard([{ check: 'type' }]);
    const previous = process.cwd();
    process.chdir(dir);
    try {
      const base = { paths: ['data.csv', 'datapackage.json'], standard, config: false as const, ignore: false, now: TEST_NOW, jobs: 1 };
      const written = await lint({ ...base, baselineWrite: 'baseline.json' });
      expect(written.findings).toEqual([]);
      expect(written.baseline?.suppressed).toBe(ROWS);
      const file = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')) as { entries: Array<{ count: number }> };
      expect(file.entries.reduce((n, e) => n + e.count, 0)).toBe(ROWS);

      const honoured = await lint({ ...base, baseline: 'baseline.json' });
      expect(honoured.findings).toEqual([]);
      expect(honoured.baseline?.suppressed).toBe(ROWS);

      const all = await lint({ ...base, maxFindingsPerRule: 0 });
      expect(all.findings).toHaveLength(ROWS);
      expect(all.findings[ROWS - 1]!.line).toBe(ROWS + 1);
      // Stylish once took a Math.max over a spread of every finding's position; junit pushed a file's lines by spread.
      for (const format of ['stylish', 'junit']) expect(formatReport(all, format).length, format).toBeGreaterThan(ROWS);
    } finally {
      process.chdir(previous);
    }
  }, 120_000);
});
