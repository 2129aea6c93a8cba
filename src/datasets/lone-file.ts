// A data file with no metadata: linted for structure only.
import path from 'node:path';
import type { Dataset } from '../model/dataset.js';
import { displayPath } from '../util/paths.js';
import { formatOf } from './format-of.js';

export function loneFileDataset(absolutePath: string): Dataset {
  const file = displayPath(absolutePath);
  // A .jsonld file that is not metadata of a form odlint reads (or does not parse) is read as JSON, so json-syntax and
  // json-structure say what is wrong with it instead of it passing unread.
  const fmt = formatOf(/\.jsonld$/i.test(absolutePath) ? 'json' : undefined, absolutePath);
  const dialect = fmt.declaredFormat === 'tsv' ? { delimiter: '\t' } : undefined;
  return {
    name: path.basename(absolutePath),
    baseDir: path.dirname(absolutePath),
    locate: () => undefined,
    resources: [{ index: 0, name: path.basename(absolutePath), file, declaredPath: path.basename(absolutePath), absolutePath, status: 'ok', ...fmt, dialect, descriptor: {}, pointer: '' }],
  };
}
