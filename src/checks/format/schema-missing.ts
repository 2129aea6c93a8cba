import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { distinctResources, resourceLabel } from '../../util/resources.js';

/** Each tabular resource of a package carries a Table Schema. */
const check: Check = {
  id: 'schema-missing',
  category: 'format',
  description: 'Each CSV or JSON resource of a Data Package declares a Table Schema describing its fields.',
  docs: {
    rationale: 'Without a schema nobody can tell a column\'s type, format or constraints, and odlint can check only the file\'s structure; series drift (renamed columns, changed date formats) then goes unnoticed.',
    failing: '{"name": "spending-2017-q1", "path": "spending-2017-q1.csv"}',
    passing: '{"name": "spending-2017-q1", "path": "spending-2017-q1.csv", "schema": {"fields": [{"name": "paid_date", "type": "date"}, …]}}',
  },
  optionsSchema: NO_OPTIONS,
  checkDataset({ dataset, report }) {
    if (!dataset.metadataFile || dataset.metadataError) return;
    for (const r of distinctResources(dataset)) {
      if (r.format === 'other' || r.schema || r.jsonSchema || r.schemaError) continue;
      const pos = dataset.locate(r.pointer);
      report({
        line: pos?.line,
        column: pos?.column,
        message: `${resourceLabel(r)} declares no Table Schema, so its values cannot be checked`,
        hint: 'Add "schema": {"fields": [{"name": …, "type": …}, …]} to the resource',
      });
    }
  },
};
export default check;
