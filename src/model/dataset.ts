// The shape every metadata reader produces: a dataset (a package, or a lone file with no metadata) and its resources.
import type { TableSchema } from './table-schema.js';

/** The data formats odlint reads record by record. */
export type DataFormat = 'csv' | 'json' | 'ndjson';

/** Where a resource's data is, or why it cannot be read. */
export type ResourceStatus =
  | 'ok'
  | 'missing' // the path names no file
  | 'not-a-file' // the path names a folder or something else
  | 'absolute-path' // the metadata gives an absolute path
  | 'outside-package' // the path climbs out of the package folder (`..`)
  | 'remote' // a URL: odlint is offline by default
  | 'inline' // data given inline in the descriptor
  | 'no-path'; // neither path nor data

export interface CsvDialect {
  delimiter?: string;
  quoteChar?: string;
  doubleQuote?: boolean;
  escapeChar?: string;
  header?: boolean;
  lineTerminator?: string;
  skipInitialSpace?: boolean;
  commentChar?: string;
}

export interface Resource {
  /** Position in the package's resources array (0-based); 0 for a lone file. */
  index: number;
  name?: string;
  /** The path as written in the metadata (or the file's own path for a lone file). */
  declaredPath?: string;
  /** Display path, relative to the working directory, '/' separators. */
  file: string;
  /** Absolute path on disk, when it could be resolved. */
  absolutePath?: string;
  status: ResourceStatus;
  format: DataFormat | 'other';
  /** The format as declared or as implied by the extension, lower case ('csv', 'xlsx', 'pdf' …). */
  declaredFormat?: string;
  mediatype?: string;
  encoding?: string;
  dialect?: CsvDialect;
  schema?: TableSchema;
  /** A JSON Schema the records must meet (Data Package v2 `jsonSchema`, or a `schema` that is a JSON Schema). */
  jsonSchema?: Record<string, unknown>;
  /** Set when the resource's schema could not be read (remote, unreadable, not JSON). */
  schemaError?: string;
  /** The resource's descriptor as written, for metadata checks. */
  descriptor: Record<string, unknown>;
  /** JSON pointer of the descriptor inside the metadata file, e.g. '/resources/2'. */
  pointer: string;
}

/** Finds the line and column of a JSON pointer inside the metadata file. */
export type Locator = (pointer: string) => { line: number; column: number } | undefined;

export interface Dataset {
  /** Package name, or the file name for a lone file. */
  name: string;
  title?: string;
  /**
   * The department that publishes it (reports group by it): the descriptor's `publisher` (a string, or an object's
   * title or name), else the title or name of the `contributors` entry whose role is publisher.
   */
  publisher?: string;
  /** Display path of the metadata file; undefined when the data has no metadata. */
  metadataFile?: string;
  /** Absolute path of the metadata file, when there is one. */
  metadataPath?: string;
  /** Absolute path of the folder paths are resolved against. */
  baseDir: string;
  /** The parsed descriptor; undefined when absent or unparseable. */
  descriptor?: Record<string, unknown>;
  /** Set when the metadata file could not be read or parsed. */
  metadataError?: { message: string; line?: number; column?: number };
  locate: Locator;
  resources: Resource[];
}
