// What format a resource's data is in, from the format its metadata declares or else its file name's extension.
import path from 'node:path';
import type { DataFormat } from '../model/dataset.js';

const FORMAT_BY_NAME: Record<string, DataFormat> = { csv: 'csv', tsv: 'csv', json: 'json', ndjson: 'ndjson', jsonl: 'ndjson' };
/** Compression suffixes, and the compression each means. */
const COMPRESSION_BY_EXTENSION: Record<string, 'gz' | 'zip'> = { gz: 'gz', gzip: 'gz', zip: 'zip' };

export interface FormatOf {
  format: DataFormat | 'other';
  /** The format as declared or as implied by the extension, lower case ('csv', 'xlsx', 'pdf' …). */
  declaredFormat: string;
  /** Set when the name ends in a compression suffix ('spend.csv.gz'). */
  compression?: 'gz' | 'zip';
}

/**
 * The format of a file. `declared` is the metadata's format (Data Package `format`, or a media type's subtype the
 * reader mapped); `tabular` says the metadata describes the file as a table (a schema or dialect), which makes a
 * `.txt` file CSV — plain text files met on their own are not data.
 */
export function formatOf(declared: string | undefined, file: string, tabular = false): FormatOf {
  let base = path.basename(file).toLowerCase();
  let compression: 'gz' | 'zip' | undefined;
  const outer = path.extname(base).slice(1);
  // 'spend.csv.gz' is CSV compressed with gzip; a bare 'archive.zip' stays a zip (declaredFormat 'zip').
  if (COMPRESSION_BY_EXTENSION[outer] && path.extname(path.basename(base, `.${outer}`))) {
    compression = COMPRESSION_BY_EXTENSION[outer];
    base = path.basename(base, `.${outer}`);
  }
  const ext = path.extname(base).slice(1);
  const name = (declared ?? ext).toLowerCase();
  const format = FORMAT_BY_NAME[name] ?? (name === 'txt' && tabular ? 'csv' : 'other');
  return { format, declaredFormat: name, ...(compression ? { compression } : {}) };
}
