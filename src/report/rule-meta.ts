// What reports say about the rules and datasets of a run, beside the findings: enough for any formatter (SARIF rule
// descriptors, JUnit passing cases, an auditor's scorecard per department) without reaching back into the standard.
import type { Dataset } from '../datasets/dataset.js';
import type { Rule, Standard } from '../standard/load.js';
import { BUNDLED_STANDARDS } from '../standard/reference.js';
import type { Category, RuleLevel } from './finding.js';

export interface ReportRule {
  id: string;
  category: Category;
  /** The severity the project gives it (overrides may give some files another). */
  severity: RuleLevel;
  check: string;
  description: string;
  /** Where a person reads about it: its page in docs/rules for a bundled rule, else its first source. */
  helpUri?: string;
}

export interface ReportDataset {
  name: string;
  title?: string;
  publisher?: string;
  metadataFile?: string;
  /** Its data files, as findings name them. */
  files: string[];
}

/** The published rule pages of the bundled standards. */
export const RULE_DOCS_BASE = 'https://github.com/odlint/odlint/blob/main/docs/rules/';

export function ruleHelpUri(rule: Rule): string | undefined {
  if (Object.hasOwn(BUNDLED_STANDARDS, rule.standard)) return `${RULE_DOCS_BASE}${rule.id}.md`;
  return rule.sources[0]?.url;
}

export function reportRules(standard: Standard): ReportRule[] {
  return standard.rules.map((r) => {
    const out: ReportRule = { id: r.id, category: r.category, severity: r.severity, check: r.check, description: r.description };
    const help = ruleHelpUri(r);
    if (help !== undefined) out.helpUri = help;
    return out;
  });
}

export function reportDatasets(datasets: readonly Dataset[]): ReportDataset[] {
  return datasets.map((d) => {
    const out = { name: d.name } as ReportDataset; // keys in a fixed order, optional ones only when set
    if (d.title !== undefined) out.title = d.title;
    if (d.publisher !== undefined) out.publisher = d.publisher;
    if (d.metadataFile !== undefined) out.metadataFile = d.metadataFile;
    out.files = [...new Set(d.resources.map((r) => r.file))];
    return out;
  });
}
