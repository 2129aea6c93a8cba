#!/usr/bin/env node
// Parses the bundled standard's YAML files (rules/**/*.yaml) at build time into dist/snapshots/: each file's value and
// the positions loading the standard asks for, with a hash of its text (util/source-snapshot.ts reads them). A run
// then reads JSON instead of parsing YAML with positions at start-up. Runs after tsc, with build-validators.mjs.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');
const load = (file) => import(pathToFileURL(path.join(dist, file)).href);
const { parseSource } = await load('util/source.js');
const { snapshotFileOf, snapshotPointers } = await load('util/source-snapshot.js');
const { sha256 } = await load('util/sha256.js');

rmSync(path.join(dist, 'snapshots'), { recursive: true, force: true });
let count = 0;
for (const entry of readdirSync(path.join(root, 'rules'), { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
  const file = path.join(entry.parentPath ?? entry.path, entry.name);
  const text = readFileSync(file, 'utf8');
  let doc;
  try {
    doc = parseSource(text, 'yaml');
  } catch {
    continue; // not valid YAML: a run parses it and reports where
  }
  const positions = {};
  const keys = {};
  for (const pointer of snapshotPointers(doc.value)) {
    const at = doc.locate(pointer);
    if (at) positions[pointer] = [at.line, at.column];
    const key = pointer === '' ? undefined : doc.locateKey(pointer);
    if (key) keys[pointer] = [key.line, key.column];
  }
  const out = snapshotFileOf(file);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ sha256: sha256(text), value: doc.value, positions, keys }));
  count++;
}
process.stdout.write(`odlint build: ${count} YAML files of rules/ snapshotted into dist/snapshots/\n`);
