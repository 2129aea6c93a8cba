// Baselines for gradual adoption: a committed file of the findings accepted for now, so a lint run reports only new
// ones and says which accepted ones are gone. Findings are matched by fingerprint (src/report/fingerprint.ts), so
// inserting rows above a problem or rewording a message does not bring it back, and counted, so a second copy of an
// accepted problem is new. Format 2 uses those fingerprints; format 1 files (odlint before message ids) are still
// read and matched by their own fingerprints (legacy-fingerprint.ts), and written again as format 2.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compareFindings } from '../report/finding-order.js';
import type { Finding } from '../model/finding.js';
import type { FixedBaselineEntry, ReportBaseline } from '../model/report.js';
import { findingFingerprint } from '../report/fingerprint.js';
import { legacyFingerprint } from './legacy-fingerprint.js';
import { compareText } from '../util/compare-text.js';
import { explainSchemaError, schemaValidator } from '../util/json-schema.js';
import { OdlintError, where } from '../util/errors.js';
import { displayPath, repositoryRoot } from '../util/paths.js';
import { parseSource, SourceSyntaxError, splitPointer, type SourceDocument } from '../util/source.js';
import { writeFileAtomic } from '../util/write-atomic.js';

/** The format written. */
export const BASELINE_VERSION = 2;
/** The formats read: 1 is matched by its legacy fingerprints. */
const READABLE_VERSIONS: readonly number[] = [1, 2];

export interface BaselineEntry {
  /** Relative to the baseline file's folder, with '/' separators, so the baseline works from any working directory. */
  file: string;
  ruleId: string;
  fingerprint: string;
  /** How many findings with this fingerprint are accepted. */
  count: number;
  /** The message of the first such finding in report order, for people reviewing the file. */
  message: string;
  field?: string;
}

export interface Baseline {
  version: 1 | 2;
  tool: 'odlint';
  standard: { id: string; version: string };
  /** Sorted by file, ruleId, fingerprint; one entry per (file, ruleId, fingerprint). */
  entries: BaselineEntry[];
}

export interface BaselineLocation {
  /** The baseline file, absolute or relative to cwd. */
  baselineFile: string;
  /** The working directory the findings' files are relative to. */
  cwd: string;
  /**
   * The absolute folder fingerprints take file paths relative to: the repository root, as for SARIF and GitLab.
   * Default: the repository root above the baseline's folder, else that folder.
   */
  root?: string;
}

export interface AppliedBaseline {
  /** The findings the baseline does not accept, in the order given. */
  findings: Finding[];
  /** How many findings the baseline accepted. */
  suppressed: number;
  /** Sorted by file, ruleId, fingerprint. */
  fixed: FixedBaselineEntry[];
}


export function compareEntries(a: { file: string; ruleId: string; fingerprint: string }, b: { file: string; ruleId: string; fingerprint: string }): number {
  return compareText(a.file, b.file) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint);
}

function baselineFolder({ baselineFile, cwd }: BaselineLocation): string {
  return path.dirname(path.resolve(cwd, baselineFile));
}

/** A finding's file (relative to cwd) as the baseline stores it: relative to the baseline's folder, '/' separators. */
function toBaselinePath(file: string, folder: string, cwd: string): string {
  const rel = path.relative(folder, path.resolve(cwd, file));
  return rel.split(path.sep).join('/');
}

function entryKey(file: string, ruleId: string, fingerprint: string): string {
  return `${file}\u0000${ruleId}\u0000${fingerprint}`;
}

function fingerprintRoot(options: BaselineLocation, folder: string): string {
  return options.root ?? repositoryRoot(folder) ?? folder;
}

/** A finding's file relative to the baseline's folder and to the fingerprint root, worked out once per file. */
type PathsOf = (file: string) => { file: string; rootFile: string };

function pathCache(folder: string, root: string, cwd: string): PathsOf {
  // A million findings usually name a handful of files: resolving each finding's path anew took a third of the time.
  const cache = new Map<string, { file: string; rootFile: string }>();
  return (file) => {
    let paths = cache.get(file);
    if (!paths) {
      paths = { file: toBaselinePath(file, folder, cwd), rootFile: toBaselinePath(file, root, cwd) };
      cache.set(file, paths);
    }
    return paths;
  };
}

/**
 * The finding's file as the baseline stores it (relative to the baseline's folder) and its fingerprint: format 2's
 * with the file relative to the fingerprint root, format 1's with it relative to the baseline's folder. Neither
 * depends on cwd.
 */
function baselineIdentity(f: Finding, version: Baseline['version'], pathsOf: PathsOf): { file: string; fingerprint: string; key: string } {
  const { file, rootFile } = pathsOf(f.file);
  const fingerprint = version === 1 ? legacyFingerprint({ ...f, file }) : findingFingerprint({ ...f, file: rootFile });
  return { file, fingerprint, key: entryKey(file, f.ruleId, fingerprint) };
}

/** A baseline accepting exactly these findings; each entry's example message is its first finding in report order. */
export function createBaseline(findings: readonly Finding[], options: BaselineLocation & { standard: { id: string; version: string } }): Baseline {
  const folder = baselineFolder(options);
  const root = fingerprintRoot(options, folder);
  const pathsOf = pathCache(folder, root, options.cwd);
  const byKey = new Map<string, BaselineEntry>();
  // Sorted here too, so the example messages, and so the bytes, do not depend on the order the caller passes.
  for (const f of [...findings].sort(compareFindings)) {
    const { file, fingerprint, key } = baselineIdentity(f, BASELINE_VERSION, pathsOf);
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { file, ruleId: f.ruleId, fingerprint, count: 1, message: f.message, ...(f.field !== undefined ? { field: f.field } : {}) });
  }
  return {
    version: BASELINE_VERSION,
    tool: 'odlint',
    standard: { id: options.standard.id, version: options.standard.version },
    entries: [...byKey.values()].sort(compareEntries),
  };
}

/** The file's bytes: fixed key order, sorted entries, two-space indent, final newline; same findings, same bytes. */
export function serialiseBaseline(b: Baseline): string {
  const ordered = {
    version: b.version,
    tool: b.tool,
    standard: { id: b.standard.id, version: b.standard.version },
    entries: [...b.entries].sort(compareEntries).map((e) => ({
      file: e.file,
      ruleId: e.ruleId,
      fingerprint: e.fingerprint,
      count: e.count,
      message: e.message,
      ...(e.field !== undefined ? { field: e.field } : {}),
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * Removes the findings the baseline accepts. Per (file, ruleId, fingerprint) it accepts up to the entry's count: the
 * first ones in the order given, so when more occur than are accepted, the last in report order are reported as new.
 * Entries with fewer occurrences than their count are returned as fixed, by the difference.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, options: BaselineLocation): AppliedBaseline {
  const folder = baselineFolder(options);
  const root = fingerprintRoot(options, folder);
  const remaining = new Map<string, { entry: BaselineEntry; left: number }>();
  for (const entry of baseline.entries) {
    const key = entryKey(entry.file, entry.ruleId, entry.fingerprint);
    const known = remaining.get(key);
    // A hand-merged baseline may list an entry twice: both counts are accepted.
    if (known) known.left += entry.count;
    else remaining.set(key, { entry, left: entry.count });
  }
  const kept: Finding[] = [];
  let suppressed = 0;
  const pathsOf = pathCache(folder, root, options.cwd);
  for (const f of findings) {
    const accepted = remaining.get(baselineIdentity(f, baseline.version, pathsOf).key);
    if (accepted && accepted.left > 0) {
      accepted.left--;
      suppressed++;
    } else {
      kept.push(f);
    }
  }
  const fixed: FixedBaselineEntry[] = [];
  for (const { entry, left } of remaining.values()) {
    if (left === 0) continue;
    const file = displayPath(path.resolve(folder, entry.file), options.cwd);
    fixed.push({ file, ruleId: entry.ruleId, fingerprint: entry.fingerprint, message: entry.message, count: left });
  }
  return { findings: kept, suppressed, fixed: fixed.sort(compareEntries) };
}

/** The report's `baseline` block for an applied baseline. */
export function toReportBaseline(applied: AppliedBaseline, { baselineFile, cwd }: BaselineLocation): ReportBaseline {
  return { file: displayPath(path.resolve(cwd, baselineFile), cwd), suppressed: applied.suppressed, fixed: applied.fixed };
}

/** "entry 3, property 'count'" rather than a JSON pointer. */
function describePointer(pointer: string): string {
  const parts = splitPointer(pointer);
  if (parts.length === 0) return 'the baseline';
  if (parts[0] === 'entries' && parts.length >= 2) {
    const rest = parts.slice(2).join('.');
    return `entry ${Number(parts[1]) + 1}${rest ? `, property '${rest}',` : ''}`;
  }
  return `property '${parts.join('.')}'`;
}

/**
 * Reads and validates a baseline file (a path absolute or relative to cwd). Every problem, a missing file included,
 * is an OdlintError naming the file, and the line where there is one.
 */
export function readBaseline(file: string, cwd: string): Baseline {
  const abs = path.resolve(cwd, file);
  const shown = displayPath(abs, cwd);
  const writeAgain = `write it again with --baseline-write ${shown}`;
  const rewrite = `Fix it, or ${writeAgain}.`;
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new OdlintError(`${shown}: the baseline file does not exist.`, `Write one with --baseline-write ${shown}, and commit it.`);
    }
    if (code === 'EISDIR') {
      throw new OdlintError(`${shown}: is a folder, not a baseline file.`, `Give the baseline's JSON file, or write one with --baseline-write ${shown}/.odlint-baseline.json.`);
    }
    throw new OdlintError(`${shown}: cannot read the baseline file (${code ?? (err as Error).message}).`, 'Check that the file is readable by the user running odlint.');
  }
  let doc: SourceDocument;
  try {
    // Editors on Windows may add a byte-order mark, which JSON.parse rejects.
    doc = parseSource(text.replace(/^\uFEFF/, ''), 'json');
  } catch (err) {
    if (err instanceof SourceSyntaxError) {
      throw new OdlintError(`${where(shown, err.line, err.column)}: the baseline file is not valid JSON: ${err.message}.`, `Fix it (a merge conflict?), or ${writeAgain}.`);
    }
    throw err;
  }
  const value = doc.value as Record<string, unknown> | null;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value.tool !== 'odlint') {
    const pos = doc.locate(typeof value === 'object' && value !== null && 'tool' in value ? '/tool' : '');
    throw new OdlintError(`${where(shown, pos?.line, pos?.column)}: not an odlint baseline (expected an object with "tool": "odlint").`, `Check the path, or ${writeAgain}.`);
  }
  if (typeof value.version !== 'number' || !READABLE_VERSIONS.includes(value.version)) {
    const pos = doc.locate('/version');
    const newer = typeof value.version === 'number' && value.version > BASELINE_VERSION;
    throw new OdlintError(
      `${where(shown, pos?.line, pos?.column)}: the baseline has format version ${JSON.stringify(value.version ?? null)}; this odlint reads versions ${READABLE_VERSIONS.join(' and ')}.`,
      newer ? `Upgrade odlint, or ${writeAgain}.` : `Write it again with --baseline-write ${shown}.`,
    );
  }
  const validate = schemaValidator('baseline.schema.json');
  if (!validate(value)) throw explainSchemaError(shown, doc, validate.errors ?? [], describePointer, rewrite);
  const baseline = value as unknown as Baseline;
  return {
    version: baseline.version,
    tool: 'odlint',
    standard: { id: baseline.standard.id, version: baseline.standard.version },
    entries: [...baseline.entries].sort(compareEntries),
  };
}

/** Writes the baseline file atomically (readers never see half a file), as serialiseBaseline gives it. */
export function writeBaseline(file: string, cwd: string, baseline: Baseline): void {
  try {
    writeFileAtomic(path.resolve(cwd, file), serialiseBaseline(baseline));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new OdlintError(`${displayPath(path.resolve(cwd, file), cwd)}: cannot write the baseline file (${code}).`, 'Give a file path in a folder you can write to.');
  }
}
