// The licence vocabulary as the licence checks use it during a run: loaded and validated in `prepare` (a missing or
// malformed vocabulary stops the run before any file is read), kept in the rule's shared state for the other hooks.
import type { RunContext } from '../model/check.js';
import { loadLicenceVocabulary, type LicenceVocabulary } from './vocabulary.js';

const KEY = 'licence-vocabulary';

/** The options every vocabulary-using licence check has. */
export interface VocabularyOptions {
  vocabulary: string;
}

/** The JSON Schema of the `vocabulary` option. */
export const VOCABULARY_OPTION = {
  type: 'string',
  minLength: 1,
  default: 'licences',
  description: "The standard's licence vocabulary, by the name standard.yaml gives it under 'vocabularies:'.",
} as const;

export function prepareVocabulary(ctx: RunContext<VocabularyOptions>): LicenceVocabulary {
  const vocabulary = loadLicenceVocabulary(ctx.vocabularies, ctx.options.vocabulary);
  ctx.shared.set(KEY, vocabulary);
  return vocabulary;
}

export function vocabularyOf(ctx: RunContext<VocabularyOptions>): LicenceVocabulary {
  return (ctx.shared.get(KEY) as LicenceVocabulary | undefined) ?? prepareVocabulary(ctx);
}
