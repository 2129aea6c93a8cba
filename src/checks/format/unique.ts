import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { INVALID, valueKey } from '../../tableschema/cast.js';
import { show } from '../text.js';

/** Fields marked unique hold no value twice. Memory grows with distinct values, never with file size. */
const check: Check = {
  id: 'unique',
  description: 'Fields marked unique hold no value twice.',
  docs: {
    rationale: "Table Schema's unique constraint: the publisher has said the value identifies a row, so a repeat is a double-counted or mistyped row.",
    failing: 'report_id VR-2026-017 on lines 19 and 20.',
    passing: 'Every report_id appears once.',
  },
  messages: {
    duplicate: "{value} in field '{field}' must be unique but already appears on line {firstLine}",
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  createFileVisitor({ report, resource }) {
    // A field that is the whole primary key is unique by definition, and linking/primary-key reports its duplicates
    // with the same detail: checking it here too would report every duplicate twice and keep a second key map.
    const primaryKey = resource.schema?.primaryKey;
    const soleKey = typeof primaryKey === 'string' ? primaryKey : Array.isArray(primaryKey) && primaryKey.length === 1 ? primaryKey[0] : undefined;
    let unique: { column: number; name: string; seen: Map<unknown, number> }[] | undefined;
    return {
      row(row) {
        unique ??= row.columns.flatMap((c, i) => (c?.compiled.field.constraints?.unique === true && c.compiled.name !== soleKey ? [{ column: i, name: c.compiled.name, seen: new Map<unknown, number>() }] : []));
        for (const u of unique) {
          const v = row.value(u.column);
          if (v === undefined || v === INVALID) continue; // missing values are not compared; bad values are type findings
          const key = valueKey(v);
          const first = u.seen.get(key);
          if (first === undefined) u.seen.set(key, row.line);
          else report({ messageId: 'duplicate', data: { value: show(row.cells[u.column]!), field: u.name, firstLine: first }, line: row.line, record: row.record, column: u.column + 1, field: u.name });
        }
      },
    };
  },
};
export default check;
