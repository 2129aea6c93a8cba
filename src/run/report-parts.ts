// What reports say about the rules and datasets of a run, beside the findings: enough for any formatter (SARIF rule
// descriptors, JUnit passing cases, an auditor's scorecard per department) without reaching back into the standard.
import type { Dataset } from '../model/dataset.js';
import type { ReportDataset, ReportRule } from '../model/report.js';
import type { Rule, Standard } from '../model/standard.js';
import type { Check } from '../model/check.js';
import { BUNDLED_STANDARDS } from '../standard/reference.js';
import { shortenValue } from '../util/shorten.js';
import { mqaScore } from '../scoring/mqa.js';


/** The published rule pages of the bundled standards. */
export const RULE_DOCS_BASE = 'https://github.com/odlint/odlint/blob/main/docs/rules/';

export function ruleHelpUri(rule: Rule): string | undefined {
  if (Object.hasOwn(BUNDLED_STANDARDS, rule.standard)) return `${RULE_DOCS_BASE}${rule.id}.md`;
  return rule.sources[0]?.url;
}

export function reportRules(standard: Standard, checks?: ReadonlyMap<string, Check>): ReportRule[] {
  return standard.rules.map((r) => {
    const out: ReportRule = { id: r.id, category: r.category, severity: r.severity, check: r.check, description: r.description };
    const help = ruleHelpUri(r);
    if (help !== undefined) out.helpUri = help;
    const check = checks?.get(r.check);
    if (check) out.appliesTo = [...(check.createFileVisitor ? check.formats ?? [] : []), ...(check.checkDataset ? ['metadata'] : [])];
    return out;
  });
}

/**
 * The datasets as reports name them. A long name, title or publisher is shortened (util/shorten.ts), as findings'
 * dataset names are, so that they still match and no report repeats a megabyte-long title.
 */
export function reportDatasets(datasets: readonly Dataset[], records?: ReadonlyMap<string, number>, options: { mqa?: boolean } = {}): ReportDataset[] {
  return datasets.map((d) => {
    const out = { name: shortenValue(d.name) } as ReportDataset; // keys in a fixed order, optional ones only when set
    if (d.title !== undefined) out.title = shortenValue(d.title);
    if (d.publisher !== undefined) out.publisher = shortenValue(d.publisher);
    if (d.metadataFile !== undefined) out.metadataFile = d.metadataFile;
    out.files = [...new Set(d.resources.map((r) => r.file))];
    out.formats = Object.fromEntries(d.resources.map((r) => [r.file, r.format]));
    if (d.metadataFile !== undefined && d.metadataError !== undefined) out.metadataUnread = true;
    out.keys = declaredKeys(d);
    if (records) out.records = out.files.reduce((n, f) => n + (records.get(f) ?? 0), 0);
    const mqa = options.mqa ? mqaScore(d) : undefined;
    if (mqa) out.mqa = { points: mqa.points, max: mqa.max, band: mqa.band, dimensions: mqa.dimensions };
    return out;
  });
}

/** Key constraints a dataset's metadata declares: each primary key, unique key and foreign key of its resources. */
export function declaredKeys(dataset: Dataset): number {
  let n = 0;
  for (const r of dataset.resources) {
    const schema = r.schema;
    if (!schema) continue;
    const primary = schema.primaryKey;
    if (primary !== undefined && (typeof primary === 'string' ? primary !== '' : primary.length > 0)) n++;
    n += schema.uniqueKeys?.length ?? 0;
    n += schema.foreignKeys?.length ?? 0;
  }
  return n;
}
