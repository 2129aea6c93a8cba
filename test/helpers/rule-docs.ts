// Which rules lack a committed documentation page, have an out-of-date one, or lack unit tests. Kept apart from the
// test that applies them to the bundled standard, so that other tests can prove they catch what they should.
//
// The convention for "a rule has tests": some *.test.ts file in test/unit/checks/ contains
//   lintWith('<checkId>')      the one-check harness of test/helpers/lint-files.ts, or
//   check: '<checkId>'         a RuleSpec passed to lintFiles({ rules: [...] }) or lintFiles({ check }), or
//   '<ruleId>'                 the rule id quoted, as in an expected finding's ruleId,
// with single or double quotes. The quotes are part of the match, so check 'type' is not satisfied by 'type-x'.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Check } from '../../src/model/check.js';
import { ruleDocPath } from '../../src/docs/rule-doc.js';
import type { Rule, Standard } from '../../src/model/standard.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RULE_DOCS_DIR = path.join(REPO_ROOT, 'docs', 'rules');
export const RULE_DOCS_INDEX = 'README.md';
export const CHECK_TESTS_DIR = path.join(REPO_ROOT, 'test', 'unit', 'checks');

/** What the convention needs of a rule. */
export type RuleRef = Pick<Rule, 'id' | 'check'>;

export interface TestFile {
  /** Path relative to the folder it was read from. */
  file: string;
  text: string;
}

/** The strings any one of which, in a test file, counts as a test of the rule. */
export function ruleTestMarkers(rule: RuleRef): string[] {
  return ["'", '"'].flatMap((q) => [`lintWith(${q}${rule.check}${q})`, `testCheck(${q}${rule.check}${q}`, `check: ${q}${rule.check}${q}`, `${q}${rule.id}${q}`]);
}

/** Every *.test.ts file below dir, sorted by path. */
export function readTestFiles(dir: string): TestFile[] {
  const out: TestFile[] = [];
  const walk = (sub: string): void => {
    for (const e of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.test.ts')) out.push({ file: rel, text: readFileSync(path.join(dir, rel), 'utf8') });
    }
  };
  walk('');
  return out.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** The ids of the rules that no test file names by the convention above. */
export function rulesWithoutTests(rules: readonly RuleRef[], testFiles: readonly TestFile[]): string[] {
  return rules.filter((r) => !ruleTestMarkers(r).some((m) => testFiles.some((t) => t.text.includes(m)))).map((r) => r.id);
}

/**
 * The bundled standard as the docs show it: display paths relative to the repository root, whatever the working
 * directory (scripts/build-rule-docs.mjs moves there; a test runner might start elsewhere).
 */
export function asSeenFromRepoRoot(standard: Standard): Standard {
  const fromRoot = (display: string): string => path.relative(REPO_ROOT, path.resolve(display)).split(path.sep).join('/');
  return {
    ...standard,
    rootFile: fromRoot(standard.rootFile),
    rules: standard.rules.map((r) => ({ ...r, file: fromRoot(r.file), changes: r.changes.map((c) => ({ ...c, file: fromRoot(c.file) })) })),
  };
}

export interface PageProblem {
  ruleId: string;
  page: string;
  problem: 'missing' | 'outdated';
}

/** Rules whose page below docsDir is missing, or differs from what render gives for it now. */
export function pageProblems(rules: readonly Rule[], docsDir: string, render: (rule: Rule) => string): PageProblem[] {
  const problems: PageProblem[] = [];
  for (const rule of rules) {
    const page = ruleDocPath(rule.id);
    const file = path.join(docsDir, ...page.split('/'));
    if (!existsSync(file)) problems.push({ ruleId: rule.id, page, problem: 'missing' });
    else if (readFileSync(file, 'utf8') !== render(rule)) problems.push({ ruleId: rule.id, page, problem: 'outdated' });
  }
  return problems;
}

/** Markdown files below docsDir that are neither the index nor the page of a rule (left behind by a removed rule). */
export function strayPages(rules: readonly RuleRef[], docsDir: string): string[] {
  const expected = new Set([RULE_DOCS_INDEX, ...rules.map((r) => ruleDocPath(r.id))]);
  const found: string[] = [];
  const walk = (sub: string): void => {
    if (!existsSync(path.join(docsDir, sub))) return;
    for (const e of readdirSync(path.join(docsDir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.md') && !expected.has(rel)) found.push(rel);
    }
  };
  walk('');
  return found.sort();
}

/** A renderer bound to the standard and checks, as pageProblems wants it. */
export function pageRenderer(
  standard: Standard,
  checks: ReadonlyMap<string, Check>,
  render: (rule: Rule, check: Check, standard: Standard) => string,
): (rule: Rule) => string {
  return (rule) => {
    const check = checks.get(rule.check);
    if (!check) throw new Error(`Rule '${rule.id}' configures an unknown check '${rule.check}'.`);
    return render(rule, check, standard);
  };
}
