import type { Check } from '../../model/check.js';

const NAMES: Record<string, string> = { ',': "',' (comma)", ';': "';' (semicolon)", '\t': 'tab', '|': "'|' (pipe)" };
const name = (d: string) => NAMES[d] ?? `'${d}'`;

/** Cells are separated by the delimiter the standard expects, and by the one the metadata declares. */
const check: Check = {
  id: 'delimiter',
  category: 'format',
  description: 'Cells are separated by commas (or the delimiter the standard sets), and the file uses the delimiter its metadata declares.',
  docs: {
    rationale: 'RFC 4180 and the UK tabular data standard define CSV with commas. Semicolon files (common from spreadsheets in locales with a decimal comma) read as a single column in most tools unless a dialect declares them.',
    failing: 'A file "code;name;amount" with no dialect in its metadata.',
    passing: '"code,name,amount".',
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
        if (facts.suggestedDelimiter) {
          report({
            line: 1,
            message: facts.delimiterDeclared
              ? `The metadata declares ${name(resource.dialect?.delimiter ?? ',')} as the delimiter but the header is separated by ${name(facts.suggestedDelimiter)}; the file was read with ${name(facts.suggestedDelimiter)}`
              : `The file is separated by ${name(facts.suggestedDelimiter)}, not ${name(options.expected as string)}, and its metadata declares no dialect; it was read with ${name(facts.suggestedDelimiter)}`,
            hint: `Save the file with ${name(options.expected as string)} as the delimiter${options.allowDeclared ? `, or declare "dialect": {"delimiter": "${facts.suggestedDelimiter}"}` : ''}`,
          });
          return;
        }
        if (facts.delimiter !== options.expected && !(options.allowDeclared && facts.delimiterDeclared)) {
          report({ line: 1, message: `The file uses ${name(facts.delimiter)} as its delimiter; this standard requires ${name(options.expected as string)}`, hint: `Save the file with ${name(options.expected as string)} as the delimiter` });
        }
      },
    };
  },
};
export default check;
