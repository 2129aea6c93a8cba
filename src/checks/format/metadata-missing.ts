import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';

/** A data file that no Data Package describes: it can only be linted for structure. */
const check: Check = {
  id: 'metadata-missing',
  description: 'Every data file is described by a datapackage.json that lists it as a resource.',
  docs: {
    rationale: 'Without metadata there is no schema, licence, publisher or update date: users cannot tell what the columns mean or whether they may reuse the data, and odlint can only check the file\'s structure.',
    failing: 'A folder holding spending.csv and nothing else.',
    passing: 'spending.csv beside a datapackage.json whose resources list {"name": "spending", "path": "spending.csv", "schema": {…}}.',
  },
  messages: {
    noMetadata: 'This file has no metadata: no datapackage.json describes it, so only its structure was checked',
  },
  hints: {
    add: 'Add a datapackage.json beside it listing the file as a resource with its Table Schema, licence and dates',
    addOrDraft: 'Add a datapackage.json beside it listing the file as a resource with its Table Schema, licence and dates; odlint init --datapackage {path} --skip-config drafts one from the data',
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  checkDataset({ dataset, report }) {
    if (dataset.metadataFile) return;
    const resource = dataset.resources[0];
    // A spreadsheet or PDF met while walking a folder is file-format's: it was not read, so nothing was checked.
    if (resource?.format === 'other') return;
    const file = resource?.file ?? dataset.name;
    // odlint init infers a package from CSV (and TSV) files: point there when it can do the work.
    const shellPath = /^[\w./@+-]+$/.test(file) ? file : `'${file.replace(/'/g, "'\\''")}'`;
    const draft = resource?.format === 'csv' && resource.compression !== 'zip';
    report({
      file,
      messageId: 'noMetadata',
      hint: draft ? { id: 'addOrDraft', data: { path: shellPath } } : { id: 'add' },
    });
  },
};
export default check;
