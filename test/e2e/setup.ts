// Precondition of every end-to-end test: the compiled CLI exists. The e2e tests run the real `bin/odlint.js`, which
// imports dist/cli/main.js, so they test whatever `tsc` last built. `npm test` builds first; when running vitest by
// hand, run `npx tsc -p tsconfig.json` before `npx vitest run test/e2e`.
//
// Importing this module (helpers.ts does) throws a clear error when dist/ is missing, so each e2e file fails at once
// with that message instead of with dozens of confusing exit-code mismatches.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(REPO_ROOT, 'bin', 'odlint.js');
export const DIST_MAIN = path.join(REPO_ROOT, 'dist', 'cli', 'main.js');

export class CliNotBuiltError extends Error {
  constructor() {
    super(
      `The compiled CLI is missing: ${path.relative(REPO_ROOT, DIST_MAIN)} does not exist.\n` +
        'The end-to-end tests run the real bin/odlint.js, which needs dist/. Build it first:\n' +
        '  npx tsc -p tsconfig.json && npx vitest run test/e2e\n' +
        '(`npm test` runs tsc before vitest.)',
    );
    this.name = 'CliNotBuiltError';
  }
}

export function assertCliBuilt(): void {
  if (!existsSync(DIST_MAIN)) throw new CliNotBuiltError();
}

/** Source files newer than their compiled counterpart: a hint that dist/ is stale (not an error: editors save often). */
export function staleSources(): string[] {
  const stale: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
        const rel = path.relative(path.join(REPO_ROOT, 'src'), abs);
        const js = path.join(REPO_ROOT, 'dist', rel.replace(/\.ts$/, '.js'));
        if (!existsSync(js) || statSync(js).mtimeMs + 1000 < statSync(abs).mtimeMs) stale.push(path.join('src', rel));
      }
    }
  };
  walk(path.join(REPO_ROOT, 'src'));
  return stale.sort();
}

assertCliBuilt();
