// Reads one metadata file: parses it (JSON, or YAML for .yaml / .yml), picks the reader of its form and returns the
// datasets it describes. A file that cannot be read or parsed is one dataset with a metadataError, which
// metadata-valid reports, so a broken descriptor is never taken for "no metadata".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset, MetadataForm } from '../model/dataset.js';
import { parseSource, SourceSyntaxError, type SourceDocument } from '../util/source.js';
import { displayPath } from '../util/paths.js';
import { isObject } from '../util/objects.js';
import type { MetadataReader } from './metadata-reader.js';
import { readerFor } from './readers.js';
import dataPackage from './datapackage.js';

function broken(metadataPath: string, form: MetadataForm | undefined, metadataError: Dataset['metadataError'], locate: Dataset['locate'] = () => undefined): Dataset {
  const baseDir = path.dirname(metadataPath);
  return { name: path.basename(baseDir), metadataPath, metadataFile: displayPath(metadataPath), baseDir, form, locate, resources: [], metadataError };
}

/**
 * The datasets a metadata file describes. `reader` is given when discovery already knows the form; otherwise the
 * form is recognised from the content (a file named like a Data Package that is broken is a broken Data Package).
 */
export function loadMetadataFile(metadataPath: string, reader?: MetadataReader, parsed?: SourceDocument): Dataset[] {
  const name = path.basename(metadataPath);
  const guess = reader?.form ?? (dataPackage.recognise(undefined, name.toLowerCase()) ? 'datapackage' : undefined);
  let doc = parsed;
  if (!doc) {
    let text: string;
    try {
      text = readFileSync(metadataPath, 'utf8');
    } catch (err) {
      return [broken(metadataPath, guess, { message: `The metadata file cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` })];
    }
    const yaml = /\.ya?ml$/i.test(name);
    try {
      doc = parseSource(text, yaml ? 'yaml' : 'json');
    } catch (err) {
      const e = err as SourceSyntaxError;
      return [broken(metadataPath, guess, { message: `${name} is not valid ${yaml ? 'YAML' : 'JSON'}: ${e.message}`, line: e.line, column: e.column })];
    }
  }
  const chosen = reader ?? readerFor(doc.value, name);
  if (!chosen) return [];
  if (!isObject(doc.value)) {
    return [broken(metadataPath, chosen.form, { message: `${name} must hold a JSON object (the ${chosen.form === 'datapackage' ? 'package' : chosen.title} descriptor)`, line: 1, column: 1 }, doc.locate)];
  }
  return chosen.read({ path: metadataPath, file: displayPath(metadataPath), baseDir: path.dirname(metadataPath), doc });
}
