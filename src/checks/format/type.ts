import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { INVALID } from '../../tableschema/cast.js';
import { isBlankRow } from '../rows.js';
import { show } from '../text.js';
import { expectedWords, TYPE_WORDS } from '../../tableschema/words.js';

/** Each cell parses as its field's Table Schema type and format. */
const check: Check = {
  id: 'type',
  description: "Each cell is a valid value of its field's type and format; numbers locale-free, dates ISO 8601 by default.",
  docs: {
    rationale: 'Frictionless Table Schema defines each type\'s physical form; the UK tabular data standard asks for ISO 8601 dates. A value that does not parse is lost or misread by every tool downstream.',
    failing: 'An integer field holding "1 234", or a date field holding "14/10/2026".',
    passing: '1234 and 2026-10-14.',
  },
  messages: {
    notType: "{value} in field '{field}' is not {expected}",
  },
  hints: {
    ...TYPE_WORDS,
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  rowLocal: true,
  createFileVisitor({ report }) {
    return {
      row(row) {
        const cols = row.columns;
        for (let i = 0; i < cols.length; i++) {
          const col = cols[i];
          if (!col || row.value(i) !== INVALID) continue;
          if (isBlankRow(row)) return;
          const cell = row.cells[i]!;
          const c = col.compiled;
          const words = expectedWords(c.expected);
          report({ messageId: 'notType', data: { value: show(cell), field: c.name, expected: c.expected }, words: words && { expected: words }, line: row.line, record: row.record, column: i + 1, field: c.name, hint: c.explainHint(cell) });
        }
      },
    };
  },
};
export default check;
