// Test harness for the checks: writes real files into a temporary folder, discovers datasets there exactly as the CLI
// does, and runs the real Engine with a Standard built in code, so each test enables just the rule(s) it is about.
import fs from 'node:fs';
import { defaultScoringMethod } from '../../src/standard/scoring.js';
import os from 'node:os';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { BUILT_IN_CHECKS, checkRegistry, checkRegistryWith } from '../../src/checks/index.js';
import { lint } from '../../src/run/lint.js';
import { BUNDLED_STANDARD, loadStandard } from '../../src/standard/load.js';
import type { Check } from '../../src/model/check.js';
import type { Category, Finding } from '../../src/model/finding.js';
import type { Rule, Standard } from '../../src/model/standard.js';
import { createAjv } from '../../src/util/ajv.js';

export type { Finding };

/** A file's content: text (written as UTF-8) or raw bytes. */
export type FileContent = string | Buffer;

export interface RuleSpec {
  /** The check's id, as a rule file's `check:` names it. */
  check: string;
  /** Defaults to `<category>/<check>`. */
  id?: string;
  severity?: 'error' | 'warning' | 'info';
  /** The rule's `with:`; validated against the check's optionsSchema, with its defaults applied. */
  options?: Record<string, unknown>;
}

export interface LintOptions {
  /** The rules to enable. Overrides `check`/`options`. */
  rules?: RuleSpec[];
  /** Shorthand for `rules: [{ check, options }]`. */
  check?: string;
  options?: Record<string, unknown>;
  /** Paths to lint, relative to the temporary folder; defaults to ['.'] (the whole folder). */
  paths?: string[];
  /** Called after the files are written and before linting (e.g. to chmod a file). */
  setup?: (dir: string) => void;
  /** The reference date (`--now`); defaults to 2026-11-27 so no test depends on today's date. */
  now?: string;
  /** Vocabularies by name; defaults to the bundled standard's. */
  vocabularies?: ReadonlyMap<string, unknown>;
  /** Checks besides the built-in ones that the rules may name. */
  checks?: readonly Check[];
}

export const TEST_NOW = '2026-11-27';

let bundled: Standard | undefined;
function bundledStandard(): Standard {
  bundled ??= loadStandard(BUNDLED_STANDARD, checkRegistry());
  return bundled;
}

/** The bundled standard's vocabularies (licence list, frequency terms …), loaded once. */
export function bundledVocabularyMap(): ReadonlyMap<string, unknown> {
  return bundledStandard().vocabularies;
}

/** The category the bundled standard gives a check's rules ('format' for a check it does not configure). */
function categoryOf(check: string): Category {
  return bundledStandard().rules.find((r) => r.check === check)?.category ?? 'format';
}

const tempDirs = new Set<string>();

/** Creates a temporary folder (a real path, no symlinks), removed by cleanupTempDirs(). */
export function makeTempDir(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'odlint-')));
  tempDirs.add(dir);
  return dir;
}

/** Removes every temporary folder made so far: call it from afterEach. */
export function cleanupTempDirs(): void {
  for (const dir of tempDirs) {
    try {
      fs.chmodSync(dir, 0o700);
    } catch { /* already gone */ }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  tempDirs.clear();
}

/** Writes files (relative path -> content) under dir, creating sub-folders. */
export function writeFiles(dir: string, files: Record<string, FileContent>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
}

const registry = checkRegistry();
const ajv = createAjv({ useDefaults: true });
const optionValidators = new Map<string, ValidateFunction>();

/** Builds a rule as src/standard/load.ts does: options validated against the check's schema, defaults applied. */
export function buildRule(spec: RuleSpec, checks: ReadonlyMap<string, Check> = registry): Rule {
  const check = checks.get(spec.check);
  if (!check) throw new Error(`Unknown check '${spec.check}'`);
  let validate = optionValidators.get(check.id);
  if (!validate) {
    validate = ajv.compile({ ...check.optionsSchema, $id: `odlint-test-check-${check.id}` });
    optionValidators.set(check.id, validate);
  }
  const options = structuredClone(spec.options ?? {});
  if (!validate(options)) throw new Error(`Invalid options for check '${spec.check}': ${ajv.errorsText(validate.errors)}`);
  return {
    id: spec.id ?? `${categoryOf(check.id)}/${check.id}`,
    check: check.id,
    category: categoryOf(check.id),
    severity: spec.severity ?? 'error',
    description: check.description,
    sources: [],
    options,
    file: 'test-standard.yaml',
    standard: 'test',
    changes: [],
  };
}

/** A Standard holding the given rules (sorted by id, as loadStandard sorts them). */
export function buildStandard(rules: RuleSpec[], vocabularies: ReadonlyMap<string, unknown> = bundledVocabularyMap(), checks: ReadonlyMap<string, Check> = registry): Standard {
  return {
    vocabularies,
    scoring: defaultScoringMethod(),
    id: 'test-standard',
    version: '0.0.0',
    title: 'Test standard',
    rootFile: 'test-standard.yaml',
    layers: [{ id: 'test-standard', version: '0.0.0', title: 'Test standard', rootFile: 'test-standard.yaml' }],
    rules: rules.map((r) => buildRule(r, checks)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/**
 * Writes the files into a new temporary folder and lints them through the run API (discovery, engine, cap) with the
 * given rules (by default every built-in check with its default options, rule ids `format/<check>`), no config and
 * no ignore patterns.
 *
 * Display paths in findings (Finding.file) are relative to the temporary folder, e.g. 'data.csv' or
 * 'pkg/datapackage.json': the process's working directory is moved into the folder for the duration of the call, as
 * a user would run odlint there. Tests in one file run one after another, so the move is safe there.
 */
export async function lintFiles(files: Record<string, FileContent>, opts: LintOptions = {}): Promise<Finding[]> {
  const dir = makeTempDir();
  writeFiles(dir, files);
  opts.setup?.(dir);
  const specs = opts.rules ?? (opts.check ? [{ check: opts.check, options: opts.options }] : BUILT_IN_CHECKS.map((c) => ({ check: c.id })));
  const standard = buildStandard(specs, opts.vocabularies, checkRegistryWith(opts.checks));
  const previous = process.cwd();
  process.chdir(dir);
  try {
    const report = await lint({ paths: opts.paths ?? ['.'], standard, config: false, ignore: false, now: opts.now ?? TEST_NOW, checks: opts.checks });
    return report.findings;
  } finally {
    process.chdir(previous);
  }
}

/** Writes a datapackage.json holding the given resources (and any other descriptor properties). */
export function datapackage(resources: unknown[], extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ name: 'test-package', ...extra, resources }, null, 2)}\n`;
}

/** The findings reduced to the properties most tests assert on. */
export function brief(findings: Finding[]): Array<Pick<Finding, 'ruleId' | 'message' | 'file' | 'line' | 'column' | 'field'>> {
  return findings.map(({ ruleId, message, file, line, column, field }) => {
    const out: Pick<Finding, 'ruleId' | 'message' | 'file' | 'line' | 'column' | 'field'> = { ruleId, message, file };
    if (line !== undefined) out.line = line;
    if (column !== undefined) out.column = column;
    if (field !== undefined) out.field = field;
    return out;
  });
}

/** A lint function bound to one check (rule id `format/<check>`): `lintWith('bom')(files, { options })`. */
export function lintWith(check: string) {
  return (files: Record<string, FileContent>, opts: Omit<LintOptions, 'check' | 'rules'> = {}): Promise<Finding[]> =>
    lintFiles(files, { ...opts, check });
}

/**
 * Files for a one-resource package: the data file and a datapackage.json describing it with the given Table Schema
 * (omitted when undefined) and any other resource properties (encoding, dialect, format …).
 */
export function packageWith(
  file: string,
  content: FileContent,
  schema: Record<string, unknown> | undefined,
  resource: Record<string, unknown> = {},
): Record<string, FileContent> {
  const name = path.basename(file).replace(/\.[^.]*$/, '').toLowerCase().replace(/[^-a-z0-9._]/g, '-');
  const descriptor: Record<string, unknown> = { name, path: file, ...resource };
  if (schema !== undefined) descriptor.schema = schema;
  return { [file]: content, 'datapackage.json': datapackage([descriptor]) };
}

/** 1-based line and column of the first occurrence of needle in text (for positions inside metadata files). */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`'${needle}' is not in the text`);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}
