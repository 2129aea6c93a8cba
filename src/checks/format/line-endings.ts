import type { Check } from '../../model/check.js';
import type { LineEnding } from '../../model/facts.js';

const NAMES: Record<LineEnding, string> = { CRLF: 'CRLF (Windows)', LF: 'LF (Unix)', CR: 'CR (old Mac)' };

/** One kind of line ending throughout the file. */
const check: Check = {
  id: 'line-endings',
  description: 'Rows end with one kind of line break throughout a file (CRLF or LF, not mixed).',
  docs: {
    rationale: 'RFC 4180 uses CRLF and most tools accept LF, but a file mixing them (usually from concatenating exports) makes some parsers merge or split rows.',
    failing: 'Rows 1–4 ending in CRLF and row 5 ending in LF.',
    passing: 'Every row ending in LF (or every row in CRLF).',
  },
  messages: {
    notAllowed: 'Line {firstLine} ends with {ending}, which this standard does not accept ({count} such line(s))',
    mixed: 'Mixed line endings: {count} line(s) end with {ending} (first on line {firstLine}) while {mainCount} end with {mainEnding}',
  },
  hints: {
    convert: 'Convert the file to LF or CRLF line endings',
    normalise: 'Normalise the file to one kind of line ending, e.g. with dos2unix or your editor',
    ...Object.fromEntries(Object.entries(NAMES).map(([kind, name]) => [`ending.${kind}`, name])),
  },
  module: import.meta.url,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { allowed: { type: 'array', items: { enum: ['CRLF', 'LF', 'CR'] }, default: ['CRLF', 'LF'], uniqueItems: true } },
  },
  formats: ['csv'],
  createFileVisitor({ options, report }) {
    return {
      facts(facts) {
        const seen = (Object.entries(facts.lineEndings) as [LineEnding, { count: number; firstLine: number }][]).sort((a, b) => b[1].count - a[1].count);
        const allowed = new Set(options.allowed as LineEnding[]);
        for (const [kind, info] of seen) {
          if (!allowed.has(kind)) report({ messageId: 'notAllowed', data: { firstLine: info.firstLine, ending: NAMES[kind], count: info.count }, words: { ending: { id: `ending.${kind}` } }, line: info.firstLine, hint: { id: 'convert' } });
        }
        if (seen.length < 2) return;
        const [main, ...others] = seen;
        for (const [kind, info] of others) {
          report({
            messageId: 'mixed',
            data: { count: info.count, ending: NAMES[kind], firstLine: info.firstLine, mainCount: main![1].count, mainEnding: NAMES[main![0]] },
            words: { ending: { id: `ending.${kind}` }, mainEnding: { id: `ending.${main![0]}` } },
            line: info.firstLine,
            hint: { id: 'normalise' },
          });
        }
      },
    };
  },
};
export default check;
