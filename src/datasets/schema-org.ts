// The schema.org reader: a Dataset described in JSON-LD with the schema.org vocabulary, as pages publish it for
// Google Dataset Search (a lone Dataset, Datasets in an @graph, or a DataCatalog listing them in `dataset`). Each
// Dataset node is one Dataset, its DataDownload distributions its resources. schema.org has no update frequency, so
// none is read. See docs/metadata-forms/schema-org.md for the mapping and what is not read.
import type { MetadataReader, MappedDataset } from './metadata-reader.js';
import { buildDataset } from './build-dataset.js';
import { isObject } from '../util/objects.js';
import { jsonLd, SCHEMA, type JsonLd, type Located, type NodeRef } from './json-ld.js';
import { isUrl, licenceEntry, mapFormat, mapLocation, MappedBuilder, datasetName, type LicenceRead } from './catalogue-mapping.js';

const S = (term: string) => `${SCHEMA}${term}`;
const DATASET = S('Dataset');
const CATALOG = S('DataCatalog');

/** The name of an agent (an Organization or Person with a name, or a name written as text). */
function agentName(ld: JsonLd, v: Located, ctx: NodeRef['ctx']): Located<string> | undefined {
  if (typeof v.value === 'string' && !ld.node(v.value, ctx)) return ld.text(v);
  const agent = ld.resolve(v, ctx);
  return agent ? ld.textOf(agent, S('name'), S('legalName')) : undefined;
}

/** Licences: a URL, a name, or a CreativeWork with a name and url. */
function licences(ld: JsonLd, n: NodeRef): LicenceRead[] {
  const out: LicenceRead[] = [];
  for (const v of ld.values(n, S('license'))) {
    if (typeof v.value === 'string' && v.value.trim()) {
      out.push({ entry: licenceEntry(v.value), pointer: v.pointer });
      continue;
    }
    const work = ld.resolve(v, n.ctx);
    if (!work) continue;
    const name = ld.textOf(work, S('name'));
    const url = ld.iriOf(work, S('url')) ?? (typeof work.node['@id'] === 'string' && isUrl(work.node['@id']) ? { value: work.node['@id'], pointer: `${work.pointer}/@id` } : undefined);
    if (!name && !url) continue;
    out.push({ entry: { ...(name ? { name: name.value } : {}), ...(url ? { path: url.value } : {}) }, pointer: (name ?? url)!.pointer });
  }
  return out;
}

function mapDataset(ld: JsonLd, n: NodeRef, catalogues: NodeRef[]): MappedDataset {
  const b = new MappedBuilder(n.pointer);
  for (const u of ld.unreadKeys(n)) b.unread(u.pointer, u.key, u.why);

  const title = ld.textOf(n, S('name')) ?? ld.textOf(n, S('headline'));
  if (title) {
    b.set('name', datasetName(title.value), title.pointer);
    b.set('title', title.value, title.pointer);
  }

  // The publisher; else the creator or author (read as the publisher, with a note); else the catalogue's publisher.
  const owners = [n, ...ld.referrers(n, catalogues, S('dataset'))];
  const nameOf = (owner: NodeRef, property: string) => ld.values(owner, S(property)).map((v) => agentName(ld, v, owner.ctx)).find((x) => x !== undefined);
  const publisher = nameOf(n, 'publisher');
  const maker = publisher ? undefined : (['creator', 'author'] as const).map((p) => ({ p, name: nameOf(n, p) })).find((x) => x.name);
  const inherited = publisher || maker ? undefined : owners.slice(1).map((c) => nameOf(c, 'publisher')).find((x) => x !== undefined);
  if (publisher ?? inherited) b.set('publisher', (publisher ?? inherited)!.value, (publisher ?? inherited)!.pointer);
  else if (maker) {
    b.set('publisher', maker.name!.value, maker.name!.pointer);
    b.variant(maker.name!.pointer, maker.p, 'publisher');
  }

  b.licences(licences(ld, n));
  for (const [key, term] of [['modified', 'dateModified'], ['issued', 'datePublished'], ['temporal', 'temporalCoverage']] as const) {
    const v = ld.textOf(n, S(term));
    if (v) b.set(key, v.value, v.pointer);
  }

  for (const v of ld.values(n, S('distribution'))) {
    const d = ld.resolve(v, n.ctx);
    if (!d || !Object.keys(d.node).some((k) => !k.startsWith('@'))) {
      b.unread(v.pointer, 'distribution', 'the distribution is not described in this document (odlint fetches nothing): it was not read');
      continue;
    }
    const r = b.resource(d.pointer);
    for (const u of ld.unreadKeys(d)) b.unread(u.pointer, u.key, u.why);
    const name = ld.textOf(d, S('name'));
    if (name) r.set('name', name.value, name.pointer);
    const content = ld.iriOf(d, S('contentUrl'));
    const page = content ? undefined : ld.iriOf(d, S('url'));
    const location = mapLocation(b, r, {
      download: content && { url: content.value, pointer: content.pointer, key: 'contentUrl' },
      access: page && { url: page.value, pointer: page.pointer, key: 'url' },
    });
    const encoding = ld.textOf(d, S('encodingFormat'), S('fileFormat'));
    const isMediaType = encoding !== undefined && encoding.value.includes('/');
    mapFormat(r, { mediaType: isMediaType ? encoding : undefined, format: isMediaType ? undefined : encoding }, location);
    r.licences(licences(ld, d));
    const modified = ld.textOf(d, S('dateModified'));
    if (modified) r.set('modified', modified.value, modified.pointer);
  }
  return b.result();
}

/** Dataset nodes, except the parts (hasPart) of another Dataset of the document, which are noted instead. */
function datasetNodes(ld: JsonLd): { datasets: NodeRef[]; parts: Map<NodeRef, string> } {
  const all = ld.nodes.filter((n) => ld.hasType(n, DATASET));
  const parts = new Map<NodeRef, string>();
  for (const n of all) {
    for (const v of ld.values(n, S('hasPart'))) {
      const part = ld.resolve(v, n.ctx);
      const listed = part && all.find((d) => d.pointer === part.pointer);
      if (listed) parts.set(listed, v.pointer);
    }
  }
  return { datasets: all.filter((n) => !parts.has(n)), parts };
}

const reader: MetadataReader = {
  form: 'schema-org',
  title: 'schema.org Dataset',
  recognise(value) {
    if (!isObject(value) || (value['@context'] === undefined && value['@graph'] === undefined)) return false;
    const ld = jsonLd(value);
    return ld.nodes.some((n) => ld.hasType(n, DATASET, CATALOG));
  },
  read(input) {
    const doc = input.doc.value as Record<string, unknown>;
    const ld = jsonLd(doc);
    const options = { form: 'schema-org' as const, source: doc, localCopies: true };
    const { datasets, parts } = datasetNodes(ld);
    if (datasets.length === 0) {
      return [buildDataset(input, { ...new MappedBuilder('').result(), error: { message: 'The data catalogue describes no schema.org Dataset in this document', pointer: '' } }, options)];
    }
    const catalogues = ld.nodes.filter((n) => ld.hasType(n, CATALOG));
    return datasets.map((n, i) => {
      const mapped = mapDataset(ld, n, catalogues);
      // A part is described inside its dataset: say it was not linted as a dataset of its own.
      for (const [part, pointer] of parts) {
        if (!pointer.startsWith(`${n.pointer}/`)) continue;
        const name = ld.textOf(part, S('name'))?.value;
        (mapped.notes ??= []).push({ kind: 'unread', pointer, written: 'hasPart', detail: `the part${name ? ` '${name}'` : ''} is not read as a dataset of its own: lint its own record to check it` });
      }
      return buildDataset(input, mapped, { ...options, fallbackName: `dataset-${i + 1}` });
    });
  },
};
export default reader;
