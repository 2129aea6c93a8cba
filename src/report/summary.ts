// The summary line's counts.
import type { Finding, OmittedFindings } from '../model/finding.js';
import type { ReportSummary } from '../model/report.js';

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
