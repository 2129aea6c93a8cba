// odlint as a library: `import { lint, formatReport, loadStandard } from 'odlint'`.
import { checkRegistryWith } from './checks/index.js';
import type { Check } from './model/check.js';
import type { Standard } from './model/standard.js';
import { BUNDLED_STANDARD, loadStandard as loadStandardWith } from './standard/load.js';
import { normaliseLocaleTag } from './locale/locale.js';
import { labelsOf, standardLocaliser } from './locale/standard.js';
import type { LabelTranslate } from './model/report.js';

export { lint, type LintOptions } from './run/lint.js';
export { formatReport, FORMAT_NAMES } from './run/format.js';
export { BUILT_IN_CHECKS } from './checks/index.js';
export { OdlintError } from './util/errors.js';
export type { Category, Finding, OmittedFindings, RuleLevel, Severity } from './model/finding.js';
export type { FixedBaselineEntry, FormatterOptions, LabelTranslate, LintReport, ReportBaseline, ReportDataset, ReportRule, ReportShard, ReportSummary } from './model/report.js';
export type { Rule, RuleChange, RuleSource, Standard, StandardLayer } from './model/standard.js';
export type { Band, Bands, LinkingBreak, MqaBand, MqaSummary, Penalty, PreviousScores, Score, ScoreKey, Scorecard, ScorecardDataset, ScorecardDepartment, Scores, ScoringMethod, SeverityTotals } from './model/scorecard.js';
export { computeScorecard } from './report/scorecard.js';
export { mergeReports } from './run/merge.js';
export { parseShard, shardOf, type ShardSpec } from './run/shard.js';
export type * from './model/check.js';
export type { CsvDialect, DataFormat, Dataset, Resource } from './model/dataset.js';
export type { ReportLabel, Translate } from './locale/report-labels.js';

/**
 * The words of the stylish and Markdown reports (severities, summary lines, table heads) in a language, for
 * formatReport's `translate`: `formatReport(report, 'markdown', { translate: reportLabels(report.locale ?? 'en') })`.
 * From the standard's catalogues (default: the bundled standard's), English where they have none. The findings'
 * messages are already in the report's language: lint() gives them (LintOptions.locale).
 */
export function reportLabels(locale: string, options: { standard?: string | Standard; checks?: readonly Check[] } = {}): LabelTranslate {
  const checks = checkRegistryWith(options.checks);
  const standard = typeof options.standard === 'object' ? options.standard : loadStandardWith(options.standard ?? BUNDLED_STANDARD, checks);
  return labelsOf(standardLocaliser(standard, checks, normaliseLocaleTag(locale) ?? 'en'));
}

/**
 * Loads a standard — a bundled one by name, a folder or root file, or an installed npm package — validating every
 * file and every rule's options against its check. `checks` adds checks its rules may name.
 */
export function loadStandard(ref: string, options: { fromDir?: string; checks?: readonly Check[] } = {}): Standard {
  return loadStandardWith(ref, checkRegistryWith(options.checks), { fromDir: options.fromDir });
}
