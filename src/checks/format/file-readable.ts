import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder',
  ENOENT: 'it disappeared while being read',
  EMFILE: 'too many open files',
};

/** The file can be opened and decoded. */
const check: Check = {
  id: 'file-readable',
  module: import.meta.url,
  description: 'The data file can be opened and decoded with its declared encoding.',
  docs: {
    rationale: 'A file that cannot be read, or whose declared encoding no decoder knows, cannot be used by anyone.',
    failing: 'A resource with "encoding": "utf-9", or a file without read permission.',
    passing: 'A readable file with "encoding": "utf-8" (or none: UTF-8 is the default).',
  },
  messages: {
    unreadable: 'The file cannot be read: {reason}',
    badDialect: 'The CSV dialect declared in the metadata cannot be used to read the file: {reason}',
    unknownEncoding: "The declared encoding '{encoding}' is not one odlint knows, so the file was not read",
  },
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  createFileVisitor({ resource, report }) {
    return {
      facts(facts) {
        if (facts.readError) {
          report({ messageId: 'unreadable', data: { reason: REASONS[facts.readError] ?? facts.readError }, hint: 'Check the file\'s permissions and that it is a regular file' });
        } else if (facts.dialectError) {
          report({ messageId: 'badDialect', data: { reason: facts.dialectError }, hint: 'Fix the resource\'s "dialect" (delimiter, quoteChar, escapeChar, commentChar)' });
        } else if (facts.encodingUnsupported) {
          report({
            messageId: 'unknownEncoding',
            data: { encoding: String(resource.encoding) },
            hint: "Use a standard encoding name such as 'utf-8' or 'windows-1252' (WHATWG Encoding labels)",
          });
        }
      },
    };
  },
};
export default check;
