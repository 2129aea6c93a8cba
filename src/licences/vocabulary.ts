// The licence vocabulary: which licences a standard knows, by which ids, URLs and titles, and which it accepts as
// open. It is data (rules/vocabularies/licences.json for the bundled standard, built from the Open Knowledge
// Foundation register by scripts/build-licence-vocabulary.mjs); this module checks its shape and indexes it.
import { OdlintError } from '../util/errors.js';
import { normaliseId, normaliseTitle, normaliseUrl } from './normalise.js';
import { isObject } from '../util/objects.js';

/** Why a licence is not open, and the Open Definition 2.1 clause it fails. */
export interface Reason {
  /** Completes a sentence starting with the licence id: 'forbids commercial use, so the data is not open'. */
  text: string;
  clause?: string;
}

export interface Licence {
  /** Canonical id: the SPDX id where SPDX has one, else the register's id. */
  id: string;
  title: string;
  /** Accepted as open by the vocabulary (Open Definition conformance, plus the vocabulary's additions). */
  open: boolean;
  /** Key into the vocabulary's reasons, for a licence that is not open. */
  reason?: string;
  /** The licence's URL as it is best written. */
  url?: string;
  /** Licences of one family differ only in version (OGL-UK-2.0 and OGL-UK-3.0; CC-BY-3.0 and CC-BY-4.0). */
  family: string;
  /** A placeholder that names no particular licence (CKAN's other-open, other-at, notspecified …). */
  generic: boolean;
  status?: string;
  /** The current version, for a superseded licence. */
  supersededBy?: string;
  /** Set when the licence is not listed but was derived from a Creative Commons URL or id (a port, any NC/ND). */
  derived?: boolean;
}

export interface LicenceVocabulary {
  /** The name the standard gives the vocabulary (`vocabularies:` in standard.yaml). */
  name: string;
  /** Every licence, by canonical id. */
  licences: ReadonlyMap<string, Licence>;
  reasons: ReadonlyMap<string, Reason>;
  /** Normalised ids (canonical, register, legacy, CKAN ids, aliases) → licence. */
  byId: ReadonlyMap<string, Licence>;
  /** Normalised URLs → licence. */
  byUrl: ReadonlyMap<string, Licence>;
  /** Normalised titles → licence. */
  byTitle: ReadonlyMap<string, Licence>;
}

/** Reasons any vocabulary may use without defining them (a vocabulary's own `reasons` take precedence). */
export const DEFAULT_REASONS: Readonly<Record<string, Reason>> = {
  'non-commercial': { text: 'forbids commercial use, so the data is not open', clause: '2.1.8 Application to Any Purpose' },
  'no-derivatives': { text: 'forbids changes and derived works, so the data is not open', clause: '2.1.3 Modification' },
  'non-commercial-no-derivatives': { text: 'forbids commercial use and derived works, so the data is not open', clause: '2.1.3 Modification and 2.1.8 Application to Any Purpose' },
  'not-open': { text: 'says by its own name that it is not an open licence', clause: '1.1 Open License or Status' },
  'rejected': { text: 'was rejected by the Open Definition licence review, so the data is not open', clause: '2 Open Licenses' },
  'all-rights-reserved': { text: 'reserves all rights and grants no licence to re-use, so the data is not open', clause: '1.1 Open License or Status' },
  'not-reviewed': { text: 'is not among the licences approved as conforming to the Open Definition, so the data cannot be accepted as open', clause: '1.1 Open License or Status' },
  'no-licence': { text: 'says that no licence is specified, so the data is not open', clause: '1.1 Open License or Status' },
};

const ENTRY_KEYS = new Set([
  'title', 'open', 'reason', 'url', 'urls', 'titles', 'registerIds', 'legacyIds', 'ckanIds', 'aliases', 'family', 'generic',
  'status', 'supersededBy', 'odConformance', 'origin', 'domains', 'note',
]);
const LIST_KEYS = ['urls', 'titles', 'registerIds', 'legacyIds', 'ckanIds', 'aliases', 'domains'] as const;
const STRING_KEYS = ['title', 'reason', 'url', 'family', 'status', 'supersededBy', 'odConformance', 'origin', 'note'] as const;

/** Checks a vocabulary's shape and indexes it. Throws an OdlintError naming the vocabulary and the problem. */
export function parseLicenceVocabulary(value: unknown, name: string): LicenceVocabulary {
  const fail = (what: string): never => {
    throw new OdlintError(
      `The licence vocabulary '${name}' is malformed: ${what}.`,
      `Fix the file the standard's root file names as '${name}' under 'vocabularies:' (the bundled one is rebuilt by node scripts/build-licence-vocabulary.mjs; see rules/vocabularies/LICENCES.md).`,
    );
  };
  if (!isObject(value)) fail(`it must be an object with a 'licences' member, not ${describe(value)}`);
  const root = value as Record<string, unknown>;
  if (!isObject(root.licences)) fail(`'licences' must be an object mapping each licence id to its entry, not ${describe(root.licences)}`);
  const rawLicences = root.licences as Record<string, unknown>;
  if (Object.keys(rawLicences).length === 0) fail("'licences' lists no licence");

  const reasons = new Map<string, Reason>(Object.entries(DEFAULT_REASONS));
  if (root.reasons !== undefined) {
    if (!isObject(root.reasons)) fail(`'reasons' must be an object, not ${describe(root.reasons)}`);
    for (const [code, r] of Object.entries(root.reasons as Record<string, unknown>)) {
      if (!isObject(r) || typeof r.text !== 'string' || r.text.trim() === '' || (r.clause !== undefined && typeof r.clause !== 'string')) {
        fail(`reason '${code}' must be an object with a non-empty 'text' and an optional 'clause' string`);
      }
      const reason = r as Record<string, unknown>;
      reasons.set(code, { text: reason.text as string, clause: reason.clause as string | undefined });
    }
  }

  const licences = new Map<string, Licence>();
  const byId = new Map<string, Licence>();
  const byUrl = new Map<string, Licence>();
  const byTitle = new Map<string, Licence>();
  const index = (map: Map<string, Licence>, key: string, licence: Licence, kind: string, written: string) => {
    if (key === '') return;
    const other = map.get(key);
    if (other && other !== licence) fail(`the ${kind} '${written}' names both '${other.id}' and '${licence.id}'`);
    map.set(key, licence);
  };
  const pending: Array<[Licence, Record<string, unknown>]> = [];

  for (const [id, raw] of Object.entries(rawLicences)) {
    const at = `licence '${id}'`;
    if (id.trim() === '' || /\s/.test(id)) fail(`the licence id '${id}' must be non-empty and contain no white space`);
    if (!isObject(raw)) fail(`${at} must be an object, not ${describe(raw)}`);
    const e = raw as Record<string, unknown>;
    const unknown = Object.keys(e).find((k) => !ENTRY_KEYS.has(k));
    if (unknown) fail(`${at} has an unknown property '${unknown}' (allowed: ${[...ENTRY_KEYS].join(', ')})`);
    if (typeof e.title !== 'string' || e.title.trim() === '') fail(`${at} needs a 'title' (a non-empty string)`);
    if (typeof e.open !== 'boolean') fail(`${at}: 'open' must be true or false, not ${describe(e.open)}`);
    for (const k of STRING_KEYS) if (e[k] !== undefined && typeof e[k] !== 'string') fail(`${at}: '${k}' must be a string, not ${describe(e[k])}`);
    for (const k of LIST_KEYS) {
      if (e[k] !== undefined && (!Array.isArray(e[k]) || (e[k] as unknown[]).some((s) => typeof s !== 'string' || s.trim() === ''))) {
        fail(`${at}: '${k}' must be a list of non-empty strings`);
      }
    }
    if (e.generic !== undefined && typeof e.generic !== 'boolean') fail(`${at}: 'generic' must be true or false`);
    if (e.open === false) {
      if (e.reason === undefined) fail(`${at} is not open, so it needs a 'reason' (one of ${[...reasons.keys()].join(', ')})`);
      if (!reasons.has(e.reason as string)) fail(`${at} gives the reason '${String(e.reason)}', which 'reasons' does not define (known: ${[...reasons.keys()].join(', ')})`);
    }
    const licence: Licence = {
      id,
      title: e.title as string,
      open: e.open as boolean,
      family: (e.family as string | undefined) ?? id,
      generic: e.generic === true,
    };
    if (e.open === false) licence.reason = e.reason as string;
    if (typeof e.url === 'string') licence.url = e.url;
    if (typeof e.status === 'string') licence.status = e.status;
    if (typeof e.supersededBy === 'string') licence.supersededBy = e.supersededBy;
    licences.set(id, licence);
    pending.push([licence, e]);
  }

  // Canonical ids first, so an alias that repeats another licence's id is reported as the alias.
  for (const [licence] of pending) index(byId, normaliseId(licence.id), licence, 'id', licence.id);
  for (const [licence, e] of pending) {
    const list = (k: (typeof LIST_KEYS)[number]) => (e[k] as string[] | undefined) ?? [];
    for (const k of ['registerIds', 'legacyIds', 'ckanIds', 'aliases'] as const) for (const s of list(k)) index(byId, normaliseId(s), licence, 'id', s);
    for (const s of [...list('urls'), ...(licence.url ? [licence.url] : [])]) index(byUrl, normaliseUrl(s), licence, 'URL', s);
    for (const s of [licence.title, ...list('titles')]) index(byTitle, normaliseTitle(s), licence, 'title', s);
  }
  for (const [licence] of pending) {
    if (licence.supersededBy !== undefined && !licences.has(licence.supersededBy)) {
      fail(`licence '${licence.id}' is superseded by '${licence.supersededBy}', which the vocabulary does not list`);
    }
  }
  return { name, licences, reasons, byId, byUrl, byTitle };
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the string '${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;
  return `${typeof v === 'object' ? 'an object' : `the ${typeof v} ${String(v)}`}`;
}

const parsed = new WeakMap<object, LicenceVocabulary>();

/**
 * The named licence vocabulary of a standard, parsed once per run however many rules use it. Throws an OdlintError
 * when the standard has no such vocabulary or it is malformed, so the run stops (exit code 2) before any file is read.
 */
export function loadLicenceVocabulary(vocabularies: ReadonlyMap<string, unknown>, name: string): LicenceVocabulary {
  if (!vocabularies.has(name)) {
    const known = [...vocabularies.keys()];
    throw new OdlintError(
      `The standard has no vocabulary named '${name}', which its licence rules need.`,
      `Name the licence vocabulary's file under 'vocabularies:' in the standard's root file (e.g. licences: vocabularies/licences.json), or set the rules' 'vocabulary' option${known.length ? ` to one of: ${known.join(', ')}` : ''}.`,
    );
  }
  const value = vocabularies.get(name);
  if (typeof value !== 'object' || value === null) return parseLicenceVocabulary(value, name);
  let vocabulary = parsed.get(value);
  if (!vocabulary || vocabulary.name !== name) {
    vocabulary = parseLicenceVocabulary(value, name);
    parsed.set(value, vocabulary);
  }
  return vocabulary;
}

/** The reason a licence is not open, as a sentence part and the Open Definition clause. */
export function reasonOf(licence: Licence, vocabulary: LicenceVocabulary): Reason {
  return (licence.reason ? vocabulary.reasons.get(licence.reason) : undefined) ?? DEFAULT_REASONS['not-reviewed']!;
}

/**
 * Why a licence is not open, to complete a message after the licence's id: the reason's text, and the clause it fails
 * when the vocabulary gives one ('forbids commercial use, so the data is not open (Open Definition 2.1, 2.1.8 …)').
 */
export function reasonText(licence: Licence, vocabulary: LicenceVocabulary): string {
  const reason = reasonOf(licence, vocabulary);
  return `${reason.text}${reason.clause ? ` (Open Definition 2.1, ${reason.clause})` : ''}`;
}
