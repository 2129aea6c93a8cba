import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { INVALID } from '../../tableschema/cast.js';
import { show } from '../text.js';

function lengthOf(value: unknown, cell: string): number {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object') return Object.keys(value).length;
  let n = 0;
  for (const _ of cell) n++; // code points, not UTF-16 units: 'é' and emoji count once
  return n;
}

/** The message ids for a value too short and too long: lengths are characters, items or properties. */
const SHORT_LONG = {
  text: ['tooShort', 'tooLong'],
  array: ['tooFewItems', 'tooManyItems'],
  object: ['tooFewProperties', 'tooManyProperties'],
} as const;

/** Values respect their field's minLength and maxLength. */
const check: Check = {
  id: 'length',
  description: "Values respect their field's minLength and maxLength.",
  docs: {
    rationale: "Table Schema's length constraints protect fixed-width codes and the columns of systems that import the data.",
    failing: 'A 78-character note where maxLength is 60.',
    passing: 'A note of 60 characters or fewer.',
  },
  messages: {
    tooShort: "{value} in field '{field}' has {length, plural, one {# character} other {# characters}}, fewer than the minimum length {min}",
    tooLong: "{value} in field '{field}' has {length, plural, one {# character} other {# characters}}, more than the maximum length {max}",
    tooFewItems: "{value} in field '{field}' has {length, plural, one {# item} other {# items}}, fewer than the minimum length {min}",
    tooManyItems: "{value} in field '{field}' has {length, plural, one {# item} other {# items}}, more than the maximum length {max}",
    tooFewProperties: "{value} in field '{field}' has {length, plural, one {# property} other {# properties}}, fewer than the minimum length {min}",
    tooManyProperties: "{value} in field '{field}' has {length, plural, one {# property} other {# properties}}, more than the maximum length {max}",
  },
  module: import.meta.url,
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
          const ids = text ? SHORT_LONG.text : Array.isArray(v) ? SHORT_LONG.array : SHORT_LONG.object;
          const data: Record<string, string | number> = { value: show(cell), field: l.name, length: n };
          if (short) data.min = l.min!;
          else data.max = l.max!;
          report({ messageId: short ? ids[0] : ids[1], data, line: row.line, record: row.record, column: l.column + 1, field: l.name });
        }
      },
    };
  },
};
export default check;
