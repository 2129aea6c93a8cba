import type { Check } from '../../model/check.js';
import { allDeclarations, hasMetadata, ownerMessage, packageDeclaration, partPointer, type Declaration } from '../../licences/declarations.js';
import { agree, resolveParts, type Match, type PartMatch } from '../../licences/resolve.js';
import { prepareVocabulary, VOCABULARY_OPTION, vocabularyOf, type VocabularyOptions } from '../../licences/run.js';
import { distinctResources, resourceLabel } from '../../util/resources.js';

interface Options extends VocabularyOptions {
  withinLicence: boolean;
  packageAndResources: boolean;
}

const describePart = (p: PartMatch) => (p.part === 'value' ? `'${p.written}'` : `${p.part} '${p.written}'`);

/** The licence each item of a declaration names (its first reading that resolves). */
function declaredLicences(declaration: Declaration, vocabulary: Parameters<typeof resolveParts>[1]): Match[] {
  const out: Match[] = [];
  for (const item of declaration.items) {
    const match = resolveParts(item.value, vocabulary).find((p) => p.match)?.match;
    if (match) out.push(match);
  }
  return out;
}

const ids = (matches: Match[]) => {
  const list = [...new Set(matches.map((m) => m.licence.id))];
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list.join('');
};

/** A licence's name, path and title name one licence, and a resource's licence agrees with the package's. */
const check: Check<Options> = {
  id: 'licence-consistent',
  description: "A licence's id, URL and title name the same licence, and a resource's own licences agree with the package's.",
  docs: {
    rationale:
      "When a licence's name says one licence and its path another, a re-user cannot tell which applies, and must assume the more restrictive. A resource's `licenses` replace the package's (Frictionless Data Package), so a package that shows one licence while a resource has another misleads anyone reading the package's licence on a portal.",
    failing: '{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by-nc/4.0/"}, or a package under CC-BY-4.0 with a resource under ODbL-1.0.',
    passing: '{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/", "title": "Creative Commons Attribution 4.0"}',
  },
  messages: {
    twoLicences: "The package's licence names two different licences: {first} is {firstId} but {second} is {secondId}",
    resourceTwoLicences: '{resource}: the licence names two different licences: {first} is {firstId} but {second} is {secondId}',
    resourceDiffers: '{resource} is licensed under {licences}, but the package under {packageLicences}',
  },
  hints: {
    sameLicence: 'Make the {first} and {second} name the same licence{firstUrl}{secondUrl}',
    firstUrl: ': {id} is {url}',
    secondUrl: ', {id} is {url}',
    agree: "A resource's licences replace the package's for that resource: make them agree, or, if the resource really has another licence, give each resource its licence and the package one that is true of all of them",
  },
  module: import.meta.url,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      vocabulary: VOCABULARY_OPTION,
      withinLicence: { type: 'boolean', default: true, description: "Report a licence whose name, path, url and title name different licences." },
      packageAndResources: { type: 'boolean', default: true, description: "Report a resource whose own licences differ from the package's." },
    },
  },
  prepare(ctx) {
    prepareVocabulary(ctx);
  },
  checkDataset(ctx) {
    const { dataset, report, options } = ctx;
    if (!hasMetadata(dataset)) return;
    const vocabulary = vocabularyOf(ctx);
    const at = (pointer: string) => {
      const pos = dataset.locate(pointer);
      return { line: pos?.line, column: pos?.column };
    };

    if (options.withinLicence) {
      for (const declaration of allDeclarations(dataset)) {
        for (const item of declaration.items) {
          const parts = resolveParts(item.value, vocabulary).filter((p) => p.match);
          const first = parts[0];
          if (!first) continue;
          for (const other of parts.slice(1)) {
            if (agree(first.match!, other.match!)) continue;
            const a = first.match!.licence;
            const b = other.match!.licence;
            report({
              ...at(partPointer(item, other.part)),
              ...ownerMessage(declaration, 'twoLicences', 'resourceTwoLicences', { first: describePart(first), firstId: a.id, second: describePart(other), secondId: b.id }),
              hint: { id: 'sameLicence', data: { first: first.part, second: other.part, firstUrl: a.url ? { id: 'firstUrl', data: { id: a.id, url: a.url } } : '', secondUrl: b.url ? { id: 'secondUrl', data: { id: b.id, url: b.url } } : '' } },
            });
          }
        }
      }
    }

    if (options.packageAndResources) {
      const pkg = packageDeclaration(dataset);
      const pkgLicences = pkg ? declaredLicences(pkg, vocabulary) : [];
      if (pkgLicences.length === 0) return;
      // Each resource's own declaration, found once (a package may have thousands of resources).
      const ownOf = new Map(allDeclarations(dataset).map((d) => [d.resource, d]));
      for (const r of distinctResources(dataset)) {
        const own = ownOf.get(r);
        if (!own) continue;
        const resLicences = declaredLicences(own, vocabulary);
        if (resLicences.length === 0) continue;
        const covered = (m: Match, list: Match[]) => list.some((o) => agree(m, o));
        if (resLicences.every((m) => covered(m, pkgLicences)) && pkgLicences.every((m) => covered(m, resLicences))) continue;
        report({
          ...at(own.pointer),
          messageId: 'resourceDiffers',
          data: { resource: resourceLabel(r), licences: ids(resLicences), packageLicences: ids(pkgLicences) },
          hint: { id: 'agree' },
        });
      }
    }
  },
};
export default check;
