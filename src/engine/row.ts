// The one RowContext object a file's rows are delivered through: updated in place per row, typed values cast lazily
// and memoised, so a valid row allocates nothing and several checks on one column cast it once.
import type { RowContext } from '../model/check.js';
import type { BoundColumn } from '../model/table-schema.js';

export class MutableRow implements RowContext {
  cells: readonly string[] = [];
  line = 0;
  record = 0;
  columns: readonly (BoundColumn | undefined)[] = [];
  /** JSON rows: which cells were null or absent (a JSON null is always missing). */
  nulls: readonly boolean[] | undefined;
  /** JSON rows: the record as parsed. */
  object: unknown;
  private generation = 0;
  private cacheGeneration: number[] = [];
  private cache: unknown[] = [];

  set(cells: readonly string[], line: number, record: number): void {
    this.cells = cells;
    this.line = line;
    this.record = record;
    this.generation++;
  }

  isMissing(i: number): boolean {
    const cell = this.cells[i];
    if (cell === undefined || this.nulls?.[i]) return true;
    const column = this.columns[i];
    if (!column) return cell === '';
    const compiled = column.compiled;
    return compiled.onlyEmptyIsMissing ? cell === '' : compiled.missingValues.has(cell);
  }

  value(i: number): unknown {
    if (this.cacheGeneration[i] === this.generation) return this.cache[i];
    const column = this.columns[i];
    const v = !column || this.isMissing(i) ? undefined : column.compiled.cast(this.cells[i]!);
    this.cacheGeneration[i] = this.generation;
    this.cache[i] = v;
    return v;
  }
}
