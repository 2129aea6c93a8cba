import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { INVALID, valueKey } from '../../tableschema/cast.js';
import { show } from '../text.js';

/**
 * What one part of a file (ctx.readsPart) saw in one unique field: the values first seen in the part, in order, with
 * their place and cell, and the rows repeating one of them. Only the main thread, absorbing the parts in file order,
 * knows whether a value first seen here appeared in an earlier part.
 */
interface ColumnPartState {
  column: number;
  name: string;
  values: (string | number | boolean)[];
  lines: number[];
  records: number[];
  cells: string[];
  repeats: { first: number; line: number; record: number; cell: string }[];
}

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
  createFileVisitor({ report, resource, readsPart }) {
    // A field that is the whole primary key is unique by definition, and linking/primary-key reports its duplicates
    // with the same detail: checking it here too would report every duplicate twice and keep a second key map.
    const primaryKey = resource.schema?.primaryKey;
    const soleKey = typeof primaryKey === 'string' ? primaryKey : Array.isArray(primaryKey) && primaryKey.length === 1 ? primaryKey[0] : undefined;
    // In a part, `seen` maps a value to its position in the part's values (the part state).
    let unique: { column: number; name: string; seen: Map<unknown, number>; part?: ColumnPartState }[] | undefined;
    const duplicate = (u: { column: number; name: string }, cell: string, line: number, record: number, firstLine: number) => {
      report({ messageId: 'duplicate', data: { value: show(cell), field: u.name, firstLine }, line, record, column: u.column + 1, field: u.name });
    };
    const part = (column: number, name: string): ColumnPartState | undefined => (readsPart ? { column, name, values: [], lines: [], records: [], cells: [], repeats: [] } : undefined);
    return {
      row(row) {
        unique ??= row.columns.flatMap((c, i) => (c?.compiled.field.constraints?.unique === true && c.compiled.name !== soleKey ? [{ column: i, name: c.compiled.name, seen: new Map<unknown, number>(), part: part(i, c.compiled.name) }] : []));
        for (const u of unique) {
          const v = row.value(u.column);
          if (v === undefined || v === INVALID) continue; // missing values are not compared; bad values are type findings
          const key = valueKey(v);
          const first = u.seen.get(key);
          const p = u.part;
          if (p) {
            if (first !== undefined) p.repeats.push({ first, line: row.line, record: row.record, cell: row.cells[u.column]! });
            else {
              u.seen.set(key, p.values.length);
              p.values.push(key);
              p.lines.push(row.line);
              p.records.push(row.record);
              p.cells.push(row.cells[u.column]!);
            }
          } else if (first === undefined) u.seen.set(key, row.line);
          else duplicate(u, row.cells[u.column]!, row.line, row.record, first);
        }
      },
      partState(): ColumnPartState[] | undefined {
        return unique?.map((u) => u.part!);
      },
      /** One part's values, in file order: a value first seen in the part may repeat one of an earlier part. */
      absorb(state) {
        const parts = state as ColumnPartState[] | undefined;
        if (!parts) return; // the part had no rows
        unique ??= parts.map((p) => ({ column: p.column, name: p.name, seen: new Map<unknown, number>() }));
        parts.forEach((p, k) => {
          const u = unique![k]!;
          const firsts = p.values.map((value, i) => {
            const first = u.seen.get(value);
            if (first === undefined) u.seen.set(value, p.lines[i]!);
            else duplicate(u, p.cells[i]!, p.lines[i]!, p.records[i]!, first);
            return first ?? p.lines[i]!;
          });
          for (const r of p.repeats) duplicate(u, r.cell, r.line, r.record, firsts[r.first]!);
        });
      },
    };
  },
};
export default check;
