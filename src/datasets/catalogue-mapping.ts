// What the catalogue readers (DCAT-US, DCAT-AP, schema.org) share: a builder of the Data Package shaped descriptor
// that records where each mapped value was written, the reading of media types and format names, and dataset names.
import type { MetadataNote } from '../model/dataset.js';
import type { MappedDataset } from './metadata-reader.js';
import { PointerMap } from './pointer-map.js';

/** A licence as mapped (a Data Package `licenses` item) and where it was written. */
export interface LicenceRead {
  entry: { name?: string; path?: string; title?: string };
  pointer: string;
}

export interface ResourceBuilder {
  /** The resource's pointer in the descriptor ('/resources/2'). */
  base: string;
  set(key: string, value: unknown, from: string): void;
  licences(list: LicenceRead[]): void;
}

/** Builds one mapped dataset: every value set here also records the pointer it was read from. */
export class MappedBuilder {
  readonly descriptor: Record<string, unknown> = {};
  readonly map = new PointerMap();
  readonly notes: MetadataNote[] = [];
  private readonly resources: Record<string, unknown>[] = [];

  /** `root`: the pointer of the dataset in the document ('' for the whole document). */
  constructor(readonly root: string) {
    this.map.set('', root);
  }

  /** Sets a property of the descriptor, read from `pointer`. */
  set(key: string, value: unknown, pointer: string): void {
    this.descriptor[key] = value;
    this.map.set(`/${key}`, pointer);
  }

  /** Sets the dataset's licences, each read from its pointer. */
  licences(list: LicenceRead[]): void {
    this.setLicences(this.descriptor, '', list);
  }

  /** Adds a resource read from `pointer`: a setter for its properties and licences, and its pointer in the descriptor. */
  resource(pointer: string): ResourceBuilder {
    const resource: Record<string, unknown> = {};
    const base = `/resources/${this.resources.length}`;
    this.resources.push(resource);
    this.map.set(base, pointer);
    return {
      base,
      set: (key, value, from) => {
        resource[key] = value;
        this.map.set(`${base}/${key}`, from);
      },
      licences: (list) => this.setLicences(resource, base, list),
    };
  }

  private setLicences(target: Record<string, unknown>, base: string, list: LicenceRead[]): void {
    if (list.length === 0) return;
    target.licenses = list.map((l) => l.entry);
    this.map.set(`${base}/licenses`, list[0]!.pointer);
    list.forEach((l, i) => this.map.set(`${base}/licenses/${i}`, l.pointer));
  }

  variant(pointer: string, written: string, standard: string): void {
    this.note({ kind: 'variant', pointer, written, detail: standard });
  }

  unread(pointer: string, written: string, why: string): void {
    this.note({ kind: 'unread', pointer, written, detail: why });
  }

  /** One note per place: a value several resources inherit (a dataset's data dictionary) is named once. */
  private note(n: MetadataNote): void {
    if (!this.notes.some((o) => o.kind === n.kind && o.pointer === n.pointer && o.written === n.written)) this.notes.push(n);
  }

  result(): MappedDataset {
    if (this.resources.length) this.descriptor.resources = this.resources;
    return { descriptor: this.descriptor, map: this.map, root: this.root, ...(this.notes.length ? { notes: this.notes } : {}) };
  }
}

/** IANA media types (without parameters) and the format name odlint gives each. */
const FORMAT_BY_MEDIA_TYPE: Readonly<Record<string, string>> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/comma-separated-values': 'csv',
  'text/tab-separated-values': 'tsv',
  'application/json': 'json',
  'text/json': 'json',
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'application/x-jsonlines': 'ndjson',
  'application/jsonlines': 'ndjson',
  'application/geo+json': 'geojson',
  'application/vnd.geo+json': 'geojson',
  'application/ld+json': 'jsonld',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
  'application/gzip': 'gz',
  'application/x-gzip': 'gz',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'text/html': 'html',
  'text/plain': 'txt',
  'application/rdf+xml': 'rdf',
  'text/turtle': 'ttl',
  'application/vnd.google-earth.kml+xml': 'kml',
  'application/vnd.google-earth.kmz': 'kmz',
  'application/x-netcdf': 'nc',
  'application/netcdf': 'nc',
  'application/vnd.apache.parquet': 'parquet',
  'application/x-parquet': 'parquet',
};

/** The media type an IANA URI names ('http://www.iana.org/assignments/media-types/text/csv' → 'text/csv'). */
export function mediaTypeOfIri(iri: string): string {
  const m = /^https?:\/\/www\.iana\.org\/assignments\/media-types\/(.+)$/i.exec(iri.trim());
  return (m ? m[1]! : iri.trim()).toLowerCase();
}

/** The format name a media type gives ('text/csv; charset=utf-8' → 'csv'), if odlint knows it. */
export function formatOfMediaType(mediaType: string): string | undefined {
  return FORMAT_BY_MEDIA_TYPE[mediaTypeOfIri(mediaType).split(';')[0]!.trim()];
}

/**
 * The format name written in a catalogue's format field: lower case ('CSV' → 'csv'), a media type read as its format
 * ('application/json' → 'json'), an EU file-type authority URI read as its code ('…/file-type/CSV' → 'csv').
 */
export function formatName(written: string): string {
  const s = written.trim();
  const eu = /^https?:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/([^/#?]+)$/i.exec(s);
  if (eu) return eu[1]!.toLowerCase();
  if (s.includes('/')) return formatOfMediaType(s) ?? mediaTypeOfIri(s);
  return s.toLowerCase();
}

/** The format a download URL's file name implies ('…/spend.csv?download=1' → 'csv'), if it has an extension. */
export function formatOfUrl(url: string): string | undefined {
  try {
    const last = new URL(url).pathname.split('/').pop() ?? '';
    const m = /\.([a-z0-9]{1,8})$/i.exec(last);
    return m ? m[1]!.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** A dataset name from an identifier or title: lower case, runs of other characters as '-' ('10.5439/1027266' → '10.5439-1027266'). */
export function slug(text: string): string {
  return text
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * A dataset's name from its identifier or title: the slug of the text, or, for a URL, of its last path segment
 * ('http://…/datasets/4294…' → '4294…'; a DOI such as '10.5439/1027266' stays whole: '10.5439-1027266').
 */
export function datasetName(text: string): string {
  if (isUrl(text.trim())) {
    try {
      const u = new URL(text.trim());
      const last = u.pathname.split('/').filter(Boolean).pop();
      const fragment = u.hash.split(/[/:]/).filter(Boolean).pop();
      return slug(last ?? fragment ?? u.hostname) || slug(text);
    } catch { /* not a URL after all */ }
  }
  return slug(text);
}

/** True for an absolute URL (a resource at it is remote unless a local copy is found). */
export function isUrl(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
}

/** An ISO 8601 repeating interval ('R/P1D', 'R/2019-01-01/P1M'): an update frequency, not a date. */
export function isRepeatingInterval(s: string): boolean {
  return /^R\d*\//.test(s.trim());
}

/** A licence written as one string: a URL is its path, anything else its name (an id or a title). */
export function licenceEntry(written: string): LicenceRead['entry'] {
  const s = written.trim();
  return isUrl(s) ? { path: s } : { name: s };
}

/** Where a distribution's data is, as written: its download URL, or else an access URL (a landing page or API). */
export interface Location {
  download?: { url: string; pointer: string; key: string };
  access?: { url: string; pointer: string; key: string };
}

/**
 * Maps a distribution's location to the resource's path. A download URL is the path. Without one, the access URL
 * is the path too, so the resource is named as remote (or found as a local copy), and a note says that it is a
 * landing page or service rather than the data: nothing behind it was read.
 */
export function mapLocation(b: MappedBuilder, r: ResourceBuilder, where: Location): { url: string; pointer: string; access: boolean } | undefined {
  if (where.download) {
    r.set('path', where.download.url, where.download.pointer);
    return { url: where.download.url, pointer: where.download.pointer, access: false };
  }
  if (where.access) {
    r.set('path', where.access.url, where.access.pointer);
    b.unread(where.access.pointer, where.access.key, 'an access URL is a landing page or service, not a download of the data, so no data file was read (give a download URL for the file itself)');
    return { url: where.access.url, pointer: where.access.pointer, access: true };
  }
  return undefined;
}

/**
 * Maps a distribution's media type and format: the media type, when odlint knows it, decides the format (it is the
 * machine-readable one); else the format as written; else the download URL's file extension. A web page behind an
 * access URL is a landing page, not data in the format HTML, so it gets no format.
 */
export function mapFormat(r: ResourceBuilder, written: { mediaType?: { value: string; pointer: string }; format?: { value: string; pointer: string } }, location?: { url: string; pointer: string; access: boolean }): void {
  const { mediaType, format } = written;
  if (mediaType) r.set('mediatype', mediaTypeOfIri(mediaType.value), mediaType.pointer);
  const fromMediaType = mediaType ? formatOfMediaType(mediaType.value) : undefined;
  const chosen = fromMediaType ? { value: fromMediaType, pointer: mediaType!.pointer } : format?.value.trim() ? { value: formatName(format.value), pointer: format.pointer } : undefined;
  if (chosen) {
    if (!(location?.access && chosen.value === 'html')) r.set('format', chosen.value, chosen.pointer);
  } else if (location && !location.access && isUrl(location.url)) {
    const ext = formatOfUrl(location.url);
    if (ext) r.set('format', ext, location.pointer);
  }
}
