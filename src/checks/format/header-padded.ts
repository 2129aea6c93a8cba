import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { show } from '../text.js';

/** Column names carry no stray white space. */
const check: Check = {
  id: 'header-padded',
  hints: {
    rename: 'Rename it to {name}',
  },
  module: import.meta.url,
  description: 'Column names have no leading, trailing or repeated white space.',
  docs: {
    rationale: 'Padded names such as "Supplier Name " or "G1     AMOUNT" look identical on screen but break every lookup by name; the UK data standards discussion asks for trimmed, simple names.',
    failing: '"Supplier Name ",amount',
    passing: 'Supplier Name,amount',
  },
  messages: {
    outerWhiteSpace: 'Column name {name} has leading or trailing white space',
    innerWhiteSpace: 'Column name {name} has repeated or unusual inner white space',
  },
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  createFileVisitor({ report }) {
    return {
      header(h) {
        if (h.fromSchema) return;
        h.cells.forEach((cell, i) => {
          if (cell.trim() === '') return;
          const clean = cell.trim().replace(/\s+/g, ' ');
          if (clean === cell) return;
          const messageId = cell !== cell.trim() ? 'outerWhiteSpace' : 'innerWhiteSpace';
          report({ line: h.line, column: i + 1, field: cell, messageId, data: { name: show(cell) }, hint: { id: 'rename', data: { name: show(clean) } } });
        });
      },
    };
  },
};
export default check;
