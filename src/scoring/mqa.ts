// An offline, MQA-compatible score of a dataset's metadata: the indicators and weights of data.europa.eu's Metadata
// Quality Assessment (405 points in five dimensions), judged from the metadata as written and never from the network.
// Each metadata form has its extractor in mqa/ (one reader per form); this file scores what they read. What odlint
// cannot judge offline is said on each indicator ('assumed', 'not-judged'). See docs/scoring/mqa.md.
import type { Dataset } from '../model/dataset.js';
import type { MqaDistributionFacts, MqaFacts } from './mqa/facts.js';
import { dcatApFacts } from './mqa/dcat-ap.js';
import { dcatUsFacts } from './mqa/dcat-us.js';

export type { MqaDistributionFacts, MqaFacts } from './mqa/facts.js';

export type MqaDimension = 'findability' | 'accessibility' | 'interoperability' | 'reusability' | 'contextuality';

export interface MqaIndicator {
  /** e.g. 'keywords', 'download-url', 'licence-vocabulary'. */
  id: string;
  dimension: MqaDimension;
  /** MQA's weight. */
  max: number;
  /** Earned: fractional for a distribution indicator met by a share of the distributions, rounded to 1 decimal. */
  points: number;
  /**
   * 'offline': judged from the metadata; 'assumed': needs the network (reachability), so counted as met when the URL
   * is given; 'not-judged': odlint cannot judge it offline (DCAT-AP SHACL compliance), so 0 points.
   */
  judged: 'offline' | 'assumed' | 'not-judged';
}

export interface MqaScore {
  /** The sum, rounded to 1 decimal. */
  points: number;
  max: 405;
  band: 'excellent' | 'good' | 'sufficient' | 'bad';
  dimensions: Record<MqaDimension, { points: number; max: number }>;
  /** In MQA's order: findability, accessibility, interoperability, reusability, contextuality. */
  indicators: MqaIndicator[];
}

type DistributionKey = keyof MqaDistributionFacts;
type DatasetKey = Exclude<keyof MqaFacts, 'distributions'>;

interface IndicatorDefinition {
  id: string;
  dimension: MqaDimension;
  max: number;
  judged: MqaIndicator['judged'];
  /** Judged on the dataset: all or nothing. */
  dataset?: DatasetKey;
  /** Judged on each distribution: the points times the share of distributions that meet it. */
  distribution?: DistributionKey;
}

/** MQA's indicators and weights, in its order (data.europa.eu MQA methodology; fdk-mqa-scoring-service score values). */
const INDICATORS: readonly IndicatorDefinition[] = [
  { id: 'keywords', dimension: 'findability', max: 30, judged: 'offline', dataset: 'keywords' },
  { id: 'categories', dimension: 'findability', max: 30, judged: 'offline', dataset: 'themes' },
  { id: 'spatial', dimension: 'findability', max: 20, judged: 'offline', dataset: 'spatial' },
  { id: 'temporal', dimension: 'findability', max: 20, judged: 'offline', dataset: 'temporal' },
  { id: 'access-url-reachable', dimension: 'accessibility', max: 50, judged: 'assumed', distribution: 'accessUrl' },
  { id: 'download-url', dimension: 'accessibility', max: 20, judged: 'offline', distribution: 'downloadUrl' },
  { id: 'download-url-reachable', dimension: 'accessibility', max: 30, judged: 'assumed', distribution: 'downloadUrl' },
  { id: 'format', dimension: 'interoperability', max: 20, judged: 'offline', distribution: 'format' },
  { id: 'media-type', dimension: 'interoperability', max: 10, judged: 'offline', distribution: 'mediaType' },
  { id: 'format-vocabulary', dimension: 'interoperability', max: 10, judged: 'offline', distribution: 'formatVocabulary' },
  { id: 'non-proprietary', dimension: 'interoperability', max: 20, judged: 'offline', distribution: 'nonProprietary' },
  { id: 'machine-readable', dimension: 'interoperability', max: 20, judged: 'offline', distribution: 'machineReadable' },
  { id: 'dcat-ap-compliance', dimension: 'interoperability', max: 30, judged: 'not-judged' },
  { id: 'licence', dimension: 'reusability', max: 20, judged: 'offline', distribution: 'licence' },
  { id: 'licence-vocabulary', dimension: 'reusability', max: 10, judged: 'offline', distribution: 'licenceVocabulary' },
  { id: 'access-rights', dimension: 'reusability', max: 10, judged: 'offline', dataset: 'accessRights' },
  { id: 'access-rights-vocabulary', dimension: 'reusability', max: 5, judged: 'offline', dataset: 'accessRightsVocabulary' },
  { id: 'contact-point', dimension: 'reusability', max: 20, judged: 'offline', dataset: 'contactPoint' },
  { id: 'publisher', dimension: 'reusability', max: 10, judged: 'offline', dataset: 'publisher' },
  { id: 'rights', dimension: 'contextuality', max: 5, judged: 'offline', distribution: 'rights' },
  { id: 'byte-size', dimension: 'contextuality', max: 5, judged: 'offline', distribution: 'byteSize' },
  // Dates: given on the dataset, or on its distributions (the portal reads them on both).
  { id: 'issued', dimension: 'contextuality', max: 5, judged: 'offline', dataset: 'issued', distribution: 'issued' },
  { id: 'modified', dimension: 'contextuality', max: 5, judged: 'offline', dataset: 'modified', distribution: 'modified' },
];

const DIMENSIONS: readonly MqaDimension[] = ['findability', 'accessibility', 'interoperability', 'reusability', 'contextuality'];

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** MQA's rating of a score: Excellent 351–405, Good 221–350, Sufficient 121–220, Bad 0–120. */
export function mqaBand(points: number): MqaScore['band'] {
  if (points >= 351) return 'excellent';
  if (points >= 221) return 'good';
  if (points >= 121) return 'sufficient';
  return 'bad';
}

/** The share of distributions that meet a distribution indicator (none met when there is no distribution). */
function share(distributions: readonly MqaDistributionFacts[], key: DistributionKey): number {
  return distributions.length === 0 ? 0 : distributions.filter((d) => d[key]).length / distributions.length;
}

/** The score of the facts an extractor read. */
export function scoreMqaFacts(facts: MqaFacts): MqaScore {
  const indicators = INDICATORS.map((def): MqaIndicator => {
    let met = 0;
    if (def.judged !== 'not-judged') {
      if (def.dataset && facts[def.dataset]) met = 1;
      else if (def.distribution) met = share(facts.distributions, def.distribution);
    }
    return { id: def.id, dimension: def.dimension, max: def.max, points: round1(def.max * met), judged: def.judged };
  });
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => {
      const own = indicators.filter((i) => i.dimension === d);
      return [d, { points: round1(own.reduce((s, i) => s + i.points, 0)), max: own.reduce((s, i) => s + i.max, 0) }];
    }),
  ) as MqaScore['dimensions'];
  const points = round1(indicators.reduce((s, i) => s + i.points, 0));
  return { points, max: 405, band: mqaBand(points), dimensions, indicators };
}

/**
 * The MQA-compatible score of a dataset's metadata: for DCAT-AP and DCAT-US only (the forms MQA's indicators are
 * written for); undefined for any other form, a lone file, or a dataset whose node or entry cannot be read.
 */
export function mqaScore(dataset: Dataset): MqaScore | undefined {
  const facts = dataset.form === 'dcat-ap' ? dcatApFacts(dataset) : dataset.form === 'dcat-us' ? dcatUsFacts(dataset) : undefined;
  return facts ? scoreMqaFacts(facts) : undefined;
}
