#!/usr/bin/env node
// Writes docs/rules/: one page per rule of the bundled standard (docs/rules/<category>/<name>.md) and the index,
// docs/rules/README.md, rendered by src/docs/rule-doc.ts. Pages of rules that no longer exist are removed. A maintainer
// script whose output is committed; test/unit/docs/rule-docs.test.ts fails while a page is out of date.
//
//   npm run build && npm run docs
//
// The pages depend on nothing but the repository: the bundled standard is loaded with no project config, and the
// working directory is moved to the repository root first, because a rule's file (rules/format/csv.yaml) is shown
// relative to the working directory. Run from any folder, it writes the same bytes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Build first (npm run build): the script renders with the compiled modules, exactly as `odlint explain` does.
import { checkRegistry } from '../dist/checks/index.js';
import { renderRuleIndexMarkdown, renderRuleMarkdown, ruleDocPath } from '../dist/docs/rule-doc.js';
import { BUNDLED_STANDARD, loadStandard } from '../dist/standard/load.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(REPO_ROOT);

const DOCS_DIR = path.join(REPO_ROOT, 'docs', 'rules');
const INDEX = 'README.md';

const checks = checkRegistry();
const standard = loadStandard(BUNDLED_STANDARD, checks);

/** Every .md file below dir, as '/'-separated paths relative to it. */
function markdownFiles(dir, prefix = '') {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return markdownFiles(path.join(dir, e.name), rel);
    return e.name.endsWith('.md') ? [rel] : [];
  });
}

const pages = new Map([[INDEX, renderRuleIndexMarkdown(standard)]]);
for (const rule of standard.rules) {
  const check = checks.get(rule.check);
  if (!check) throw new Error(`Rule '${rule.id}' configures an unknown check '${rule.check}'.`);
  pages.set(ruleDocPath(rule.id), renderRuleMarkdown(rule, check, standard));
}

let written = 0;
for (const [rel, text] of pages) {
  const file = path.join(DOCS_DIR, ...rel.split('/'));
  let current;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  written++;
}
let removed = 0;
for (const rel of markdownFiles(DOCS_DIR)) {
  if (pages.has(rel)) continue;
  rmSync(path.join(DOCS_DIR, ...rel.split('/')));
  removed++;
}
console.log(`docs/rules: ${pages.size - 1} rule pages and the index; ${written} written, ${removed} removed, ${pages.size - written} unchanged.`);
