// The MQA facts of a DCAT-US dataset (a Project Open Data v1.1 data.json entry), read from the entry as written
// (Dataset.source at Dataset.sourcePointer). DCAT-US names some things differently from DCAT-AP, and says some at the
// dataset level that MQA judges on each distribution: see docs/scoring/mqa.md for how each is read.
import type { Dataset } from '../../model/dataset.js';
import { isObject } from '../../util/objects.js';
import type { MqaDistributionFacts, MqaFacts } from './facts.js';
import { fileTypeCode, isIanaMediaType, isKnownLicence, isMachineReadable, isNonProprietary } from './vocabularies.js';

/** Project Open Data's controlled vocabulary of access levels: what DCAT-AP says with dct:accessRights. */
const ACCESS_LEVELS = new Set(['public', 'restricted public', 'non-public']);

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** A string, or a list holding one at least (keyword, theme). */
const listGiven = (v: unknown): boolean => (Array.isArray(v) ? v.some((x) => text(x) !== undefined) : text(v) !== undefined);

/** A date as data.json writes it: a non-blank string (a repeating interval too: the property is there) or a number. */
const dateGiven = (v: unknown): boolean => text(v) !== undefined || (typeof v === 'number' && Number.isFinite(v));

/** An agent: an object with a name (publisher) or a name or e-mail (contactPoint's fn, hasEmail), or a string. */
const agentGiven = (v: unknown, keys: string[]): boolean => text(v) !== undefined || (isObject(v) && keys.some((k) => text(v[k]) !== undefined));

/** The JSON value a pointer names in a document, or undefined. */
function at(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  let value = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) value = /^\d+$/.test(key) ? value[Number(key)] : undefined;
    else if (isObject(value)) value = Object.hasOwn(value, key) ? value[key] : undefined;
    else return undefined;
  }
  return value;
}

function distribution(d: Record<string, unknown>, entry: Record<string, unknown>): MqaDistributionFacts {
  const format = text(d.format);
  const mediaType = text(d.mediaType);
  const both = [format, mediaType].filter((x): x is string => x !== undefined);
  // The licence and rights data.json gives for the whole dataset hold for each of its distributions.
  const licence = text(entry.license);
  return {
    accessUrl: text(d.accessURL) !== undefined,
    downloadUrl: text(d.downloadURL) !== undefined,
    format: format !== undefined,
    mediaType: mediaType !== undefined,
    // data.json's format is free text by definition; its mediaType is the controlled value (an EU file-type IRI
    // in format counts too).
    formatVocabulary: (mediaType !== undefined && isIanaMediaType(mediaType)) || fileTypeCode(format) !== undefined,
    nonProprietary: both.some(isNonProprietary),
    machineReadable: both.some(isMachineReadable),
    licence: licence !== undefined,
    licenceVocabulary: isKnownLicence(licence),
    rights: text(entry.rights) !== undefined,
    byteSize: false, // data.json has no byte size
    issued: false, // nor dates on a distribution: the dataset's are read below
    modified: false,
  };
}

function facts(entry: Record<string, unknown>): MqaFacts {
  const list = Array.isArray(entry.distribution) ? entry.distribution : entry.distribution === undefined ? [] : [entry.distribution];
  const accessLevel = text(entry.accessLevel)?.toLowerCase();
  return {
    keywords: listGiven(entry.keyword),
    themes: listGiven(entry.theme),
    spatial: text(entry.spatial) !== undefined || (isObject(entry.spatial) && Object.keys(entry.spatial).length > 0),
    temporal: text(entry.temporal) !== undefined,
    accessRights: accessLevel !== undefined,
    accessRightsVocabulary: accessLevel !== undefined && ACCESS_LEVELS.has(accessLevel),
    contactPoint: agentGiven(entry.contactPoint, ['fn', 'hasEmail']),
    publisher: agentGiven(entry.publisher, ['name']),
    issued: dateGiven(entry.issued),
    modified: dateGiven(entry.modified),
    // Only objects are distributions: anything else in the list describes none (the reader notes it).
    distributions: list.filter(isObject).map((d) => distribution(d, entry)),
  };
}

/** The facts of a DCAT-US dataset, or undefined when its entry cannot be found in the document as written. */
export function dcatUsFacts(dataset: Dataset): MqaFacts | undefined {
  if (dataset.metadataError) return undefined;
  const entry = at(dataset.source, dataset.sourcePointer ?? '');
  if (!isObject(entry) || Array.isArray(entry.dataset)) return undefined;
  return facts(entry);
}
