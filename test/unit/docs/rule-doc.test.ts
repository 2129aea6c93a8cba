// The rule documentation renderer: what each section says for a rule changed by extending standards and configs,
// for a check with and without options, and that prose from rule files survives Markdown as written.
import { describe, expect, it } from 'vitest';
import { checkRegistry } from '../../../src/checks/index.js';
import {
  buildRuleDoc, describeOptionType, renderRuleMarkdown, renderRuleText, wrapText,
} from '../../../src/docs/rule-doc.js';
import { escapeProseMarkdown as escapeMarkdown } from '../../../src/util/markdown.js';
import type { Rule, Standard } from '../../../src/model/standard.js';
import { buildRule, buildStandard } from '../../helpers/lint-files.js';

const checks = checkRegistry();
const check = (id: string) => checks.get(id)!;

/** A delimiter rule as a department's standard and config would leave it. */
function changedDelimiterRule(): { rule: Rule; standard: Standard } {
  const rule: Rule = {
    ...buildRule({ check: 'delimiter', severity: 'warning', options: { expected: ';' } }),
    description: 'Cells are separated by commas.',
    rationale: 'Commas, as RFC 4180 says.',
    sources: [{ title: 'RFC 4180', url: 'https://www.rfc-editor.org/rfc/rfc4180', section: 'section 2' }],
    file: 'national/format/csv.yaml',
    line: 3,
    standard: 'national-open-data',
    changes: [
      { by: 'health-standard', file: 'health/standard.yaml', line: 12, options: { expected: ';' } },
      { by: 'config', file: '.odlintrc.yaml', line: 4, severity: 'warning' },
      { by: 'override', file: '.odlintrc.yaml', line: 9, severity: 'off', files: ['legacy/**/*.csv', 'old.csv'] },
    ],
  };
  return { rule, standard: { ...buildStandard([]), id: 'health-standard', version: '2.1.0', title: 'Health Data Standard', rules: [rule] } };
}

describe('buildRuleDoc', () => {
  it('gathers every section from the rule, its check and the standard', () => {
    const { rule, standard } = changedDelimiterRule();
    const doc = buildRuleDoc(rule, check('delimiter'), standard);
    expect(doc).toMatchObject({
      id: 'format/delimiter',
      category: 'format',
      severity: 'warning',
      standard: { id: 'health-standard', version: '2.1.0', title: 'Health Data Standard' },
      check: { id: 'delimiter' }, // its description is the rule's: not repeated
      rationale: 'Commas, as RFC 4180 says.',
      rationaleFrom: 'rule',
      examples: { failing: check('delimiter').docs.failing, passing: check('delimiter').docs.passing },
      definedIn: { standard: 'national-open-data', file: 'national/format/csv.yaml', line: 3 },
      configure: { file: '.odlintrc.yaml', off: 'rules:\n  format/delimiter: off\n', severity: 'rules:\n  format/delimiter:\n    severity: info\n' },
    });
    expect(doc.options).toEqual([
      { name: 'allowDeclared', type: 'boolean', description: 'Accept another delimiter when the dialect declares it.', default: false, value: false },
      { name: 'expected', type: 'string', description: 'The delimiter the standard requires.', default: ',', value: ';' },
    ]);
    expect(doc.changes).toHaveLength(3);
  });

  it("falls back on the check's rationale and suggests severity warning for a rule at error", () => {
    const rule = buildRule({ check: 'pattern' });
    const doc = buildRuleDoc(rule, check('pattern'), buildStandard([{ check: 'pattern' }]));
    expect(doc.rationale).toBe(check('pattern').docs.rationale);
    expect(doc.rationaleFrom).toBe('check');
    expect(doc.options).toEqual([]);
    expect(doc.configure.severity).toBe('rules:\n  format/pattern:\n    severity: warning\n');
  });

  it('refuses a check the rule does not configure', () => {
    expect(() => buildRuleDoc(buildRule({ check: 'bom' }), check('pattern'), buildStandard([]))).toThrow(/configures the check 'bom', not 'pattern'/);
  });
});

describe('renderRuleMarkdown', () => {
  it('lists options with default and effective value, the definition and each change', () => {
    const { rule, standard } = changedDelimiterRule();
    const md = renderRuleMarkdown(rule, check('delimiter'), standard);
    expect(md).toMatch(/^# format\/delimiter\n\nCells are separated by commas\.\n/);
    expect(md).toContain('| Severity | warning |');
    expect(md).toContain('- [RFC 4180, section 2](https://www.rfc-editor.org/rfc/rfc4180)');
    expect(md).toContain('| `expected` | string | `","` | `";"` | The delimiter the standard requires. |');
    expect(md).toContain('Defined by the standard `national-open-data` in `national/format/csv.yaml:3`.');
    expect(md).toContain('- by the standard health-standard in `health/standard.yaml:12`: options {"expected":";"}');
    expect(md).toContain('- by the project config in `.odlintrc.yaml:4`: severity warning');
    expect(md).toContain('- by an override in the project config in `.odlintrc.yaml:9`: severity off; for files legacy/\\*\\*/\\*.csv, old.csv');
    expect(md).toContain('### Fails\n\nA dataset like this is reported by the rule:\n\n> A file "code;name;amount" with no dialect in its metadata.');
    expect(md).toContain('```yaml\nrules:\n  format/delimiter: off\n```');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('says so when the check takes no options and the rule was never changed', () => {
    const md = renderRuleMarkdown(buildRule({ check: 'bom' }), check('bom'), buildStandard([{ check: 'bom' }]));
    expect(md).toContain('## Options\n\nNone: the check `bom` takes no options.');
    expect(md).toContain('No extending standard or project config changes it.');
    expect(md).toContain("(The rationale of the check `bom`: the rule gives none of its own.)");
  });

  it('gives the same bytes every time', () => {
    const { rule, standard } = changedDelimiterRule();
    expect(renderRuleMarkdown(rule, check('delimiter'), standard)).toBe(renderRuleMarkdown(structuredClone(rule), check('delimiter'), standard));
  });
});

describe('renderRuleText', () => {
  it('is plain text with the same content', () => {
    const { rule, standard } = changedDelimiterRule();
    const text = renderRuleText(rule, check('delimiter'), standard);
    expect(text).not.toMatch(/\u001b\[/);
    expect(text).toMatch(/^format\/delimiter\n {2}Cells are separated by commas\.\n/);
    expect(text).toContain('  severity  warning\n');
    expect(text).toContain('  expected = ";"  (string; default ",")\n    The delimiter the standard requires.\n');
    expect(text).toContain('Fails: a dataset like this is reported\n  | A file "code;name;amount" with no dialect in its metadata.\n');
    expect(text).toContain('Passes: a dataset like this passes\n  | "code,name,amount".\n');
    expect(text).toContain('  by the standard national-open-data in national/format/csv.yaml:3\n');
    expect(text).toContain('  then changed, in this order:\n    - by the standard health-standard in health/standard.yaml:12: options {"expected":";"}\n');
    expect(text).toContain('    - by an override in the project config in .odlintrc.yaml:9: severity off; for files\n      legacy/**/*.csv, old.csv\n');
    expect(text).toContain('Turn it off or change its severity in .odlintrc.yaml:\n  rules:\n    format/delimiter: off\n  # or\n');
    expect(text.split('\n').every((line) => line.length <= 100 || !line.trim().includes(' '))).toBe(true);
  });
});

describe('helpers', () => {
  it('escapes what Markdown would otherwise read as markup', () => {
    expect(escapeMarkdown('^VR-\\d{4}$ and $x$')).toBe('^VR-\\\\d{4}\\$ and \\$x\\$');
    expect(escapeMarkdown('a *b* <i> `c` | d')).toBe('a \\*b\\* \\<i> \\`c\\` \\| d');
    expect(escapeMarkdown('municipality_code and _x_')).toBe('municipality_code and \\_x\\_');
    expect(escapeMarkdown('# one\n- two\n12. three')).toBe('\\# one\n\\- two\n12\\. three');
  });

  it('describes option types from their schema', () => {
    expect(describeOptionType({ enum: ['exact', 'equal'] })).toBe('one of "exact", "equal"');
    expect(describeOptionType({ type: 'array', items: { enum: ['CRLF', 'LF'] } })).toBe('array of one of "CRLF", "LF"');
    expect(describeOptionType({ type: 'number', minimum: 0, maximum: 10 })).toBe('number, at least 0 and at most 10');
    expect(describeOptionType({ type: 'integer', minimum: 1 })).toBe('integer, at least 1');
    expect(describeOptionType({ type: 'string', pattern: '^P' })).toBe('string matching ^P');
  });

  it('wraps at word boundaries and keeps a word longer than the line whole', () => {
    const url = `https://example.org/${'x'.repeat(120)}`;
    expect(wrapText(`one two three ${url} four`, '  ', 20)).toEqual(['  one two three', `  ${url}`, '  four']);
  });
});
