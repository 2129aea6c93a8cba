import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { distinctResources, resourceLabel, resourceParts } from '../../util/resources.js';

const WHAT = { schema: 'schema', jsonSchema: 'JSON Schema', dialect: 'dialect' } as const;

/**
 * Resources whose data, schema or dialect is at a URL: odlint is offline by default, so say what was not read rather
 * than pass silently.
 */
const check: Check = {
  id: 'resource-remote',
  // Pinned in every JSON report's list of rules; the rationale says that schemas and dialects count too.
  description: 'Resources whose data is at a URL are named, because odlint works offline and does not read them.',
  docs: {
    rationale: 'A report that lists no problems for a remote resource would read as "checked and clean". Naming it keeps the report honest. A schema, JSON Schema or dialect given as a URL (Data Package allows both) is named the same way: the data is still read, but without what odlint could not read. A standard that wants every file inside the package can make this an error, or use resource-path with allowRemote: false.',
    failing: '{"name": "budget", "path": "https://data.example.gov.za/budget.csv"}',
    passing: '{"name": "budget", "path": "data/budget.csv"}',
  },
  messages: {
    remote: '{resource} is at {paths}: remote data is not downloaded (odlint works offline), so it was not checked',
    remoteMetadata: "{resource}: its {what} is at '{url}': remote metadata is not downloaded (odlint works offline), so it was not used",
  },
  hints: {
    ...Object.fromEntries(Object.entries(WHAT).map(([property, what]) => [`download.${property}`, `Download the ${what} into the package folder and give its relative path, to have the data checked against it`])),
    downloadFile: 'Download the file into the package folder to lint it, and point the path at the local copy',
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  checkDataset({ dataset, report }) {
    for (const r of distinctResources(dataset)) {
      for (const ref of r.remoteRefs ?? []) {
        const pos = dataset.locate(`${r.pointer}/${ref.property}`);
        report({
          line: pos?.line,
          column: pos?.column,
          messageId: 'remoteMetadata',
          data: { resource: resourceLabel(r), what: WHAT[ref.property], url: ref.url },
          hint: { id: `download.${ref.property}` },
        });
      }
      const remote = resourceParts(dataset, r.index).filter((part) => part.status === 'remote');
      if (remote.length === 0) continue;
      const pos = dataset.locate(`${r.pointer}/path`);
      report({
        line: pos?.line,
        column: pos?.column,
        messageId: 'remote',
        data: { resource: resourceLabel(r), paths: remote.map((p) => `'${p.declaredPath}'`).join(', ') },
        hint: { id: 'downloadFile' },
      });
    }
  },
};
export default check;
