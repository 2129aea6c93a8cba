// The Finding model (a public contract: see schemas/report.schema.json) and its canonical order.

export type Category = 'format' | 'licence' | 'freshness' | 'linking';
export const CATEGORIES: readonly Category[] = ['format', 'licence', 'freshness', 'linking'];

export type Severity = 'error' | 'warning' | 'info';
/** A rule's configured level: a severity, or off. */
export type RuleLevel = Severity | 'off';
export const RULE_LEVELS: readonly RuleLevel[] = ['error', 'warning', 'info', 'off'];

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** One sentence a data officer understands, naming the value and the expectation. */
  message: string;
  /** The data or metadata file concerned, relative to the working directory, with '/' separators. */
  file: string;
  /** 1-based physical line where the record starts (CSV header = line 1). */
  line?: number;
  /** 1-based column (field position). */
  column?: number;
  field?: string;
  /** 1-based record index (data rows; the CSV header is not a record). */
  record?: number;
  dataset?: string;
  hint?: string;
  /**
   * Linking findings: what the value fails to join — the package (dataset name) a foreign key points to, or the
   * register of a register code — so reports can tell which department's data breaks against which.
   */
  target?: string;
}

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
