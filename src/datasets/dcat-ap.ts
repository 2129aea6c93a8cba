// The DCAT-AP reader: a catalogue or dataset in JSON-LD (the EU application profile of the W3C Data Catalog
// Vocabulary, as data.europa.eu and national portals export it). Each node typed dcat:Dataset is one Dataset, mapped
// into Data Package terms with pointers to where each value was written (often another node of the @graph, such as
// the publisher's foaf:name). Read offline and synchronously with the document's inline @context: see json-ld.ts.
// Turtle and RDF/XML are not read. See docs/metadata-forms/dcat-ap.md for the mapping and what is not read.
import type { MetadataReader } from './metadata-reader.js';
import { buildDataset } from './build-dataset.js';
import { isObject } from '../util/objects.js';
import { DCAT, DCT, FOAF, jsonLd, STANDARD_PREFIXES, type JsonLd, type Located, type NodeRef } from './json-ld.js';
import { mapFormat, mapLocation, MappedBuilder, datasetName, type LicenceRead, type ResourceBuilder } from './catalogue-mapping.js';
import type { MappedDataset } from './metadata-reader.js';

const DATASET = `${DCAT}Dataset`;
const CATALOG = `${DCAT}Catalog`;
const SKOS = STANDARD_PREFIXES.skos!;
const OWL = STANDARD_PREFIXES.owl!;
const VCARD = STANDARD_PREFIXES.vcard!;
const SCHEMA_START = 'http://schema.org/startDate';
const SCHEMA_END = 'http://schema.org/endDate';

/** The EU licence authority table (http://publications.europa.eu/resource/authority/licence/…). */
export const EU_LICENCE = /^https?:\/\/publications\.europa\.eu\/resource\/authority\/licence\/([A-Za-z0-9_.-]+)$/;
const EU_LICENCE_IDS: Readonly<Record<string, string>> = { CC0: 'CC0-1.0', ODC_BY: 'ODC-By-1.0', ODC_ODBL: 'ODbL-1.0', ODC_PDDL: 'PDDL-1.0', CC_PDM_1_0: 'CC-PDM-1.0' };

/** The licence id an EU licence authority code stands for ('CC_BYSA_4_0' → 'CC-BY-SA-4.0'), when it is a common one. */
export function euLicenceId(iri: string): string | undefined {
  const code = EU_LICENCE.exec(iri)?.[1]?.toUpperCase();
  if (!code) return undefined;
  if (EU_LICENCE_IDS[code]) return EU_LICENCE_IDS[code];
  const cc = /^CC_BY(SA|NC|ND|NCSA|NCND)?_(\d+)_(\d+)$/.exec(code);
  if (!cc) return undefined;
  const elements = cc[1] ? `-${cc[1].replace(/^NC(?=SA|ND)/, 'NC-')}` : '';
  return `CC-BY${elements}-${cc[2]}.${cc[3]}`;
}

/** A remote context that looks like a DCAT one: its bare terms ('Dataset', 'title') are DCAT-AP's, but cannot be read. */
const dcatRemote = (ld: JsonLd) => ld.remoteContexts.some((c) => /dcat/i.test(c));

/** Datasets: nodes typed dcat:Dataset, or typed with the bare term 'Dataset' under a remote DCAT context. */
function datasetNodes(ld: JsonLd): NodeRef[] {
  const remote = dcatRemote(ld);
  return ld.nodes.filter((n) => ld.hasType(n, DATASET) || (remote && [n.node['@type']].flat().includes('Dataset')));
}

class DatasetMapper {
  constructor(private readonly ld: JsonLd, private readonly b: MappedBuilder) {}

  /** Notes the keys of a node that no context defines. */
  noteUnexpandable(n: NodeRef): void {
    for (const u of this.ld.unreadKeys(n)) this.b.unread(u.pointer, u.key, u.why);
  }

  /** The name of an agent: foaf:name (or vcard:fn, schema:name), or the agent written as a literal. */
  agentName(v: Located, ctx: NodeRef['ctx']): Located<string> | undefined {
    const agent = this.ld.resolve(v, ctx);
    if (agent) return this.ld.textOf(agent, `${FOAF}name`, `${VCARD}fn`, 'http://schema.org/name');
    return isObject(v.value) && '@id' in v.value ? undefined : this.ld.text(v);
  }

  licences(n: NodeRef): LicenceRead[] {
    const out: LicenceRead[] = [];
    for (const v of this.ld.values(n, `${DCT}license`)) {
      const iri = this.ld.iri(v, n.ctx);
      if (!iri) {
        const label = this.ld.text(v);
        if (label) out.push({ entry: { name: label.value }, pointer: label.pointer });
        continue;
      }
      const entry: LicenceRead['entry'] & { url?: string } = { path: iri.value };
      // A licence document of the graph may say which standard licence it is (skos:exactMatch, as DCAT-AP HVD asks).
      const doc = this.ld.resolve(v, n.ctx);
      const match = doc && doc.node !== v.value ? this.ld.iriOf(doc, `${SKOS}exactMatch`, `${OWL}sameAs`) : undefined;
      if (match) entry.url = match.value;
      const id = euLicenceId(iri.value) ?? (match ? euLicenceId(match.value) : undefined);
      if (id) entry.name = id;
      out.push({ entry, pointer: iri.pointer });
    }
    return out;
  }

  distribution(d: NodeRef): void {
    const r: ResourceBuilder = this.b.resource(d.pointer);
    this.noteUnexpandable(d);
    const title = this.ld.textOf(d, `${DCT}title`);
    if (title) r.set('name', title.value, title.pointer);
    const download = this.ld.iriOf(d, `${DCAT}downloadURL`);
    const access = this.ld.iriOf(d, `${DCAT}accessURL`);
    const location = mapLocation(this.b, r, {
      download: download && { url: download.value, pointer: download.pointer, key: 'dcat:downloadURL' },
      access: access && { url: access.value, pointer: access.pointer, key: 'dcat:accessURL' },
    });
    mapFormat(r, { mediaType: this.ld.iriOrTextOf(d, `${DCAT}mediaType`), format: this.ld.iriOrTextOf(d, `${DCT}format`) }, location);
    r.licences(this.licences(d));
    const modified = this.ld.textOf(d, `${DCT}modified`);
    if (modified) r.set('modified', modified.value, modified.pointer);
  }
}

function mapDataset(ld: JsonLd, n: NodeRef, catalogues: NodeRef[]): MappedDataset {
  const b = new MappedBuilder(n.pointer);
  const m = new DatasetMapper(ld, b);
  m.noteUnexpandable(n);

  const title = ld.textOf(n, `${DCT}title`);
  const identifier = ld.textOf(n, `${DCT}identifier`);
  const id = typeof n.node['@id'] === 'string' && !n.node['@id'].startsWith('_:') ? n.node['@id'] : undefined;
  const expandedId = id ? ld.iri({ value: id, pointer: `${n.pointer}/@id` }, n.ctx) : undefined;
  const named = [identifier, expandedId, title].find((t) => t && datasetName(t.value));
  if (named) b.set('name', datasetName(named.value), named.pointer);
  if (title) b.set('title', title.value, title.pointer);

  // The dataset's publisher, else that of the catalogue that lists it (DCAT-AP makes the catalogue's mandatory).
  const listing = ld.referrers(n, catalogues, `${DCAT}dataset`);
  const publisher = [n, ...listing].flatMap((owner) => ld.values(owner, `${DCT}publisher`).map((v) => m.agentName(v, owner.ctx))).find((p) => p !== undefined);
  if (publisher) b.set('publisher', publisher.value, publisher.pointer);

  b.licences(m.licences(n));
  const periodicity = ld.iriOrTextOf(n, `${DCT}accrualPeriodicity`);
  if (periodicity) b.set('accrualPeriodicity', periodicity.value, periodicity.pointer);
  for (const [key, iri] of [['modified', `${DCT}modified`], ['issued', `${DCT}issued`]] as const) {
    const v = ld.textOf(n, iri);
    if (v) b.set(key, v.value, v.pointer);
  }
  const temporal = ld.values(n, `${DCT}temporal`).map((v) => ld.resolve(v, n.ctx)).find((t) => t !== undefined);
  if (temporal) {
    const start = ld.textOf(temporal, `${DCAT}startDate`, SCHEMA_START);
    const end = ld.textOf(temporal, `${DCAT}endDate`, SCHEMA_END);
    if (start || end) b.set('temporal', `${start?.value ?? '..'}/${end?.value ?? '..'}`, temporal.pointer);
  }

  for (const v of ld.values(n, `${DCAT}distribution`)) {
    const d = ld.resolve(v, n.ctx);
    if (d && Object.keys(d.node).some((k) => k !== '@id' && k !== '@type')) m.distribution(d);
    else {
      const ref = ld.iri(v, n.ctx)?.value;
      b.unread(v.pointer, 'dcat:distribution', `the distribution${ref ? ` '${ref}'` : ''} is not described in this document (odlint fetches nothing): it was not read`);
    }
  }
  return b.result();
}

const reader: MetadataReader = {
  form: 'dcat-ap',
  title: 'DCAT-AP JSON-LD',
  recognise(value) {
    if (!isObject(value) || (value['@context'] === undefined && value['@graph'] === undefined)) return false;
    const ld = jsonLd(value);
    if (datasetNodes(ld).length > 0) return true;
    return ld.nodes.some((n) => ld.hasType(n, CATALOG) || (dcatRemote(ld) && [n.node['@type']].flat().some((t) => t === 'Catalog' || t === 'Catalogue')));
  },
  read(input) {
    const doc = input.doc.value as Record<string, unknown>;
    const ld = jsonLd(doc);
    const options = { form: 'dcat-ap' as const, source: doc, localCopies: true };
    const datasets = datasetNodes(ld);
    if (datasets.length === 0) {
      const b = new MappedBuilder('');
      return [buildDataset(input, { ...b.result(), error: { message: 'The catalogue describes no dcat:Dataset in this document (datasets only referred to by @id are not fetched)', pointer: '' } }, options)];
    }
    const catalogues = ld.nodes.filter((n) => ld.hasType(n, CATALOG));
    return datasets.map((n, i) => buildDataset(input, mapDataset(ld, n, catalogues), { ...options, fallbackName: `dataset-${i + 1}` }));
  },
};
export default reader;
