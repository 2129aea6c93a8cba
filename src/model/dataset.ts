// The shape every metadata reader produces: a dataset (a package, or a lone file with no metadata) and its resources.
import type { TableSchema } from './table-schema.js';

/** The metadata forms odlint reads; each has one reader in src/datasets/. */
export type MetadataForm = 'datapackage' | 'csvw' | 'dcat-us' | 'dcat-ap' | 'ckan' | 'schema-org';

/**
 * Something a metadata reader met and wants a finding for, with where it is in the metadata file as written:
 *   - 'variant': a non-standard spelling read with its standard meaning (`last_updated` read as `modified`);
 *   - 'unread': something odlint does not understand or cannot use, so it had no effect (nothing is dropped silently).
 */
export interface MetadataNote {
  kind: 'variant' | 'unread';
  /** JSON pointer of the property or value in the metadata file as written. */
  pointer: string;
  /** What was written: the property's name, or the value. */
  written: string;
  /** variant: the standard spelling it was read as; unread: why it had no effect. */
  detail: string;
  /**
   * variant: why a value was taken for something it does not quite mean (a catalogue record's own date standing in
   * for the data's), when it is not simply another spelling of the standard name.
   */
  why?: string;
  /** What to do about it, when "write the standard name" is not the answer. */
  /** The id of one of the metadata-variant check's hints (checks/format/metadata-variant.ts), when it has one of its own. */
  hint?: string;
}

/**
 * The data formats odlint reads: CSV, JSON and NDJSON record by record (tabular), GeoJSON and TopoJSON as whole
 * documents whose structure is checked (no rows).
 */
export type DataFormat = 'csv' | 'json' | 'ndjson' | 'geojson' | 'topojson';

/** Where a resource's data is, or why it cannot be read. */
export type ResourceStatus =
  | 'ok'
  | 'missing' // the path names no file
  | 'not-a-file' // the path names a folder or something else
  | 'absolute-path' // the metadata gives an absolute path
  | 'outside-package' // the path climbs out of the package folder (`..`)
  | 'outside-via-link' // a symbolic link on the path leads outside the package folder: never read
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

/** A metadata part of a resource given as a URL rather than inline or as a file in the package. */
export interface RemoteRef {
  property: 'schema' | 'jsonSchema' | 'dialect';
  url: string;
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
  /** The data is compressed: 'gz' is decompressed while reading; 'zip' is not read. */
  compression?: 'gz' | 'zip';
  encoding?: string;
  dialect?: CsvDialect;
  schema?: TableSchema;
  /** A JSON Schema the records must meet (Data Package v2 `jsonSchema`, or a `schema` that is a JSON Schema). */
  jsonSchema?: Record<string, unknown>;
  /** Set when the resource's schema, JSON Schema or dialect could not be read (unreadable, not JSON, outside the package). */
  schemaError?: string;
  /** The schema, JSON Schema or dialect given as a URL: not fetched, as odlint works offline (resource-remote names them). */
  remoteRefs?: RemoteRef[];
  /**
   * The resource's descriptor in Data Package terms, for metadata checks: as written for a Data Package, mapped from
   * its own form by the other readers.
   */
  descriptor: Record<string, unknown>;
  /** JSON pointer of the descriptor inside the (Data Package shaped) dataset descriptor, e.g. '/resources/2'. */
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
  /** The metadata form; undefined for a lone file with no metadata. */
  form?: MetadataForm;
  /**
   * The descriptor in Data Package terms (licenses, modified, accrualPeriodicity, publisher, resources …): as written
   * for a Data Package, mapped by the reader for the other forms. Undefined when absent or unparseable.
   * `locate` takes pointers into this descriptor and answers with positions in the metadata file as written.
   */
  descriptor?: Record<string, unknown>;
  /**
   * The metadata document as written. For a Data Package, the same object as `descriptor` unless the reader met
   * variant spellings (`last_updated`, a resource's `primaryKey`), which it maps into a copy.
   */
  source?: unknown;
  /**
   * JSON pointer of this dataset's own node or entry in `source` ('' for the whole document, '/dataset/3' in a
   * DCAT-US catalogue, '/@graph/4' in JSON-LD), set by the catalogue readers: a catalogue holds several datasets, and
   * what reads the metadata as written (the MQA score) needs to know which one is this.
   */
  sourcePointer?: string;
  /** Variant spellings read and things not understood (reported by metadata-variant and metadata-unread). */
  notes?: MetadataNote[];
  /** Absolute paths of the other files the metadata uses (schema and dialect files): never linted as data. */
  usedFiles?: string[];
  /** Set when the metadata file could not be read or parsed. */
  metadataError?: { message: string; line?: number; column?: number };
  locate: Locator;
  /** Line and column of a pointer into the metadata file as written (notes carry such pointers). */
  locateSource?: Locator;
  resources: Resource[];
}
