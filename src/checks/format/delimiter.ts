import type { Check, HintRef } from '../../model/check.js';

const NAMES: Record<string, string> = { ',': "',' (comma)", ';': "';' (semicolon)", '\t': 'tab', '|': "'|' (pipe)" };
const name = (d: string) => NAMES[d] ?? `'${d}'`;
/** The names of NAMES as words a catalogue translates ('name.comma'). */
const NAME_IDS: Record<string, string> = { ',': 'name.comma', ';': 'name.semicolon', '\t': 'name.tab', '|': 'name.pipe' };
const nameWords = (d: string): HintRef | string => (NAME_IDS[d] ? { id: NAME_IDS[d] } : name(d));
/** Report.words for placeholders whose values are delimiters with a name. */
function words(delimiters: Record<string, string>): Record<string, HintRef> {
  return Object.fromEntries(Object.entries(delimiters).flatMap(([placeholder, d]) => (NAME_IDS[d] ? [[placeholder, { id: NAME_IDS[d] }]] : [])));
}

/** Cells are separated by the delimiter the standard expects, and by the one the metadata declares. */
const check: Check = {
  id: 'delimiter',
  hints: {
    save: 'Save the file with {expected} as the delimiter',
    saveOrDeclare: 'Save the file with {expected} as the delimiter, or declare "dialect": \\{"delimiter": "{delimiter}"\\}',
    'name.comma': "',' (comma)",
    'name.semicolon': "';' (semicolon)",
    'name.tab': 'tab',
    'name.pipe': "'|' (pipe)",
  },
  module: import.meta.url,
  description: 'Cells are separated by commas.',
  docs: {
    rationale: 'RFC 4180 and the UK tabular data standard define CSV with commas. Semicolon files (common from spreadsheets in locales with a decimal comma) read as a single column in most tools unless a dialect declares them.',
    failing: 'A file "code;name;amount" with no dialect in its metadata.',
    passing: '"code,name,amount".',
  },
  messages: {
    declaredNotUsed: 'The metadata declares {declared} as the delimiter but the header is separated by {found}; the file was read with {found}',
    undeclared: 'The file is separated by {found}, not {expected}, and its metadata declares no dialect; it was read with {found}',
    notExpected: 'The file uses {found} as its delimiter; this standard requires {expected}',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      expected: { type: 'string', minLength: 1, default: ',', description: 'The delimiter the standard requires.' },
      allowDeclared: { type: 'boolean', default: false, description: 'Accept another delimiter when the dialect declares it.' },
    },
  },
  formats: ['csv'],
  createFileVisitor({ resource, options, report }) {
    return {
      facts(facts) {
        if (!facts.delimiter) return;
        const want = options.expected as string;
        const expected = name(want);
        const save = { expected: nameWords(want) };
        if (facts.suggestedDelimiter) {
          const found = name(facts.suggestedDelimiter);
          const hint: HintRef = options.allowDeclared ? { id: 'saveOrDeclare', data: { ...save, delimiter: facts.suggestedDelimiter } } : { id: 'save', data: save };
          if (facts.delimiterDeclared) {
            const declared = resource.dialect?.delimiter ?? ',';
            report({ line: 1, messageId: 'declaredNotUsed', data: { declared: name(declared), found }, words: words({ declared, found: facts.suggestedDelimiter }), hint });
          } else {
            report({ line: 1, messageId: 'undeclared', data: { found, expected }, words: words({ found: facts.suggestedDelimiter, expected: want }), hint });
          }
          return;
        }
        if (facts.delimiter !== options.expected && !(options.allowDeclared && facts.delimiterDeclared)) {
          report({ line: 1, messageId: 'notExpected', data: { found: name(facts.delimiter), expected }, words: words({ found: facts.delimiter, expected: want }), hint: { id: 'save', data: save } });
        }
      },
    };
  },
};
export default check;
