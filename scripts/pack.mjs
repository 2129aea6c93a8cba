#!/usr/bin/env node
// npm pack and publish: `prepack` makes dist/ match src/ — it removes what no source compiles to any more (no stale
// file of an older build is shipped) and builds when a source is newer than its output, so packing right after
// `prepare` built (pre-commit, a git install) does not compile twice — and takes the `prepare` script out of the
// packed package.json; `postpack` puts it back. An installed tarball has dist/ and needs
// no build, and npm 11 would otherwise warn on every install that the package "has install scripts not yet covered by
// allowScripts" for a prepare script it never runs there. (pinst does the same for postinstall.)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const manifest = path.join(root, 'package.json');
const kept = path.join(root, '.package.json.before-pack');

/** Every file below a folder, relative to it. */
function filesBelow(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesBelow(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

/** Removes outputs whose source is gone; says whether a build is needed (no output, or a source newer than its own). */
function pruneDist() {
  const src = path.join(root, 'src');
  const dist = path.join(root, 'dist');
  let stale = !existsSync(path.join(dist, 'cli', 'main.js')) || !existsSync(path.join(dist, 'validators', 'options.cjs')) || !existsSync(path.join(dist, 'snapshots'));
  for (const out of filesBelow(dist)) {
    // Compiled from schemas/ and rules/ (scripts/build-validators.mjs, build-snapshots.mjs), not from src/.
    if (out.startsWith('validators/') || out.startsWith('snapshots/')) continue;
    const source = out.replace(/(\.d)?\.ts$|\.js(\.map)?$|\.d\.ts\.map$/, '');
    const ts = path.join(src, `${source}.ts`);
    if (!existsSync(ts)) rmSync(path.join(dist, out));
    else if (out.endsWith('.js') && statSync(ts).mtimeMs > statSync(path.join(dist, out)).mtimeMs) stale = true;
  }
  for (const ts of filesBelow(src)) if (ts.endsWith('.ts') && !existsSync(path.join(dist, ts.replace(/\.ts$/, '.js')))) stale = true;
  return stale;
}

if (process.argv[2] === 'before') {
  if (pruneDist()) {
    const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'prepare.mjs')], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  if (!existsSync(kept)) writeFileSync(kept, readFileSync(manifest));
  const pkg = JSON.parse(readFileSync(kept, 'utf8'));
  delete pkg.scripts.prepare;
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (process.argv[2] === 'after') {
  if (existsSync(kept)) renameSync(kept, manifest);
} else {
  process.stderr.write('usage: node scripts/pack.mjs before|after\n');
  process.exit(2);
}
