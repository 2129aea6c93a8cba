// The scoring method in words, from the method the report carries, so the HTML and Markdown reports explain the very
// numbers they show. Plain text with `code` spans marked by backticks; each format escapes and renders them.
import type { ScoringMethod } from '../model/scorecard.js';
import { CATEGORIES } from '../model/finding.js';
import { NO_PUBLISHER } from './scorecard.js';

const num = (n: number) => String(Math.round(n * 100) / 100);

/** One sentence per step of the method, in the order it is applied. */
export function methodItems(method: ScoringMethod): string[] {
  const fails = CATEGORIES.filter((c) => method.fails[c].length > 0).map((c) => `${c}: ${method.fails[c].map((r) => `\`${r}\``).join(', ')}`);
  const e = method.penalties.error;
  const w = method.penalties.warning;
  const without = (['licence', 'freshness'] as const).map((c) => {
    const s = method.withoutMetadata[c];
    return s === null ? `${c} is not assessed` : `${c} scores ${num(s)}`;
  });
  const weights = CATEGORIES.map((c) => method.weights[c]);
  const equal = weights.every((x) => x === weights[0]);
  return [
    `Per dataset and category (format, licence, freshness, linking), start at 100. A rule that fails its category fails it for the dataset, score 0: ${fails.length ? fails.join('; ') : 'none'}. Every other rule the dataset breaks costs, once however many findings it has, ${num(e.least)} to ${num(e.most)} points at error severity and ${num(w.least)} to ${num(w.most)} at warning severity: the least when it affects one record among many, growing with the share of the dataset's records affected, the most when it affects every record or the file or metadata as a whole. Infos cost nothing. Never below 0.`,
    `A dataset without metadata (a lone file, or metadata that could not be read): ${without.join(' and ')}, and format loses ${num(method.withoutMetadata.formatPenalty)} points for the missing metadata.`,
    method.linkingWithoutKeys === 'not-assessed'
      ? 'Linking is scored only for datasets that declare keys (primary, unique or foreign keys, or register codes) or have linking findings; for the others it is not assessed (“—”) and left out of every mean.'
      : 'Linking of a dataset that declares no keys scores 100.',
    `Overall, for a dataset, a department or the whole set, is the ${equal ? 'mean' : `weighted mean (${CATEGORIES.map((c) => `${c} ${num(method.weights[c])}`).join(', ')})`} of its assessed category scores.`,
    `A department's category score is the mean of its datasets' scores in it, so it falls with the share of datasets affected; the whole set's is the mean of the departments', so every department weighs the same. Datasets that declare no publisher are counted under “${NO_PUBLISHER}”.`,
    `Bands, on the score rounded to a whole number: ${num(method.bands.good)}–100 Good, ${num(method.bands.fair)}–${num(method.bands.good - 1)} Fair, below ${num(method.bands.fair)} Poor; “—” is not assessed.`,
    'Every number can be recomputed from the JSON report of the same run (`odlint lint -f json`): its `scorecard` holds the method and each score, its `findings`, `omitted` and `datasets` what they are computed from. Findings a baseline accepts are not counted.',
  ];
}
