// GitLab Code Quality (the CodeClimate subset GitLab reads): one issue per listed finding, paths relative to the
// repository root, and one issue per rule and file whose findings the cap per rule (--max-findings-per-rule) left
// out, since the format has no other place to say so.
import { createHash } from 'node:crypto';
import type { Severity } from '../../model/finding.js';
import { findingFingerprint } from '../fingerprint.js';
import type { Formatter } from '../../model/report.js';
import { repositoryPaths } from './locations.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** Errors fail the lint but are not security problems: major, as GitLab's own linter integrations use it. */
const SEVERITY: Record<Severity, CodeQualitySeverity> = { error: 'major', warning: 'minor', info: 'info' };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

const gitlab: Formatter = (report, options) => {
  const paths = repositoryPaths(options);
  const issues: CodeQualityIssue[] = [];
  // GitLab needs unique fingerprints, but findingFingerprint is shared by findings that differ only in position (the
  // same bad value on two rows): the second and later of those get '-2', '-3' … in report order, so each stays
  // distinct and keeps its fingerprint while rows move.
  const seen = new Map<string, number>();
  for (const f of report.findings) {
    const file = paths.relative(f.file);
    const base = findingFingerprint({ ...f, file });
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    issues.push({
      description: f.hint === undefined ? f.message : `${f.message} ↳ ${f.hint}`,
      check_name: f.ruleId,
      fingerprint: n === 1 ? base : `${base}-${n}`,
      severity: SEVERITY[f.severity],
      location: { path: file, lines: { begin: f.line ?? 1 } },
    });
  }
  for (const o of report.omitted) {
    const file = paths.relative(o.file);
    // Per rule and file, not per count: the issue stays the same issue while the number left out changes.
    const fingerprint = createHash('sha256').update(JSON.stringify(['omitted', o.ruleId, file])).digest('hex').slice(0, 16);
    issues.push({
      description: `${o.count} more ${o.ruleId} ${o.count === 1 ? 'finding' : 'findings'} in this file not listed (--max-findings-per-rule)`,
      check_name: o.ruleId,
      fingerprint,
      severity: SEVERITY[o.severity],
      location: { path: file, lines: { begin: 1 } },
    });
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
export default gitlab;
