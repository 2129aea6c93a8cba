// Words for where a rule came from and what changed it, shared by `odlint rules` and `odlint print-config`.
import type { Rule, RuleChange, Standard } from '../../model/standard.js';
import { where } from '../../util/errors.js';

export function describeChange(c: RuleChange): string {
  const what = [c.severity !== undefined ? `severity ${c.severity}` : undefined, c.options !== undefined ? `options ${JSON.stringify(c.options)}` : undefined]
    .filter((x) => x !== undefined).join(', ') || 'wording';
  const who = c.by === 'config' ? 'the config' : c.by === 'override' ? `an override for ${(c.files ?? []).join(', ')}` : c.by;
  return `${what} by ${who} (${where(c.file, c.line)})`;
}

/** One line: which standard defined the rule, and who changed it since. */
export function ruleOrigin(rule: Rule): string {
  return [rule.standard, ...rule.changes.map((c) => (c.by === 'override' ? 'override' : c.by))].join(' > ');
}

/** The rule as JSON for machines: its definition, where it comes from, and its changes. */
export function ruleJson(rule: Rule) {
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    check: rule.check,
    description: rule.description,
    sources: rule.sources,
    options: rule.options,
    definedIn: { standard: rule.standard, file: rule.file, line: rule.line },
    changes: rule.changes,
  };
}

/** "dept-finance 1.0.0, extending national-open-data 1.1.0" */
export function standardLineage(standard: Standard): string {
  const bases = standard.layers.slice(0, -1).map((l) => `${l.id} ${l.version}`);
  return `${standard.id} ${standard.version}${bases.length ? `, extending ${bases.reverse().join(', which extends ')}` : ''}`;
}
