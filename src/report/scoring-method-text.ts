// The scoring method in words, from the method the report carries, so the HTML and Markdown reports explain the very
// numbers they show. Plain text with `code` spans marked by backticks; each format escapes and renders them.
import type { ScoringMethod } from '../model/scorecard.js';
import { CATEGORIES } from '../model/finding.js';
import { NO_PUBLISHER } from './scorecard.js';
import { englishLabels, type Translate } from '../locale/report-labels.js';

const num = (n: number) => String(Math.round(n * 100) / 100);

/** One sentence per step of the method, in the order it is applied, in the report's language. */
export function methodItems(method: ScoringMethod, t: Translate = englishLabels): string[] {
  const fails = CATEGORIES.filter((c) => method.fails[c].length > 0).map((c) => `${c}: ${method.fails[c].map((r) => `\`${r}\``).join(', ')}`);
  const e = method.penalties.error;
  const w = method.penalties.warning;
  const without = (c: 'licence' | 'freshness') => {
    const s = method.withoutMetadata[c];
    return s === null ? t('report.method.notAssessed') : t('report.method.scores', { score: num(s) });
  };
  const weights = CATEGORIES.map((c) => method.weights[c]);
  const equal = weights.every((x) => x === weights[0]);
  const bands = { good: num(method.bands.good), fair: num(method.bands.fair), goodMinusOne: num(method.bands.good - 1), goodLabel: t('report.band.good'), fairLabel: t('report.band.fair'), poorLabel: t('report.band.poor') };
  return [
    t('report.method.perDataset', { fails: fails.length ? fails.join('; ') : t('report.method.noFails'), errorLeast: num(e.least), errorMost: num(e.most), warningLeast: num(w.least), warningMost: num(w.most) }),
    t('report.method.withoutMetadata', { licence: without('licence'), freshness: without('freshness'), penalty: num(method.withoutMetadata.formatPenalty) }),
    t(method.linkingWithoutKeys === 'not-assessed' ? 'report.method.linkingNotAssessed' : 'report.method.linkingFull'),
    equal ? t('report.method.overallMean') : t('report.method.overallWeighted', { weights: CATEGORIES.map((c) => `${c} ${num(method.weights[c])}`).join(', ') }),
    t('report.method.departments', { noPublisher: NO_PUBLISHER }),
    t('report.method.bands', bands),
    t('report.method.source'),
  ];
}
