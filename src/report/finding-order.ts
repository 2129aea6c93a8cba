// The canonical order of findings: the same inputs always print the same bytes.
import type { Finding, OmittedFindings, Severity } from '../model/finding.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function compareOptionalNumber(a: number | undefined, b: number | undefined): number {
  // File-level findings (no line) come before line-level ones.
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a - b;
}

function compareString(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Total order so that the same inputs always print the same bytes: file, line, column, ruleId, then the rest. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareString(a.file, b.file) ||
    compareOptionalNumber(a.line, b.line) ||
    compareOptionalNumber(a.column, b.column) ||
    compareString(a.ruleId, b.ruleId) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareString(a.field, b.field) ||
    compareString(a.message, b.message) ||
    compareString(a.hint, b.hint)
  );
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}

/** What the cap left out, by file then rule. */
export function compareOmitted(a: OmittedFindings, b: OmittedFindings): number {
  return compareString(a.file, b.file) || compareString(a.ruleId, b.ruleId);
}
