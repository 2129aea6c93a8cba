// What format a resource's data is in, from the format its metadata declares, else its media type, else its file
// name's extension.
import path from 'node:path';
import type { DataFormat } from '../model/dataset.js';

const FORMAT_BY_NAME: Record<string, DataFormat> = {
  csv: 'csv', tsv: 'csv', json: 'json', ndjson: 'ndjson', jsonl: 'ndjson', geojson: 'geojson', topojson: 'topojson',
};
/**
 * The media types that name a format more precisely than a file's extension does (a GeoJSON file is often called
 * 'x.json'), and the format name each stands for. Generic ones (text/csv, application/json) add nothing to the name.
 */
const FORMAT_BY_MEDIATYPE: Record<string, string> = {
  'application/geo+json': 'geojson',
  'application/vnd.geo+json': 'geojson',
  'application/topo+json': 'topojson',
};
/** Format names that are JSON of a particular kind, more precise than a declared 'json'. */
const GEO_NAMES = new Set(['geojson', 'topojson']);
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
 * `.txt` file CSV — plain text files met on their own are not data. `mediatype` is the metadata's media type, used
 * when it names a format (application/geo+json) and no format, or only the generic 'json', is declared.
 */
export function formatOf(declared: string | undefined, file: string, tabular = false, mediatype?: string): FormatOf {
  let base = path.basename(file).toLowerCase();
  let compression: 'gz' | 'zip' | undefined;
  const outer = path.extname(base).slice(1);
  // 'spend.csv.gz' is CSV compressed with gzip; a bare 'archive.zip' stays a zip (declaredFormat 'zip').
  if (COMPRESSION_BY_EXTENSION[outer] && path.extname(path.basename(base, `.${outer}`))) {
    compression = COMPRESSION_BY_EXTENSION[outer];
    base = path.basename(base, `.${outer}`);
  }
  const ext = path.extname(base).slice(1);
  const fromMediatype = mediatype === undefined ? undefined : FORMAT_BY_MEDIATYPE[mediatype.split(';')[0]!.trim().toLowerCase()];
  const precise = fromMediatype ?? (GEO_NAMES.has(ext) ? ext : undefined);
  // A declared 'json' is true of GeoJSON too: the media type or extension that says which JSON it is wins.
  const written = declared?.toLowerCase();
  const name = written === undefined || (written === 'json' && precise) ? precise ?? ext : written;
  const format = FORMAT_BY_NAME[name] ?? (name === 'txt' && tabular ? 'csv' : 'other');
  return { format, declaredFormat: name, ...(compression ? { compression } : {}) };
}
