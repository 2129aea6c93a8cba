// The bundled standard's YAML files as the build parsed them (scripts/build-snapshots.mjs → dist/snapshots/): their
// values and the positions loading a standard asks for (each entry down to two levels), so that a run does not parse
// YAML with positions at start-up. A file whose text differs from the one snapshotted (edited since the build, or a
// standard of one's own) is parsed as before, and a position the snapshot lacks parses the text then.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from './package-root.js';
import { sha256 } from './sha256.js';
import { parseSource, type Position, type SourceDocument } from './source.js';

/** What the build writes per file. Positions are [line, column]. */
export interface SourceSnapshot {
  sha256: string;
  value: unknown;
  positions: Record<string, [number, number]>;
  keys: Record<string, [number, number]>;
}

/** Pointers of the snapshot: the root, each member, and each member's members. */
export function snapshotPointers(value: unknown, depth = 2, prefix = ''): string[] {
  const out = [prefix];
  if (depth === 0 || value === null || typeof value !== 'object') return out;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [k, v] of entries) out.push(...snapshotPointers(v, depth - 1, `${prefix}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  return out;
}

/** The file in dist/snapshots/ for a YAML file of the package's rules/ folder, or undefined for any other file. */
export function snapshotFileOf(file: string): string | undefined {
  const relative = path.relative(path.join(PACKAGE_ROOT, 'rules'), file);
  if (relative.startsWith('..') || path.isAbsolute(relative) || !/\.ya?ml$/.test(relative)) return undefined;
  return path.join(PACKAGE_ROOT, 'dist', 'snapshots', `${relative}.json`);
}

/** The document of a bundled YAML file from its snapshot, when there is one for this very text. */
export function snapshotDocument(file: string, text: string): SourceDocument | undefined {
  const snapshotFile = snapshotFileOf(file);
  if (!snapshotFile) return undefined;
  let snapshot: SourceSnapshot;
  try {
    snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as SourceSnapshot;
  } catch {
    return undefined; // not built (a run from the sources), or unreadable: parse the text
  }
  if (snapshot.sha256 !== sha256(text)) return undefined;
  let parsed: SourceDocument | undefined;
  const full = () => (parsed ??= parseSource(text, 'yaml'));
  const at = (p: [number, number] | undefined): Position | undefined => (p ? { line: p[0], column: p[1] } : undefined);
  return {
    value: snapshot.value,
    locate: (pointer) => (Object.hasOwn(snapshot.positions, pointer) ? at(snapshot.positions[pointer]) : full().locate(pointer)),
    locateKey: (pointer) => (Object.hasOwn(snapshot.keys, pointer) ? at(snapshot.keys[pointer]) : full().locateKey(pointer)),
  };
}
