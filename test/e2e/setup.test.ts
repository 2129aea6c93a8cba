// The e2e precondition as a visible test: dist/ is built (setup.ts throws with instructions when it is not), and the
// bin runs at all. A stale dist/ (a source newer than its compiled file) is only reported, because editors save often.
import { describe, expect, it } from 'vitest';
import { assertCliBuilt, DIST_MAIN, staleSources } from './setup.js';
import { odlint } from './helpers.js';
import { existsSync } from 'node:fs';

describe('e2e setup', () => {
  it('dist/cli/main.js exists (run `npx tsc -p tsconfig.json` first)', () => {
    expect(assertCliBuilt).not.toThrow();
    expect(existsSync(DIST_MAIN)).toBe(true);
  });

  it('the bin starts and exits normally', () => {
    const r = odlint(['--version']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('reports (without failing) sources newer than dist/', () => {
    const stale = staleSources();
    if (stale.length) console.warn(`dist/ may be stale; rebuild with \`npx tsc -p tsconfig.json\`. Newer sources: ${stale.join(', ')}`);
    expect(Array.isArray(stale)).toBe(true);
  });
});
