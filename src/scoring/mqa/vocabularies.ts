// The controlled vocabularies MQA checks values against, read offline from small data files shipped with the bundled
// standard (rules/vocabularies/mqa/formats.json and authorities.json: see their comment fields for where each list
// comes from), read once, when first needed. Every function takes any JSON value
// and answers false or undefined for anything odd: a value that is not a string never matches.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EU_LICENCE } from '../../datasets/dcat-ap.js';
import { BUNDLED_STANDARD } from '../../standard/reference.js';

interface Formats { nonProprietary: string[]; machineReadable: string[]; mediaTypes: Record<string, string> }
interface Authorities { accessRights: string[]; licenceMatches: string[] }

const readData = <T>(name: string): T => JSON.parse(readFileSync(path.join(BUNDLED_STANDARD, 'vocabularies', 'mqa', name), 'utf8')) as T;

const FILE_TYPE = /^https?:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/([A-Za-z0-9_]+)\/?$/;
const ACCESS_RIGHT = /^https?:\/\/publications\.europa\.eu\/resource\/authority\/access-right\/([A-Za-z0-9_]+)\/?$/;
const IANA_IRI = /^https?:\/\/(?:www\.)?iana\.org\/assignments\/media-types\/(.+)$/i;
/** type/subtype with one of IANA's top-level types; parameters (';charset=…') are left off before matching. */
const MEDIA_TYPE = /^(?:application|audio|example|font|haptics|image|message|model|multipart|text|video)\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;

let lists: { nonProprietary: Set<string>; machineReadable: Set<string>; mediaTypeCodes: Readonly<Record<string, string>>; accessRights: Set<string>; licenceMatches: Set<string> } | undefined;

function vocabularies(): NonNullable<typeof lists> {
  if (lists) return lists;
  const formats = readData<Formats>('formats.json');
  const authorities = readData<Authorities>('authorities.json');
  return (lists = {
    nonProprietary: new Set(formats.nonProprietary),
    machineReadable: new Set(formats.machineReadable),
    mediaTypeCodes: formats.mediaTypes,
    accessRights: new Set(authorities.accessRights),
    licenceMatches: new Set(authorities.licenceMatches),
  });
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The EU file-type code of an authority IRI ('…/file-type/CSV' → 'CSV'). */
export function fileTypeCode(v: unknown): string | undefined {
  return FILE_TYPE.exec(text(v) ?? '')?.[1]?.toUpperCase();
}

/** A media type as written, plain or as an IANA assignments IRI, without parameters and in lower case. */
export function mediaTypeOf(v: unknown): string | undefined {
  const t = text(v);
  if (!t) return undefined;
  const bare = (IANA_IRI.exec(t)?.[1] ?? t).split(';')[0]!.trim().toLowerCase();
  return MEDIA_TYPE.test(bare) ? bare : undefined;
}

/** Whether a value is an IANA media type (by its shape and top-level type: the registry itself is not at hand offline). */
export function isIanaMediaType(v: unknown): boolean {
  return mediaTypeOf(v) !== undefined;
}

/**
 * The file-type code a format or media type stands for: an EU file-type IRI, a label that is a code ('csv', 'JSON-LD',
 * '.geojson'), or a media type odlint knows the code of ('text/csv' → 'CSV').
 */
export function formatCode(v: unknown): string | undefined {
  const t = text(v);
  if (!t) return undefined;
  const code = fileTypeCode(t);
  if (code) return code;
  const media = mediaTypeOf(t);
  if (media) return vocabularies().mediaTypeCodes[media];
  if (/^[a-z]+:/i.test(t)) return undefined; // another IRI: not a label
  return t.replace(/^\./, '').replace(/[\s-]+/g, '_').toUpperCase();
}

export function isNonProprietary(v: unknown): boolean {
  const code = formatCode(v);
  return code !== undefined && vocabularies().nonProprietary.has(code);
}

export function isMachineReadable(v: unknown): boolean {
  const code = formatCode(v);
  return code !== undefined && vocabularies().machineReadable.has(code);
}

/** A licence from the EU licence authority table, or a URL that table names as the exact match of one of its licences. */
export function isKnownLicence(v: unknown): boolean {
  const t = text(v);
  if (!t) return false;
  if (EU_LICENCE.test(t)) return true;
  const bare = t.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '').replace(/\/legalcode$/, '');
  return vocabularies().licenceMatches.has(bare);
}

/** An access right from the EU access-right authority table (PUBLIC, RESTRICTED, NON_PUBLIC …). */
export function isEuAccessRight(v: unknown): boolean {
  const code = ACCESS_RIGHT.exec(text(v) ?? '')?.[1];
  return code !== undefined && vocabularies().accessRights.has(code.toUpperCase());
}
