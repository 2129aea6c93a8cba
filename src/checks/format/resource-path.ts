import type { Check } from '../../model/check.js';
import { resourceLabel } from '../../util/resources.js';

/** Each resource points at a data file that exists inside the package folder. */
const check: Check = {
  id: 'resource-path',
  description: "Each resource's path names a file that exists inside the package folder — relative, without '..'.",
  docs: {
    rationale: 'The Data Package specification requires resource paths to be relative to the package and forbids \'..\' and absolute paths, so a package can be moved and published as one folder. A path to a missing file means the published package is broken.',
    failing: '{"name": "budget", "path": "../shared/budget.csv"} or a path to a file that is not there.',
    passing: '{"name": "budget", "path": "data/budget.csv"} with data/budget.csv present.',
  },
  messages: {
    missingFile: "{resource}: the data file '{path}' does not exist",
    notAFile: "{resource}: the path '{path}' is not a file",
    absolutePath: "{resource}: the path '{path}' is absolute; resource paths must be relative to the package folder",
    outsidePackage: "{resource}: the path '{path}' uses '..' to reach outside the package folder, which the Data Package specification forbids",
    linkOutside: "{resource}: the path '{path}' leads through a symbolic link to a file outside the package folder, so it was not read",
    remotePath: "{resource}: the path '{path}' is a URL; this standard wants the data inside the package",
    noPath: '{resource} has neither a path nor inline data',
  },
  hints: {
    checkPath: 'Check the path (it is relative to {metadataFile}) or add the file',
    moveInside: 'Move the file into the package folder and give its relative path',
    copyInside: 'Copy the file into the package folder, or reference the other package with a foreign key instead',
    noLinkOut: 'Put the file itself in the package folder (a link inside the package is fine), or lint the other folder on its own',
  },
  module: import.meta.url,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { allowRemote: { type: 'boolean', default: true, description: 'Accept http(s) URLs as paths (they are not downloaded: odlint is offline).' } },
  },
  checkDataset({ dataset, options, report }) {
    const allowRemote = options.allowRemote !== false;
    for (const r of dataset.resources) {
      const pos = dataset.locate(`${r.pointer}/path`) ?? dataset.locate(r.pointer);
      const at = { file: dataset.metadataFile, line: pos?.line, column: pos?.column };
      const data = { resource: resourceLabel(r), path: r.declaredPath ?? '' };
      switch (r.status) {
        case 'missing':
          report({ ...at, messageId: 'missingFile', data, hint: { id: 'checkPath', data: { metadataFile: dataset.metadataFile ?? '' } } });
          break;
        case 'not-a-file':
          report({ ...at, messageId: 'notAFile', data });
          break;
        case 'absolute-path':
          report({ ...at, messageId: 'absolutePath', data, hint: { id: 'moveInside' } });
          break;
        case 'outside-package':
          report({ ...at, messageId: 'outsidePackage', data, hint: { id: 'copyInside' } });
          break;
        case 'outside-via-link':
          report({ ...at, messageId: 'linkOutside', data, hint: { id: 'noLinkOut' } });
          break;
        case 'remote':
          if (!allowRemote) report({ ...at, messageId: 'remotePath', data });
          break;
        case 'no-path':
          report({ ...at, messageId: 'noPath', data: { resource: data.resource } });
          break;
        default:
          break;
      }
    }
  },
};
export default check;
