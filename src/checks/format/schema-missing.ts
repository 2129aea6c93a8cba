import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { distinctResources, isTabularFormat, resourceLabel } from '../../util/resources.js';

/** Each tabular resource of a package carries a Table Schema. */
const check: Check = {
  id: 'schema-missing',
  description: 'Each CSV or JSON resource of a Data Package declares a Table Schema.',
  docs: {
    rationale: 'Without a schema nobody can tell a column\'s type, format or constraints, and odlint can check only the file\'s structure; series drift (renamed columns, changed date formats) then goes unnoticed.',
    failing: '{"name": "spending-2017-q1", "path": "spending-2017-q1.csv"}',
    passing: '{"name": "spending-2017-q1", "path": "spending-2017-q1.csv", "schema": {"fields": [{"name": "paid_date", "type": "date"}, …]}}',
  },
  messages: {
    noSchema: '{resource} declares no Table Schema, so its values cannot be checked',
  },
  hints: {
    addSchema: 'Add "schema": \\{"fields": [\\{"name": …, "type": …\\}, …]\\} to the resource',
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  checkDataset({ dataset, report }) {
    if (!dataset.metadataFile || dataset.metadataError) return;
    for (const r of distinctResources(dataset)) {
      if (!isTabularFormat(r.format) || r.schema || r.jsonSchema || r.schemaError || r.remoteRefs?.some((ref) => ref.property !== 'dialect')) continue;
      const pos = dataset.locate(r.pointer);
      report({
        line: pos?.line,
        column: pos?.column,
        messageId: 'noSchema',
        data: { resource: resourceLabel(r) },
        hint: { id: 'addSchema' },
      });
    }
  },
};
export default check;
