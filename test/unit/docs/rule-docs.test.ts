// The committed rule pages (docs/rules) match the rules and checks they are generated from, the index lists every
// rule, and every rule has unit tests. The detectors these rely on (test/helpers/rule-docs.ts) are proved here too,
// on temporary folders and made-up rules. The convention for "a rule has tests" is documented in that helper.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../../src/checks/index.js';
import { renderRuleIndexMarkdown, renderRuleMarkdown, ruleDocPath } from '../../../src/docs/rule-doc.js';
import { BUNDLED_STANDARD, loadStandard } from '../../../src/standard/load.js';
import type { Rule } from '../../../src/model/standard.js';
import { buildRule, cleanupTempDirs, makeTempDir } from '../../helpers/lint-files.js';
import {
  asSeenFromRepoRoot, CHECK_TESTS_DIR, pageProblems, pageRenderer, readTestFiles, REPO_ROOT, RULE_DOCS_DIR, RULE_DOCS_INDEX,
  rulesWithoutTests, strayPages,
} from '../../helpers/rule-docs.js';

afterEach(cleanupTempDirs);

const REGENERATE = 'Run `npm run build && npm run docs` to regenerate docs/rules, and commit the result.';

const checks = checkRegistry();
const standard = asSeenFromRepoRoot(loadStandard(BUNDLED_STANDARD, checks));
const render = pageRenderer(standard, checks, renderRuleMarkdown);

describe('docs/rules, the committed rule pages', () => {
  it('covers the 48 rules of the bundled standard', () => {
    expect(standard.rules).toHaveLength(48);
  });

  it.each(standard.rules.map((r) => [r.id, r] as const))('%s: the page exists and is what the renderer gives now', (_id, rule) => {
    const problems = pageProblems([rule], RULE_DOCS_DIR, render);
    expect(problems, `docs/rules/${ruleDocPath(rule.id)} is ${problems[0]?.problem}. ${REGENERATE}`).toEqual([]);
  });

  it('has an index that is what the renderer gives now and links every rule', () => {
    const index = readFileSync(path.join(RULE_DOCS_DIR, RULE_DOCS_INDEX), 'utf8');
    expect(index, `docs/rules/README.md is outdated. ${REGENERATE}`).toBe(renderRuleIndexMarkdown(standard));
    const unlisted = standard.rules.filter((r) => !index.includes(`| \`${r.id}\` | ${r.category} | ${r.severity} |`) || !index.includes(`](${ruleDocPath(r.id)})`));
    expect(unlisted.map((r) => r.id), 'rules missing from the index').toEqual([]);
  });

  it('holds no page of a rule that no longer exists', () => {
    expect(strayPages(standard.rules, RULE_DOCS_DIR), `stray pages. ${REGENERATE}`).toEqual([]);
  });
});

describe('every rule has tests', () => {
  it('is named by a unit test in test/unit/checks', () => {
    const missing = rulesWithoutTests(standard.rules, readTestFiles(CHECK_TESTS_DIR));
    expect(
      missing,
      `Rules without unit tests: ${missing.join(', ')}. Add a test file under test/unit/checks/ that uses lintWith('<check>') or check: '<check>', or names the rule id.`,
    ).toEqual([]);
  });
});

describe('the detectors', () => {
  const ruleA = { id: 'format/alpha', check: 'alpha' };
  const ruleB = { id: 'format/beta', check: 'beta' };
  const ruleC = { id: 'linking/gamma', check: 'gamma-check' };

  it('finds a rule that no test names, and accepts each marker of the convention', () => {
    const files = [
      { file: 'alpha.test.ts', text: "const lint = lintWith('alpha');" },
      { file: 'other.test.ts', text: "expect(f).toEqual([{ ruleId: \"linking/gamma\" }]);" },
    ];
    expect(rulesWithoutTests([ruleA, ruleB, ruleC], files)).toEqual(['format/beta']);
    expect(rulesWithoutTests([ruleB], [{ file: 'b.test.ts', text: "lintFiles(files, { rules: [{ check: 'beta' }] })" }])).toEqual([]);
  });

  it('does not take a longer check id or rule id for the rule', () => {
    const files = [{ file: 'x.test.ts', text: "lintWith('alpha-beta'); check: 'beta-2'; ruleId: 'format/alpha-two'" }];
    expect(rulesWithoutTests([ruleA, ruleB], files)).toEqual(['format/alpha', 'format/beta']);
  });

  it('reads only *.test.ts files, in sub-folders too', () => {
    const dir = makeTempDir();
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'notes.ts'), "lintWith('alpha')");
    writeFileSync(path.join(dir, 'sub', 'beta.test.ts'), "lintWith('beta')");
    const files = readTestFiles(dir);
    expect(files.map((f) => f.file)).toEqual(['sub/beta.test.ts']);
    expect(rulesWithoutTests([ruleA, ruleB], files)).toEqual(['format/alpha']);
  });

  it('finds a missing page, an outdated page and a stray page', () => {
    const dir = makeTempDir();
    const rules: Rule[] = [buildRule({ check: 'bom' }), buildRule({ check: 'delimiter' }), buildRule({ check: 'quoting' })];
    const fake = (rule: Rule): string => `# ${rule.id}\n`;
    mkdirSync(path.join(dir, 'format'));
    writeFileSync(path.join(dir, 'format', 'bom.md'), fake(rules[0]!));
    writeFileSync(path.join(dir, 'format', 'delimiter.md'), '# format/delimiter, edited by hand\n');
    writeFileSync(path.join(dir, 'format', 'retired.md'), '# format/retired\n');
    writeFileSync(path.join(dir, RULE_DOCS_INDEX), '# index\n');
    expect(pageProblems(rules, dir, fake)).toEqual([
      { ruleId: 'format/delimiter', page: 'format/delimiter.md', problem: 'outdated' },
      { ruleId: 'format/quoting', page: 'format/quoting.md', problem: 'missing' },
    ]);
    expect(strayPages(rules, dir)).toEqual(['format/retired.md']);
  });

  it('shows display paths from the repository root whatever the working directory', () => {
    // Display paths are relative to process.cwd(): a standard loaded elsewhere shows them with '../' or deeper.
    const shownFrom = (abs: string): string => path.relative(process.cwd(), abs).split(path.sep).join('/');
    const rule = { ...buildRule({ check: 'bom' }), file: shownFrom(path.join(REPO_ROOT, 'rules', 'format', 'files.yaml')) };
    const moved = asSeenFromRepoRoot({ ...standard, rootFile: shownFrom(path.join(REPO_ROOT, 'rules', 'standard.yaml')), rules: [rule] });
    expect(moved.rootFile).toBe('rules/standard.yaml');
    expect(moved.rules[0]!.file).toBe('rules/format/files.yaml');
  });
});
