// Update frequencies (`accrualPeriodicity`): the frequency vocabulary of the standard (rules/vocabularies/
// frequencies.yaml), and the reading of a declared frequency into a period, "no schedule", or "not understood".
//
// A value is read in this order:
//   1. an object {"@id": "…"} (DCAT in JSON-LD) is read as its @id;
//   2. a URI whose start is a scheme's namespace (http or https) is looked up among that scheme's terms;
//   3. a term of any scheme (EU code MONTHLY, Dublin Core term monthly, Project Open Data form R/P1M or irregular),
//      exactly, then ignoring case;
//   4. any other ISO 8601 repeating interval R[n]/<duration>, R[n]/<start>/<duration> or R[n]/<duration>/<end> is
//      parsed generically, fractions included (R/P0.5M, R/P0.33W, R/PT1H); so is a bare duration (P1Y, as
//      open.canada.ca writes it), read as R/<duration>.
// The vocabulary maps each term to an ISO 8601 duration, or to `none` (irregular, continuous, never, unknown…):
// datasets with no schedule are not checked for being overdue or stale.
import { OdlintError } from '../util/errors.js';
import { parseIsoInstant } from './dates.js';
import { describeDuration, durationDays, parseDuration, type Duration } from './duration.js';
import { isObject } from '../util/objects.js';

export interface FrequencyScheme {
  name: string;
  title?: string;
  namespace?: string;
  /** Term as written in the vocabulary → its period, or 'none'. */
  terms: Map<string, Duration | 'none'>;
  /** Lower-cased term → term as written. */
  folded: Map<string, string>;
}

export interface FrequencyVocabulary {
  name: string;
  schemes: FrequencyScheme[];
}

export type Frequency =
  | { kind: 'period'; period: Duration; days: number; words: string; term?: string; scheme?: string }
  | { kind: 'none'; term: string; scheme?: string }
  | { kind: 'unknown'; /** Why, when there is more to say than "not a known frequency". */ reason?: string };


const compiled = new WeakMap<object, FrequencyVocabulary>();

/**
 * Validates and compiles the named vocabulary of the standard. Throws OdlintError (exit code 2) when it is missing
 * or malformed, so a broken standard is caught before any file is read.
 */
export function loadFrequencyVocabulary(vocabularies: ReadonlyMap<string, unknown>, name: string): FrequencyVocabulary {
  const raw = vocabularies.get(name);
  if (raw === undefined) {
    const known = [...vocabularies.keys()];
    throw new OdlintError(
      `The freshness rules need the update-frequency vocabulary '${name}', but the standard names no such vocabulary${known.length ? ` (it has: ${known.join(', ')})` : ''}.`,
      `Add it to the standard's root file, e.g. "vocabularies: {${name}: vocabularies/frequencies.yaml}", or set the rule option 'vocabulary'.`,
    );
  }
  if (isObject(raw)) {
    const cached = compiled.get(raw);
    if (cached) return cached;
  }
  const vocabulary = compileFrequencyVocabulary(raw, name);
  if (isObject(raw)) compiled.set(raw, vocabulary);
  return vocabulary;
}

function malformed(name: string, what: string): OdlintError {
  return new OdlintError(
    `The update-frequency vocabulary '${name}' is malformed: ${what}.`,
    'It must hold "schemes": {<scheme>: {"namespace"?: "<URI prefix>", "terms": {<term>: "<ISO 8601 duration such as P1M>" or "none"}}}.',
  );
}

export function compileFrequencyVocabulary(raw: unknown, name: string): FrequencyVocabulary {
  if (!isObject(raw)) throw malformed(name, 'it is not a mapping');
  if (!isObject(raw.schemes)) throw malformed(name, "it has no 'schemes' mapping");
  const schemes: FrequencyScheme[] = [];
  const everyTerm = new Map<string, { scheme: string; term: string; value: Duration | 'none'; text: string }>();
  for (const [schemeName, rawScheme] of Object.entries(raw.schemes)) {
    if (!isObject(rawScheme)) throw malformed(name, `scheme '${schemeName}' is not a mapping`);
    const ns = rawScheme.namespace;
    if (ns !== undefined && (typeof ns !== 'string' || !/^https?:\/\/\S+$/.test(ns))) {
      throw malformed(name, `the namespace of scheme '${schemeName}' is not an http(s) URI`);
    }
    if (rawScheme.title !== undefined && typeof rawScheme.title !== 'string') throw malformed(name, `the title of scheme '${schemeName}' is not a string`);
    if (!isObject(rawScheme.terms) || Object.keys(rawScheme.terms).length === 0) {
      throw malformed(name, `scheme '${schemeName}' has no 'terms' mapping`);
    }
    const terms = new Map<string, Duration | 'none'>();
    const folded = new Map<string, string>();
    for (const [term, rawValue] of Object.entries(rawScheme.terms)) {
      if (term.trim() !== term || term === '') throw malformed(name, `scheme '${schemeName}' has a blank or padded term '${term}'`);
      if (typeof rawValue !== 'string') throw malformed(name, `term '${term}' of scheme '${schemeName}' maps to ${JSON.stringify(rawValue)}, not a string`);
      let value: Duration | 'none';
      if (rawValue === 'none') value = 'none';
      else {
        const d = parseDuration(rawValue);
        if (!d) throw malformed(name, `term '${term}' of scheme '${schemeName}' maps to '${rawValue}', which is neither an ISO 8601 duration nor 'none'`);
        if (durationDays(d) <= 0) throw malformed(name, `term '${term}' of scheme '${schemeName}' maps to the zero period '${rawValue}'`);
        value = d;
      }
      const key = term.toLowerCase();
      if (folded.has(key)) throw malformed(name, `scheme '${schemeName}' has the term '${term}' twice (case ignored)`);
      const other = everyTerm.get(key);
      if (other && other.text !== rawValue) {
        throw malformed(name, `the term '${term}' means '${rawValue}' in scheme '${schemeName}' but '${other.text}' ('${other.term}') in scheme '${other.scheme}'`);
      }
      everyTerm.set(key, { scheme: schemeName, term, value, text: rawValue });
      terms.set(term, value);
      folded.set(key, term);
    }
    const scheme: FrequencyScheme = { name: schemeName, terms, folded };
    if (typeof ns === 'string') scheme.namespace = ns;
    if (typeof rawScheme.title === 'string') scheme.title = rawScheme.title;
    schemes.push(scheme);
  }
  if (schemes.length === 0) throw malformed(name, "'schemes' is empty");
  return { name, schemes };
}

function fromTerm(scheme: FrequencyScheme, term: string): Frequency | undefined {
  const exact = scheme.terms.has(term) ? term : scheme.folded.get(term.toLowerCase());
  if (exact === undefined) return undefined;
  const value = scheme.terms.get(exact)!;
  if (value === 'none') return { kind: 'none', term: exact, scheme: scheme.name };
  return { kind: 'period', period: value, days: durationDays(value), words: describeDuration(value), term: exact, scheme: scheme.name };
}

/** The part of an http(s) URI after the scheme, for namespace matching that ignores http vs https. */
function stripScheme(uri: string): string | undefined {
  const m = /^https?:\/\/(.*)$/i.exec(uri);
  return m ? m[1] : undefined;
}

/** Reads an ISO 8601 repeating interval; undefined when the text is not one at all. */
export function parseRepeatingInterval(text: string): Frequency | undefined {
  const m = /^R(\d*)\/(.*)$/.exec(text);
  if (!m) return undefined;
  const parts = m[2]!.split('/');
  let durationText: string | undefined;
  if (parts.length === 1) durationText = parts[0];
  else if (parts.length === 2) {
    const [a, b] = parts as [string, string];
    const [dur, instant] = a.startsWith('P') ? [a, b] : [b, a];
    if (!dur.startsWith('P') || !parseIsoInstant(instant).ok) {
      return { kind: 'unknown', reason: 'it is not an ISO 8601 repeating interval (write R/<duration>, such as R/P1M)' };
    }
    durationText = dur;
  } else {
    return { kind: 'unknown', reason: 'it is not an ISO 8601 repeating interval (write R/<duration>, such as R/P1M)' };
  }
  const d = parseDuration(durationText!);
  if (!d) return { kind: 'unknown', reason: `'${durationText}' is not an ISO 8601 duration (such as P1M, P1W, PT1H)` };
  const days = durationDays(d);
  if (days <= 0) return { kind: 'unknown', reason: 'it repeats every zero period' };
  return { kind: 'period', period: d, days, words: describeDuration(d) };
}

/** Reads a declared accrualPeriodicity value. */
export function readFrequency(value: unknown, vocabulary: FrequencyVocabulary): Frequency {
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if (isObject(value) && typeof value['@id'] === 'string') text = value['@id'].trim();
  else return { kind: 'unknown', reason: `it is ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`}, not a frequency term, URI or repeating interval` };
  if (text === '') return { kind: 'unknown', reason: 'it is empty' };

  const rest = stripScheme(text);
  if (rest !== undefined) {
    for (const scheme of vocabulary.schemes) {
      const ns = scheme.namespace ? stripScheme(scheme.namespace) : undefined;
      if (!ns || !rest.startsWith(ns)) continue;
      const found = fromTerm(scheme, rest.slice(ns.length).replace(/\/$/, ''));
      if (found) return found;
      return { kind: 'unknown', reason: `'${rest.slice(ns.length)}' is not a term of ${scheme.title ?? `the '${scheme.name}' vocabulary`}` };
    }
    return { kind: 'unknown', reason: 'the URI is not from a known frequency vocabulary' };
  }
  for (const scheme of vocabulary.schemes) {
    const exact = scheme.terms.has(text) ? fromTerm(scheme, text) : undefined;
    if (exact) return exact;
  }
  for (const scheme of vocabulary.schemes) {
    const loose = fromTerm(scheme, text);
    if (loose) return loose;
  }
  // A bare ISO 8601 duration (open.canada.ca writes P1Y, P3M) means what R/<duration> means.
  if (/^P/.test(text)) return readFrequency(`R/${text}`, vocabulary);
  return parseRepeatingInterval(text) ?? { kind: 'unknown' };
}

/** The declared value as text for messages. */
export function declaredText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value['@id'] === 'string') return value['@id'];
  return JSON.stringify(value) ?? String(value);
}

const SHARED_KEY = 'freshness:frequencies';

/**
 * The vocabulary a rule uses (option `vocabulary`), compiled once in the rule's prepare hook and kept in its shared
 * scratch space; later hooks get it from there.
 */
export function ruleVocabulary(ctx: { options: { vocabulary?: string }; vocabularies: ReadonlyMap<string, unknown>; shared: Map<string, unknown> }): FrequencyVocabulary {
  let v = ctx.shared.get(SHARED_KEY) as FrequencyVocabulary | undefined;
  if (!v) {
    v = loadFrequencyVocabulary(ctx.vocabularies, ctx.options.vocabulary ?? 'frequencies');
    ctx.shared.set(SHARED_KEY, v);
  }
  return v;
}

/** The options schema property every check that reads frequencies takes. */
export const VOCABULARY_OPTION = {
  type: 'string',
  minLength: 1,
  default: 'frequencies',
  description: "The standard's vocabulary (by the name standard.yaml gives it) that maps update-frequency terms to periods.",
} as const;
