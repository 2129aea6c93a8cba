#!/usr/bin/env node
// npm pack and publish: `prepack` builds dist/ afresh (no stale file of an older build is shipped) and takes the
// `prepare` script out of the packed package.json; `postpack` puts it back. An installed tarball has dist/ and needs
// no build, and npm 11 would otherwise warn on every install that the package "has install scripts not yet covered by
// allowScripts" for a prepare script it never runs there. (pinst does the same for postinstall.)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const manifest = path.join(root, 'package.json');
const kept = path.join(root, '.package.json.before-pack');

if (process.argv[2] === 'before') {
  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'prepare.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
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
