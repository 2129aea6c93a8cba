import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { compareValues, INVALID } from '../../tableschema/cast.js';
import type { CompiledField } from '../../model/table-schema.js';
import { show } from '../text.js';

type Bound = { key: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum'; raw: unknown; value: unknown };
const FAILS: Record<Bound['key'], (cmp: number) => boolean> = {
  minimum: (c) => c < 0,
  maximum: (c) => c > 0,
  exclusiveMinimum: (c) => c <= 0,
  exclusiveMaximum: (c) => c >= 0,
};
const MESSAGE_IDS: Record<Bound['key'], string> = {
  minimum: 'belowMinimum',
  maximum: 'aboveMaximum',
  exclusiveMinimum: 'notAboveExclusiveMinimum',
  exclusiveMaximum: 'notBelowExclusiveMaximum',
};

function boundsOf(c: CompiledField): Bound[] {
  const constraints = (c.field.constraints ?? {}) as Record<string, unknown>;
  const out: Bound[] = [];
  for (const key of Object.keys(FAILS) as Bound['key'][]) {
    const raw = constraints[key];
    if (raw === undefined) continue;
    // Bounds are written in the field's own physical form ("2020-01-01" for a date), or as JSON numbers.
    const value = typeof raw === 'string' ? c.cast(raw) : raw;
    if (value !== INVALID) out.push({ key, raw, value });
  }
  return out;
}

/** Values lie within their field's minimum and maximum. */
const check: Check = {
  id: 'range',
  description: "Values lie within their field's minimum and maximum.",
  docs: {
    rationale: "Table Schema's minimum and maximum constraints catch impossible values: negative waiting times, dates before a programme started, turbidity readings off the scale.",
    failing: '-15 where the minimum is 0.',
    passing: '15',
  },
  messages: {
    // {bound} is the constraint as the schema writes it (a number, or a date, time or duration in the field's form).
    belowMinimum: "{value} in field '{field}' is below the minimum {bound}",
    aboveMaximum: "{value} in field '{field}' is above the maximum {bound}",
    notAboveExclusiveMinimum: "{value} in field '{field}' is not above the exclusive minimum {bound}",
    notBelowExclusiveMaximum: "{value} in field '{field}' is not below the exclusive maximum {bound}",
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  rowLocal: true,
  createFileVisitor({ report }) {
    let ranged: { column: number; name: string; bounds: Bound[] }[] | undefined;
    return {
      row(row) {
        ranged ??= row.columns.flatMap((c, i) => {
          if (!c) return [];
          const bounds = boundsOf(c.compiled);
          return bounds.length ? [{ column: i, name: c.compiled.name, bounds }] : [];
        });
        for (const r of ranged) {
          const v = row.value(r.column);
          if (v === undefined || v === INVALID) continue;
          for (const b of r.bounds) {
            if (!FAILS[b.key](compareValues(v, b.value))) continue;
            report({ messageId: MESSAGE_IDS[b.key], data: { value: show(row.cells[r.column]!), field: r.name, bound: String(b.raw) }, line: row.line, record: row.record, column: r.column + 1, field: r.name });
            break;
          }
        }
      },
    };
  },
};
export default check;
