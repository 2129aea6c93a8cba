import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';

/** A byte-order mark at the start of the file. */
const check: Check = {
  id: 'bom',
  hints: {
    saveWithoutBom: 'Save as "UTF-8" rather than "UTF-8 with BOM"; some tools read the mark as part of the first column name',
    resave: 'Re-save the file as UTF-8',
  },
  module: import.meta.url,
  description: 'Files start without a byte-order mark; one is tolerated but noted.',
  docs: {
    rationale: 'Frictionless recommends UTF-8 without a BOM. Many tools read the BOM as part of the first column name ("\\uFEFFid"), so joins on that column fail; it is informational because Excel needs it to open UTF-8 correctly.',
    failing: 'A file whose first bytes are EF BB BF.',
    passing: 'A file starting directly with its header, "id,name,…".',
  },
  messages: {
    startsWithBom: 'The file starts with a {bom} byte-order mark',
  },
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson', 'geojson', 'topojson'],
  createFileVisitor({ report }) {
    return {
      facts(facts) {
        if (!facts.bom) return;
        report({
          line: 1,
          messageId: 'startsWithBom',
          data: { bom: facts.bom.toUpperCase() },
          hint: { id: facts.bom === 'utf-8' ? 'saveWithoutBom' : 'resave' },
        });
      },
    };
  },
};
export default check;
