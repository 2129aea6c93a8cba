// The contract of a metadata reader: one file per metadata form (Data Package, CSVW, DCAT-US, DCAT-AP, CKAN,
// schema.org) maps what it reads into the one Dataset shape of src/model/dataset.ts. A reader maps the metadata into a
// Data Package shaped descriptor and records where each mapped value was written (a PointerMap), so every check that
// works on a datapackage.json works on it, and its findings point into the metadata file as written.
import type { Dataset, MetadataForm, MetadataNote } from '../model/dataset.js';
import type { SourceDocument } from '../util/source.js';
import type { PointerMap } from './pointer-map.js';

/** A metadata file, read and parsed, handed to the reader that recognised it. */
export interface MetadataInput {
  /** Absolute path of the metadata file. */
  path: string;
  /** Display path (relative to the working folder, '/' separators). */
  file: string;
  /** Absolute path of the folder relative paths are resolved against (the metadata file's folder). */
  baseDir: string;
  doc: SourceDocument;
}

export interface MetadataReader {
  form: MetadataForm;
  /** A short name for messages and docs: 'Data Package', 'CSVW', 'DCAT-US data.json' … */
  title: string;
  /**
   * Whether a parsed document is metadata of this form. `fileName` is the base name in lower case, for forms known
   * by their file name ('datapackage.json', 'csv-metadata.json'); content decides for the others.
   */
  recognise(value: unknown, fileName: string): boolean;
  /** The datasets the document describes: one for most forms, one per entry for a catalogue. */
  read(input: MetadataInput): Dataset[];
}

/** What a reader produced for one dataset, before build-dataset.ts resolves its resources on disk. */
export interface MappedDataset {
  /** The descriptor in Data Package terms (resources with path, format, schema, dialect …). */
  descriptor: Record<string, unknown>;
  /** Where each mapped value was written. */
  map: PointerMap;
  /** Variant spellings and things not understood. */
  notes?: MetadataNote[];
  /** The JSON pointer of this dataset inside the document ('' for the whole document, '/dataset/3' in a catalogue). */
  root?: string;
  /** Set when the dataset's metadata is unusable as a whole (e.g. a record without a result). */
  error?: { message: string; pointer?: string };
}
