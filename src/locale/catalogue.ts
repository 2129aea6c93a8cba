// The English catalogue (every key a catalogue may translate, with its English template), built from the checks, the
// common hints, the engine's own message and the report labels; and the validation of a standard's locale files
// against it: every key known, every template parsed, the same placeholders as English.
import { COMMON_HINTS } from '../checks/common-hints.js';
import { INTERNAL_ERROR, INTERNAL_ERROR_HINT } from './keyed-hint.js';
import type { Check } from '../model/check.js';
import { REPORT_LABELS } from './report-labels.js';
import { compareText } from '../util/compare-text.js';
import { compileTemplate } from '../util/message-template.js';
import type { Catalogue } from './locale.js';

/** Every key and its English template, sorted by key. */
export function englishCatalogue(checks: Iterable<Pick<Check, 'id' | 'messages' | 'hints'>>): Record<string, string> {
  const entries: [string, string][] = [];
  for (const check of checks) {
    for (const [id, template] of Object.entries(check.messages)) entries.push([`${check.id}.${id}`, template]);
    for (const [id, template] of Object.entries(check.hints ?? {})) entries.push([`${check.id}.hint.${id}`, template]);
  }
  for (const [id, template] of Object.entries(COMMON_HINTS)) entries.push([`hint.${id}`, template]);
  entries.push(['engine.internalError', INTERNAL_ERROR], ['engine.hint.internalError', INTERNAL_ERROR_HINT]);
  entries.push(...Object.entries(REPORT_LABELS));
  entries.sort(([a], [b]) => compareText(a, b));
  return Object.fromEntries(entries);
}

export interface CatalogueProblem {
  key: string;
  problem: string;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * What is wrong with a catalogue against the English one: keys English does not have, templates that do not parse,
 * placeholders other than English's (as a set: a language may order them differently). Missing keys are not
 * problems: those messages are given in English.
 */
export function catalogueProblems(catalogue: Catalogue, english: Catalogue): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  for (const [key, template] of Object.entries(catalogue)) {
    if (key === '$schema') continue;
    if (!Object.hasOwn(english, key)) {
      problems.push({ key, problem: `'${key}' is not a message of odlint or of the standard's checks` });
      continue;
    }
    let placeholders: readonly string[];
    try {
      placeholders = compileTemplate(template).placeholders;
    } catch (err) {
      problems.push({ key, problem: `'${key}' is not a valid message template: ${(err as Error).message}` });
      continue;
    }
    const expected = compileTemplate(english[key]!).placeholders;
    if (!sameSet(placeholders, expected)) {
      const list = (names: readonly string[]) => (names.length ? names.map((n) => `{${n}}`).join(', ') : 'none');
      problems.push({ key, problem: `'${key}' has the placeholders ${list(placeholders)}, but the English message has ${list(expected)}` });
    }
  }
  return problems;
}

/** The text of rules/locales/en.json: the English catalogue of these checks, as translators copy it. */
export function englishCatalogueFile(checks: Iterable<Pick<Check, 'id' | 'messages' | 'hints'>>): string {
  return `${JSON.stringify({ $schema: '../../schemas/locale.schema.json', ...englishCatalogue(checks) }, null, 2)}\n`;
}
