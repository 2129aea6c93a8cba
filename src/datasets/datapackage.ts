// The Frictionless Data Package reader (v1 and v2; datapackage.json, datapackage.yaml or .yml, *.datapackage.json).
// A Data Package is already in Data Package terms, so its descriptor is the document as written, unless it uses
// variant spellings odlint maps (datapackage-variants.ts).
import type { MetadataReader } from './metadata-reader.js';
import { buildDataset } from './build-dataset.js';
import { mapDataPackage } from './datapackage-variants.js';
import { isObject } from '../util/objects.js';

/** The file names a Data Package is published under. */
export const DATA_PACKAGE_NAME = /^(datapackage\.(json|ya?ml)|.+\.datapackage\.json)$/i;

const reader: MetadataReader = {
  form: 'datapackage',
  title: 'Data Package',
  recognise(value, fileName) {
    if (DATA_PACKAGE_NAME.test(fileName)) return true;
    if (!isObject(value) || !Array.isArray(value.resources)) return false;
    const profile = typeof value.$schema === 'string' ? value.$schema : typeof value.profile === 'string' ? value.profile : '';
    return /data-?package/i.test(profile);
  },
  read(input) {
    const source = input.doc.value as Record<string, unknown>;
    return [buildDataset(input, mapDataPackage(source), { form: 'datapackage', source })];
  },
};
export default reader;
