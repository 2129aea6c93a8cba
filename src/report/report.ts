// The report every formatter renders: the findings that decide the exit code, and what produced them.
import type { Finding } from './finding.js';
import type { OmittedFindings } from './collector.js';
import type { FixedBaselineEntry } from '../baseline/baseline.js';
import type { ReportDataset, ReportRule } from './rule-meta.js';

export type { ReportDataset, ReportRule } from './rule-meta.js';

export interface ReportSummary {
  datasets: number;
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings counted above but not listed: the cap per rule and file (--max-findings-per-rule) left them out. */
  omitted: number;
  /** Findings not counted above because the baseline accepts them (0 without a baseline). */
  suppressed: number;
}

/** How a baseline (--baseline) changed the report. */
export interface ReportBaseline {
  /** The baseline file, relative to the working directory with '/' separators. */
  file: string;
  suppressed: number;
  /** Accepted findings that no longer occur, sorted by file, ruleId, fingerprint. */
  fixed: FixedBaselineEntry[];
}

export interface LintReport {
  tool: { name: string; version: string };
  standard: { id: string; version: string; title?: string };
  now: string;
  summary: ReportSummary;
  findings: Finding[];
  /** What the cap left out, per rule and file. */
  omitted: OmittedFindings[];
  /** Present when a baseline was used. */
  baseline?: ReportBaseline;
  /** Every rule of the resolved standard, sorted by id. */
  rules?: ReportRule[];
  /** Every dataset linted, in discovery order. */
  datasets?: ReportDataset[];
}

/**
 * Counts every finding, listed or left out by the cap, so the summary and the exit code see them all; `suppressed`
 * (those a baseline accepts) are not among them.
 */
export function summarise(
  findings: readonly Finding[],
  omitted: readonly OmittedFindings[],
  datasets: number,
  files: number,
  suppressed = 0,
): ReportSummary {
  const s: ReportSummary = { datasets, files, errors: 0, warnings: 0, infos: 0, omitted: 0, suppressed };
  const count = (severity: Finding['severity'], n: number) => {
    if (severity === 'error') s.errors += n;
    else if (severity === 'warning') s.warnings += n;
    else s.infos += n;
  };
  for (const f of findings) count(f.severity, 1);
  for (const o of omitted) {
    count(o.severity, o.count);
    s.omitted += o.count;
  }
  return s;
}

export interface FormatterOptions {
  /** Colour (ANSI) for a terminal; never in files. */
  color: boolean;
  /** The folder finding paths are relative to. Default: process.cwd(). */
  cwd?: string;
  /**
   * The repository root, for formats whose consumers want paths relative to it (SARIF for code scanning, GitLab Code
   * Quality). Default: the nearest folder above cwd holding .git, else cwd.
   */
  repositoryRoot?: string;
}

/** Renders a report as text. Pure: the same report and options give the same bytes. */
export type Formatter = (report: LintReport, options: FormatterOptions) => string;
