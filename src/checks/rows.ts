// Row predicates shared by checks, so a blank row is reported once (by blank-row) and not again as ragged or empty.
import type { RowContext } from '../model/check.js';

export function isBlankRow(row: RowContext): boolean {
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return !row.object; // a JSON record is never a blank line
}

/** Fields of a resource's schema that carry a given constraint, with the columns holding them. */
export function constrainedColumns<K extends string>(row: { columns: RowContext['columns'] }, key: K) {
  const out: { column: number; name: string; constraint: unknown }[] = [];
  row.columns.forEach((c, i) => {
    const v = (c?.compiled.field.constraints as Record<string, unknown> | undefined)?.[key];
    if (c && v !== undefined && v !== false) out.push({ column: i, name: c.compiled.name, constraint: v });
  });
  return out;
}
