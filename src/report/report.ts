// The report every formatter renders: the findings that decide the exit code, and what produced them.
import type { Finding } from './finding.js';
import type { OmittedFindings } from './collector.js';

export interface ReportSummary {
  datasets: number;
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings counted above but not listed: the cap per rule and file (--max-findings-per-rule) left them out. */
  omitted: number;
}

export interface LintReport {
  tool: { name: string; version: string };
  standard: { id: string; version: string };
  now: string;
  summary: ReportSummary;
  findings: Finding[];
  /** What the cap left out, per rule and file. */
  omitted: OmittedFindings[];
}

/** Counts every finding, listed or left out by the cap, so the summary and the exit code see them all. */
export function summarise(findings: readonly Finding[], omitted: readonly OmittedFindings[], datasets: number, files: number): ReportSummary {
  const s: ReportSummary = { datasets, files, errors: 0, warnings: 0, infos: 0, omitted: 0 };
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

export type Formatter = (report: LintReport, options: { color: boolean }) => string;
