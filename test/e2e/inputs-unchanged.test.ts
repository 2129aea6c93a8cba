// odlint only reads its inputs: every file under fixtures/ has the same bytes, size, mode and modification time after
// lint runs (JSON, stylish, --output, a single resource, a glob), and no file appears or disappears.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, makeTempDir, NOW, odlint, REPO_ROOT, snapshotTree } from './helpers.js';

afterAll(cleanupTempDirs);

describe('inputs are never modified', () => {
  it('fixtures/ is byte-for-byte the same after linting it', () => {
    const fixtures = path.join(REPO_ROOT, 'fixtures');
    const before = snapshotTree(fixtures);
    expect(before.size).toBeGreaterThanOrEqual(14); // README + 13 demo files
    const out = path.join(makeTempDir(), 'report.json');
    const runs = [
      ['lint', 'fixtures', '--now', NOW, '--format', 'json'],
      ['lint', 'fixtures', '--now', NOW, '--no-color'],
      ['lint', 'fixtures', '--now', NOW, '--quiet', '--output', out],
      ['lint', 'fixtures/health/clinic-visits.csv', 'fixtures/treasury/datapackage.json', '--now', NOW],
      ['lint', 'fixtures/**/*.{csv,json,ndjson}', '--now', NOW],
    ];
    for (const args of runs) {
      const r = odlint(args);
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(1);
    }
    const after = snapshotTree(fixtures);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [file, state] of before) expect(after.get(file), file).toEqual(state);
  });
});
