import type { Check, RunContext } from '../../model/check.js';
import { OdlintError } from '../../util/errors.js';
import { allDeclarations, hasMetadata, ownerMessage, partPointer } from '../../licences/declarations.js';
import { agree, byId, resolveParts, type Match } from '../../licences/resolve.js';
import { prepareVocabulary, VOCABULARY_OPTION, vocabularyOf, type VocabularyOptions } from '../../licences/run.js';
import { reasonText, type Licence, type LicenceVocabulary } from '../../licences/vocabulary.js';

interface Options extends VocabularyOptions {
  allow: string[];
  deny: string[];
  allowGeneric: boolean;
  recommended: string[];
}

interface Lists { allow: Set<string>; deny: Set<string>; recommended: Licence[] }

/** The canonical ids the allow and deny options name: each must be a licence the vocabulary knows. */
function resolveOptionIds(ctx: RunContext<Options>, vocabulary: LicenceVocabulary): Lists {
  const resolve = (option: 'allow' | 'deny') =>
    ctx.options[option].map((written) => {
      const match = byId(written, vocabulary);
      if (!match) {
        throw new OdlintError(
          `The licence-open rule's option '${option}' names '${written}', which is not a licence id in the licence vocabulary '${vocabulary.name}'.`,
          'Use the SPDX or Open Definition id of a licence the vocabulary lists (e.g. CC-BY-4.0), or add the licence to the vocabulary.',
        );
      }
      return match.licence;
    });
  const deny = new Set(resolve('deny').map((l) => l.id));
  // Suggestions only: ids another vocabulary does not know, or does not count as open, are left out.
  const recommended = ctx.options.recommended
    .map((written) => byId(written, vocabulary)?.licence)
    .filter((l): l is Licence => l !== undefined && l.open && !deny.has(l.id));
  return { allow: new Set(resolve('allow').map((l) => l.id)), deny, recommended };
}

/** For a NonCommercial or NoDerivatives Creative Commons licence, the open licence it becomes without them. */
function openCounterpart(licence: Licence, vocabulary: LicenceVocabulary): Licence | undefined {
  const cc = /^CC-BY((?:-(?:NC|ND|SA))+)/.exec(licence.id);
  if (!cc || !/NC|ND/.test(cc[1]!)) return undefined;
  const id = cc[1]!.includes('SA') ? 'CC-BY-SA-4.0' : 'CC-BY-4.0';
  const l = vocabulary.licences.get(id);
  return l?.open ? l : undefined;
}

/** The declared licences are open: allowed by the standard's licence vocabulary. */
const check: Check<Options> = {
  id: 'licence-open',
  description: 'Each declared licence is open — one the Open Definition approves (CC-BY, CC-BY-SA, CC0, ODbL, ODC-By, PDDL, OGL-UK 2.0/3.0, OGL-Canada 2.0 …), never NonCommercial or NoDerivatives, in any version.',
  docs: {
    rationale:
      'Open data is data anyone may use, change and share for any purpose (Open Definition 2.1). A NonCommercial licence forbids use for a purpose (2.1.8) and a NoDerivatives licence forbids changes (2.1.3): data under them is not open, whatever its format. The bundled vocabulary accepts the licences the Open Definition approves (CC-BY, CC-BY-SA, CC0, ODbL, ODC-By, PDDL, OGL-UK 2.0/3.0, OGL-Canada 2.0 …).',
    failing: '"licenses": [{"name": "CC-BY-NC-4.0", "path": "https://creativecommons.org/licenses/by-nc/4.0/"}]',
    passing: '"licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}]',
  },
  messages: {
    denied: "The package's licence {licence} is one this standard does not accept",
    resourceDenied: '{resource}: the licence {licence} is one this standard does not accept',
    notOpen: "The package's licence {licence} {reason}",
    resourceNotOpen: '{resource}: the licence {licence} {reason}',
    notOpenSuperseded: "The package's licence {licence} {reason}; it is superseded by {supersededBy}",
    resourceNotOpenSuperseded: '{resource}: the licence {licence} {reason}; it is superseded by {supersededBy}',
    generic:
      "The package's licence {licence} ({title}) says the data is open without naming the licence, so nobody can check its terms (Open Definition 2.1, 1.1 Open License or Status)",
    resourceGeneric:
      '{resource}: the licence {licence} ({title}) says the data is open without naming the licence, so nobody can check its terms (Open Definition 2.1, 1.1 Open License or Status)',
  },
  hints: {
    openSuchAs: 'Publish the data under an open licence such as {ids}',
    open: 'Publish the data under an open licence',
    openSuchAsOrAllow: "Publish the data under an open licence such as {ids}. If it is open, the standard can list it under this rule's 'allow' option",
    openOrAllow: "Publish the data under an open licence. If it is open, the standard can list it under this rule's 'allow' option",
    use: 'Use {id}',
    useOrAllow: "Use {id}. If it is open, the standard can list it under this rule's 'allow' option",
    nameItself: 'Name the licence itself, e.g. {id}',
  },
  module: import.meta.url,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      vocabulary: VOCABULARY_OPTION,
      allow: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, default: [], description: 'Licence ids accepted although the vocabulary does not count them as open.' },
      deny: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, default: [], description: 'Licence ids refused although the vocabulary counts them as open.' },
      allowGeneric: { type: 'boolean', default: false, description: "Accept CKAN's placeholders that say a licence is open without naming it (other-open, other-at, other-pd)." },
      recommended: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: ['CC-BY-4.0', 'CC0-1.0', 'ODbL-1.0'],
        description: 'Open licences suggested in hints (ids the vocabulary does not know as open are left out).',
      },
    },
  },
  prepare(ctx) {
    const vocabulary = prepareVocabulary(ctx);
    ctx.shared.set('lists', resolveOptionIds(ctx, vocabulary));
  },
  checkDataset(ctx) {
    const { dataset, report, options } = ctx;
    if (!hasMetadata(dataset)) return;
    const vocabulary = vocabularyOf(ctx);
    const lists = (ctx.shared.get('lists') as Lists | undefined) ?? resolveOptionIds(ctx, vocabulary);
    const suggest = (licence: Licence) => {
      const counterpart = openCounterpart(licence, vocabulary);
      const ids = [...new Set([...(counterpart && !lists.deny.has(counterpart.id) ? [counterpart.id] : []), ...lists.recommended.map((l) => l.id)])].filter((id) => id !== licence.id);
      return ids.length ? { id: 'openSuchAs', data: { ids: ids.join(', ') } } : { id: 'open' };
    };
    for (const declaration of allDeclarations(dataset)) {
      for (const item of declaration.items) {
        // Every licence the item names is judged: a name and a path naming two licences are both checked.
        const seen = new Set<string>();
        const parts = resolveParts(item.value, vocabulary);
        for (const part of parts) {
          const match: Match | undefined = part.match;
          if (!match || seen.has(match.licence.id)) continue;
          // A version-less reading ('uk-ogl', 'cc-nc') beside a versioned one of its family is that one: judge it once.
          if (match.loose && parts.some((p) => p.match && !p.match.loose && p.match.licence.id !== match.licence.id && agree(p.match, match))) continue;
          seen.add(match.licence.id);
          const licence = match.licence;
          const as = part.written.trim().toLowerCase() === licence.id.toLowerCase() ? licence.id : `${licence.id} ('${part.written.trim()}')`;
          const pos = dataset.locate(partPointer(item, part.part));
          const at = { line: pos?.line, column: pos?.column };
          if (lists.deny.has(licence.id)) {
            report({ ...at, ...ownerMessage(declaration, 'denied', 'resourceDenied', { licence: as }), hint: suggest(licence) });
            continue;
          }
          if (lists.allow.has(licence.id)) continue;
          if (!licence.open) {
            const reason = reasonText(licence, vocabulary);
            const reviewed = licence.reason !== 'not-reviewed';
            report({
              ...at,
              ...(licence.supersededBy
                ? ownerMessage(declaration, 'notOpenSuperseded', 'resourceNotOpenSuperseded', { licence: as, reason, supersededBy: licence.supersededBy })
                : ownerMessage(declaration, 'notOpen', 'resourceNotOpen', { licence: as, reason })),
              hint: licence.supersededBy
                ? { id: reviewed ? 'use' : 'useOrAllow', data: { id: licence.supersededBy } }
                : reviewed ? suggest(licence) : { id: `${suggest(licence).id}OrAllow`, data: suggest(licence).data },
            });
            continue;
          }
          if (licence.generic && !options.allowGeneric) {
            report({
              ...at,
              ...ownerMessage(declaration, 'generic', 'resourceGeneric', { licence: as, title: licence.title }),
              hint: { id: 'nameItself', data: { id: lists.recommended[0]?.id ?? 'CC-BY-4.0' } },
            });
          }
        }
      }
    }
  },
};
export default check;
