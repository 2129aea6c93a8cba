// One rule's documentation, built from the rule (as the standard and any config left it), the check it configures and
// the standard: a structured RuleDoc, rendered as Markdown (the committed docs/rules pages, `explain --format
// markdown`) or plain terminal text. Everything comes from the inputs, so the same rule always renders to the same bytes.
import type { Check } from '../model/check.js';
import type { Category, RuleLevel } from '../model/finding.js';
import type { Rule, RuleChange, RuleSource, Standard } from '../model/standard.js';
import { where } from '../util/errors.js';
import { escapeProseMarkdown } from '../util/markdown.js';

/** The project config file name the docs use in their examples (the first YAML name the config search accepts). */
export const CONFIG_EXAMPLE_FILE = '.odlintrc.yaml';

export interface RuleDocOption {
  name: string;
  /** The option's type in words, from its JSON Schema ("boolean", "array of string", "one of 'exact', 'equal'"). */
  type: string;
  description?: string;
  /** The check's default, when its schema gives one. */
  default?: unknown;
  /** The value the rule runs with (defaults applied); absent when neither the rule nor a default sets it. */
  value?: unknown;
}

export interface RuleDoc {
  id: string;
  description: string;
  category: Category;
  /** Effective severity: after every extending standard, config and override change. */
  severity: RuleLevel;
  standard: { id: string; version: string; title: string };
  /** The check; its description only where the rule says something else (a rule inherits its check's). */
  check: { id: string; description?: string };
  rationale: string;
  /** Whether the rationale is the rule's own or, lacking one, the check's. */
  rationaleFrom: 'rule' | 'check';
  sources: RuleSource[];
  options: RuleDocOption[];
  examples: { failing: string; passing: string };
  definedIn: { standard: string; file: string; line?: number };
  changes: RuleChange[];
  /** Project config snippets (YAML) that turn the rule off, or change its severity. */
  configure: { file: string; off: string; severity: string };
}

/** The page of a rule below docs/rules: `format/bom` → `format/bom.md` (ids are `<category>/<name>`). */
export function ruleDocPath(ruleId: string): string {
  return `${ruleId}.md`;
}

/** The option's JSON Schema type, in a few words. */
export function describeOptionType(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((v) => formatValue(v)).join(', ')}`;
  const type = schema.type;
  if (type === 'array') {
    const items = schema.items as Record<string, unknown> | undefined;
    return items ? `array of ${describeOptionType(items)}` : 'array';
  }
  if (type === 'integer' || type === 'number') {
    const bounds: string[] = [];
    if (typeof schema.minimum === 'number') bounds.push(`at least ${schema.minimum}`);
    if (typeof schema.exclusiveMinimum === 'number') bounds.push(`above ${schema.exclusiveMinimum}`);
    if (typeof schema.maximum === 'number') bounds.push(`at most ${schema.maximum}`);
    if (typeof schema.exclusiveMaximum === 'number') bounds.push(`below ${schema.exclusiveMaximum}`);
    return bounds.length ? `${type}, ${bounds.join(' and ')}` : type;
  }
  if (type === 'string' && typeof schema.pattern === 'string') return `string matching ${schema.pattern}`;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.join(' or ');
  return 'any';
}

/** An option value as a rule file could write it (JSON is valid YAML flow style). */
export function formatValue(value: unknown): string {
  return JSON.stringify(value);
}

export function buildRuleDoc(rule: Rule, check: Check, standard: Standard): RuleDoc {
  if (rule.check !== check.id) throw new Error(`Rule '${rule.id}' configures the check '${rule.check}', not '${check.id}'.`);
  const properties = (check.optionsSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const options = Object.keys(properties).sort().map((name): RuleDocOption => {
    const schema = properties[name]!;
    const option: RuleDocOption = { name, type: describeOptionType(schema) };
    if (typeof schema.description === 'string') option.description = schema.description;
    if ('default' in schema) option.default = schema.default;
    if (rule.options[name] !== undefined) option.value = rule.options[name];
    return option;
  });
  const definedIn: RuleDoc['definedIn'] = { standard: rule.standard, file: rule.file };
  if (rule.line !== undefined) definedIn.line = rule.line;
  return {
    id: rule.id,
    description: rule.description,
    category: rule.category,
    severity: rule.severity,
    standard: { id: standard.id, version: standard.version, title: standard.title },
    check: check.description === rule.description ? { id: check.id } : { id: check.id, description: check.description },
    rationale: rule.rationale ?? check.docs.rationale,
    rationaleFrom: rule.rationale !== undefined ? 'rule' : 'check',
    sources: rule.sources.map((s) => ({ ...s })),
    options,
    examples: { failing: check.docs.failing, passing: check.docs.passing },
    definedIn,
    changes: rule.changes.map((c) => ({ ...c })),
    configure: {
      file: CONFIG_EXAMPLE_FILE,
      off: `rules:\n  ${rule.id}: off\n`,
      severity: `rules:\n  ${rule.id}:\n    severity: ${rule.severity === 'warning' ? 'info' : 'warning'}\n`,
    },
  };
}

/** Who made a change, in words. */
function changeAuthor(change: RuleChange): string {
  if (change.by === 'config') return 'the project config';
  if (change.by === 'override') return 'an override in the project config';
  return `the standard ${change.by}`;
}

/** What a change set, in words: "severity warning; options {...}; for files a/*.csv". */
function changeEffects(change: RuleChange): string[] {
  const effects: string[] = [];
  if (change.severity !== undefined) effects.push(`severity ${change.severity}`);
  if (change.options !== undefined) effects.push(`options ${formatValue(change.options)}`);
  if (change.files !== undefined) effects.push(`for files ${change.files.join(', ')}`);
  return effects;
}

function sourceText(source: RuleSource): string {
  return `${source.title}${source.section ? `, ${source.section}` : ''}`;
}

// ---- Markdown -----------------------------------------------------------------------------------------------------

function inlineCode(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${text}${fence.length > 1 ? ' ' : ''}${fence}`;
}

function blockquote(text: string): string {
  return escapeProseMarkdown(text).split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
}

function markdownLocation(file: string, line?: number): string {
  return inlineCode(where(file, line));
}

export function renderRuleMarkdownFromDoc(doc: RuleDoc): string {
  const out: string[] = [];
  out.push(`# ${doc.id}`, '');
  out.push(escapeProseMarkdown(doc.description), '');
  out.push('| | |', '|---|---|');
  out.push(`| Category | ${doc.category} |`);
  out.push(`| Severity | ${doc.severity} |`);
  out.push(`| Check | ${inlineCode(doc.check.id)}${doc.check.description === undefined ? '' : ` — ${escapeProseMarkdown(doc.check.description)}`} |`);
  out.push(`| Standard | ${escapeProseMarkdown(doc.standard.title)} (${inlineCode(doc.standard.id)} ${doc.standard.version}) |`, '');

  out.push('## Why', '');
  out.push(escapeProseMarkdown(doc.rationale));
  if (doc.rationaleFrom === 'check') out.push('', `(The rationale of the check ${inlineCode(doc.check.id)}: the rule gives none of its own.)`);
  out.push('');

  out.push('## Sources', '');
  if (doc.sources.length === 0) out.push('None given.');
  for (const s of doc.sources) out.push(`- [${escapeProseMarkdown(sourceText(s))}](${s.url})`);
  out.push('');

  out.push('## Options', '');
  if (doc.options.length === 0) {
    out.push(`None: the check ${inlineCode(doc.check.id)} takes no options.`);
  } else {
    out.push(`Set under ${inlineCode('with:')} in the rule file; a project config changes them under ${inlineCode(`rules: { ${doc.id}: { with: … } }`)} (merged into the rule's, arrays replaced). "Value" is what this rule runs with.`, '');
    out.push('| Option | Type | Default | Value | Description |', '|---|---|---|---|---|');
    for (const o of doc.options) {
      const cells = [
        inlineCode(o.name),
        escapeProseMarkdown(o.type),
        'default' in o ? inlineCode(formatValue(o.default)) : '—',
        'value' in o ? inlineCode(formatValue(o.value)) : '—',
        o.description ? escapeProseMarkdown(o.description) : '',
      ];
      out.push(`| ${cells.join(' | ')} |`);
    }
  }
  out.push('');

  out.push('## Examples', '');
  out.push('### Fails', '', 'A dataset like this is reported by the rule:', '', blockquote(doc.examples.failing), '');
  out.push('### Passes', '', 'A dataset like this passes it:', '', blockquote(doc.examples.passing), '');

  out.push('## Where it is defined', '');
  out.push(`Defined by the standard ${inlineCode(doc.definedIn.standard)} in ${markdownLocation(doc.definedIn.file, doc.definedIn.line)}.`);
  if (doc.changes.length === 0) {
    out.push('No extending standard or project config changes it.');
  } else {
    out.push('', 'Changed since, in this order:', '');
    for (const c of doc.changes) {
      const effects = changeEffects(c).map(escapeProseMarkdown);
      out.push(`- by ${escapeProseMarkdown(changeAuthor(c))} in ${markdownLocation(c.file, c.line)}${effects.length ? `: ${effects.join('; ')}` : ''}`);
    }
  }
  out.push('');

  out.push('## Turning it off or changing its severity', '');
  out.push(`In the project config (${inlineCode(doc.configure.file)}), turn the rule off:`, '');
  out.push('```yaml', doc.configure.off.trimEnd(), '```', '');
  out.push('or change its severity (error, warning or info):', '');
  out.push('```yaml', doc.configure.severity.trimEnd(), '```', '');
  out.push(`Run ${inlineCode(`odlint explain ${doc.id}`)} to see the rule as your project's config leaves it.`);
  return `${out.join('\n')}\n`;
}

export function renderRuleMarkdown(rule: Rule, check: Check, standard: Standard): string {
  return renderRuleMarkdownFromDoc(buildRuleDoc(rule, check, standard));
}

// ---- plain text -----------------------------------------------------------------------------------------------------

const TEXT_WIDTH = 100;

/** Word-wraps text to TEXT_WIDTH columns with an indent; words longer than a line (URLs) are kept whole. */
export function wrapText(text: string, indent: string, width = TEXT_WIDTH): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        lines.push(indent + line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line ? indent + line : '');
  }
  return lines;
}

/** A list item: "- " then the text, its continuation lines aligned under the text. */
function wrapItem(text: string, indent: string): string[] {
  return wrapText(text, `${indent}  `).map((line, i) => (i === 0 ? `${indent}- ${line.slice(indent.length + 2)}` : line));
}

export function renderRuleTextFromDoc(doc: RuleDoc): string {
  const out: string[] = [];
  const indent = '  ';
  out.push(doc.id, ...wrapText(doc.description, indent), '');
  const facts: [string, string][] = [
    ['category', doc.category],
    ['severity', doc.severity],
    ['check', doc.check.description === undefined ? doc.check.id : `${doc.check.id}: ${doc.check.description}`],
    ['standard', `${doc.standard.title} (${doc.standard.id} ${doc.standard.version})`],
  ];
  for (const [label, value] of facts) {
    const [first, ...rest] = wrapText(value, `${indent}${' '.repeat(10)}`);
    out.push(`${indent}${label.padEnd(10)}${first!.trimStart()}`, ...rest);
  }
  out.push('');

  out.push(doc.rationaleFrom === 'check' ? `Why (the check's rationale)` : 'Why', ...wrapText(doc.rationale, indent), '');

  out.push('Sources');
  if (doc.sources.length === 0) out.push(`${indent}none given`);
  for (const s of doc.sources) out.push(...wrapItem(sourceText(s), indent), `${indent}  ${s.url}`);
  out.push('');

  out.push(doc.options.length ? `Options (a project config changes them under rules: { ${doc.id}: { with: … } })` : 'Options');
  if (doc.options.length === 0) out.push(`${indent}none`);
  for (const o of doc.options) {
    const value = 'value' in o ? formatValue(o.value) : 'not set';
    const def = 'default' in o ? formatValue(o.default) : 'none';
    out.push(`${indent}${o.name} = ${value}  (${o.type}; default ${def})`);
    if (o.description) out.push(...wrapText(o.description, `${indent}  `));
  }
  out.push('');

  out.push('Fails: a dataset like this is reported', ...wrapText(doc.examples.failing, `${indent}| `), '');
  out.push('Passes: a dataset like this passes', ...wrapText(doc.examples.passing, `${indent}| `), '');

  out.push('Where it is defined');
  out.push(`${indent}by the standard ${doc.definedIn.standard} in ${where(doc.definedIn.file, doc.definedIn.line)}`);
  if (doc.changes.length) out.push(`${indent}then changed, in this order:`);
  for (const c of doc.changes) {
    const effects = changeEffects(c);
    out.push(...wrapItem(`by ${changeAuthor(c)} in ${where(c.file, c.line)}${effects.length ? `: ${effects.join('; ')}` : ''}`, `${indent}  `));
  }
  out.push('');

  out.push(`Turn it off or change its severity in ${doc.configure.file}:`);
  out.push(...doc.configure.off.trimEnd().split('\n').map((l) => `${indent}${l}`));
  out.push(`${indent}# or`);
  out.push(...doc.configure.severity.trimEnd().split('\n').map((l) => `${indent}${l}`));
  return `${out.join('\n')}\n`;
}

export function renderRuleText(rule: Rule, check: Check, standard: Standard): string {
  return renderRuleTextFromDoc(buildRuleDoc(rule, check, standard));
}

// ---- the index of the pages -----------------------------------------------------------------------------------------

/** docs/rules/README.md: how the pages are made and used, and a table of every rule linking to its page. */
export function renderRuleIndexMarkdown(standard: Standard): string {
  const out: string[] = [];
  out.push(`# Rules of ${escapeProseMarkdown(standard.title)}`, '');
  out.push(
    `One page per rule of the bundled standard, ${inlineCode(standard.id)} ${standard.version} (${inlineCode(standard.rootFile)}): what it checks, why, its sources and options, an example that fails and one that passes, and how to turn it off or change its severity in a project config.`,
    '',
    `The pages are generated from the rule files and the checks' own documentation: do not edit them by hand. After changing a rule or a check, run ${inlineCode('npm run build && npm run docs')} (${inlineCode('scripts/build-rule-docs.mjs')}); a unit test fails while a page is out of date.`,
    '',
    `Every rule also has unit tests: a test file in ${inlineCode('test/unit/checks/')} that names its check (${inlineCode("lintWith('<check>')")} or ${inlineCode("check: '<check>'")}) or its id (${inlineCode("'<category>/<name>'")}); ${inlineCode('test/unit/docs/rule-docs.test.ts')} fails listing any rule without one.`,
    '',
    `${inlineCode('odlint explain <rule-id>')} shows the same content in the terminal (${inlineCode('--format markdown')} gives this page, ${inlineCode('--format json')} a structured object) for the standard your project actually uses: the one given with ${inlineCode('--standard')} or by the project config, with the severities and options the config changes. These pages show the bundled standard with no config.`,
    '',
  );
  out.push('| Rule | Category | Severity | Description | Page |', '|---|---|---|---|---|');
  for (const r of standard.rules) {
    const page = ruleDocPath(r.id);
    out.push(`| ${inlineCode(r.id)} | ${r.category} | ${r.severity} | ${escapeProseMarkdown(r.description)} | [${page}](${page}) |`);
  }
  return `${out.join('\n')}\n`;
}
