import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder',
  ENOENT: 'it disappeared while being read',
  EMFILE: 'too many open files',
};

/** What a gzip failure means, from zlib's message. */
function gzipProblem(kind: 'corrupt' | 'truncated', message: string | undefined): string {
  if (kind === 'truncated') return 'the compressed data ends too early: the file is truncated, as when an upload or download was cut short';
  if (message === 'incorrect data check' || message === 'incorrect length check') return `the decompressed data does not match the file's checksum (${message}): the file is damaged`;
  if (message === 'incorrect header check') return 'bytes that are not gzip data follow the compressed data, or stand in its place (incorrect header check)';
  return `the compressed data is damaged (${message ?? 'zlib error'})`;
}

/** The file can be opened and decoded. */
const check: Check = {
  id: 'file-readable',
  hints: {
    recompress: 'Compress the original file again (gzip -k file) and publish it once more; `gzip -t file` tests a compressed file',
    permissions: "Check the file's permissions and that it is a regular file",
    fixDialect: 'Fix the resource\'s "dialect" (delimiter, quoteChar, escapeChar, commentChar)',
    encodingName: "Use a standard encoding name such as 'utf-8' or 'windows-1252' (WHATWG Encoding labels)",
  },
  module: import.meta.url,
  description: 'The data file can be opened, decompressed when it is gzip-compressed, and decoded with its declared encoding.',
  docs: {
    rationale: 'A file that cannot be read, whose compressed data is damaged or cut short, or whose declared encoding no decoder knows, cannot be used by anyone.',
    failing: 'A resource with "encoding": "utf-9", a file without read permission, or a spend.csv.gz cut short by a failed upload.',
    passing: 'A readable file with "encoding": "utf-8" (or none: UTF-8 is the default); a complete spend.csv.gz.',
  },
  messages: {
    unreadable: 'The file cannot be read: {reason}',
    badDialect: 'The CSV dialect declared in the metadata cannot be used to read the file: {reason}',
    unknownEncoding: "The declared encoding '{encoding}' is not one odlint knows, so the file was not read",
    badGzip: 'The gzip-compressed file cannot be decompressed to the end: {problem}. {line, plural, one {# line of text was read before that} other {# lines of text were read before that}}',
  },
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson', 'geojson', 'topojson'],
  createFileVisitor({ resource, report }) {
    return {
      facts(facts) {
        const gzip = facts.compressionProblem;
        if (gzip && gzip.kind !== 'notCompressed') {
          report({
            line: gzip.line || undefined,
            messageId: 'badGzip',
            data: { problem: gzipProblem(gzip.kind, gzip.message), line: gzip.line ?? 0 },
            hint: { id: 'recompress' },
          });
        }
        if (facts.readError) {
          report({ messageId: 'unreadable', data: { reason: REASONS[facts.readError] ?? facts.readError }, hint: { id: 'permissions' } });
        } else if (facts.dialectError) {
          report({ messageId: 'badDialect', data: { reason: facts.dialectError }, hint: { id: 'fixDialect' } });
        } else if (facts.encodingUnsupported) {
          report({
            messageId: 'unknownEncoding',
            data: { encoding: String(resource.encoding) },
            hint: { id: 'encodingName' },
          });
        }
      },
    };
  },
};
export default check;
