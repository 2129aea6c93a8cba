// What the engine and its worker threads share: the active rules of a standard, and how a check's report becomes a
// Finding.
import type { Check, Report } from '../checks/check.js';
import type { Finding, Severity } from '../report/finding.js';
import type { Rule, Standard } from '../standard/load.js';

export interface ActiveRule {
  rule: Rule;
  check: Check;
  severity: Severity;
  /**
   * Set when overrides give some files other options for this rule: the key of the options this instance runs with.
   * Each such variant runs as a rule of its own, and keeps only the findings in files whose options are its own.
   */
  variant?: string;
}

export function activeRules(standard: Pick<Standard, 'rules'>, checks: ReadonlyMap<string, Check>): ActiveRule[] {
  return standard.rules
    .filter((rule) => rule.severity !== 'off')
    .map((rule) => ({ rule, check: checks.get(rule.check)!, severity: rule.severity as Severity }));
}

export function makeFinding(active: ActiveRule, r: Report, file: string, dataset: string | undefined, severity: Severity = active.severity): Finding {
  // Fixed key order, undefined keys left out: the JSON report is byte-for-byte stable.
  const f: Finding = { ruleId: active.rule.id, category: active.rule.category, severity, message: r.message, file: r.file ?? file };
  if (r.line !== undefined) f.line = r.line;
  if (r.column !== undefined) f.column = r.column;
  if (r.field !== undefined) f.field = r.field;
  if (r.record !== undefined) f.record = r.record;
  if (dataset !== undefined) f.dataset = dataset;
  if (r.hint !== undefined) f.hint = r.hint;
  if (r.target !== undefined) f.target = r.target;
  return f;
}
