// Which language a run speaks, and the catalogues it reads messages from. English is written in the checks (their
// `messages` and `hints`) and in report-labels.ts and html-labels.ts; a standard names a catalogue per language (`locales:` in its root
// file, rules/locales/*.json), keyed `<check id>.<message id>`, `<check id>.hint.<hint id>`, `hint.<id>`,
// `engine.*` and `report.*`. A message missing from a catalogue is given in the next language of the chain
// (fr-CA → fr → English), so a partial catalogue is usable.
import { formatMessage, type FormatOptions, type MessageData } from '../util/message-template.js';

/** A language's messages by key: templates with the same placeholders as the English ones. */
export type Catalogue = Readonly<Record<string, string>>;

export const DEFAULT_LOCALE = 'en';

/**
 * A BCP 47 tag from a tag or a POSIX locale name: 'fr_CA.UTF-8' → 'fr-CA', 'fr' → 'fr', 'en_ZA@euro' → 'en-ZA'.
 * Undefined for the C and POSIX locales and for what is not a language tag (English is then used).
 */
export function normaliseLocaleTag(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const name = raw.trim().replace(/[.@].*$/, '');
  if (name === '' || name === 'C' || name === 'POSIX') return undefined;
  const parts = name.split(/[-_]/);
  if (!/^[A-Za-z]{2,3}$/.test(parts[0]!) || parts.slice(1).some((p) => !/^[A-Za-z0-9]{1,8}$/.test(p))) return undefined;
  return parts.map((p, i) => (i === 0 ? p.toLowerCase() : p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase())).join('-');
}

/** The locale the environment asks for, as POSIX programs read it: LC_ALL, then LC_MESSAGES, then LANG. */
export function localeFromEnvironment(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    // An empty variable is unset; the first one set decides, even when it is C (English).
    if (value) return normaliseLocaleTag(value) ?? DEFAULT_LOCALE;
  }
  return undefined;
}

/** The run's locale: --locale or the run API's, else the config's, else the environment's, else English. */
export function chooseLocale(explicit?: string, configured?: string, env: NodeJS.ProcessEnv = process.env): string {
  for (const given of [explicit, configured]) if (given !== undefined && given !== '') return normaliseLocaleTag(given) ?? DEFAULT_LOCALE;
  return localeFromEnvironment(env) ?? DEFAULT_LOCALE;
}

/** The tags a message is looked up under, most specific first: 'fr-CA' → ['fr-CA', 'fr']. English comes last, always. */
export function fallbackChain(tag: string): string[] {
  const parts = tag.split('-');
  const chain: string[] = [];
  for (let n = parts.length; n >= 1; n--) chain.push(parts.slice(0, n).join('-'));
  return chain;
}

function pluralRules(tag: string): Intl.PluralRules {
  try {
    return new Intl.PluralRules(tag);
  } catch {
    return new Intl.PluralRules(DEFAULT_LOCALE);
  }
}

/** Gives messages in one language, each falling back along the chain to English. */
export class Localiser {
  /** The catalogues of the chain with their plural rules, English excluded. */
  private readonly chain: { tag: string; catalogue: Catalogue; plurals: Intl.PluralRules }[];
  /** The tags of the chain that have a catalogue: empty when the run speaks English. */
  readonly found: readonly string[];

  /** The languages that have a catalogue, English included, sorted. */
  readonly available: readonly string[];

  constructor(
    /** The locale asked for (normalised). */
    readonly tag: string,
    catalogues: ReadonlyMap<string, Catalogue>,
    /** The English templates, the last fallback of every key. */
    private readonly english: Catalogue,
  ) {
    this.chain = fallbackChain(tag)
      .filter((t) => t.split('-')[0] !== DEFAULT_LOCALE && catalogues.has(t))
      .map((t) => ({ tag: t, catalogue: catalogues.get(t)!, plurals: pluralRules(t) }));
    this.found = this.chain.map((c) => c.tag);
    this.available = [...new Set([DEFAULT_LOCALE, ...catalogues.keys()])].sort();
  }

  /** True when every message is the English one (English asked for, or no catalogue for the language asked for). */
  get isEnglish(): boolean {
    return this.chain.length === 0;
  }

  /** The language the run's messages are in: the most specific tag with a catalogue, or 'en'. */
  get resolved(): string {
    return this.found[0] ?? DEFAULT_LOCALE;
  }

  /** True when the locale asked for has no catalogue at all (not even its language's) and is not English. */
  get unknown(): boolean {
    return this.chain.length === 0 && this.tag.split('-')[0] !== DEFAULT_LOCALE;
  }

  /** The translated template of a key, if a catalogue of the chain has it. */
  translation(key: string): { template: string; plurals: Intl.PluralRules } | undefined {
    for (const c of this.chain) {
      if (Object.hasOwn(c.catalogue, key)) return { template: c.catalogue[key]!, plurals: c.plurals };
    }
    return undefined;
  }

  /** The message of a key in the run's language (English when no catalogue of the chain has it). */
  text(key: string, data?: MessageData, options: Omit<FormatOptions, 'plurals'> = {}): string {
    const t = this.translation(key);
    if (t) return formatMessage(t.template, data, { ...options, plurals: t.plurals });
    if (!Object.hasOwn(this.english, key)) throw new Error(`no message '${key}'`);
    return formatMessage(this.english[key]!, data, options);
  }
}
