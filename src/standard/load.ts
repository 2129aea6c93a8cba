// Loads a standard: its root file, the rule files it includes, each validated against the published schemas, and the
// options of every rule validated against its check's own schema. Any problem is an OdlintError naming file and line.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { deepMerge } from './merge.js';
import { readScoringFile, resolveScoring, type ScoringLayer } from './scoring.js';
import { readSource } from './read-source.js';
import { BUNDLED_STANDARD, locateStandard } from './reference.js';
import { confine } from '../util/confine.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../util/ajv.js';
import { explainSchemaError, schemaValidator } from '../util/json-schema.js';
import { prebuiltOptionsValidator } from '../util/prebuilt-validators.js';
import { OdlintError, where } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { escapePointerToken, splitPointer, type SourceDocument } from '../util/source.js';
import type { Check } from '../model/check.js';
import { catalogueProblems, englishCatalogue } from '../locale/catalogue.js';
import type { Catalogue } from '../locale/locale.js';
import type { Category, RuleLevel } from '../model/finding.js';
import type { Rule, RuleChange, RuleSource, Standard, StandardLayer } from '../model/standard.js';

export { BUNDLED_STANDARD, BUNDLED_STANDARDS } from './reference.js';

function schemaValidators() {
  // The standard's inline rules refer to the rule file schema's entry definition.
  return { standard: schemaValidator('standard.schema.json', ['rule-file.schema.json']), ruleFile: schemaValidator('rule-file.schema.json') };
}

/** Names the place an error is at in words: "rule 'format/bom', property 'severity'" rather than a JSON pointer. */
function describePointer(pointer: string, what: string): string {
  let parts = splitPointer(pointer);
  let prefix = '';
  if (parts[0] === 'odlint' && parts.length > 1) parts = parts.slice(1); // the config inside package.json
  if (parts[0] === 'overrides' && parts.length >= 2) {
    prefix = `override ${Number(parts[1]) + 1}, `;
    parts = parts.slice(2);
    if (parts[0] !== 'rules' || parts.length < 2) return `${prefix.slice(0, -2)}${parts.length ? `, property '${parts.join('.')}',` : ''}`;
  }
  if (parts.length === 0) return what;
  if (parts[0] === 'rules' && parts.length >= 2) {
    const rest = parts.slice(2).join('.');
    return `${prefix}rule '${parts[1]}'${rest ? `, property '${rest}',` : ''}`;
  }
  return `${what}, property '${parts.join('.')}',`;
}

/** Explains a schema error in a standard's files or a config (which hold rules), naming rules and overrides in words. */
export function explainRulesSchemaError(file: string, doc: SourceDocument, errors: ErrorObject[], what: string): OdlintError {
  return explainSchemaError(file, doc, errors, (pointer) => describePointer(pointer, what));
}

type RuleLevelName = RuleLevel;
// A rule says what its check says unless it has a description of its own; its rationale likewise (rule-doc.ts).
const REQUIRED_IN_DEFINITION = ['check', 'category', 'severity', 'source'] as const;

/** A rule entry as written: a severity alone, or an object (a whole definition, or a change to an inherited rule). */
export type RuleEntry = RuleLevelName | {
  check?: string;
  category?: Category;
  severity?: RuleLevelName;
  description?: string;
  rationale?: string;
  with?: Record<string, unknown>;
  source?: RuleSource | RuleSource[];
};

/** Where an entry is written, so every message can name its file, line and column. */
export interface EntryLocation {
  /** Absolute path of the file. */
  file: string;
  doc: SourceDocument;
  /** JSON pointer of the entry in the document. */
  pointer: string;
}


function at(loc: EntryLocation, suffix = '', key = false): string {
  const pos = key ? loc.doc.locateKey(loc.pointer + suffix) : loc.doc.locate(loc.pointer + suffix);
  return where(displayPath(loc.file), pos?.line, pos?.column);
}

/** Validates rule options against their check's schema, one compiled validator per distinct schema. */
export class RuleOptionsValidator {
  private readonly compiled = new Map<Record<string, unknown>, ValidateFunction>();
  private ajv: ReturnType<typeof createAjv> | undefined;

  /** Returns the options with the check's defaults applied, or throws naming the entry's `with:` property at fault. */
  validate(check: Check, options: Record<string, unknown>, loc: EntryLocation, what: string): Record<string, unknown> {
    let validate = this.compiled.get(check.optionsSchema);
    if (!validate) {
      validate = prebuiltOptionsValidator(check.optionsSchema) ?? (this.ajv ??= createAjv({ useDefaults: true, verbose: true })).compile(check.optionsSchema);
      this.compiled.set(check.optionsSchema, validate);
    }
    const copy = structuredClone(options);
    if (!validate(copy)) {
      const errors = (validate.errors ?? []).map((e) => ({ ...e, instancePath: `${loc.pointer}/with${e.instancePath}` }));
      throw explainRulesSchemaError(loc.file, loc.doc, errors, what);
    }
    return copy;
  }
}

/**
 * Applies a change (a severity, options, or new wording) to a rule someone else defined, and records it. Options are
 * deep-merged into the rule's (arrays replaced) and validated again; the check and category cannot change.
 */
export function changeRule(rule: Rule, entry: RuleEntry, by: string, loc: EntryLocation, checks: ReadonlyMap<string, Check>, validator: RuleOptionsValidator, what: string): Rule {
  const change = typeof entry === 'string' ? { severity: entry } : entry;
  if (change.check !== undefined && change.check !== rule.check) {
    throw new OdlintError(`${at(loc, '/check')}: rule '${rule.id}' is defined in ${where(rule.file, rule.line)} with check '${rule.check}'; a change cannot give it another check.`, 'Give a rule with another check its own id.');
  }
  if (change.category !== undefined && change.category !== rule.category) {
    throw new OdlintError(`${at(loc, '/category')}: rule '${rule.id}' is in category '${rule.category}'; a change cannot move it to '${change.category}'.`);
  }
  const pos = loc.doc.locateKey(loc.pointer);
  const record: RuleChange = { by, file: displayPath(loc.file), line: pos?.line };
  const next: Rule = { ...rule, changes: [...rule.changes, record] };
  if (change.severity !== undefined) next.severity = record.severity = change.severity;
  if (change.with !== undefined) {
    record.options = change.with;
    next.options = validator.validate(checks.get(rule.check)!, deepMerge(rule.options, change.with) as Record<string, unknown>, loc, what);
  }
  if (change.description !== undefined) next.description = change.description;
  if (change.rationale !== undefined) next.rationale = change.rationale;
  if (change.source !== undefined) next.sources = Array.isArray(change.source) ? change.source : [change.source];
  return next;
}

/** Builds a rule from a whole definition. `extending` says, for messages, whether a base standard was there to inherit from. */
function defineRule(id: string, entry: RuleEntry, standardId: string, loc: EntryLocation, checks: ReadonlyMap<string, Check>, validator: RuleOptionsValidator, extending: boolean): Rule {
  const raw = typeof entry === 'string' ? { severity: entry } : entry;
  const missing = REQUIRED_IN_DEFINITION.find((p) => raw[p] === undefined);
  if (missing) {
    throw new OdlintError(
      `${at(loc, '', true)}: rule '${id}' is missing the required property '${missing}'${extending ? ', and it is not a rule of the standard this one extends, so it needs a whole definition' : ''}.`,
      extending ? `Check the rule id (odlint rules --standard <the base standard> lists them), or define the rule with ${REQUIRED_IN_DEFINITION.join(', ')}.` : `A rule needs ${REQUIRED_IN_DEFINITION.join(', ')}.`,
    );
  }
  const category = raw.category!;
  if (!id.startsWith(`${category}/`)) {
    throw new OdlintError(`${at(loc, '', true)}: rule '${id}' has category '${category}', so its id must start with '${category}/'.`);
  }
  const check = checks.get(raw.check!);
  if (!check) {
    throw new OdlintError(`${at(loc, '/check')}: rule '${id}' configures an unknown check '${raw.check}'.`, `Known checks: ${[...checks.keys()].sort().join(', ')}.`);
  }
  const pos = loc.doc.locateKey(loc.pointer);
  const source = raw.source!;
  return {
    id,
    check: check.id,
    category,
    severity: raw.severity!,
    description: raw.description ?? check.description,
    rationale: raw.rationale,
    sources: Array.isArray(source) ? source : [source],
    options: validator.validate(check, raw.with ?? {}, loc, 'the rule file'),
    file: displayPath(loc.file),
    line: pos?.line,
    standard: standardId,
    changes: [],
  };
}

interface RootFile {
  id: string;
  version: string;
  title: string;
  description?: string;
  publisher?: string;
  extends?: string | string[];
  include?: string[];
  rules?: Record<string, RuleEntry>;
  vocabularies?: Record<string, string>;
  scoring?: string;
  locales?: Record<string, string>;
}

interface Layered {
  /** This standard's own root file (the last layer). */
  root: RootFile;
  layers: StandardLayer[];
  rules: Map<string, Rule>;
  vocabularies: Map<string, unknown>;
  /** The scoring files of the chain, the furthest base first. */
  scoring: ScoringLayer[];
  /** Message catalogues by language tag, merged over the bases' key by key. */
  /** Per language, how to get its catalogue (the bases' merged first). */
  locales: Map<string, () => Catalogue>;
}

/** Loads one standard and, first, the standards it extends; `chain` holds the root files being loaded, for cycles. */
function loadLayered(rootFile: string, home: string, checks: ReadonlyMap<string, Check>, validator: RuleOptionsValidator, chain: string[]): Layered {
  const doc = readSource(rootFile);
  const { standard: validateStandard, ruleFile: validateRuleFile } = schemaValidators();
  if (!validateStandard(doc.value)) throw explainRulesSchemaError(rootFile, doc, validateStandard.errors ?? [], 'the standard');
  const root = doc.value as RootFile;
  const shownRoot = displayPath(rootFile);
  if (!root.include && !root.rules && root.extends === undefined) {
    throw new OdlintError(`${shownRoot}: the standard has no rules: it needs 'include' (rule files), 'rules', or 'extends' (a standard to build on).`);
  }

  // The bases first, in the order listed: a later base's definition of a rule replaces an earlier one's.
  const base: Omit<Layered, 'root'> = { layers: [], rules: new Map(), vocabularies: new Map(), scoring: [], locales: new Map() };
  const bases = root.extends === undefined ? [] : Array.isArray(root.extends) ? root.extends : [root.extends];
  bases.forEach((ref, i) => {
    const pointer = Array.isArray(root.extends) ? `/extends/${i}` : '/extends';
    const pos = doc.locate(pointer);
    const label = `${where(shownRoot, pos?.line, pos?.column)}: extends`;
    const { file: baseFile, home: baseHome } = locateStandard(ref, path.dirname(rootFile), label);
    const cycleStart = chain.findIndex((f) => samePath(f, baseFile));
    if (cycleStart !== -1 || samePath(baseFile, rootFile)) {
      const loop = [...chain.slice(cycleStart === -1 ? chain.length : cycleStart), rootFile, baseFile].map((f) => displayPath(f));
      throw new OdlintError(`${label} ${ref}: the standards extend each other in a cycle: ${loop.join(' → ')}.`, 'A standard cannot extend itself, directly or through others: remove one of these extends.');
    }
    const loaded = loadLayered(baseFile, baseHome, checks, validator, [...chain, rootFile]);
    for (const layer of loaded.layers) if (!base.layers.some((l) => l.rootFile === layer.rootFile)) base.layers.push(layer);
    for (const [id, rule] of loaded.rules) base.rules.set(id, rule);
    for (const [name, value] of loaded.vocabularies) base.vocabularies.set(name, base.vocabularies.has(name) ? deepMerge(base.vocabularies.get(name), value) : value);
    for (const layer of loaded.scoring) if (!base.scoring.some((l) => l.file === layer.file)) base.scoring.push(layer);
    for (const [tag, read] of loaded.locales) base.locales.set(tag, mergedCatalogue(base.locales.get(tag), read));
  });
  const extending = bases.length > 0;

  // Vocabularies: a name the bases already have gets this standard's entries merged in (an extra licence, a register).
  const vocabularies = new Map(base.vocabularies);
  for (const [name, relative] of Object.entries(root.vocabularies ?? {})) {
    const file = path.resolve(path.dirname(rootFile), relative);
    if (!existsSync(file)) {
      const pos = doc.locate(`/vocabularies/${escapePointerToken(name)}`);
      throw new OdlintError(`${where(shownRoot, pos?.line, pos?.column)}: the vocabulary '${name}' names a file that does not exist: '${relative}'.`);
    }
    ownFile(shownRoot, file, home, () => doc.locate(`/vocabularies/${escapePointerToken(name)}`), `the vocabulary '${name}' names '${relative}'`);
    const value = readSource(file).value;
    vocabularies.set(name, vocabularies.has(name) ? deepMerge(vocabularies.get(name), value) : value);
  }

  const scoring = [...base.scoring];
  if (root.scoring !== undefined) {
    const file = path.resolve(path.dirname(rootFile), root.scoring);
    const pos = () => doc.locate('/scoring');
    if (!existsSync(file)) {
      const p = pos();
      throw new OdlintError(`${where(shownRoot, p?.line, p?.column)}: the scoring method names a file that does not exist: '${root.scoring}'.`);
    }
    ownFile(shownRoot, file, home, pos, `the scoring method names '${root.scoring}'`);
    const p = pos();
    scoring.push(readScoringFile(file, root.id));
  }

  // Catalogues: a tag the bases already have gets this standard's messages merged over theirs, key by key.
  const locales = new Map(base.locales);
  for (const [tag, relative] of Object.entries(root.locales ?? {})) {
    const file = path.resolve(path.dirname(rootFile), relative);
    const pos = () => doc.locate(`/locales/${escapePointerToken(tag)}`);
    if (!existsSync(file)) {
      const p = pos();
      throw new OdlintError(`${where(shownRoot, p?.line, p?.column)}: the catalogue '${tag}' names a file that does not exist: '${relative}'.`);
    }
    ownFile(shownRoot, file, home, pos, `the catalogue '${tag}' names '${relative}'`);
    locales.set(tag, mergedCatalogue(locales.get(tag), catalogueReader(file, checks)));
  }

  // This standard's own entries: rule files, then inline rules. An id appears once per standard.
  const entries: { id: string; entry: RuleEntry; loc: EntryLocation }[] = [];
  (root.include ?? []).forEach((relative, i) => {
    const file = path.resolve(path.dirname(rootFile), relative);
    if (!existsSync(file)) {
      const pos = doc.locate(`/include/${i}`);
      throw new OdlintError(`${where(shownRoot, pos?.line, pos?.column)}: the included rule file '${relative}' does not exist.`);
    }
    ownFile(shownRoot, file, home, () => doc.locate(`/include/${i}`), `the included rule file '${relative}'`);
    const ruleDoc = readSource(file);
    if (!validateRuleFile(ruleDoc.value)) throw explainRulesSchemaError(file, ruleDoc, validateRuleFile.errors ?? [], 'the rule file');
    for (const [id, entry] of Object.entries((ruleDoc.value as { rules: Record<string, RuleEntry> }).rules)) {
      entries.push({ id, entry, loc: { file, doc: ruleDoc, pointer: `/rules/${escapePointerToken(id)}` } });
    }
  });
  for (const [id, entry] of Object.entries(root.rules ?? {})) entries.push({ id, entry, loc: { file: rootFile, doc, pointer: `/rules/${escapePointerToken(id)}` } });

  const rules = new Map(base.rules);
  const own = new Map<string, EntryLocation>();
  for (const { id, entry, loc } of entries) {
    const previous = own.get(id);
    if (previous) {
      const pos = previous.doc.locateKey(previous.pointer);
      throw new OdlintError(`${at(loc, '', true)}: rule '${id}' is already defined in ${where(displayPath(previous.file), pos?.line)}.`);
    }
    own.set(id, loc);
    // An inherited id is always a change (even written out in full), so it keeps its check and category.
    const inherited = base.rules.get(id);
    rules.set(id, inherited ? changeRule(inherited, entry, root.id, loc, checks, validator, 'the rule file') : defineRule(id, entry, root.id, loc, checks, validator, extending));
  }

  return {
    root,
    layers: [...base.layers, { id: root.id, version: root.version, title: root.title, rootFile: shownRoot }],
    rules,
    vocabularies,
    scoring,
    locales,
  };
}

/**
 * A catalogue file (locale.schema.json), checked against odlint's English messages and the checks': a key English
 * does not have, a template that does not parse or placeholders other than English's stop the run with file and
 * line, as any error in a standard does — a translation that silently drops a value would mislead.
 */
/** A catalogue merged over an earlier one, key by key, when it is first read. */
function mergedCatalogue(earlier: (() => Catalogue) | undefined, read: () => Catalogue): () => Catalogue {
  let merged: Catalogue | undefined;
  return () => (merged ??= { ...earlier?.(), ...read() });
}

/**
 * How to get one catalogue file. The bundled standard's catalogues are read when a run first needs them (the test
 * suite validates them): a run in English reads none. A standard's own are read and validated now, so a mistake in
 * one stops every run, in any language, with its file and line.
 */
function catalogueReader(file: string, checks: ReadonlyMap<string, Check>): () => Catalogue {
  if (!confine(file, BUNDLED_STANDARD).outside) {
    let read: Catalogue | undefined;
    return () => (read ??= readCatalogue(file, checks));
  }
  const catalogue = readCatalogue(file, checks);
  return () => catalogue;
}

function readCatalogue(file: string, checks: ReadonlyMap<string, Check>): Catalogue {
  const doc = readSource(file);
  const validate = schemaValidator('locale.schema.json');
  if (!validate(doc.value)) throw explainSchemaError(file, doc, validate.errors ?? [], (pointer) => `the catalogue${pointer ? ` at ${pointer}` : ''}`);
  const catalogue = { ...(doc.value as Record<string, string>) };
  delete catalogue.$schema;
  const [problem] = catalogueProblems(catalogue, englishCatalogue(checks.values()));
  if (problem) {
    const pos = doc.locateKey(`/${escapePointerToken(problem.key)}`);
    throw new OdlintError(`${where(displayPath(file), pos?.line, pos?.column)}: ${problem.problem}.`, 'A catalogue translates the messages of rules/locales/en.json, keeping their keys and placeholders: copy the English entry and translate its words.');
  }
  return catalogue;
}

/**
 * A standard reads only its own files: an include or vocabulary whose real path (links followed) leaves the
 * standard's folder, or its npm package, is refused before it is read, so nothing of it can reach a message.
 */
function ownFile(shownRoot: string, file: string, home: string, locate: () => { line?: number; column?: number } | undefined, what: string): void {
  if (!confine(file, home).outside) return;
  const pos = locate();
  throw new OdlintError(
    `${where(shownRoot, pos?.line, pos?.column)}: ${what}, which is outside the standard's folder ${displayPath(home)} (a symbolic link or a path leading out of it), so it was not read.`,
    "A standard's rule files and vocabularies must be inside its own folder (or its npm package): copy the file there.",
  );
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

export interface LoadStandardOptions {
  /** Folder a relative reference or an npm package is resolved from. Default: the working directory. */
  fromDir?: string;
  /** Who named the standard, for messages. Default: '--standard'. */
  label?: string;
  /** A standard named by a path must really be inside this folder (a config's project), links resolved. */
  within?: string;
}

/** Loads a standard by reference (bundled name, path, npm package), with every standard it extends. */
export function loadStandard(ref: string, checks: ReadonlyMap<string, Check>, options: LoadStandardOptions = {}): Standard {
  const label = options.label ?? '--standard';
  const { file: rootFile, home, byPath } = locateStandard(ref, options.fromDir ?? process.cwd(), label);
  if (byPath && options.within !== undefined && confine(rootFile, options.within).outside) {
    throw new OdlintError(`${label} ${ref}: ${displayPath(rootFile)} is outside the project ${displayPath(options.within)} (a symbolic link or a path leading out of it), so it was not read.`, 'A config names a standard inside its project, an installed npm package or a bundled standard; give a path outside it with --standard.');
  }
  const loaded = loadLayered(rootFile, home, checks, new RuleOptionsValidator(), []);
  const { root } = loaded;
  return {
    id: root.id,
    version: root.version,
    title: root.title,
    description: root.description,
    publisher: root.publisher,
    rootFile: displayPath(rootFile),
    rules: [...loaded.rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    vocabularies: loaded.vocabularies,
    layers: loaded.layers,
    scoring: resolveScoring(loaded.scoring, new Set(loaded.rules.keys())),
    locales: new LazyCatalogues(loaded.locales),
  };
}

/** Catalogues by language tag, each read when first asked for. */
class LazyCatalogues implements ReadonlyMap<string, Catalogue> {
  constructor(private readonly readers: ReadonlyMap<string, () => Catalogue>) {}
  get size(): number {
    return this.readers.size;
  }
  has(tag: string): boolean {
    return this.readers.has(tag);
  }
  get(tag: string): Catalogue | undefined {
    return this.readers.get(tag)?.();
  }
  keys(): MapIterator<string> {
    return this.readers.keys();
  }
  *entries(): MapIterator<[string, Catalogue]> {
    for (const [tag, read] of this.readers) yield [tag, read()];
  }
  *values(): MapIterator<Catalogue> {
    for (const read of this.readers.values()) yield read();
  }
  forEach(callback: (value: Catalogue, key: string, map: ReadonlyMap<string, Catalogue>) => void): void {
    for (const [tag, read] of this.readers) callback(read(), tag, this);
  }
  [Symbol.iterator](): MapIterator<[string, Catalogue]> {
    return this.entries();
  }
}
