// Delivers a data file's header and rows to the visitors of the active rules: binds columns to schema fields once,
// then reuses one RowContext for every row. Used by the engine and by its worker threads alike.
import type { FileVisitor, HeaderInfo } from '../model/check.js';
import type { FileFacts } from '../model/facts.js';
import type { TableSchema } from '../model/table-schema.js';
import { bindColumns } from '../tableschema/binding.js';
import type { JsonRow } from '../readers/rows.js';
import { MutableRow } from './row.js';

/** Told when a visitor's hook throws: the visitor gets nothing more from this file. */
export type VisitorFailure = (visitor: FileVisitor, hook: 'header' | 'row' | 'absorb' | 'facts' | 'end', err: unknown, line: number | undefined) => void;

export class RowDriver {
  readonly row = new MutableRow();
  private bound = false;
  private headerVisitors: FileVisitor[];
  private rowVisitors: FileVisitor[];
  private readonly failed = new Set<FileVisitor>();

  constructor(private readonly schema: TableSchema | undefined, private readonly visitors: readonly FileVisitor[], private readonly onFailure: VisitorFailure) {
    this.headerVisitors = visitors.filter((v) => v.header);
    this.rowVisitors = visitors.filter((v) => v.row);
  }

  private fail(visitor: FileVisitor, hook: Parameters<VisitorFailure>[1], err: unknown, line: number | undefined): void {
    this.failed.add(visitor);
    this.headerVisitors = this.headerVisitors.filter((v) => v !== visitor);
    this.rowVisitors = this.rowVisitors.filter((v) => v !== visitor);
    this.onFailure(visitor, hook, err, line);
  }

  /**
   * Header labels (undefined for a file without a header row) and the width of the first row; fromSchema: the labels
   * are the schema's field names (JSON records that are objects).
   */
  header(labels: readonly string[] | undefined, width: number, line: number, fromSchema?: boolean): void {
    const { columns } = bindColumns(this.schema, labels, width);
    this.row.columns = columns;
    this.bound = true;
    const header: HeaderInfo = { cells: labels ?? [], line, columns, ...(fromSchema ? { fromSchema } : {}) };
    for (const v of this.headerVisitors) {
      try {
        v.header!(header);
      } catch (err) {
        this.fail(v, 'header', err, line);
      }
    }
  }

  /** Rows stop going to these visitors (their rows are checked in workers); they still get the header. */
  holdRows(visitors: readonly FileVisitor[]): void {
    this.rowVisitors = this.rowVisitors.filter((v) => !visitors.includes(v));
  }

  /** From here on, rows go to these visitors again (the workers' parts past a quoting anomaly are void). */
  resumeRows(visitors: readonly FileVisitor[]): void {
    this.rowVisitors = [...this.rowVisitors, ...visitors.filter((v) => v.row && !this.rowVisitors.includes(v) && !this.failed.has(v))];
  }

  rowCells(cells: readonly string[], line: number, record: number, json?: JsonRow): void {
    if (!this.bound) this.header(undefined, cells.length, line);
    const row = this.row;
    row.set(cells, line, record, json?.values, json?.object);
    // One try around the loop, not one per call: a hook that throws is dropped and the row goes on to the others.
    const visitors = this.rowVisitors;
    let i = 0;
    for (;;) {
      try {
        for (; i < visitors.length; i++) visitors[i]!.row!(row);
        return;
      } catch (err) {
        this.fail(visitors[i]!, 'row', err, line);
        i++;
      }
    }
  }

  hasFailed(visitor: FileVisitor): boolean {
    return this.failed.has(visitor);
  }

  /** A file read in parts: one part's state for a visitor, unless one of its hooks has thrown. */
  absorb(visitor: FileVisitor, state: unknown): void {
    if (this.failed.has(visitor)) return;
    try {
      visitor.absorb!(state);
    } catch (err) {
      this.fail(visitor, 'absorb', err, undefined);
    }
  }

  /** After the last row: the file's facts, then its end, to every visitor whose hooks have not thrown. */
  finish(facts: FileFacts): void {
    for (const v of this.visitors) {
      if (!v.facts || this.failed.has(v)) continue;
      try {
        v.facts(facts);
      } catch (err) {
        this.fail(v, 'facts', err, undefined);
      }
    }
    for (const v of this.visitors) {
      if (!v.end || this.failed.has(v)) continue;
      try {
        v.end();
      } catch (err) {
        this.fail(v, 'end', err, undefined);
      }
    }
  }
}
