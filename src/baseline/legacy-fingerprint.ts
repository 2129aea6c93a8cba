// The fingerprints of baseline format 1 (odlint before message ids): a hash of ruleId, file, field and the message
// with positions, counts and paths outside quotes normalised away. Kept only to honour baselines written then; new
// baselines, SARIF and GitLab use report/fingerprint.ts, which hashes the message id and data instead of prose.
//
// A finding's fingerprint: what is wrong, independent of where in the file it is. Baselines match findings by it,
// and SARIF partialFingerprints and GitLab Code Quality fingerprints reuse it.
//
// Guarantees:
// - Stable across row moves: line, column, record, severity, dataset and hint are not part of it, and numbers in the
//   message outside quotes are replaced by '#'. In odlint's messages those numbers are positions ("already appears
//   on line 19", "Record 14 is an array", "at byte 573", "Column 4 has no name"), counts ("3 line(s) end with LF",
//   "3 in all") or dates and spans relative to --now ("255 days late at 2026-11-27"): they change when rows are
//   inserted, when data is appended or when a day passes, although the problem is the same.
// - Independent of the working directory, given the same `file`: paths in the message outside quotes (messages name
//   other files relative to the working directory) are reduced to their last segment.
// - Different values give different fingerprints: the text inside quotes ('1 234', 'visits', "near …"), which is how
//   messages show the offending values and names, is kept verbatim, as are ruleId, file and field.
// - Not unique: findings that differ only by position (the same bad value on two rows of a file) share one; a
//   baseline therefore counts findings per fingerprint.
// - `file` is hashed as given: pass a finding whose file is relative to a fixed root (the baseline rebases it to
//   its own folder) to get the same fingerprint from any working directory.
// - Changing what is hashed or how messages are normalised changes fingerprints, and so invalidates committed
//   baselines: that needs a new baseline format version.
import { createHash } from 'node:crypto';
import type { Finding } from '../model/finding.js';

/** 16 hex digits (64 bits of sha256): collisions are negligible among the findings of one file and rule. */
const FINGERPRINT_HEX_DIGITS = 16;

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** A path outside quotes: two or more segments joined by '/', e.g. fixtures/education/schools.csv or ../land-register. */
const PATH_TOKEN = /(?:\.{1,2}|[\p{L}\p{N}_][\p{L}\p{N}_.@+~-]*)?(?:\/[\p{L}\p{N}_.@+~-]*)+/gu;
/** A number on its own (not the 9 of 0xE9): integers, decimals, the parts of dates and times. */
const NUMBER_TOKEN = /(?<![\p{L}\p{N}_])\p{N}+(?:\.\p{N}+)*(?![\p{L}\p{N}_])/gu;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

/**
 * Splits a message into quoted and unquoted parts. A quote opens where it does not follow a letter or digit (so the
 * apostrophe of "package's" opens nothing) and closes at the same quote character not followed by one (so a value
 * like 'O'Brien' stays whole).
 */
function splitQuoted(message: string): Array<{ text: string; quoted: boolean }> {
  const parts: Array<{ text: string; quoted: boolean }> = [];
  let start = 0;
  let i = 0;
  while (i < message.length) {
    const q = message[i]!;
    if ((q === "'" || q === '"') && !isWordChar(message[i - 1])) {
      let end = i + 1;
      while (end < message.length && !(message[end] === q && !isWordChar(message[end + 1]))) end++;
      if (end < message.length) {
        if (i > start) parts.push({ text: message.slice(start, i), quoted: false });
        parts.push({ text: message.slice(i, end + 1), quoted: true });
        start = i = end + 1;
        continue;
      }
    }
    i++;
  }
  if (start < message.length) parts.push({ text: message.slice(start), quoted: false });
  return parts;
}

function lastSegment(pathToken: string): string {
  const segments = pathToken.split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  return segments[segments.length - 1] ?? pathToken;
}

/** The message with positions, counts, dates and working-directory paths outside quotes replaced (see above). */
export function normaliseMessage(message: string): string {
  return splitQuoted(message)
    .map((p) => (p.quoted ? p.text : p.text.replace(PATH_TOKEN, lastSegment).replace(NUMBER_TOKEN, '#')))
    .join('');
}

/**
 * Messages reworded since format 1, as it wrote them (by rule and message id): a format-1 fingerprint hashes the
 * words a finding had then, so a baseline of that format still accepts it.
 */
const FORMAT_1_WORDING: Readonly<Record<string, (data: Readonly<Record<string, string | number>>) => string>> = {
  'format/quoting textAfterClosingQuote': (d) => `A quoted field is closed by ${d.quote} but more text follows before the next delimiter; the row could not be read and was skipped`,
  'format/quoting quoteNotClosed': (d) => `A quoted field opened with ${d.quote} on this line is never closed, so the rest of the file could not be read`,
  'format/quoting unrecoverable': (d) => `After the quoting error above, the parser could not find where the next row starts: lines ${d.firstLine}–${d.lastLine} were not read`,
};

/** The format-1 fingerprint: 16 hex digits of ruleId, file, field and the normalised message. */
export function legacyFingerprint(f: Finding): string {
  const reworded = f.messageId === undefined ? undefined : FORMAT_1_WORDING[`${f.ruleId} ${f.messageId}`];
  const message = reworded && f.data ? reworded(f.data) : f.message;
  const identity = JSON.stringify([f.ruleId, f.file, f.field ?? null, normaliseMessage(message)]);
  return createHash('sha256').update(identity).digest('hex').slice(0, FINGERPRINT_HEX_DIGITS);
}
