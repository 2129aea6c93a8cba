// The localiser of a run: the standard's catalogues, with English from the checks as the last fallback.
import type { Check } from '../model/check.js';
import type { Standard } from '../model/standard.js';
import type { LabelTranslate } from '../model/report.js';
import { englishCatalogue } from './catalogue.js';
import { Localiser } from './locale.js';

export function standardLocaliser(standard: Pick<Standard, 'locales'>, checks: ReadonlyMap<string, Check>, tag: string): Localiser {
  return new Localiser(tag, standard.locales ?? new Map(), englishCatalogue(checks.values()));
}

/** The report labels of a localiser, for FormatterOptions.translate. */
export function labelsOf(localiser: Localiser): LabelTranslate {
  return (key, data) => localiser.text(key, data, { whole: true });
}
