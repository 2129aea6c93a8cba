// Leading zeros in integer and number fields: "008" and "0123" cast as 8 and 123, so a code typed as a number passes
// format/type and silently loses its zeros in every tool that reads the schema. Reported once per field and file, with
// how many values have them, the first one and its line.
//
// Not row-local: the count is the whole file's, which a worker reading one part cannot know (Check.rowLocal allows no
// end hook); a part gives its columns' counts and first examples as its state, and the main thread adds them up in
// file order. The per-row cost is one character test per integer or number cell.
import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { INVALID } from '../../tableschema/cast.js';
import { hasLeadingZero } from '../../tableschema/numeric.js';
import { show } from '../text.js';

const NUMERIC_TYPES: ReadonlySet<string> = new Set(['integer', 'number']);

/** What one numeric column has shown so far. */
interface Column {
  index: number;
  field: string;
  type: string;
  count: number;
  first?: { cell: string; line: number; record: number };
}

const check: Check = {
  id: 'leading-zeros',
  description: 'No integer or number field holds values with leading zeros ("008", "0123"): those are codes, and a number type drops their zeros.',
  docs: {
    rationale:
      "Postcodes, ward codes, account numbers and similar codes often start with a zero. Typed integer or number, '0123' is read as 123 by every tool that follows the schema — a spreadsheet, a database load, a join on the code — so the codes no longer match their register. The values themselves pass format/type, so nothing else says so. Open Data Charter principle 4.a asks for common identifiers, which only work when written the same way everywhere.",
    failing: "A field ward_code of type integer holding '0123' and '0456'.",
    passing: "The same field declared type string; or an integer field holding 0, 7 and 120, and a number field holding 0.5.",
  },
  messages: {
    leadingZeros: "Field '{field}' is typed {type} but {count, plural, one {# value has} other {# values have}} leading zeros, first {example} on line {exampleLine}: as {type}s they lose their zeros",
  },
  hints: {
    declareString: "Declare field '{field}' as type string: codes such as postcodes, ward codes and account numbers are text, and their leading zeros are part of them. If the values are quantities, write them without leading zeros",
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  createFileVisitor({ report }) {
    let columns: Column[] | undefined;
    return {
      row(row) {
        // Bound once, from the first row's columns.
        columns ??= row.columns.flatMap((c, index) => (c && NUMERIC_TYPES.has(c.compiled.type) ? [{ index, field: c.compiled.name, type: c.compiled.type, count: 0 }] : []));
        for (let k = 0; k < columns.length; k++) {
          const column = columns[k]!;
          const cell = row.cells[column.index];
          if (cell === undefined) continue;
          const c = cell.charCodeAt(0);
          if (c !== 48 /* 0 */ && c !== 43 /* + */ && c !== 45 /* - */) continue;
          if (!hasLeadingZero(cell)) continue;
          const value = row.value(column.index);
          if (value === undefined || value === INVALID) continue; // missing, or format/type reports it
          column.count++;
          column.first ??= { cell, line: row.line, record: row.record };
        }
      },
      partState(): Column[] | undefined {
        return columns;
      },
      /** One part's counts and first examples, in file order: the first part with an example gives it. */
      absorb(state) {
        const parts = state as Column[] | undefined;
        if (!parts) return; // the part had no rows
        columns ??= parts.map((c) => ({ index: c.index, field: c.field, type: c.type, count: 0 }));
        parts.forEach((p, k) => {
          const column = columns![k]!;
          column.count += p.count;
          column.first ??= p.first;
        });
      },
      end() {
        for (const { index, field, type, count, first } of columns ?? []) {
          if (!first) continue;
          report({
            messageId: 'leadingZeros',
            data: { field, type, count, example: show(first.cell), exampleLine: first.line },
            line: first.line,
            record: first.record,
            column: index + 1,
            field,
            hint: { id: 'declareString', data: { field } },
          });
        }
      },
    };
  },
};
export default check;
