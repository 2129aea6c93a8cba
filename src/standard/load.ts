// Loads a standard: its root file, the rule files it includes, each validated against the published schemas, and the
// options of every rule validated against its check's own schema. Any problem is an OdlintError naming file and line.
import { readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../util/package-root.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../util/ajv.js';
import { OdlintError, where } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { parseSource, SourceSyntaxError, splitPointer, type SourceDocument } from '../util/source.js';
import type { Category, RuleLevel } from '../report/finding.js';
import type { Check } from '../checks/check.js';

export interface RuleSource { title: string; url: string; section?: string }

/** A change made to a rule after its definition: by an extending standard, the project config, or an override. */
export interface RuleChange {
  /** Who made it: the id of an extending standard, 'config', or 'override'. */
  by: string;
  /** Display path of the file that makes the change, and its line. */
  file: string;
  line?: number;
  /** The severity it sets, if it sets one. */
  severity?: RuleLevel;
  /** The options it merges in (deep-merged, arrays replaced), if any. */
  options?: Record<string, unknown>;
  /** Overrides only: the globs of the files it applies to. */
  files?: string[];
}

export interface Rule {
  id: string;
  check: string;
  category: Category;
  severity: RuleLevel;
  description: string;
  rationale?: string;
  sources: RuleSource[];
  /** Options after validation, with the check's defaults applied. */
  options: Record<string, unknown>;
  /** Where the rule is defined, for messages. */
  file: string;
  line?: number;
  /** Id of the standard that defines the rule. */
  standard: string;
  /** Changes made to it since its definition, in the order applied (severity and options above include them). */
  changes: RuleChange[];
}

export interface Standard {
  id: string;
  version: string;
  title: string;
  description?: string;
  publisher?: string;
  /** Display path of the root file. */
  rootFile: string;
  /** Rules sorted by id. */
  rules: Rule[];
  /** Vocabularies by name, parsed from the files the root file names. */
  vocabularies: ReadonlyMap<string, unknown>;
}

export const BUNDLED_STANDARD = path.join(PACKAGE_ROOT, 'rules');
const ROOT_NAMES = ['standard.yaml', 'standard.yml', 'standard.json'];

function loadSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'schemas', name), 'utf8')) as Record<string, unknown>;
}

let validators: { standard: ValidateFunction; ruleFile: ValidateFunction } | undefined;
function schemaValidators() {
  if (!validators) {
    const ajv = createAjv({ verbose: true });
    validators = { standard: ajv.compile(loadSchema('standard.schema.json')), ruleFile: ajv.compile(loadSchema('rule-file.schema.json')) };
  }
  return validators;
}

function readSource(file: string): SourceDocument {
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new OdlintError(`${shown}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
  }
  try {
    return parseSource(text, file.endsWith('.json') ? 'json' : 'yaml');
  } catch (err) {
    if (err instanceof SourceSyntaxError) {
      throw new OdlintError(`${where(shown, err.line, err.column)}: the file is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${err.message}.`);
    }
    throw err;
  }
}

/** Names the place an error is at in words: "rule 'format/bom', property 'severity'" rather than a JSON pointer. */
function describePointer(pointer: string, what: string): string {
  const parts = splitPointer(pointer);
  if (parts.length === 0) return what;
  if (parts[0] === 'rules' && parts.length >= 2) {
    const rest = parts.slice(2).join('.');
    return `rule '${parts[1]}'${rest ? `, property '${rest}',` : ''}`;
  }
  return `${what}, property '${parts.join('.')}',`;
}

/** Turns the first ajv error into one sentence with the line of the property at fault. */
export function explainSchemaError(file: string, doc: SourceDocument, errors: ErrorObject[], what: string): OdlintError {
  // additionalProperties and enum errors are the most useful to a person editing the file; show the deepest first.
  const sorted = [...errors].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length);
  const err = sorted.find((e) => e.keyword === 'additionalProperties') ?? sorted.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'if') ?? sorted[0]!;
  const at = err.instancePath;
  const label = describePointer(at, what);
  let message: string;
  let pos = doc.locate(at);
  switch (err.keyword) {
    case 'additionalProperties': {
      const extra = String(err.params.additionalProperty);
      pos = doc.locateKey(`${at}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`) ?? pos;
      const allowed = Object.keys((err.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
      message = `${label} has an unknown property '${extra}'${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`;
      break;
    }
    case 'required':
      message = `${label} is missing the required property '${String(err.params.missingProperty)}'`;
      break;
    case 'enum':
      message = `${label} must be one of ${(err.params.allowedValues as unknown[]).map((v) => `'${String(v)}'`).join(', ')}`;
      break;
    case 'type':
      message = `${label} must be of type ${String(err.params.type)}`;
      break;
    case 'propertyNames':
      pos = doc.locateKey(`${at}/${String(err.params.propertyName)}`) ?? pos;
      message = `${label}: '${String(err.params.propertyName)}' is not a valid name`;
      break;
    default:
      message = `${label} ${err.message ?? 'is invalid'}`;
  }
  return new OdlintError(`${where(displayPath(file), pos?.line, pos?.column)}: ${message}.`);
}

/** Finds the root file of a standard given a folder or a file. */
export function resolveStandardRoot(standardPath: string): string {
  const abs = path.resolve(standardPath);
  if (!existsSync(abs)) {
    throw new OdlintError(`--standard ${standardPath}: no such file or folder.`, 'Give the folder of a standard (with a standard.yaml) or its root file.');
  }
  if (statSync(abs).isDirectory()) {
    for (const name of ROOT_NAMES) if (existsSync(path.join(abs, name))) return path.join(abs, name);
    throw new OdlintError(`${standardPath}: this folder has no ${ROOT_NAMES.join(' / ')}, so it is not a standard.`, 'Point --standard at a standard folder or its root file.');
  }
  return abs;
}

export function loadStandard(standardPath: string, checks: ReadonlyMap<string, Check>): Standard {
  const rootFile = resolveStandardRoot(standardPath);
  const doc = readSource(rootFile);
  const { standard: validateStandard, ruleFile: validateRuleFile } = schemaValidators();
  if (!validateStandard(doc.value)) throw explainSchemaError(rootFile, doc, validateStandard.errors ?? [], 'the standard');
  const root = doc.value as { id: string; version: string; title: string; description?: string; publisher?: string; include: string[]; vocabularies?: Record<string, string> };
  const vocabularies = new Map<string, unknown>();
  for (const [name, relative] of Object.entries(root.vocabularies ?? {})) {
    const file = path.resolve(path.dirname(rootFile), relative);
    if (!existsSync(file)) {
      const pos = doc.locate(`/vocabularies/${name}`);
      throw new OdlintError(`${where(displayPath(rootFile), pos?.line, pos?.column)}: the vocabulary '${name}' names a file that does not exist: '${relative}'.`);
    }
    vocabularies.set(name, readSource(file).value);
  }
  const rules = new Map<string, Rule>();
  const optionValidators = new Map<Record<string, unknown>, ValidateFunction>();
  const ajv = createAjv({ useDefaults: true, verbose: true });

  root.include.forEach((relative, i) => {
    const file = path.resolve(path.dirname(rootFile), relative);
    if (!existsSync(file)) {
      const pos = doc.locate(`/include/${i}`);
      throw new OdlintError(`${where(displayPath(rootFile), pos?.line, pos?.column)}: the included rule file '${relative}' does not exist.`);
    }
    const ruleDoc = readSource(file);
    if (!validateRuleFile(ruleDoc.value)) throw explainSchemaError(file, ruleDoc, validateRuleFile.errors ?? [], 'the rule file');
    const entries = (ruleDoc.value as { rules: Record<string, Record<string, unknown>> }).rules;
    for (const [id, raw] of Object.entries(entries)) {
      const pointer = `/rules/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const pos = ruleDoc.locateKey(pointer);
      const at = where(displayPath(file), pos?.line, pos?.column);
      const category = raw.category as Category;
      if (!id.startsWith(`${category}/`)) {
        throw new OdlintError(`${at}: rule '${id}' has category '${category}', so its id must start with '${category}/'.`);
      }
      const previous = rules.get(id);
      if (previous) throw new OdlintError(`${at}: rule '${id}' is already defined in ${where(previous.file, previous.line)}.`);
      const checkId = String(raw.check);
      const check = checks.get(checkId);
      if (!check) {
        const known = [...checks.keys()].sort().join(', ');
        const cpos = ruleDoc.locate(`${pointer}/check`);
        throw new OdlintError(`${where(displayPath(file), cpos?.line, cpos?.column)}: rule '${id}' configures an unknown check '${checkId}'.`, `Known checks: ${known}.`);
      }
      // One validator per options schema: the checks that take no options share NO_OPTIONS, compiled once.
      let validate = optionValidators.get(check.optionsSchema);
      if (!validate) {
        validate = ajv.compile(check.optionsSchema);
        optionValidators.set(check.optionsSchema, validate);
      }
      const options = structuredClone((raw.with as Record<string, unknown> | undefined) ?? {});
      if (!validate(options)) {
        const errors = (validate.errors ?? []).map((e) => ({ ...e, instancePath: `${pointer}/with${e.instancePath}` }));
        throw explainSchemaError(file, ruleDoc, errors, 'the rule file');
      }
      const source = raw.source as RuleSource | RuleSource[];
      rules.set(id, {
        id,
        check: checkId,
        category,
        severity: raw.severity as RuleLevel,
        description: String(raw.description),
        rationale: raw.rationale as string | undefined,
        sources: Array.isArray(source) ? source : [source],
        options,
        file: displayPath(file),
        line: pos?.line,
        standard: root.id,
        changes: [],
      });
    }
  });

  return {
    id: root.id,
    version: root.version,
    title: root.title,
    description: root.description,
    publisher: root.publisher,
    rootFile: displayPath(rootFile),
    rules: [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    vocabularies,
  };
}
