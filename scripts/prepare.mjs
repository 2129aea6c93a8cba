#!/usr/bin/env node
// npm's `prepare`: compiles src/ into dist/ (and the JSON Schemas into validators) when odlint is installed from a
// clone or from git. Runs with node alone.
//
// A global install from git (`npm install -g github:…` or `git+file://…`) runs prepare in a temporary clone with npm's
// `global` setting still on, so npm installs no dependency there at all — not the compiler, not the runtime
// dependencies (npm's git-dep preparation inherits it; measured with npm 10 and 11: "tsc: not found", exit 127). In
// that case, and only then, this script installs the clone's own dependencies locally first (from the lock file,
// without scripts), then compiles. npm packs the result (dist/ included) and installs it as any tarball.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function run(command, args) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: false });
  if (r.error) {
    process.stderr.write(`odlint prepare: could not run ${command}: ${r.error.message}\n`);
    process.exit(1);
  }
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(tsc)) {
  process.stderr.write('odlint prepare: the TypeScript compiler is not installed here (a global install from git); installing this clone\'s dependencies to build it.\n');
  // npm_execpath is the npm that runs this script; fall back to npm on the PATH.
  const npm = process.env.npm_execpath;
  const [command, prefix] = npm && npm.endsWith('.js') ? [process.execPath, [npm]] : ['npm', []];
  // The runtime dependencies (their type declarations) and the compiler, at the versions package.json asks for; not
  // the test tools, which would double the time.
  const dev = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies ?? {};
  const compiler = ['typescript', '@types/node'].map((name) => `${name}@${dev[name] ?? 'latest'}`);
  run(command, [...prefix, 'install', '--global=false', '--omit=dev', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', ...compiler]);
}
run(process.execPath, [tsc, '-p', 'tsconfig.json']);
run(process.execPath, [path.join(root, 'scripts', 'build-validators.mjs')]);
run(process.execPath, [path.join(root, 'scripts', 'build-snapshots.mjs')]);
