import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';

/** Every column has a name. */
const check: Check = {
  id: 'header-blank',
  hints: {
    schemaName: "The schema calls this column '{name}'",
    giveName: 'Give every column a short, unique name',
  },
  module: import.meta.url,
  description: 'Every column in the header row has a name.',
  docs: {
    rationale: 'Frictionless reports a blank label as an error: a nameless column cannot be referred to, joined or documented.',
    failing: 'code,name,,amount',
    passing: 'code,name,financial_year,amount',
  },
  messages: {
    unnamed: 'Column {column} has no name in the header row',
  },
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  createFileVisitor({ resource, report }) {
    return {
      header(h) {
        if (h.cells.length === 0 || h.fromSchema) return;
        h.cells.forEach((cell, i) => {
          if (cell.trim() !== '') return;
          const expected = resource.schema?.fields?.[i]?.name;
          report({ line: h.line, column: i + 1, messageId: 'unnamed', data: { column: i + 1 }, hint: expected ? { id: 'schemaName', data: { name: expected } } : { id: 'giveName' } });
        });
      },
    };
  },
};
export default check;
