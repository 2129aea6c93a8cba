#!/usr/bin/env node
// The package's bin: runs the compiled CLI (built by `npm ci` through the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('odlint: the compiled CLI is missing (dist/). Run `npm ci` or `npm run build` in the odlint folder first.\n');
  process.exit(2);
}
await import(entry.href);
