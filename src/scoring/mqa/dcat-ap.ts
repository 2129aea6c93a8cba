// The MQA facts of a DCAT-AP dataset, read from its JSON-LD node as written (Dataset.source at
// Dataset.sourcePointer), with the same offline JSON-LD reading as the DCAT-AP reader: the document's inline @context
// and the usual prefixes, references by @id followed within the document, nothing fetched. A property under a remote
// context odlint cannot expand is not read, so it does not count (the reader's metadata-unread notes name it).
import type { Dataset } from '../../model/dataset.js';
import { DCAT, DCT, jsonLd, type JsonLd, type Located, type NodeRef } from '../../datasets/json-ld.js';
import { isObject } from '../../util/objects.js';
import { emptyDistribution, type MqaDistributionFacts, type MqaFacts } from './facts.js';
import { fileTypeCode, isEuAccessRight, isIanaMediaType, isKnownLicence, isMachineReadable, isNonProprietary } from './vocabularies.js';

/** Whether a value says something: a non-blank string, a number, a {"@value"} that does, a node or @id reference. */
function given(v: unknown): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.some(given);
  if (!isObject(v)) return false;
  if ('@value' in v) return given(v['@value']);
  if ('@id' in v) return typeof v['@id'] === 'string' && v['@id'].trim() !== '';
  if ('@list' in v || '@set' in v) {
    const items = v['@list'] ?? v['@set'];
    return Array.isArray(items) && items.some(given);
  }
  // A node written inline (a blank node, a language map): the property is there, as the portal's RDF graph sees it.
  return Object.keys(v).some((k) => k !== '@context');
}

class Reader {
  constructor(private readonly ld: JsonLd) {}

  has(n: NodeRef, iri: string): boolean {
    return this.ld.values(n, iri).some((v) => given(v.value));
  }

  /** The values of a property as IRIs (or, for a literal, its text): what vocabulary checks compare. */
  terms(n: NodeRef, iri: string): string[] {
    return this.ld.values(n, iri).flatMap((v: Located) => {
      const t = isObject(v.value) && !('@id' in v.value) ? this.ld.text(v) : this.ld.iri(v, n.ctx) ?? this.ld.text(v);
      return t ? [t.value] : [];
    });
  }

  distribution(d: NodeRef | undefined): MqaDistributionFacts {
    if (!d) return emptyDistribution();
    const formats = this.terms(d, `${DCT}format`);
    const mediaTypes = this.terms(d, `${DCAT}mediaType`);
    const licences = this.terms(d, `${DCT}license`);
    const both = [...formats, ...mediaTypes];
    return {
      // A URL must be an IRI (a string or an @id): the portal requests it, a number or a text cannot be requested.
      accessUrl: this.ld.iriOf(d, `${DCAT}accessURL`) !== undefined,
      downloadUrl: this.ld.iriOf(d, `${DCAT}downloadURL`) !== undefined,
      format: this.has(d, `${DCT}format`),
      mediaType: this.has(d, `${DCAT}mediaType`),
      // Every format and media type given is from its vocabulary (the portal checks both), and one at least is given.
      formatVocabulary:
        both.length > 0 &&
        both.length === this.ld.values(d, `${DCT}format`, `${DCAT}mediaType`).length &&
        formats.every((f) => fileTypeCode(f) !== undefined) &&
        mediaTypes.every(isIanaMediaType),
      nonProprietary: both.some(isNonProprietary),
      machineReadable: both.some(isMachineReadable),
      licence: this.has(d, `${DCT}license`),
      licenceVocabulary: licences.some(isKnownLicence),
      rights: this.has(d, `${DCT}rights`),
      byteSize: this.has(d, `${DCAT}byteSize`),
      issued: this.has(d, `${DCT}issued`),
      modified: this.has(d, `${DCT}modified`),
    };
  }

  dataset(n: NodeRef): MqaFacts {
    const distributions = this.ld.values(n, `${DCAT}distribution`)
      // A distribution only referred to by an IRI this document does not describe is still one of the dataset's:
      // the portal sees it with nothing said about it, so it meets nothing.
      .filter((v) => (typeof v.value === 'string' ? v.value.trim() !== '' : isObject(v.value) && given(v.value)))
      .map((v) => this.distribution(this.ld.resolve(v, n.ctx)));
    return {
      keywords: this.has(n, `${DCAT}keyword`),
      themes: this.has(n, `${DCAT}theme`),
      spatial: this.has(n, `${DCT}spatial`),
      temporal: this.has(n, `${DCT}temporal`),
      accessRights: this.has(n, `${DCT}accessRights`),
      accessRightsVocabulary: this.terms(n, `${DCT}accessRights`).some(isEuAccessRight),
      contactPoint: this.has(n, `${DCAT}contactPoint`),
      publisher: this.has(n, `${DCT}publisher`),
      issued: this.has(n, `${DCT}issued`),
      modified: this.has(n, `${DCT}modified`),
      distributions,
    };
  }
}

/** Each document's nodes by pointer, indexed once: a catalogue of thousands of datasets is not scanned per dataset. */
const nodesByPointer = new WeakMap<JsonLd, Map<string, NodeRef>>();

/** The facts of a DCAT-AP dataset, or undefined when its node cannot be found in the document as written. */
export function dcatApFacts(dataset: Dataset): MqaFacts | undefined {
  if (!isObject(dataset.source) || dataset.metadataError || dataset.sourcePointer === undefined) return undefined;
  const ld = jsonLd(dataset.source);
  let index = nodesByPointer.get(ld);
  if (!index) nodesByPointer.set(ld, (index = new Map(ld.nodes.map((n) => [n.pointer, n]))));
  const node = index.get(dataset.sourcePointer);
  return node ? new Reader(ld).dataset(node) : undefined;
}
