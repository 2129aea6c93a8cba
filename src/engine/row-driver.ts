// Delivers a data file's header and rows to the visitors of the active rules: binds columns to schema fields once,
// then reuses one RowContext for every row. Used by the engine and by its worker threads alike.
import type { FileVisitor, HeaderInfo } from '../model/check.js';
import type { TableSchema } from '../model/table-schema.js';
import { bindColumns } from '../tableschema/binding.js';
import { MutableRow } from './row.js';

export class RowDriver {
  readonly row = new MutableRow();
  private bound = false;
  private headerVisitors: FileVisitor[];
  private rowVisitors: FileVisitor[];

  constructor(private readonly schema: TableSchema | undefined, visitors: readonly FileVisitor[]) {
    this.headerVisitors = visitors.filter((v) => v.header);
    this.rowVisitors = visitors.filter((v) => v.row);
  }

  /** Header labels (undefined for a file without a header row) and the width of the first row. */
  header(labels: readonly string[] | undefined, width: number, line: number): void {
    const { columns } = bindColumns(this.schema, labels, width);
    this.row.columns = columns;
    this.bound = true;
    const header: HeaderInfo = { cells: labels ?? [], line, columns };
    for (const v of this.headerVisitors) v.header!(header);
  }

  /** Rows stop going to these visitors (their rows are checked in workers); they still get the header. */
  holdRows(visitors: readonly FileVisitor[]): void {
    this.rowVisitors = this.rowVisitors.filter((v) => !visitors.includes(v));
  }

  /** From here on, rows go to these visitors again (the workers' parts past a quoting anomaly are void). */
  resumeRows(visitors: readonly FileVisitor[]): void {
    this.rowVisitors = [...this.rowVisitors, ...visitors.filter((v) => v.row && !this.rowVisitors.includes(v))];
  }

  rowCells(cells: readonly string[], line: number, record: number): void {
    if (!this.bound) this.header(undefined, cells.length, line);
    const row = this.row;
    row.set(cells, line, record);
    const visitors = this.rowVisitors;
    for (let i = 0; i < visitors.length; i++) visitors[i]!.row!(row);
  }
}
