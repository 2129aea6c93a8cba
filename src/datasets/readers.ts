// The metadata readers, most specific first: the first whose recognise() accepts a document reads it.
import type { MetadataReader } from './metadata-reader.js';
import csvw from './csvw.js';
import dataPackage from './datapackage.js';
import ckan from './ckan.js';
import dcatUs from './dcat-us.js';
import dcatAp from './dcat-ap.js';
import schemaOrg from './schema-org.js';

// DCAT-US before the JSON-LD forms: a data.json names a @context too, but is plain JSON with fixed keys.
export const METADATA_READERS: readonly MetadataReader[] = [dataPackage, csvw, dcatUs, ckan, dcatAp, schemaOrg];

/** The reader for a parsed document, if it is metadata of a form odlint reads. */
export function readerFor(value: unknown, fileName: string): MetadataReader | undefined {
  return METADATA_READERS.find((r) => r.recognise(value, fileName.toLowerCase()));
}
