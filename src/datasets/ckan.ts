// The CKAN reader: `package_show` output, as the API answers it ({help, success, result}) or as the bare package, and
// `package_search` output (result.results[]: one dataset per package). CKAN's core fields are few; portals add their
// own (ckanext-canada, ckanext-dcat, ckanext-scheming), so each concept is looked for under the names real portals
// use, in the order below, and every mapped value keeps its pointer into the record as written.
//
// The data's own modification date comes before `metadata_modified`, which is when the catalogue record changed: that
// one is used only when nothing better exists, and a note says so.
import { escapePointerToken } from '../util/source.js';
import type { MetadataNote } from '../model/dataset.js';
import { isObject } from '../util/objects.js';
import type { MappedDataset, MetadataReader } from './metadata-reader.js';
import { buildDataset } from './build-dataset.js';
import { PointerMap } from './pointer-map.js';

type Obj = Record<string, unknown>;

/** Properties only CKAN packages have (besides `resources[]` items with a `url`). */
const CKAN_MARKERS = ['license_id', 'organization', 'owner_org', 'metadata_modified', 'metadata_created', 'num_resources'];

function isPackage(v: unknown): v is Obj {
  if (!isObject(v) || !Array.isArray(v.resources) || !v.resources.every(isObject)) return false;
  if (v.resources.length > 0 && !v.resources.some((r) => typeof (r as Obj).url === 'string')) return false;
  return CKAN_MARKERS.some((k) => k in v);
}

function isSearch(v: unknown): v is Obj & { results: unknown[] } {
  return isObject(v) && Array.isArray(v.results) && v.results.length > 0 && v.results.every(isPackage);
}

/** An API answer: {help, success, result} (or {help, success: false, error}) of package_show or package_search. */
function isEnvelope(v: unknown): v is Obj {
  if (!isObject(v) || typeof v.success !== 'boolean' || !('result' in v || 'error' in v)) return false;
  if (isPackage(v.result) || isSearch(v.result)) return true;
  return typeof v.help === 'string' && /name=package_(show|search)\b/.test(v.help);
}

/** A value as written, with its pointer in the file. */
interface Found { value: unknown; pointer: string; key: string }

/** Text from a string or a language map ({en, fr} → en, else the first non-empty language). */
function textOf(v: unknown, pointer: string): { text: string; pointer: string } | undefined {
  if (typeof v === 'string') return v.trim() ? { text: v.trim(), pointer } : undefined;
  if (!isObject(v)) return undefined;
  const langs = ['en', ...Object.keys(v).filter((k) => k !== 'en')];
  for (const lang of langs) {
    const t = v[lang];
    if (typeof t === 'string' && t.trim()) return { text: t.trim(), pointer: `${pointer}/${lang}` };
  }
  return undefined;
}

/** A value that says something: not null, not an empty string (CKAN writes "" for every unset field). */
function given(v: unknown): boolean {
  return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
}

/** The `extras` of a package: CKAN's [{key, value}] list (or, in some exports, a plain object). */
function extrasOf(pkg: Obj, root: string): Map<string, Found> {
  const out = new Map<string, Found>();
  const extras = pkg.extras;
  if (Array.isArray(extras)) {
    extras.forEach((e, i) => {
      if (isObject(e) && typeof e.key === 'string' && given(e.value) && !out.has(e.key)) out.set(e.key, { value: e.value, pointer: `${root}/extras/${i}/value`, key: `extras '${e.key}'` });
    });
  } else if (isObject(extras)) {
    for (const [k, v] of Object.entries(extras)) if (given(v)) out.set(k, { value: v, pointer: `${root}/extras/${escapePointerToken(k)}`, key: `extras '${k}'` });
  }
  return out;
}


/** Where a concept may be written: a package property or an extra, and whether that spelling is a variant. */
interface Source { from: 'package' | 'extras'; key: string; variant?: boolean }

// The data's own last modification, most specific first (resource last_modified comes after these).
const MODIFIED: Source[] = [
  { from: 'package', key: 'date_modified' }, // ckanext-canada
  { from: 'package', key: 'modified' }, // ckanext-dcat, opendata.swiss
  { from: 'extras', key: 'modified' }, // DCAT harvesters (catalog.data.gov)
  { from: 'extras', key: 'dct:modified' },
  { from: 'extras', key: 'last_modified', variant: true },
  { from: 'package', key: 'last_modified', variant: true },
  { from: 'package', key: 'last_updated_on', variant: true }, // data.wa.gov.au
];
const FREQUENCY: Source[] = [
  { from: 'package', key: 'frequency' }, // ckanext-canada (ISO 8601 durations and ISO 19115 words)
  { from: 'extras', key: 'frequency' },
  { from: 'extras', key: 'accrualPeriodicity' }, // DCAT-US harvest
  { from: 'extras', key: 'dct:accrualPeriodicity' },
  { from: 'package', key: 'accrual_periodicity', variant: true }, // opendata.swiss
  { from: 'extras', key: 'accrual_periodicity', variant: true },
  { from: 'package', key: 'update_frequency', variant: true }, // data.gov.uk, data.wa.gov.au
  { from: 'extras', key: 'update_frequency', variant: true },
  { from: 'package', key: 'update_freq', variant: true }, // data.gov.au
];
const ISSUED: Source[] = [
  { from: 'package', key: 'date_published' }, // ckanext-canada
  { from: 'package', key: 'issued' },
  { from: 'extras', key: 'issued' },
];
const TEMPORAL: Array<[Source, Source]> = [
  [{ from: 'package', key: 'time_period_coverage_start' }, { from: 'package', key: 'time_period_coverage_end' }], // Canada
  [{ from: 'package', key: 'temporal_start' }, { from: 'package', key: 'temporal_end' }],
  [{ from: 'extras', key: 'temporal_start' }, { from: 'extras', key: 'temporal_end' }],
  [{ from: 'package', key: 'temporal_coverage_from' }, { from: 'package', key: 'temporal_coverage_to' }], // data.gov.au
];

/** Media types CKAN portals write as a resource's format, and the format each is. */
const MEDIA_FORMATS: Record<string, string> = {
  'text/csv': 'csv', 'application/csv': 'csv', 'text/comma-separated-values': 'csv', 'text/tab-separated-values': 'tsv',
  'application/json': 'json', 'text/json': 'json', 'application/x-ndjson': 'ndjson', 'application/geo+json': 'geojson',
  'application/vnd.geo+json': 'geojson', 'application/pdf': 'pdf', 'application/zip': 'zip', 'application/x-zip-compressed': 'zip',
  'application/vnd.ms-excel': 'xls', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods', 'text/html': 'html', 'application/xml': 'xml', 'text/xml': 'xml',
};

/**
 * A resource that is a web service, an API or a web page rather than a file of data (by its format, or by Canada's
 * resource_type): odlint checks files, so these are named in a note and not checked.
 */
const SERVICE_FORMAT = /^(html?|web ?page|wms|wfs|wcs|wmts|api|esri rest|arcgis.*|api arcgis.*|ogc:.*|rest|sparql)$/;
const NOT_DATA_TYPES = new Set(['guide', 'doc', 'documentation', 'api', 'application', 'website']);

/** A CKAN format ("CSV", ".csv", "text/csv", "XLS") as a lower-case format, and the media type when one was given. */
export function ckanFormat(raw: unknown): { format?: string; mediatype?: string } {
  if (typeof raw !== 'string' || raw.trim() === '') return {};
  const s = raw.trim().toLowerCase();
  if (/^[a-z]+\/[a-z0-9.+-]+$/.test(s)) return { format: MEDIA_FORMATS[s] ?? s.slice(s.indexOf('/') + 1).replace(/^(x-|vnd\.)/, ''), mediatype: s };
  return { format: s.replace(/^\./, '') };
}

/** A Data Package resource name (lower case letters, digits, '-', '_', '.') from a CKAN resource's name. */
export function resourceName(written: string | undefined, index: number, taken: Set<string>): string {
  const base = (written ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '') || `resource-${index + 1}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

/** Maps one CKAN package (at `root` in the document) into a Data Package shaped descriptor. */
export function mapPackage(pkg: Obj, root: string): MappedDataset {
  const map = new PointerMap();
  const notes: MetadataNote[] = [];
  const descriptor: Obj = {};
  const extras = extrasOf(pkg, root);
  map.set('', root);
  const find = (sources: Source[]): (Found & { variant: boolean }) | undefined => {
    for (const s of sources) {
      const hit = s.from === 'extras' ? extras.get(s.key) : given(pkg[s.key]) ? { value: pkg[s.key], pointer: `${root}/${escapePointerToken(s.key)}`, key: s.key } : undefined;
      if (hit) return { ...hit, variant: s.variant === true };
    }
    return undefined;
  };
  const put = (property: string, found: (Found & { variant: boolean }) | undefined): void => {
    if (!found) return;
    descriptor[property] = typeof found.value === 'string' ? found.value.trim() : found.value;
    map.set(`/${property}`, found.pointer);
    if (found.variant) notes.push({ kind: 'variant', pointer: found.pointer, written: found.key, detail: property });
  };

  if (typeof pkg.name === 'string' && pkg.name.trim()) {
    descriptor.name = pkg.name.trim();
    map.set('/name', `${root}/name`);
  }
  const title = textOf(pkg.title_translated, `${root}/title_translated`) ?? textOf(pkg.title, `${root}/title`);
  if (title) {
    descriptor.title = title.text;
    map.set('/title', title.pointer);
  }

  // Licence: CKAN's id, title and URL describe one licence.
  const licence: Obj = {};
  for (const [part, key] of [['name', 'license_id'], ['title', 'license_title'], ['path', 'license_url']] as const) {
    if (typeof pkg[key] === 'string' && (pkg[key] as string).trim()) {
      licence[part] = (pkg[key] as string).trim();
      map.set(`/licenses/0/${part}`, `${root}/${key}`);
      if (!('licenses' in descriptor)) map.set('/licenses/0', `${root}/${key}`).set('/licenses', `${root}/${key}`);
      descriptor.licenses = [licence];
    }
  }

  // Publisher: the organization, else (with a note) the maintainer or author.
  const publisher =
    textOf(pkg.org_title_at_publication, `${root}/org_title_at_publication`) ??
    (isObject(pkg.organization) ? textOf(pkg.organization.title, `${root}/organization/title`) ?? textOf(pkg.organization.name, `${root}/organization/name`) : undefined);
  if (publisher) {
    descriptor.publisher = publisher.text;
    map.set('/publisher', publisher.pointer);
  } else {
    for (const key of ['maintainer', 'author']) {
      const who = textOf(pkg[key], `${root}/${key}`);
      if (!who) continue;
      descriptor.publisher = who.text;
      map.set('/publisher', who.pointer);
      notes.push({ kind: 'variant', pointer: who.pointer, written: key, detail: 'publisher', why: 'the record names no organization', hint: 'ckanOrganization' });
      break;
    }
  }

  put('accrualPeriodicity', find(FREQUENCY));
  put('issued', find(ISSUED));
  for (const [start, end] of TEMPORAL) {
    const s = find([start]);
    const e = find([end]);
    if (!s && !e) continue;
    const temporal: Obj = {};
    if (s) { temporal.start = s.value; map.set('/temporal/start', s.pointer); }
    if (e) { temporal.end = e.value; map.set('/temporal/end', e.pointer); }
    descriptor.temporal = temporal;
    break;
  }

  const resources = mapResources(pkg, root, map, notes);

  // The data's own date first; then the newest resource last_modified; the record's own date last, with a note.
  const modified = find(MODIFIED) ?? newestResource(pkg, root);
  if (modified) put('modified', modified);
  else if (given(pkg.metadata_modified)) {
    const pointer = `${root}/metadata_modified`;
    put('modified', { value: pkg.metadata_modified, pointer, key: 'metadata_modified', variant: false });
    // metadata_modified is when the catalogue record changed: the note makes the finding say which date was taken.
    notes.push({
      kind: 'variant', pointer, written: 'metadata_modified', detail: 'modified',
      why: 'it is when the catalogue record last changed, and the record gives no date for the data itself',
      hint: 'ckanModified',
    });
  }
  descriptor.resources = resources;
  map.set('/resources', `${root}/resources`);
  return { descriptor, map, notes, root };
}

/** The newest `last_modified` of the package's resources (ISO dates compare as text). */
function newestResource(pkg: Obj, root: string): (Found & { variant: boolean }) | undefined {
  let best: (Found & { variant: boolean }) | undefined;
  (pkg.resources as unknown[]).forEach((r, i) => {
    const v = isObject(r) ? r.last_modified : undefined;
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v.trim())) return;
    if (!best || v.trim() > (best.value as string)) best = { value: v.trim(), pointer: `${root}/resources/${i}/last_modified`, key: 'last_modified', variant: false };
  });
  return best;
}

function mapResources(pkg: Obj, root: string, map: PointerMap, notes: MetadataNote[]): Obj[] {
  const out: Obj[] = [];
  const taken = new Set<string>();
  (pkg.resources as Obj[]).forEach((r, i) => {
    const at = `${root}/resources/${i}`;
    const { format, mediatype } = ckanFormat(r.format);
    const type = typeof r.resource_type === 'string' ? r.resource_type.trim().toLowerCase() : '';
    const written = textOf(r.name, `${at}/name`);
    if ((format && SERVICE_FORMAT.test(format)) || NOT_DATA_TYPES.has(type)) {
      const what = NOT_DATA_TYPES.has(type) ? `resource_type '${type}'` : `format '${String(r.format).trim()}'`;
      notes.push({ kind: 'unread', pointer: at, written: written?.text ?? `resource ${i + 1}`, detail: `a web service, page or document (${what}), not a data file: not checked` });
      return;
    }
    const j = out.length;
    const res: Obj = { name: resourceName(written?.text, i, taken) };
    map.set(`/resources/${j}`, at);
    if (written) {
      res.title = written.text;
      map.set(`/resources/${j}/name`, written.pointer).set(`/resources/${j}/title`, written.pointer);
    }
    if (typeof r.url === 'string' && r.url.trim()) {
      res.path = r.url.trim();
      map.set(`/resources/${j}/path`, `${at}/url`);
    }
    if (format) {
      res.format = format;
      map.set(`/resources/${j}/format`, `${at}/format`);
    }
    const media = mediatype ?? (typeof r.mimetype === 'string' && r.mimetype.trim() ? r.mimetype.trim().toLowerCase() : undefined);
    if (media) {
      res.mediatype = media;
      map.set(`/resources/${j}/mediatype`, mediatype ? `${at}/format` : `${at}/mimetype`);
    }
    const licence = typeof r.license === 'string' && r.license.trim() ? r.license.trim() : undefined;
    if (licence) {
      res.licenses = [/^[a-z][a-z0-9+.-]*:\/\//i.test(licence) ? { path: licence } : { name: licence }];
      map.set(`/resources/${j}/licenses`, `${at}/license`);
    }
    mapSchema(r.schema, `${at}/schema`, res, j, map, notes, written?.text ?? `resource ${i + 1}`);
    out.push(res);
  });
  return out;
}

/** ckanext-validation's schema: a Table Schema object, its JSON text, or a URL (remote: build-dataset says so). */
function mapSchema(raw: unknown, pointer: string, res: Obj, j: number, map: PointerMap, notes: MetadataNote[], label: string): void {
  if (!given(raw)) return;
  let schema = raw;
  if (typeof raw === 'string' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw.trim())) {
    try {
      schema = JSON.parse(raw);
    } catch {
      schema = undefined;
    }
    if (!isObject(schema)) {
      notes.push({ kind: 'unread', pointer, written: raw.length > 40 ? `${raw.slice(0, 40)}…` : raw, detail: `the schema of ${label} is text that is not a JSON Table Schema: it was not used` });
      return;
    }
  }
  res.schema = schema;
  // A schema given as JSON text has no positions of its own: the locator falls back to the text, the nearest parent.
  map.set(`/resources/${j}/schema`, pointer);
}

const reader: MetadataReader = {
  form: 'ckan',
  title: 'CKAN package',
  recognise(value) {
    return isEnvelope(value) || isPackage(value);
  },
  read(input) {
    const doc = input.doc.value as Obj;
    const build = (mapped: MappedDataset, fallbackName?: string) =>
      buildDataset(input, mapped, { form: 'ckan', source: doc, localCopies: true, ...(fallbackName ? { fallbackName } : {}) });
    if (!isEnvelope(doc)) return [build(mapPackage(doc, ''))];
    const empty = (): MappedDataset => ({ descriptor: {}, map: new PointerMap() });
    if (doc.success === false || !isObject(doc.result)) {
      const err = isObject(doc.error) ? doc.error : undefined;
      const why = err && typeof err.message === 'string' ? err.message : err && typeof err.__type === 'string' ? err.__type : undefined;
      const message = doc.success === false
        ? `The CKAN API answered with an error${why ? ` ('${why}')` : ''}: the file holds no package to check`
        : 'The CKAN API answer has no result: the file holds no package to check';
      return [build({ ...empty(), error: { message, pointer: doc.success === false ? ('error' in doc ? '/error' : '/success') : '' } })];
    }
    const result = doc.result;
    if (isSearch(result)) return result.results.map((p, i) => build(mapPackage(p as Obj, `/result/results/${i}`), `${input.file}#${i + 1}`));
    if (isPackage(result)) return [build(mapPackage(result, '/result'))];
    return [build({ ...empty(), error: { message: 'The CKAN API answer holds no package (a result with resources[]): nothing to check', pointer: '/result' } })];
  },
};
export default reader;
