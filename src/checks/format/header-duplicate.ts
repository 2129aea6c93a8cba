import type { Check } from '../../model/check.js';
import { show } from '../text.js';

/** Column names are unique. */
const check: Check = {
  id: 'header-duplicate',
  hints: {
    rename: 'Rename one of the columns so each name is unique',
  },
  module: import.meta.url,
  description: 'Column names are unique.',
  docs: {
    rationale: 'Frictionless reports duplicate labels: two columns with one name are ambiguous to every tool that reads columns by name.',
    failing: 'code,allocation,allocation',
    passing: 'code,allocation,transferred',
  },
  messages: {
    duplicate: 'Column {column} repeats the name {name} of column {firstColumn}',
  },
  optionsSchema: { type: 'object', additionalProperties: false, properties: { caseSensitive: { type: 'boolean', default: false } } },
  formats: ['csv', 'json', 'ndjson'],
  createFileVisitor({ options, report }) {
    return {
      header(h) {
        if (h.fromSchema) return;
        const first = new Map<string, number>();
        h.cells.forEach((cell, i) => {
          if (cell.trim() === '') return;
          const key = options.caseSensitive ? cell.trim() : cell.trim().toLowerCase();
          const seen = first.get(key);
          if (seen === undefined) first.set(key, i);
          else report({ line: h.line, column: i + 1, field: cell, messageId: 'duplicate', data: { column: i + 1, name: show(cell), firstColumn: seen + 1 }, hint: { id: 'rename' } });
        });
      },
    };
  },
};
export default check;
