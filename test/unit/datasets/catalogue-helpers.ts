// Writes one metadata file into a temp folder (with any files beside it) and reads it as discovery would.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { loadMetadataFile } from '../../../src/datasets/metadata-file.js';
import type { Dataset } from '../../../src/model/dataset.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The datasets a metadata file describes; `text` is written as given (objects as indented JSON). */
export function readMetadata(name: string, content: unknown, beside: Record<string, string> = {}): { datasets: Dataset[]; dir: string; text: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'odlint-catalogue-'));
  dirs.push(dir);
  const text = typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`;
  writeFileSync(path.join(dir, name), text);
  for (const [rel, body] of Object.entries(beside)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), body);
  }
  return { datasets: loadMetadataFile(path.join(dir, name)), dir, text };
}

/** The 1-based line of the first line of `text` that contains `needle` (for pinning positions). */
export function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split('\n');
  const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
  if (i < 0) throw new Error(`'${needle}' is not in the text`);
  return i + 1;
}
