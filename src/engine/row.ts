// The one RowContext object a file's rows are delivered through: updated in place per row, typed values cast lazily
// and memoised, so a valid row allocates nothing and several checks on one column cast it once.
import type { RowContext } from '../model/check.js';
import type { BoundColumn } from '../model/table-schema.js';

export class MutableRow implements RowContext {
  cells: readonly string[] = [];
  line = 0;
  record = 0;
  columns: readonly (BoundColumn | undefined)[] = [];
  /** JSON rows: each field's value as parsed (null or absent is always missing), cast without a string round trip. */
  values: readonly unknown[] | undefined;
  /** JSON rows: the record as parsed. */
  object: unknown;
  private generation = 0;
  private cacheGeneration: number[] = [];
  private cache: unknown[] = [];

  set(cells: readonly string[], line: number, record: number, values?: readonly unknown[], object?: unknown): void {
    this.cells = cells;
    this.values = values;
    this.object = object;
    this.line = line;
    this.record = record;
    this.generation++;
  }

  isMissing(i: number): boolean {
    const cell = this.cells[i];
    if (cell === undefined) return true;
    if (this.values !== undefined && (this.values[i] === null || this.values[i] === undefined)) return true;
    const column = this.columns[i];
    if (!column) return cell === '';
    const compiled = column.compiled;
    return compiled.onlyEmptyIsMissing ? cell === '' : compiled.missingValues.has(cell);
  }

  value(i: number): unknown {
    if (this.cacheGeneration[i] === this.generation) return this.cache[i];
    const column = this.columns[i];
    const v = !column || this.isMissing(i) ? undefined : this.values !== undefined ? column.compiled.castJson(this.values[i]) : column.compiled.cast(this.cells[i]!);
    this.cacheGeneration[i] = this.generation;
    this.cache[i] = v;
    return v;
  }
}
