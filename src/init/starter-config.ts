// The starter project config `odlint init` writes: every key of the config format, explained, with one example each.
import { stringify } from 'yaml';

export const STARTER_CONFIG_FILE = '.odlintrc.yaml';
export const DEFAULT_STANDARD = 'national-open-data';
export const CONFIG_DOCS_URL = 'https://github.com/odlint/odlint#configuration';

/** The YAML text; `standard` is written as a YAML scalar, quoted only when it needs to be. */
export function starterConfig(standard: string = DEFAULT_STANDARD): string {
  const standardScalar = stringify(standard).trimEnd();
  return `# odlint project config: how \`odlint lint\` checks the datasets in this folder and below it.
# Every key is optional. Reference: the odlint README, section "Configuration":
# ${CONFIG_DOCS_URL}

# The standard the data is checked against: the name of a bundled standard (national-open-data), the path of a
# standard folder or of its standard.yaml (relative to this file), or an npm package that ships a standard.
standard: ${standardScalar}

# Project-wide changes to the standard's rules, by rule id (\`odlint rules\` lists them): a severity
# (error, warning, info or off), or {severity, with: {options}} to change the rule's options too. For example:
#   rules:
#     freshness/overdue: warning
#     format/delimiter: { severity: error, with: { allowDeclared: true } }
rules: {}

# Changes for some files only. Globs are relative to this file; when several entries match a file, the last one
# wins. For example, for archived datasets that are no longer updated:
#   overrides:
#     - files: ["archive/**"]
#       rules: { freshness/overdue: off }
overrides: []

# Files and folders never linted, as globs relative to this file (node_modules and .git never are). For example:
#   ignorePatterns:
#     - "drafts/**"
ignorePatterns: []

# The reference date of every time-dependent check (default: today); fix it for reproducible reports.
# now: 2026-11-27

# The language of messages and report labels, e.g. fr or fr-CA (default: LC_ALL / LC_MESSAGES / LANG, else English).
# locale: fr

# The report format: stylish (for people) or json (for machines).
# format: stylish

# Report only the findings that this baseline file does not record (the known ones are kept out of the report).
# baseline: .odlint-baseline.json
`;
}
