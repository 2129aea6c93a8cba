import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { INVALID } from '../../tableschema/cast.js';
import { show } from '../text.js';
import { plural } from '../../util/plural.js';

function lengthOf(value: unknown, cell: string): number {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object') return Object.keys(value).length;
  let n = 0;
  for (const _ of cell) n++; // code points, not UTF-16 units: 'é' and emoji count once
  return n;
}

/** Values respect their field's minLength and maxLength. */
const check: Check = {
  id: 'length',
  category: 'format',
  description: "Values respect their field's minLength / maxLength constraints (characters for text, items for arrays and objects).",
  docs: {
    rationale: "Table Schema's length constraints protect fixed-width codes and the columns of systems that import the data.",
    failing: 'A 78-character note where maxLength is 60.',
    passing: 'A note of 60 characters or fewer.',
  },
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  rowLocal: true,
  createFileVisitor({ report }) {
    let limited: { column: number; name: string; min?: number; max?: number }[] | undefined;
    return {
      row(row) {
        limited ??= row.columns.flatMap((c, i) => {
          const k = c?.compiled.field.constraints;
          if (!c || (k?.minLength === undefined && k?.maxLength === undefined)) return [];
          return [{ column: i, name: c.compiled.name, min: k.minLength, max: k.maxLength }];
        });
        for (const l of limited) {
          const v = row.value(l.column);
          if (v === undefined || v === INVALID) continue;
          const cell = row.cells[l.column]!;
          const text = typeof v !== 'object' || v === null;
          // A text of u UTF-16 units has between u/2 and u code points: most cells are decided without counting.
          if (text && (l.max === undefined || cell.length <= l.max) && (l.min === undefined || cell.length >= 2 * l.min)) continue;
          const n = lengthOf(v, cell);
          const short = l.min !== undefined && n < l.min;
          if (!short && (l.max === undefined || n <= l.max)) continue;
          const unit = text ? 'character' : Array.isArray(v) ? 'item' : 'property';
          const size = plural(n, unit, unit === 'property' ? 'properties' : `${unit}s`);
          const message = short ? `has ${size}, fewer than the minimum length ${l.min}` : `has ${size}, more than the maximum length ${l.max}`;
          report({ line: row.line, record: row.record, column: l.column + 1, field: l.name, message: `${show(cell)} in field '${l.name}' ${message}` });
        }
      },
    };
  },
};
export default check;
