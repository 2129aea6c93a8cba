import { ADD_LICENCE_HINTS, addHint } from '../metadata-hints.js';
import { escapeTemplate } from '../../util/message-template.js';
import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { distinctResources, resourceLabel } from '../../util/resources.js';
import { hasMetadata, names, packageDeclaration, resourceDeclaration } from '../../licences/declarations.js';

const EXAMPLE = '"licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/", "title": "Creative Commons Attribution 4.0"}]';

/** Every resource has a licence, its own or the package's. */
const check: Check = {
  id: 'licence-declared',
  description: "Every resource has a licence, declared in the package's `licenses` or its own (which replaces the package's).",
  docs: {
    rationale:
      'Data without a licence cannot legally be re-used, whatever the publisher intends: the Open Definition (1.1) requires open works to be in the public domain or under an open licence, and the International Open Data Charter asks for data to be open by default under an open licence. The Data Package `licenses` property says which.',
    failing: '{"name": "budget", "resources": [{"name": "spend", "path": "spend.csv"}]}: neither the package nor the resource declares a licence.',
    passing: `{"name": "budget", ${EXAMPLE}, "resources": [{"name": "spend", "path": "spend.csv"}]}`,
  },
  messages: {
    packageNamesNone: "The package's '{key}' names no licence: each licence needs a 'name' (its id) or a 'path' (its URL)",
    resourceNamesNone: "{resource}: its '{key}' names no licence: each licence needs a 'name' (its id) or a 'path' (its URL)",
    noLicence: 'The package declares no licence',
    noLicenceAnywhere: "The package declares no licence: neither datapackage.json nor any of its resources has 'licenses'",
    resourceNoLicence: '{resource} has no licence: it declares none and the package declares none',
  },
  hints: {
    write: `Write ${escapeTemplate(EXAMPLE)}`,
    writeOrLeaveOut: `Write ${escapeTemplate(EXAMPLE)}, or leave 'licenses' out so the package's licence applies`,
    addToPackageOrResource: "Add 'licenses' to the package, where it covers every resource, or to this resource",
    ...ADD_LICENCE_HINTS,
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  checkDataset({ dataset, report }) {
    if (!hasMetadata(dataset)) return; // lone files: metadata-missing; unreadable metadata: metadata-valid
    const at = (pointer: string) => {
      const pos = dataset.locate(pointer);
      return { line: pos?.line, column: pos?.column };
    };
    const pkg = packageDeclaration(dataset);
    if (pkg && !names(pkg)) {
      report({ ...at(pkg.pointer), messageId: 'packageNamesNone', data: { key: pkg.key }, hint: { id: 'write' } });
    }
    const packageHas = names(pkg);
    const resources = distinctResources(dataset);
    const unlicensed = resources.filter((r) => {
      const own = resourceDeclaration(r);
      if (own && !names(own)) {
        report({ ...at(own.pointer), messageId: 'resourceNamesNone', data: { resource: resourceLabel(r), key: own.key }, hint: { id: 'writeOrLeaveOut' } });
        return false;
      }
      return !own && !packageHas;
    });
    // Covered by the package's licence, or the package's 'licenses' is there but empty of names (reported above).
    if (packageHas || pkg) return;
    if (resources.length === 0 || unlicensed.length === resources.length) {
      report({
        ...at('/licenses'),
        messageId: resources.length === 0 ? 'noLicence' : 'noLicenceAnywhere',
        hint: addHint(dataset.form),
      });
      return;
    }
    for (const r of unlicensed) {
      report({
        ...at(r.pointer),
        messageId: 'resourceNoLicence',
        data: { resource: resourceLabel(r) },
        hint: { id: 'addToPackageOrResource' },
      });
    }
  },
};
export default check;
