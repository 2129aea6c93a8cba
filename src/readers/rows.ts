// One reader interface for every data format: a file's header and rows, delivered to a TableSink. CSV rows are their
// cells; JSON and NDJSON records become rows of cells in the schema's field order, with the values as parsed beside
// them, so checks cast JSON numbers and booleans directly (CompiledField.castJson) instead of re-parsing their text.
import type { CsvDialect, DataFormat } from '../model/dataset.js';
import type { FileFacts } from '../model/facts.js';
import { readCsv } from './csv.js';
import { readJsonFile } from './json-file.js';
import { jsonCellText } from '../util/json-cell.js';

/** A JSON record as a row: each field's value as parsed (undefined when absent), and the record itself. */
export interface JsonRow {
  values: readonly unknown[];
  object: Readonly<Record<string, unknown>>;
}

export interface TableSink {
  /** CSV: the header row. JSON: the schema's field names, at line 1. */
  header(cells: string[], line: number): void;
  /** cells: the row's text (a JSON value shown as text); json: the record's values, for JSON data only. */
  row(cells: string[], line: number, record: number, json?: JsonRow): void;
  /** The fast tokenizer met a quoting anomaly on this line: csv-parse reads the rest of the file. */
  handover?(line: number): void;
  /** Bytes of the file read so far, after each chunk (for a progress indicator). */
  bytesRead?(total: number): void;
}

export interface RowReadOptions {
  encoding?: string;
  /** CSV only. */
  dialect?: CsvDialect;
  /** JSON only: the schema's field names, the order of a record's cells. */
  fields?: readonly string[];
}


/** Streams a data file once, rows to the sink; returns the byte-level facts. */
export function readRows(format: DataFormat, path: string, size: number, options: RowReadOptions, sink: TableSink): Promise<FileFacts> {
  if (format === 'csv') return readCsv(path, size, { encoding: options.encoding, dialect: options.dialect }, sink);
  const names = options.fields ?? [];
  sink.header([...names], 1);
  // One pair of arrays for every record, as the CSV reader's cells are only valid during the row hook: nothing is
  // allocated per record but what JSON.parse made.
  const cells: string[] = new Array(names.length);
  const values: unknown[] = new Array(names.length);
  const json = { values, object: {} as Readonly<Record<string, unknown>> };
  return readJsonFile(path, size, format, options.encoding, {
    record: (value, line, record) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return; // a structure problem
      const object = value as Record<string, unknown>;
      for (let i = 0; i < names.length; i++) {
        const name = names[i]!;
        // JSON.parse never makes a function, so one is inherited (toString); '__proto__' is own only if written.
        let v = object[name];
        if (typeof v === 'function' || (name === '__proto__' && !Object.hasOwn(object, name))) v = undefined;
        values[i] = v;
        cells[i] = jsonCellText(v);
      }
      json.object = object;
      sink.row(cells, line, record, json);
    },
    bytesRead: sink.bytesRead && ((total) => sink.bytesRead!(total)),
  });
}
