// From what a datapackage.json writes about a licence to the licence it names: by id (SPDX, Open Definition, CKAN,
// legacy ids, case-insensitively), by URL (normalised: scheme, www., trailing slash, /legalcode, /deed.xx …), by
// title (normalised), and for Creative Commons by reading the id or URL itself, so every version and port of every
// CC licence is known even where the vocabulary does not list it.
import { editDistance, looksLikeUrl, normaliseId, normaliseTitle, normaliseUrl } from './normalise.js';
import type { Licence, LicenceVocabulary } from './vocabulary.js';

/** A licence as the Data Package `licenses` array writes it (`url` is the older form of `path`), or a bare string. */
export interface LicenceEntry {
  name?: unknown;
  path?: unknown;
  url?: unknown;
  title?: unknown;
}

export type LicencePart = 'name' | 'path' | 'url' | 'title';
export const LICENCE_PARTS: readonly LicencePart[] = ['name', 'path', 'url', 'title'];

export interface Match {
  licence: Licence;
  how: 'id' | 'url' | 'title' | 'creative-commons';
  /**
   * Written without a version ('cc-by', 'uk-ogl', 'Open Government Licence', an unversioned URL): it names the
   * family's current version, and agrees with any version of the same family.
   */
  loose: boolean;
}

export interface PartMatch {
  /** Which property was written; 'value' for a licence written as a bare string. */
  part: LicencePart | 'value';
  written: string;
  match?: Match;
}

// ---------------------------------------------------------------------------------------------------------------
// Creative Commons
// ---------------------------------------------------------------------------------------------------------------

const CC_ELEMENTS = ['by', 'nc', 'nd', 'sa'] as const;
const CC_URL = /^creativecommons\.org\/licenses\/([a-z]+(?:-[a-z]+)*)(?:\/(\d+\.\d+)(?:\/([a-z][a-z-]*))?)?$/;
const CC_ID = /^cc-((?:by|nc|nd|sa)(?:-(?:by|nc|nd|sa))*)(?:-v?(\d+\.\d+)(?:-([a-z]{2,3}))?)?$/;

const CC_NAMES: Record<string, string> = { by: 'Attribution', nc: 'NonCommercial', nd: 'NoDerivatives', sa: 'ShareAlike' };

/**
 * A Creative Commons licence from its elements ('by-nc-sa', in any order), version and jurisdiction port. Listed
 * licences come from the vocabulary; a port takes the verdict of its unported licence (version 2.1 existed only as
 * ports: it follows 2.0); any NonCommercial or NoDerivatives licence, of any version, is derived as not open.
 */
export function creativeCommons(slug: string, version: string | undefined, port: string | undefined, vocabulary: LicenceVocabulary): Match | undefined {
  const parts = slug.split('-');
  if (parts.some((p) => !(CC_ELEMENTS as readonly string[]).includes(p)) || new Set(parts).size !== parts.length) return undefined;
  const elements = CC_ELEMENTS.filter((e) => parts.includes(e));
  const type = `CC-${elements.map((e) => e.toUpperCase()).join('-')}`;
  const v = version;
  const lookup = (id: string) => vocabulary.byId.get(normaliseId(id));
  if (v === undefined) {
    // No version: CKAN's 'cc-by' and friends name the current version; NC/ND are not open in any version.
    const listed = lookup(`cc-${elements.join('-')}`);
    if (listed) return { licence: listed, how: 'creative-commons', loose: true };
    const derived = derivedNotOpen(type, elements, undefined);
    return derived && { licence: derived, how: 'creative-commons', loose: true };
  }
  const id = port ? `${type}-${v}-${port.toUpperCase()}` : `${type}-${v}`;
  const exact = lookup(id);
  if (exact) return { licence: exact, how: 'creative-commons', loose: false };
  const base = lookup(`${type}-${v}`) ?? (v === '2.1' ? lookup(`${type}-2.0`) : undefined);
  if (base && port) {
    const licence: Licence = { ...base, id, title: `${base.title} (${port.toUpperCase()})`, derived: true };
    if (base.url) licence.url = base.url.replace(/\/\d+\.\d+\/$/, `/${v}/${port}/`);
    return { licence, how: 'creative-commons', loose: false };
  }
  const derived = derivedNotOpen(id, elements, v);
  return derived && { licence: derived, how: 'creative-commons', loose: false };
}

function derivedNotOpen(id: string, elements: readonly string[], version: string | undefined): Licence | undefined {
  const nc = elements.includes('nc');
  const nd = elements.includes('nd');
  if (!nc && !nd) return undefined;
  const slug = elements.join('-');
  return {
    id,
    title: `Creative Commons ${elements.map((e) => CC_NAMES[e]).join('-')}${version ? ` ${version}` : ''}`,
    open: false,
    reason: nc && nd ? 'non-commercial-no-derivatives' : nc ? 'non-commercial' : 'no-derivatives',
    url: version ? `https://creativecommons.org/licenses/${slug}/${version}/` : undefined,
    family: `CC-${slug.toUpperCase()}`,
    generic: false,
    derived: true,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// One string
// ---------------------------------------------------------------------------------------------------------------

const hasDigit = (s: string) => /\d/.test(s);

export function byId(written: string, vocabulary: LicenceVocabulary): Match | undefined {
  const key = normaliseId(written);
  const listed = vocabulary.byId.get(key);
  if (listed) return { licence: listed, how: 'id', loose: !hasDigit(key) };
  const cc = CC_ID.exec(key);
  return cc ? creativeCommons(cc[1]!, cc[2], cc[3], vocabulary) : undefined;
}

export function byUrl(written: string, vocabulary: LicenceVocabulary): Match | undefined {
  const key = normaliseUrl(written);
  const listed = vocabulary.byUrl.get(key);
  if (listed) return { licence: listed, how: 'url', loose: !hasDigit(key) };
  const cc = CC_URL.exec(key);
  return cc ? creativeCommons(cc[1]!, cc[2], cc[3], vocabulary) : undefined;
}

export function byTitle(written: string, vocabulary: LicenceVocabulary): Match | undefined {
  const key = normaliseTitle(written);
  const listed = key ? vocabulary.byTitle.get(key) : undefined;
  return listed ? { licence: listed, how: 'title', loose: !hasDigit(key) } : undefined;
}

/** Resolves one written string, trying what the property should hold first and the other readings after. */
export function resolveString(written: string, vocabulary: LicenceVocabulary, part: LicencePart | 'value' = 'value'): Match | undefined {
  const s = written.trim();
  if (s === '') return undefined;
  const url = looksLikeUrl(s);
  switch (part) {
    case 'path':
    case 'url':
      return url ? byUrl(s, vocabulary) : byId(s, vocabulary) ?? byTitle(s, vocabulary);
    case 'title':
      return byTitle(s, vocabulary) ?? byId(s, vocabulary) ?? (url ? byUrl(s, vocabulary) : undefined);
    default:
      return url ? byUrl(s, vocabulary) : byId(s, vocabulary) ?? byTitle(s, vocabulary);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One licence entry
// ---------------------------------------------------------------------------------------------------------------

/** What each property of a licence entry names. Properties that are absent, empty or not strings are left out. */
export function resolveParts(entry: LicenceEntry | string, vocabulary: LicenceVocabulary): PartMatch[] {
  if (typeof entry === 'string') {
    return entry.trim() === '' ? [] : [{ part: 'value', written: entry, match: resolveString(entry, vocabulary, 'value') }];
  }
  const out: PartMatch[] = [];
  for (const part of LICENCE_PARTS) {
    const v = entry[part];
    if (typeof v !== 'string' || v.trim() === '') continue;
    out.push({ part, written: v, match: resolveString(v, vocabulary, part) });
  }
  return out;
}

/**
 * The licence an entry names: by its name (id), else its path, its url, its title — the first that resolves — or
 * undefined when none does.
 */
export function resolveLicence(entry: LicenceEntry | string, vocabulary: LicenceVocabulary): Licence | undefined {
  return resolveParts(entry, vocabulary).find((p) => p.match)?.match?.licence;
}

/** Two readings disagree unless they are one licence, or one family and one of them was written without a version. */
export function agree(a: Match, b: Match): boolean {
  if (a.licence.id === b.licence.id) return true;
  return a.licence.family === b.licence.family && (a.loose || b.loose);
}

// ---------------------------------------------------------------------------------------------------------------
// Suggestions
// ---------------------------------------------------------------------------------------------------------------

/**
 * The known licence closest to an unrecognised spelling (a typo, a missing '.0', 'licence' for 'licenses' in a
 * URL), or undefined when nothing is close enough to suggest.
 */
export function closestLicence(written: string, vocabulary: LicenceVocabulary, part: LicencePart | 'value' = 'value'): Licence | undefined {
  const s = written.trim();
  const url = looksLikeUrl(s);
  const candidates: Array<[string, ReadonlyMap<string, Licence>]> = url
    ? [[normaliseUrl(s), vocabulary.byUrl]]
    : part === 'title'
      ? [[normaliseTitle(s), vocabulary.byTitle], [normaliseId(s), vocabulary.byId]]
      : [[normaliseId(s), vocabulary.byId], [normaliseTitle(s), vocabulary.byTitle]];
  let best: { licence: Licence; distance: number; source: number } | undefined;
  const better = (l: Licence, d: number, source: number) => {
    if (!best || d !== best.distance) return !best || d < best.distance;
    if (source !== best.source) return false; // ids are read before titles
    // Ties: an open licence, then a current one, then the later version (CC-BY-5.0 → CC-BY-4.0, not 1.0).
    if (l.open !== best.licence.open) return l.open;
    if ((l.supersededBy === undefined) !== (best.licence.supersededBy === undefined)) return l.supersededBy === undefined;
    return l.id > best.licence.id;
  };
  for (const [source, [key, map]] of candidates.entries()) {
    if (key.length < 3) continue;
    const limit = Math.max(2, Math.floor(key.length / (url ? 5 : 4)));
    for (const [known, licence] of map) {
      // A typo rarely starts a word: both spellings must begin alike.
      if (Math.abs(known.length - key.length) > limit || known.slice(0, 2) !== key.slice(0, 2)) continue;
      const edits = editDistance(key, known);
      // A spelling that keeps the version written is closer: 'CC-BY-4' is CC-BY-4.0 rather than CC-BY-SA.
      const d = edits + (known.replace(/\D/g, '').startsWith(key.replace(/\D/g, '')) ? 0 : 0.5);
      if (edits <= limit && better(licence, d, source)) best = { licence, distance: d, source };
    }
  }
  return best?.licence;
}
