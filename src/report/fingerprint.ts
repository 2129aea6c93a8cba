// A finding's fingerprint: what is wrong, independent of where in the file it is and of how the message is worded.
// Baselines match findings by it; SARIF partialFingerprints and GitLab Code Quality fingerprints are it.
//
// What is hashed: ruleId, the file relative to one root (the repository root, for baselines, SARIF and GitLab alike),
// field, messageId, and the string values of the message's data — the values and names that say what is wrong.
// Left out:
// - line, column, record, severity, dataset, hint, and the message text itself: rewording or translating a message
//   never re-opens an accepted finding;
// - numbers in data: positions ("already appears on line {firstLine}"), counts and spans of days, which change when
//   rows are inserted, data is appended or a day passes although the problem is the same;
// - placeholders whose string values change while the problem stays the same (VOLATILE_PLACEHOLDERS): text relative
//   to the reference date, paths relative to the working folder, and evidence picked from the rows.
// Findings that differ only by position share a fingerprint (the same bad value on two rows): a baseline counts them.
// Changing what is hashed invalidates committed baselines and needs a new baseline format version.
import { createHash } from 'node:crypto';
import type { Finding } from '../model/finding.js';

/** 16 hex digits (64 bits of sha256): collisions are negligible among the findings of one file and rule. */
const FINGERPRINT_HEX_DIGITS = 16;

/** String placeholders left out of fingerprints. A check names its data with these names when they apply. */
export const VOLATILE_PLACEHOLDERS: ReadonlySet<string> = new Set([
  // relative to the reference date: the date itself, ages and delays written out
  'now', 'age', 'late',
  // paths relative to the working folder (the finding's own file is hashed relative to the repository root instead)
  'file', 'firstFile', 'exampleFile', 'metadataFile', 'folder', 'otherFolder', 'shellPath',
  // an example picked from the rows, which changes as rows are added or moved
  'example',
  // a limit the run was given (--max-record-bytes), not a property of the data
  'maxSize',
]);

/** The data that identifies the finding, in key order. */
function stableData(data: Finding['data']): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (!data) return out;
  // A plain loop: this runs once per finding, a million times for a baseline of messy data.
  for (const k of Object.keys(data).sort()) {
    const v = data[k];
    if (typeof v === 'string' && !VOLATILE_PLACEHOLDERS.has(k)) out.push([k, v]);
  }
  return out;
}

/** The fingerprint of a finding whose `file` is relative to the fingerprint root. */
export function findingFingerprint(f: Finding): string {
  const identity = JSON.stringify([f.ruleId, f.file, f.field ?? null, f.messageId, stableData(f.data)]);
  return createHash('sha256').update(identity).digest('hex').slice(0, FINGERPRINT_HEX_DIGITS);
}
