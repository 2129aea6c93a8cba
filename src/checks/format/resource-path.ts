import type { Check } from '../../model/check.js';

/** Each resource points at a data file that exists inside the package folder. */
const check: Check = {
  id: 'resource-path',
  category: 'format',
  description: "Each resource's path names a file that exists inside the package folder (relative, no '..', not absolute).",
  docs: {
    rationale: 'The Data Package specification requires resource paths to be relative to the package and forbids \'..\' and absolute paths, so a package can be moved and published as one folder. A path to a missing file means the published package is broken.',
    failing: '{"name": "budget", "path": "../shared/budget.csv"} or a path to a file that is not there.',
    passing: '{"name": "budget", "path": "data/budget.csv"} with data/budget.csv present.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { allowRemote: { type: 'boolean', default: true, description: 'Accept http(s) URLs as paths (they are not downloaded: odlint is offline).' } },
  },
  checkDataset({ dataset, options, report }) {
    const allowRemote = options.allowRemote !== false;
    for (const r of dataset.resources) {
      const label = r.name ? `Resource '${r.name}'` : `Resource ${r.index + 1}`;
      const pos = dataset.locate(`${r.pointer}/path`) ?? dataset.locate(r.pointer);
      const at = { file: dataset.metadataFile, line: pos?.line, column: pos?.column };
      const p = r.declaredPath ?? '';
      switch (r.status) {
        case 'missing':
          report({ ...at, message: `${label}: the data file '${p}' does not exist`, hint: `Check the path (it is relative to ${dataset.metadataFile}) or add the file` });
          break;
        case 'not-a-file':
          report({ ...at, message: `${label}: the path '${p}' is not a file` });
          break;
        case 'absolute-path':
          report({ ...at, message: `${label}: the path '${p}' is absolute; resource paths must be relative to the package folder`, hint: 'Move the file into the package folder and give its relative path' });
          break;
        case 'outside-package':
          report({ ...at, message: `${label}: the path '${p}' uses '..' to reach outside the package folder, which the Data Package specification forbids`, hint: 'Copy the file into the package folder, or reference the other package with a foreign key instead' });
          break;
        case 'remote':
          if (!allowRemote) report({ ...at, message: `${label}: the path '${p}' is a URL; this standard wants the data inside the package` });
          break;
        case 'no-path':
          report({ ...at, message: `${label} has neither a path nor inline data` });
          break;
        default:
          break;
      }
    }
  },
};
export default check;
