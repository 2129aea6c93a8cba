// What the engine and its worker threads share: the active rules of a standard, and how a check's report becomes a
// Finding.
import type { Check, Report } from '../model/check.js';
import type { Finding, Severity } from '../model/finding.js';
import { formatMessage } from '../util/message-template.js';
import type { Rule, Standard } from '../model/standard.js';

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

/** The message of a report: the check's template for its messageId, filled with its data. */
export function renderMessage(check: Check, r: Report): string {
  if (r.messageId === undefined) return r.message!;
  const template = check.messages && Object.hasOwn(check.messages, r.messageId) ? check.messages[r.messageId] : undefined;
  if (template === undefined) throw new Error(`the check '${check.id}' has no message '${r.messageId}'`);
  return formatMessage(template, r.data);
}

export function makeFinding(active: ActiveRule, r: Report, file: string, dataset: string | undefined, severity: Severity = active.severity): Finding {
  // Fixed key order, undefined keys left out: the JSON report is byte-for-byte stable.
  const f = { ruleId: active.rule.id, category: active.rule.category, severity, message: renderMessage(active.check, r), file: r.file ?? file } as Finding;
  if (r.line !== undefined) f.line = r.line;
  if (r.column !== undefined) f.column = r.column;
  if (r.field !== undefined) f.field = r.field;
  if (r.record !== undefined) f.record = r.record;
  if (dataset !== undefined) f.dataset = dataset;
  if (r.hint !== undefined) f.hint = r.hint;
  if (r.target !== undefined) {
    f.target = r.target.name;
    f.targetKind = r.target.kind;
  }
  if (r.messageId !== undefined) f.messageId = r.messageId;
  if (r.data !== undefined) f.data = r.data;
  return f;
}
