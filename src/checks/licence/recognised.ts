import type { Check, HintRef } from '../../model/check.js';
import { allDeclarations, hasMetadata, ownerMessage, partPointer, written } from '../../licences/declarations.js';
import { closestLicence, resolveParts } from '../../licences/resolve.js';
import { prepareVocabulary, VOCABULARY_OPTION, vocabularyOf, type VocabularyOptions } from '../../licences/run.js';

/** Each declared licence is one the standard's licence vocabulary knows. */
const check: Check<VocabularyOptions> = {
  id: 'licence-recognised',
  description: 'Each declared licence is one the standard knows, by its SPDX, Open Definition or CKAN id, its URL, or its title.',
  docs: {
    rationale:
      "Nobody can tell whether data is open from a licence nobody recognises: the Open Definition's list of conformant licences and the SPDX ids exist so that a licence is named the same way everywhere. The Data Package specification asks for a licence's 'name' to be an Open Definition id and its 'path' to be its URL.",
    failing: '"licenses": [{"name": "Our Data Licence"}] or [{"name": "CC-BY-4"}] (no such id: CC-BY-4.0 is).',
    passing: '"licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}], or the older {"url": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"}.',
  },
  messages: {
    unrecognised: 'The package declares the licence {licence}, which is not a licence this standard recognises',
    resourceUnrecognised: '{resource} declares the licence {licence}, which is not a licence this standard recognises',
  },
  hints: {
    didYouMean: "Did you mean {id}? Write its id as 'name'",
    didYouMeanWithUrl: "Did you mean {id} ({url})? Write its id as 'name' and its URL as 'path'",
    localFile: "A licence file inside the package cannot be checked: give the licence's id as 'name' (e.g. CC-BY-4.0) as well",
    nameIt: "Name the licence by its SPDX or Open Definition id (e.g. CC-BY-4.0, OGL-UK-3.0, CC0-1.0) and give its URL as 'path'; a licence of your own must first be added to the standard's licence vocabulary ('{vocabulary}')",
  },
  module: import.meta.url,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { vocabulary: VOCABULARY_OPTION },
  },
  prepare(ctx) {
    prepareVocabulary(ctx);
  },
  checkDataset(ctx) {
    const { dataset, report } = ctx;
    if (!hasMetadata(dataset)) return;
    const vocabulary = vocabularyOf(ctx);
    for (const declaration of allDeclarations(dataset)) {
      for (const item of declaration.items) {
        if (!item.meaningful) continue; // licence-declared reports licences that name nothing
        const parts = resolveParts(item.value, vocabulary);
        if (parts.some((p) => p.match)) continue;
        const first = parts[0]!;
        const pos = dataset.locate(partPointer(item, first.part));
        const suggestion = parts.map((p) => closestLicence(p.written, vocabulary, p.part)).find((l) => l !== undefined);
        const local = parts.every((p) => p.part === 'path' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(p.written));
        const hint: HintRef = suggestion
          ? suggestion.url ? { id: 'didYouMeanWithUrl', data: { id: suggestion.id, url: suggestion.url } } : { id: 'didYouMean', data: { id: suggestion.id } }
          : local ? { id: 'localFile' } : { id: 'nameIt', data: { vocabulary: vocabulary.name } };
        report({
          line: pos?.line,
          column: pos?.column,
          ...ownerMessage(declaration, 'unrecognised', 'resourceUnrecognised', { licence: written(item.value) }),
          hint,
        });
      }
    }
  },
};
export default check;
