// The DCAT-US reader: Project Open Data metadata schema v1.1, the `data.json` catalogue every US federal agency (and
// many states and cities) publishes, or one dataset entry of it on its own. Each entry of the catalogue's `dataset`
// list is one Dataset, mapped into Data Package terms with pointers back to the entry (`/dataset/3/…`).
// See docs/metadata-forms/dcat-us.md for the mapping and what is not read.
import path from 'node:path';
import type { MetadataReader } from './metadata-reader.js';
import { buildDataset, resolveResourcePath } from './build-dataset.js';
import { isObject } from '../util/objects.js';
import { isRepeatingInterval, isUrl, licenceEntry, mapFormat, mapLocation, MappedBuilder, datasetName, type ResourceBuilder } from './catalogue-mapping.js';
import type { MappedDataset } from './metadata-reader.js';

/** The schema URIs a DCAT-US catalogue names in conformsTo, describedBy or @context. */
const POD_SCHEMA = /project-open-data\.cio\.gov\/v1\.1\/schema|resources\.data\.gov\/schemas\/dcat-us\//i;

/** A dataset entry in Project Open Data terms: an access level beside a title, identifier, publisher or distribution. */
function isPodDataset(v: unknown): v is Record<string, unknown> {
  if (!isObject(v) || typeof v.accessLevel !== 'string') return false;
  return ['title', 'identifier', 'publisher', 'distribution'].some((k) => v[k] !== undefined);
}

function marked(v: Record<string, unknown>): boolean {
  return [v.conformsTo, v.describedBy, v['@context']].some((s) => typeof s === 'string' && POD_SCHEMA.test(s));
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Reads a relative schema path, or a schema URL whose file lies beside the catalogue; notes a remote one. */
function mapDescribedBy(b: MappedBuilder, r: ResourceBuilder, written: string, pointer: string, baseDir: string): void {
  if (!isUrl(written)) {
    r.set('schema', written, pointer);
    return;
  }
  const local = resolveResourcePath(written, baseDir, true);
  if (local.status === 'ok' && local.absolutePath) r.set('schema', path.basename(local.absolutePath), pointer);
  else b.unread(pointer, 'describedBy', `the data dictionary '${written}' is remote and odlint works offline: it was not read (put a copy beside the catalogue, or give a relative path)`);
}

function mapEntry(entry: Record<string, unknown>, root: string, baseDir: string): MappedDataset {
  const b = new MappedBuilder(root);
  const at = (key: string) => `${root}/${key}`;

  // A value of the wrong type is named, not dropped: DCAT-US writes these as strings (the publisher as an object).
  for (const key of ['identifier', 'title', 'license', 'modified'] as const) {
    if (entry[key] !== undefined && entry[key] !== null && typeof entry[key] !== 'string' && !(key === 'modified' && typeof entry[key] === 'number')) {
      b.unread(at(key), key, `it is ${Array.isArray(entry[key]) ? 'a list' : typeof entry[key] === 'object' ? 'an object' : `a ${typeof entry[key]}`}, where DCAT-US writes a string`);
    }
  }
  if (entry.publisher !== undefined && !isObject(entry.publisher) && typeof entry.publisher !== 'string') b.unread(at('publisher'), 'publisher', 'it is not an object with a name');

  const identifier = text(entry.identifier);
  const title = text(entry.title);
  const name = identifier ? datasetName(identifier) : title ? datasetName(title) : '';
  if (name) b.set('name', name, at(identifier ? 'identifier' : 'title'));
  if (title) b.set('title', title, at('title'));

  const publisher = entry.publisher;
  if (isObject(publisher) && text(publisher.name)) b.set('publisher', text(publisher.name), `${at('publisher')}/name`);
  else if (text(publisher)) {
    b.set('publisher', text(publisher), at('publisher'));
    b.variant(at('publisher'), 'publisher', 'publisher.name');
  }

  const license = text(entry.license);
  if (license) b.licences([{ entry: licenceEntry(license), pointer: at('license') }]);

  const modified = text(entry.modified);
  const periodicity = text(entry.accrualPeriodicity);
  if (periodicity) b.set('accrualPeriodicity', periodicity, at('accrualPeriodicity'));
  else if (entry.accrualPeriodicity !== undefined) b.set('accrualPeriodicity', entry.accrualPeriodicity, at('accrualPeriodicity'));
  if (modified && isRepeatingInterval(modified)) {
    // Project Open Data allows a repeating interval in `modified` for data updated continually at that period: it
    // says how often, not when, so it is read as the update frequency and no last-modified date is known.
    const why = `'${modified}' is a repeating interval (data updated continually at that period), not the date of the last change`;
    if (!periodicity) {
      b.set('accrualPeriodicity', modified, at('modified'));
      b.unread(at('modified'), 'modified', `${why}: it was read as the update frequency, and no last-modified date is known`);
    } else {
      b.unread(at('modified'), 'modified', `${why}, and 'accrualPeriodicity' already gives the update frequency`);
    }
  } else if (entry.modified !== undefined) b.set('modified', modified ?? entry.modified, at('modified'));
  for (const key of ['issued', 'temporal'] as const) if (entry[key] !== undefined) b.set(key, entry[key], at(key));

  const dictionary = text(entry.describedBy);
  const distributions = Array.isArray(entry.distribution) ? entry.distribution : entry.distribution === undefined ? [] : [entry.distribution];
  if (isObject(entry.distribution)) b.variant(at('distribution'), 'distribution: {…}', 'distribution: [{…}]');
  distributions.forEach((d: unknown, j: number) => {
    const dp = Array.isArray(entry.distribution) ? `${at('distribution')}/${j}` : at('distribution');
    if (!isObject(d)) {
      b.unread(dp, 'distribution', 'a distribution must be an object with a downloadURL or an accessURL');
      return;
    }
    const r = b.resource(dp);
    const dtitle = text(d.title);
    if (dtitle) r.set('name', dtitle, `${dp}/title`);
    const download = text(d.downloadURL);
    const access = text(d.accessURL);
    for (const key of ['downloadURL', 'accessURL'] as const) {
      if (d[key] !== undefined && d[key] !== null && typeof d[key] !== 'string') b.unread(`${dp}/${key}`, key, 'it is not a URL written as a string');
    }
    const location = mapLocation(b, r, {
      download: download ? { url: download, pointer: `${dp}/downloadURL`, key: 'downloadURL' } : undefined,
      access: access ? { url: access, pointer: `${dp}/accessURL`, key: 'accessURL' } : undefined,
    });
    mapFormat(
      r,
      {
        mediaType: text(d.mediaType) ? { value: text(d.mediaType)!, pointer: `${dp}/mediaType` } : undefined,
        format: text(d.format) ? { value: text(d.format)!, pointer: `${dp}/format` } : undefined,
      },
      location,
    );
    const schema = text(d.describedBy);
    if (schema) mapDescribedBy(b, r, schema, `${dp}/describedBy`, baseDir);
    else if (dictionary) mapDescribedBy(b, r, dictionary, at('describedBy'), baseDir);
    if (text(d.conformsTo)) r.set('conformsTo', text(d.conformsTo), `${dp}/conformsTo`);
  });
  return b.result();
}

const reader: MetadataReader = {
  form: 'dcat-us',
  title: 'DCAT-US data.json',
  recognise(value) {
    if (!isObject(value) || value['@graph'] !== undefined) return false;
    if (Array.isArray(value.dataset)) return marked(value) || value.dataset.some(isPodDataset);
    return isPodDataset(value);
  },
  read(input) {
    const doc = input.doc.value as Record<string, unknown>;
    const options = { form: 'dcat-us' as const, source: doc, localCopies: true };
    if (!Array.isArray(doc.dataset)) return [buildDataset(input, mapEntry(doc, '', input.baseDir), options)];
    if (doc.dataset.length === 0) {
      const b = new MappedBuilder('');
      return [buildDataset(input, { ...b.result(), error: { message: "The catalogue's 'dataset' list is empty: it describes no dataset", pointer: '/dataset' } }, options)];
    }
    return doc.dataset.map((entry: unknown, i: number) => {
      const root = `/dataset/${i}`;
      const fallbackName = `dataset-${i + 1}`;
      if (!isObject(entry)) {
        return buildDataset(input, { descriptor: {}, map: new MappedBuilder(root).map, root, error: { message: `Entry ${i + 1} of the catalogue's 'dataset' list is not an object`, pointer: root } }, { ...options, fallbackName });
      }
      return buildDataset(input, mapEntry(entry, root, input.baseDir), { ...options, fallbackName });
    });
  },
};
export default reader;
