// Row predicates shared by checks, so a blank row is reported once (by blank-row) and not again as ragged or empty.
import type { RowContext } from '../model/check.js';

export function isBlankRow(row: RowContext): boolean {
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return !row.object; // a JSON record is never a blank line
}
