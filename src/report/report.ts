// The report every formatter renders: the findings that decide the exit code, and what produced them.
import type { Finding } from './finding.js';

export interface ReportSummary {
  datasets: number;
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface LintReport {
  tool: { name: string; version: string };
  standard: { id: string; version: string };
  now: string;
  summary: ReportSummary;
  findings: Finding[];
}

export function summarise(findings: readonly Finding[], datasets: number, files: number): ReportSummary {
  const s: ReportSummary = { datasets, files, errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}

export type Formatter = (report: LintReport, options: { color: boolean }) => string;
