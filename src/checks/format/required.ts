import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { isBlankRow } from '../rows.js';

/** Fields marked required have a value in every row. */
const check: Check = {
  id: 'required',
  description: 'Fields marked required have a value in every row.',
  docs: {
    rationale: 'Table Schema\'s required constraint: the publisher has said this value must always be known.',
    failing: 'An empty visits cell where the schema says {"name": "visits", "constraints": {"required": true}}.',
    passing: 'visits = 0 when there were no visits.',
  },
  messages: {
    missingValue: "Field '{field}' is required but has no value",
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  rowLocal: true,
  createFileVisitor({ report }) {
    let required: { column: number; name: string }[] | undefined;
    return {
      row(row) {
        required ??= row.columns.flatMap((c, i) => (c?.compiled.field.constraints?.required === true ? [{ column: i, name: c.compiled.name }] : []));
        if (required.length === 0 || isBlankRow(row)) return;
        for (const { column, name } of required) {
          if (!row.isMissing(column)) continue;
          report({ messageId: 'missingValue', data: { field: name }, line: row.line, record: row.record, column: column + 1, field: name });
        }
      },
    };
  },
};
export default check;
