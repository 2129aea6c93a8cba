// One reader interface for every data format: a file's header and rows, delivered to a TableSink. CSV rows are their
// cells; JSON and NDJSON records that are objects become rows of cells in the schema's field order, and records that
// are arrays (after a header row) rows of cells by position, with the values as parsed beside them, so checks cast
// JSON numbers and booleans directly (CompiledField.castJson) instead of re-parsing their text. GeoJSON and TopoJSON
// are read whole, for their structure only. A gzip-compressed file is decompressed as it is read (byte-source.ts).
import type { CsvDialect, DataFormat } from '../model/dataset.js';
import type { FileFacts } from '../model/facts.js';
import { readCsv } from './csv.js';
import { readJsonFile } from './json-file.js';
import { readGeoFile } from './geo-file.js';
import { jsonCellText } from '../util/json-cell.js';

/**
 * A JSON record as a row: each column's value as parsed (undefined when absent), and the record itself (an object,
 * or for rows as arrays the array).
 */
export interface JsonRow {
  values: readonly unknown[];
  object: Readonly<Record<string, unknown>> | readonly unknown[];
}

export interface TableSink {
  /**
   * The header row, before any row: CSV's first record; for JSON rows as arrays, the first array; for JSON records as
   * objects, the schema's field names at line 1 (fromSchema: they were not read from the file).
   */
  header(cells: string[], line: number, fromSchema?: boolean): void;
  /** cells: the row's text (a JSON value shown as text); json: the record's values, for JSON data only. */
  row(cells: string[], line: number, record: number, json?: JsonRow): void;
  /** The fast tokenizer met a quoting anomaly on this line: csv-parse reads the rest of the file. */
  handover?(line: number): void;
  /** Bytes of the file read so far, after each chunk (for a progress indicator). */
  bytesRead?(total: number): void;
  /**
   * CSV read in parts: the byte offset where the next part starts (just after a line feed outside quotes). The reader
   * stops there, once every record before it has been delivered without a quoting anomaly or a record over the size
   * limit, if stop() says the parts from there on were read by others; otherwise it reads on to the end. Its facts then
   * describe the bytes before the offset only.
   */
  partEnd?: { offset: number; stop(): Promise<boolean> };
}

export interface RowReadOptions {
  encoding?: string;
  /** 'gz': the file is gzip-compressed (declared or named so), and is decompressed while it is read. */
  compression?: 'gz' | 'zip';
  /** CSV only. */
  dialect?: CsvDialect;
  /** JSON only: the schema's field names, the order of a record's cells. */
  fields?: readonly string[];
  /** Records larger than this (UTF-8 bytes) are reported and skipped. Default DEFAULT_MAX_RECORD_BYTES. */
  maxRecordBytes?: number;
}

/**
 * Streams a data file once, rows to the sink; returns the byte-level facts. GeoJSON and TopoJSON have no rows: their
 * structure is checked as a whole (geo-file.ts).
 */
export function readRows(format: DataFormat, path: string, size: number, options: RowReadOptions, sink: TableSink): Promise<FileFacts> {
  const { encoding, compression, maxRecordBytes } = options;
  const bytesRead = sink.bytesRead && ((total: number) => sink.bytesRead!(total));
  if (format === 'csv') return readCsv(path, size, { encoding, compression, dialect: options.dialect, maxRecordBytes }, sink);
  if (format === 'geojson' || format === 'topojson') return readGeoFile(path, size, format, { encoding, compression, bytesRead, maxRecordBytes });
  const names = options.fields ?? [];
  // One pair of arrays for every record, as the CSV reader's cells are only valid during the row hook: nothing is
  // allocated per record but what JSON.parse made.
  const cells: string[] = [];
  const values: unknown[] = new Array(names.length);
  const json = { values: values as readonly unknown[], object: {} as Readonly<Record<string, unknown>> };
  // Records as objects give their values in the schema's field order, under a header of the field names; rows as
  // arrays give theirs by position, under the header row the file starts with (bound to fields by name, as in CSV).
  let header: 'fields' | 'row' | undefined;
  const fieldsHeader = (): void => {
    header = 'fields';
    sink.header([...names], 1, true);
  };
  return readJsonFile(path, size, format, { encoding, compression, bytesRead, maxRecordBytes }, {
    header: (labels, line) => {
      header = 'row';
      sink.header(labels.map(jsonCellText), line);
    },
    record: (value, line, record, numbers) => {
      if (header === undefined) fieldsHeader();
      if (typeof value !== 'object' || value === null) return; // a structure problem
      if (header === 'row') {
        if (!Array.isArray(value)) return; // a structure problem
        cells.length = value.length;
        if (numbers) {
          // Numbers as written: their text for the cells, and for the casts (no float round-trip).
          const exact = value.map((v, i) => numbers.get(i) ?? v);
          for (let i = 0; i < exact.length; i++) cells[i] = jsonCellText(exact[i]);
          json.values = exact;
        } else {
          for (let i = 0; i < value.length; i++) cells[i] = jsonCellText(value[i]);
          json.values = value;
        }
      } else {
        if (Array.isArray(value)) return; // a structure problem
        const object = value as Record<string, unknown>;
        cells.length = names.length;
        for (let i = 0; i < names.length; i++) {
          const name = names[i]!;
          // JSON.parse never makes a function, so one is inherited (toString); '__proto__' is own only if written.
          let v = object[name];
          if (typeof v === 'function' || (name === '__proto__' && !Object.hasOwn(object, name))) v = undefined;
          else if (numbers && typeof v === 'number') v = numbers.get(name) ?? v;
          values[i] = v;
          cells[i] = jsonCellText(v);
        }
        json.values = values;
      }
      json.object = value as Readonly<Record<string, unknown>>;
      sink.row(cells, line, record, json);
    },
  }).then((facts) => {
    if (header === undefined) fieldsHeader(); // no record: the header checks still see the schema's fields
    return facts;
  });
}
