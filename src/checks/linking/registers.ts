// Code registers: a vocabulary of the standard (rules/vocabularies/registers.yaml) that lists, per register, the codes
// a field may hold, with the codes that were retired and what replaced them. Validated and compiled once per parsed
// vocabulary object, so the main thread and every worker thread (which receives its own copy) compile it once each.
import { isCalendarDate } from '../../util/calendar.js';
import { NearMissIndex, type NearMiss } from '../../keys/near-miss.js';
import { OdlintError } from '../../util/errors.js';
import { isObject } from '../../util/objects.js';

export interface RegisterCode {
  title?: string;
  /** Set when the code is no longer in use: the date it was retired (YYYY-MM-DD), or true when no date is given. */
  retired?: string | true;
  /** The code to use instead (a code of the same register). */
  replacedBy?: string;
  /** The current code at the end of the replacedBy chain (A replaced by B, B by C: C), when it ends in one. */
  useInstead?: string;
}

/** A spelling of a register's code in another code system (ISO 3166-2:ZA writes Gauteng 'ZA-GP' or 'GP'). */
export interface RegisterAlias {
  /** The register's own code it stands for. */
  code: string;
  /** The code system that writes it so, as hints name it: the alias list's title, or its key. */
  scheme: string;
}

export interface CodeRegister {
  name: string;
  title?: string;
  codes: ReadonlyMap<string, RegisterCode>;
  /** Every alias of every alias list, by the alias as written. */
  aliases: ReadonlyMap<string, RegisterAlias>;
  /** Near-miss index over every code, built on the first unknown value. */
  nearMiss?: NearMissIndex;
  /** Suggestion per distinct unknown value (null: none), capped at HINT_CACHE_SIZE. */
  hints: Map<string, NearMiss | null>;
}

export interface RegisterVocabulary {
  name: string;
  registers: ReadonlyMap<string, CodeRegister>;
}

/** Most distinct unknown values whose suggestion is cached per register. */
const HINT_CACHE_SIZE = 100_000;

const SHAPE = 'It must hold "registers": {<register>: {"title"?: "…", "source"?: {"title": "…", "url": "…"}, "codes": {<code>: {"title"?: "…", "retired"?: "YYYY-MM-DD", "replacedBy"?: "<code>"}}, "aliases"?: {<list>: {"title"?: "…", "source"?: {"title": "…", "url": "…"}, "codes": {<alias>: "<code>"}}}}}.';


function malformed(vocabulary: string, what: string): OdlintError {
  return new OdlintError(`The register vocabulary '${vocabulary}' is malformed: ${what}.`, SHAPE);
}


function unknownKeys(obj: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(obj).filter((k) => !allowed.includes(k));
}

/** "unknown property 'x'", "unknown properties 'x', 'y'". */
function unknownProperties(keys: readonly string[]): string {
  return `unknown propert${keys.length === 1 ? 'y' : 'ies'} ${keys.map((k) => `'${k}'`).join(', ')}`;
}

/** what: "register 'x'" or "alias list 'iso' of register 'x'". */
function checkSource(vocabulary: string, what: string, source: unknown): void {
  const list = Array.isArray(source) ? source : [source];
  for (const s of list) {
    if (!isObject(s) || typeof s.title !== 'string' || (s.url !== undefined && (typeof s.url !== 'string' || !/^https?:\/\/\S+$/.test(s.url)))) {
      throw malformed(vocabulary, `the source of ${what} is not {title, url} (or a list of them) with an http(s) url`);
    }
  }
}

/**
 * A register's alias lists: per code system, the aliases and the register's code each stands for. An alias is not a
 * code of the register and is listed once, so a value has one reading.
 */
function compileAliases(vocabulary: string, register: string, raw: unknown, codes: ReadonlyMap<string, RegisterCode>): Map<string, RegisterAlias> {
  const out = new Map<string, RegisterAlias>();
  if (raw === undefined) return out;
  if (!isObject(raw)) throw malformed(vocabulary, `the aliases of register '${register}' are not a mapping of alias lists (write aliases: {<list>: {title: …, codes: {<alias>: <code>}}})`);
  const listedIn = new Map<string, string>();
  for (const [listName, list] of Object.entries(raw)) {
    const at = `alias list '${listName}' of register '${register}'`;
    if (!isObject(list)) throw malformed(vocabulary, `${at} is not a mapping (write ${listName}: {title: …, codes: {<alias>: <code>}})`);
    const extra = unknownKeys(list, ['title', 'description', 'source', 'codes']);
    if (extra.length) throw malformed(vocabulary, `${at} has the ${unknownProperties(extra)} (allowed: title, description, source, codes)`);
    if (list.title !== undefined && typeof list.title !== 'string') throw malformed(vocabulary, `the title of ${at} is not a string`);
    if (list.description !== undefined && typeof list.description !== 'string') throw malformed(vocabulary, `the description of ${at} is not a string`);
    if (list.source !== undefined) checkSource(vocabulary, at, list.source);
    if (!isObject(list.codes) || Object.keys(list.codes).length === 0) throw malformed(vocabulary, `${at} has no 'codes' mapping (or it is empty)`);
    const scheme = typeof list.title === 'string' ? list.title : listName;
    for (const [alias, code] of Object.entries(list.codes)) {
      if (alias === '' || alias.trim() !== alias) throw malformed(vocabulary, `${at} has a blank or padded alias '${alias}'`);
      if (typeof code !== 'string' || !codes.has(code)) throw malformed(vocabulary, `alias '${alias}' in ${at} stands for ${JSON.stringify(code)}, which is not a code of the register`);
      if (codes.has(alias)) throw malformed(vocabulary, `alias '${alias}' in ${at} is itself a code of the register`);
      const other = listedIn.get(alias);
      if (other !== undefined) throw malformed(vocabulary, `alias '${alias}' of register '${register}' is listed in both '${other}' and '${listName}'`);
      listedIn.set(alias, listName);
      out.set(alias, { code, scheme });
    }
  }
  return out;
}

function compileCode(vocabulary: string, register: string, code: string, raw: unknown): RegisterCode {
  const at = `code '${code}' of register '${register}'`;
  if (code === '' || code.trim() !== code) throw malformed(vocabulary, `register '${register}' has a blank or padded code '${code}'`);
  if (raw === null) return {}; // `EC:` with nothing after it in YAML: a code with no details
  if (!isObject(raw)) throw malformed(vocabulary, `${at} is ${JSON.stringify(raw)}, not a mapping (write ${code}: {title: …})`);
  const extra = unknownKeys(raw, ['title', 'description', 'retired', 'replacedBy']);
  if (extra.length) throw malformed(vocabulary, `${at} has the ${unknownProperties(extra)} (allowed: title, description, retired, replacedBy)`);
  const out: RegisterCode = {};
  if (raw.title !== undefined) {
    if (typeof raw.title !== 'string') throw malformed(vocabulary, `the title of ${at} is not a string`);
    out.title = raw.title;
  }
  if (raw.description !== undefined && typeof raw.description !== 'string') throw malformed(vocabulary, `the description of ${at} is not a string`);
  if (raw.retired !== undefined) {
    if (raw.retired === true) out.retired = true;
    else if (typeof raw.retired === 'string' && isCalendarDate(raw.retired)) out.retired = raw.retired;
    else if (raw.retired !== false) throw malformed(vocabulary, `'retired' of ${at} is ${JSON.stringify(raw.retired)}, not a date YYYY-MM-DD or true`);
  }
  if (raw.replacedBy !== undefined) {
    if (typeof raw.replacedBy !== 'string' || raw.replacedBy === '') throw malformed(vocabulary, `'replacedBy' of ${at} is not a code`);
    if (raw.replacedBy === code) throw malformed(vocabulary, `${at} is replaced by itself`);
    out.replacedBy = raw.replacedBy;
    // A replacement means the code is no longer used, with or without a known date, unless 'retired: false' says
    // otherwise (a department standard un-retiring a code of its base, whose entry it is merged into).
    if (raw.retired !== false) out.retired ??= true;
  }
  return out;
}

export function compileRegisterVocabulary(raw: unknown, name: string): RegisterVocabulary {
  if (!isObject(raw)) throw malformed(name, 'it is not a mapping');
  if (raw.description !== undefined && typeof raw.description !== 'string') throw malformed(name, "its 'description' is not a string");
  if (!isObject(raw.registers)) throw malformed(name, "it has no 'registers' mapping");
  const registers = new Map<string, CodeRegister>();
  for (const [registerName, rawRegister] of Object.entries(raw.registers)) {
    if (!isObject(rawRegister)) throw malformed(name, `register '${registerName}' is not a mapping`);
    const extra = unknownKeys(rawRegister, ['title', 'description', 'source', 'codes', 'aliases']);
    if (extra.length) throw malformed(name, `register '${registerName}' has the ${unknownProperties(extra)} (allowed: title, description, source, codes, aliases)`);
    if (rawRegister.title !== undefined && typeof rawRegister.title !== 'string') throw malformed(name, `the title of register '${registerName}' is not a string`);
    if (rawRegister.description !== undefined && typeof rawRegister.description !== 'string') throw malformed(name, `the description of register '${registerName}' is not a string`);
    if (rawRegister.source !== undefined) checkSource(name, `register '${registerName}'`, rawRegister.source);
    if (!isObject(rawRegister.codes) || Object.keys(rawRegister.codes).length === 0) throw malformed(name, `register '${registerName}' has no 'codes' mapping (or it is empty)`);
    const codes = new Map<string, RegisterCode>();
    for (const [code, rawCode] of Object.entries(rawRegister.codes)) codes.set(code, compileCode(name, registerName, code, rawCode));
    for (const [code, entry] of codes) {
      if (entry.replacedBy === undefined) continue;
      // Follow the chain, so a message never sends anyone to a code that was itself retired later.
      const seen = [code];
      let next: string | undefined = entry.replacedBy;
      while (next !== undefined) {
        const target = codes.get(next);
        if (!target) throw malformed(name, `code '${seen[seen.length - 1]}' of register '${registerName}' is replaced by '${next}', which is not a code of the register`);
        if (seen.includes(next)) throw malformed(name, `the codes of register '${registerName}' replace each other in a cycle: ${[...seen, next].join(' → ')}`);
        seen.push(next);
        if (!target.retired) {
          entry.useInstead = next;
          break;
        }
        next = target.replacedBy;
      }
    }
    const aliases = compileAliases(name, registerName, rawRegister.aliases, codes);
    const register: CodeRegister = { name: registerName, codes, aliases, hints: new Map() };
    if (typeof rawRegister.title === 'string') register.title = rawRegister.title;
    registers.set(registerName, register);
  }
  if (registers.size === 0) throw malformed(name, "'registers' is empty");
  return { name, registers };
}

const compiled = new WeakMap<object, RegisterVocabulary>();

/**
 * The named register vocabulary of the standard, validated and compiled (once per parsed object). Throws OdlintError
 * (exit code 2) when it is missing or malformed, so a broken standard is caught before any file is read.
 */
export function loadRegisterVocabulary(vocabularies: ReadonlyMap<string, unknown>, name: string): RegisterVocabulary {
  const raw = vocabularies.get(name);
  if (raw === undefined) {
    const known = [...vocabularies.keys()];
    throw new OdlintError(
      `The rule linking/register-code needs the register vocabulary '${name}', but the standard names no such vocabulary${known.length ? ` (it has: ${known.join(', ')})` : ''}.`,
      `Add it to the standard's root file, e.g. "vocabularies: {${name}: vocabularies/registers.yaml}", or set the rule option 'vocabulary'.`,
    );
  }
  const cached = isObject(raw) ? compiled.get(raw) : undefined;
  if (cached && cached.name === name) return cached;
  const vocabulary = compileRegisterVocabulary(raw, name);
  if (isObject(raw)) compiled.set(raw, vocabulary);
  return vocabulary;
}

/** The register for each configured field; an error naming the registers there are when one is missing. */
export function registersOfFields(vocabulary: RegisterVocabulary, fields: Readonly<Record<string, string>>): Map<string, CodeRegister> {
  const out = new Map<string, CodeRegister>();
  for (const field of Object.keys(fields).sort()) {
    const registerName = fields[field]!;
    const register = vocabulary.registers.get(registerName);
    if (!register) {
      throw new OdlintError(
        `The rule linking/register-code checks field '${field}' against the register '${registerName}', but the vocabulary '${vocabulary.name}' has no such register (it has: ${[...vocabulary.registers.keys()].sort().join(', ')}).`,
        `Name one of its registers in the rule's 'fields' option, or add '${registerName}' to the vocabulary (a department standard can add registers by naming the vocabulary '${vocabulary.name}' with its own file: they are merged).`,
      );
    }
    out.set(field, register);
  }
  return out;
}

/** The one code a value not in the register is near (case, spaces, hyphens, leading zeros, one edit), if any. */
export function suggestCode(register: CodeRegister, value: string): NearMiss | undefined {
  const cached = register.hints.get(value);
  if (cached !== undefined) return cached ?? undefined;
  register.nearMiss ??= new NearMissIndex(register.codes.keys(), (t) => register.codes.has(t));
  const s = register.nearMiss.suggest(value);
  if (register.hints.size < HINT_CACHE_SIZE) register.hints.set(value, s ?? null);
  return s;
}
