import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { isBlankRow } from '../rows.js';

/** No row is entirely empty. */
const check: Check = {
  id: 'blank-row',
  hints: {
    delete: 'Delete blank rows; keep notes and spacing out of the data file',
  },
  module: import.meta.url,
  description: 'No row is entirely empty.',
  docs: {
    rationale: 'Frictionless and csvlint report blank rows: they are usually separators or notes from a spreadsheet layout, and become rows of nulls in every analysis.',
    failing: 'A line ",,,," or an empty line between two rows.',
    passing: 'Every line holds at least one value.',
  },
  messages: {
    blank: 'The row is blank',
  },
  optionsSchema: NO_OPTIONS,
  formats: ['csv'],
  rowLocal: true,
  createFileVisitor({ report }) {
    return {
      row(row) {
        if (isBlankRow(row)) report({ line: row.line, record: row.record, messageId: 'blank', hint: { id: 'delete' } });
      },
    };
  },
};
export default check;
