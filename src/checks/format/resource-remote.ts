import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { distinctResources, resourceLabel } from '../../util/resources.js';

/** Resources whose data is a URL: odlint is offline by default, so say what was not read rather than pass silently. */
const check: Check = {
  id: 'resource-remote',
  description: 'Resources whose data is at a URL are named, because odlint works offline and does not read them.',
  docs: {
    rationale: 'A report that lists no problems for a remote resource would read as "checked and clean". Naming it keeps the report honest; a standard that wants every file inside the package can make this an error, or use resource-path with allowRemote: false.',
    failing: '{"name": "budget", "path": "https://data.example.gov.za/budget.csv"}',
    passing: '{"name": "budget", "path": "data/budget.csv"}',
  },
  messages: {
    remote: '{resource} is at {paths}: remote data is not downloaded (odlint works offline), so it was not checked',
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  checkDataset({ dataset, report }) {
    for (const r of distinctResources(dataset)) {
      const remote = dataset.resources.filter((part) => part.index === r.index && part.status === 'remote');
      if (remote.length === 0) continue;
      const pos = dataset.locate(`${r.pointer}/path`);
      report({
        line: pos?.line,
        column: pos?.column,
        messageId: 'remote',
        data: { resource: resourceLabel(r), paths: remote.map((p) => `'${p.declaredPath}'`).join(', ') },
        hint: 'Download the file into the package folder to lint it, and point the path at the local copy',
      });
    }
  },
};
export default check;
