import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMetadataFile } from '../../../src/datasets/metadata-file.js';
import { loneFileDataset } from '../../../src/datasets/lone-file.js';
import type { Dataset } from '../../../src/model/dataset.js';
import { mqaBand, mqaScore, type MqaScore } from '../../../src/scoring/mqa.js';
import { readMetadata } from '../datasets/catalogue-helpers.js';

const CORPUS = path.resolve(import.meta.dirname, '../../corpus');
const corpus = (file: string): Dataset[] => loadMetadataFile(path.join(CORPUS, file));

/** The points of each indicator, by id. */
const byId = (s: MqaScore | undefined): Record<string, number> => Object.fromEntries((s?.indicators ?? []).map((i) => [i.id, i.points]));

const ZERO: Record<string, number> = {
  keywords: 0, categories: 0, spatial: 0, temporal: 0,
  'access-url-reachable': 0, 'download-url': 0, 'download-url-reachable': 0,
  format: 0, 'media-type': 0, 'format-vocabulary': 0, 'non-proprietary': 0, 'machine-readable': 0, 'dcat-ap-compliance': 0,
  licence: 0, 'licence-vocabulary': 0, 'access-rights': 0, 'access-rights-vocabulary': 0, 'contact-point': 0, publisher: 0,
  rights: 0, 'byte-size': 0, issued: 0, modified: 0,
};

const CONTEXT = { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/', vcard: 'http://www.w3.org/2006/vcard/ns#' };
const FT = 'http://publications.europa.eu/resource/authority/file-type/';

/** The one dataset a crafted DCAT-AP JSON-LD document describes. */
function dcatAp(dataset: Record<string, unknown>, graph: Record<string, unknown>[] = []): Dataset {
  const { datasets } = readMetadata('catalogue.jsonld', { '@context': CONTEXT, '@graph': [{ '@id': 'https://data.example.eu/ds/1', '@type': 'dcat:Dataset', 'dct:title': 'A dataset', ...dataset }, ...graph] });
  expect(datasets).toHaveLength(1);
  return datasets[0]!;
}

const FULL_DISTRIBUTION = {
  '@type': 'dcat:Distribution',
  'dcat:accessURL': { '@id': 'https://data.example.eu/files/' },
  'dcat:downloadURL': { '@id': 'https://data.example.eu/files/data.csv' },
  'dct:format': { '@id': `${FT}CSV` },
  'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/text/csv' },
  'dct:license': { '@id': 'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0' },
  'dct:rights': { '@type': 'dct:RightsStatement', 'dct:description': 'Reuse with attribution' },
  'dcat:byteSize': { '@value': '1024', '@type': 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger' },
  'dct:issued': '2026-01-01',
  'dct:modified': '2026-11-01',
};

const FULL_DATASET = {
  'dcat:keyword': [{ '@value': 'bees', '@language': 'en' }],
  'dcat:theme': { '@id': 'http://publications.europa.eu/resource/authority/data-theme/AGRI' },
  'dct:spatial': { '@id': 'http://publications.europa.eu/resource/authority/country/GRC' },
  'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': '2022-01-01', 'dcat:endDate': '2022-12-31' },
  'dct:accessRights': { '@id': 'http://publications.europa.eu/resource/authority/access-right/PUBLIC' },
  'dcat:contactPoint': { '@type': 'vcard:Kind', 'vcard:fn': 'Data desk', 'vcard:hasEmail': { '@id': 'mailto:data@example.eu' } },
  'dct:publisher': { '@id': '_:agency' },
  'dct:issued': '2026-01-01',
  'dct:modified': '2026-11-01',
};

describe('mqaBand', () => {
  it("gives MQA's ratings at its boundaries", () => {
    expect([0, 120, 121, 220, 221, 350, 351, 405].map(mqaBand)).toEqual(['bad', 'bad', 'sufficient', 'sufficient', 'good', 'good', 'excellent', 'excellent']);
    expect(mqaBand(120.9)).toBe('bad');
  });
});

describe('MQA score of real DCAT-AP files', () => {
  it('SEMIC HVD example: the bee dataset, worked out by hand', () => {
    const [d] = corpus('dcat-ap-semic-hvd/catalogue.jsonld');
    const s = mqaScore(d!);
    // No dcat:keyword, dcat:theme (dcatap:hvdCategory is not one), dct:spatial or dct:temporal: findability 0.
    // Two distributions: '-dist-SHP' is described; '-dist-RDF' is only referred to by @id, so it meets nothing and
    // each distribution indicator the SHP one meets earns half its points.
    //   access-url-reachable: SHP has dcat:accessURL (assumed reachable) → 50 × 1/2 = 25; no dcat:downloadURL → 0, 0.
    //   format: SHP's dct:format → 20 × 1/2 = 10; no dcat:mediaType → 0; format-vocabulary: an EU file-type IRI and
    //   no media type → 10 × 1/2 = 5; non-proprietary: SHP is not on MQA's list → 0; machine-readable: it is → 10.
    //   licence: SHP's dct:license → 10; licence-vocabulary: the licence IRI is the publisher's own (only its
    //   skos:exactMatch is the EU CC0 code, which MQA's check does not follow) → 0.
    // DCAT-AP compliance is not judged (0). No dct:accessRights or dcat:contactPoint on the dataset (the data service
    // has one); dct:publisher → 10. No dct:rights, dcat:byteSize, dct:issued, dct:modified.
    expect(byId(s)).toEqual({ ...ZERO, 'access-url-reachable': 25, format: 10, 'format-vocabulary': 5, 'machine-readable': 10, licence: 10, publisher: 10 });
    expect(s).toMatchObject({ points: 70, max: 405, band: 'bad' });
    expect(s!.dimensions).toEqual({
      findability: { points: 0, max: 100 },
      accessibility: { points: 25, max: 100 },
      interoperability: { points: 25, max: 110 },
      reusability: { points: 20, max: 75 },
      contextuality: { points: 0, max: 20 },
    });
    expect(s!.indicators.find((i) => i.id === 'dcat-ap-compliance')).toEqual({ id: 'dcat-ap-compliance', dimension: 'interoperability', max: 30, points: 0, judged: 'not-judged' });
    expect(s!.indicators.filter((i) => i.judged === 'assumed').map((i) => i.id)).toEqual(['access-url-reachable', 'download-url-reachable']);
  });

  it('SEMIC bees example: its terms come from a remote @context odlint does not fetch, so nothing is read', () => {
    const datasets = corpus('dcat-ap-semic-bees/bee-population.jsonld');
    expect(datasets.map((d) => d.sourcePointer)).toEqual(['/@graph/0', '/@graph/1']);
    for (const d of datasets) {
      const s = mqaScore(d);
      // 'publisher' and 'title' are bare terms of the unfetched context: not read (metadata-unread names them).
      expect(byId(s)).toEqual(ZERO);
      expect(s).toMatchObject({ points: 0, band: 'bad' });
    }
  });
});

describe('MQA score of real DCAT-US files', () => {
  it('ARM data.json, first entry, worked out by hand', () => {
    const datasets = corpus('dcat-us-arm/data.json');
    expect(datasets.map((d) => d.sourcePointer)).toEqual(['/dataset/0', '/dataset/1', '/dataset/2']);
    const s = mqaScore(datasets[0]!);
    // keyword → 30; no theme, spatial, temporal. One distribution: accessURL → 50 (assumed reachable), no downloadURL;
    // format 'cdf' → 20, but no mediaType, 'cdf' is no EU file-type code (NETCDF is) → no vocabulary, not on the
    // non-proprietary or machine-readable lists. license is given (20) but is Project Open Data's "unknown licence"
    // URL, in no licence table (0). accessLevel 'public' → access rights 10 and from its vocabulary 5; contactPoint
    // 20; publisher 10; no rights, no byte size (data.json has none), no issued; modified → 5.
    expect(byId(s)).toEqual({ ...ZERO, keywords: 30, 'access-url-reachable': 50, format: 20, licence: 20, 'access-rights': 10, 'access-rights-vocabulary': 5, 'contact-point': 20, publisher: 10, modified: 5 });
    expect(s).toMatchObject({ points: 170, band: 'sufficient' });
    expect(datasets.map((d) => mqaScore(d)?.points)).toEqual([170, 170, 170]);
  });

  it('USDA data.json: a download URL only, and a share of distributions in proprietary formats', () => {
    const datasets = corpus('dcat-us-usda/data.json');
    // Entry 0: one distribution with a downloadURL and mediaType application/vnd.ms-excel, no accessURL (so no
    // access-URL points: the portal checks dcat:accessURL). Download URL 20 + 30 (assumed reachable); media type 10,
    // IANA-shaped → vocabulary 10; XLS is machine-readable (20) but proprietary (0); no format. The CC0 URL is the
    // exact match of the EU table's CC0 → licence 20 + 10. keyword 30, public 10 + 5, contactPoint 20, publisher 10,
    // modified 5.
    expect(byId(mqaScore(datasets[0]!))).toEqual({
      ...ZERO, keywords: 30, 'download-url': 20, 'download-url-reachable': 30, 'media-type': 10, 'format-vocabulary': 10, 'machine-readable': 20,
      licence: 20, 'licence-vocabulary': 10, 'access-rights': 10, 'access-rights-vocabulary': 5, 'contact-point': 20, publisher: 10, modified: 5,
    });
    expect(mqaScore(datasets[0]!)).toMatchObject({ points: 200, band: 'sufficient' });
    // Entry 2: three distributions with an accessURL, a format label and a media type each: text/html (HTML:
    // non-proprietary, not machine-readable), application/json (JSON: both), application/vnd.ogc.wms_xml (neither;
    // IANA-shaped, so it passes the offline vocabulary check). Non-proprietary 20 × 2/3 = 13.3, machine-readable
    // 20 × 1/3 = 6.7. keyword, theme, spatial → 30 + 30 + 20; no temporal. The licence is an ArcGIS Hub URL: given
    // (20), in no table (0). issued and modified → 5 + 5.
    const s = mqaScore(datasets[2]!);
    expect(byId(s)).toEqual({
      ...ZERO, keywords: 30, categories: 30, spatial: 20, 'access-url-reachable': 50, format: 20, 'media-type': 10, 'format-vocabulary': 10,
      'non-proprietary': 13.3, 'machine-readable': 6.7, licence: 20, 'access-rights': 10, 'access-rights-vocabulary': 5, 'contact-point': 20,
      publisher: 10, issued: 5, modified: 5,
    });
    expect(s).toMatchObject({ points: 265, band: 'good' });
    expect(s!.dimensions.interoperability).toEqual({ points: 60, max: 110 });
    expect(mqaScore(datasets[1]!)?.points).toBe(275);
  });
});

describe('MQA score of crafted DCAT-AP documents', () => {
  it('a dataset that gives everything scores all judgeable points (375 of 405: compliance is not judged): excellent', () => {
    const d = dcatAp({ ...FULL_DATASET, 'dcat:distribution': [FULL_DISTRIBUTION, { ...FULL_DISTRIBUTION, 'dct:format': { '@id': `${FT}JSON` }, 'dcat:mediaType': 'application/json' }] }, [
      { '@id': '_:agency', '@type': 'foaf:Agent', 'foaf:name': 'Agency' },
    ]);
    const s = mqaScore(d)!;
    expect(s.indicators.map((i) => [i.id, i.points === i.max])).toEqual(s.indicators.map((i) => [i.id, i.id !== 'dcat-ap-compliance']));
    expect(s).toMatchObject({ points: 375, max: 405, band: 'excellent' });
    expect(Object.values(s.dimensions).map((x) => x.max)).toEqual([100, 100, 110, 75, 20]);
    expect(s.dimensions.interoperability).toEqual({ points: 80, max: 110 });
  });

  it('a dataset that gives only a title scores nothing: bad', () => {
    const s = mqaScore(dcatAp({}));
    expect(byId(s)).toEqual(ZERO);
    expect(s).toMatchObject({ points: 0, band: 'bad' });
  });

  it('scores a distribution indicator by the share of distributions that meet it', () => {
    const s = mqaScore(dcatAp({ 'dcat:distribution': [{ 'dct:format': { '@id': `${FT}CSV` } }, { 'dct:title': 'No format' }] }));
    // Format given by 1 of 2: 20 × 0.5; CSV is from the vocabulary, non-proprietary and machine-readable: each half.
    expect(byId(s)).toEqual({ ...ZERO, format: 10, 'format-vocabulary': 5, 'non-proprietary': 10, 'machine-readable': 10 });
    expect(s!.points).toBe(35);
  });

  it('takes dates from the distributions when the dataset gives none, and judges a format label by its code', () => {
    const s = mqaScore(dcatAp({ 'dcat:distribution': [{ 'dct:modified': '2026-01-01', 'dct:format': 'csv', 'dcat:mediaType': 'text/csv' }, { 'dct:format': 'PDF' }, { 'dct:format': 'geojson' }] }));
    // modified on 1 of 3 distributions; 'csv' and 'geojson' are codes on both lists, 'PDF' on neither; a label is not
    // from the EU file-type vocabulary, so only IRIs count there (none here).
    expect(byId(s)).toMatchObject({ modified: 1.7, format: 20, 'media-type': 3.3, 'format-vocabulary': 0, 'non-proprietary': 13.3, 'machine-readable': 13.3 });
  });

  it('never throws on values of any JSON type: an odd value fails its indicator', () => {
    const odd = [null, true, false, '', '   ', [], {}, [null], { '@value': null }, { '@value': {} }, { '@id': 42 }, { '@list': 'x' }, { '@context': {} }];
    const properties = ['dcat:keyword', 'dcat:theme', 'dct:spatial', 'dct:temporal', 'dct:accessRights', 'dcat:contactPoint', 'dct:publisher', 'dct:issued', 'dct:modified'];
    const distProperties = ['dcat:accessURL', 'dcat:downloadURL', 'dct:format', 'dcat:mediaType', 'dct:license', 'dct:rights', 'dcat:byteSize', 'dct:issued', 'dct:modified'];
    for (const value of odd) {
      const d = dcatAp({ ...Object.fromEntries(properties.map((p) => [p, value])), 'dcat:distribution': [{ ...Object.fromEntries(distProperties.map((p) => [p, value])) }] });
      const s = mqaScore(d);
      expect(s, JSON.stringify(value)).toBeDefined();
      expect(byId(s), JSON.stringify(value)).toEqual(ZERO);
    }
    // A number is a literal the property holds (a byte size, a year): it counts as given, but it is no URL and
    // matches no vocabulary.
    const numbers = mqaScore(dcatAp({ ...Object.fromEntries(properties.map((p) => [p, 0])), 'dcat:distribution': [{ ...Object.fromEntries(distProperties.map((p) => [p, 0])) }] }));
    expect(byId(numbers)).toEqual({
      ...ZERO, keywords: 30, categories: 30, spatial: 20, temporal: 20, format: 20, 'media-type': 10, licence: 20, 'access-rights': 10,
      'contact-point': 20, publisher: 10, rights: 5, 'byte-size': 5, issued: 5, modified: 5,
    });
    // A distribution list of odd things: strings and objects are distributions, the rest is not.
    expect(mqaScore(dcatAp({ 'dcat:distribution': [1, null, true, 'https://elsewhere.example/d', { '@id': 'https://elsewhere.example/e' }, { 'dct:format': { '@id': `${FT}CSV` } }] }))?.indicators.find((i) => i.id === 'format')?.points).toBe(6.7);
  });
});

describe('MQA score of crafted DCAT-US documents', () => {
  const entry = { title: 'T', identifier: 'x', accessLevel: 'public', distribution: [{ downloadURL: 'https://example.gov/a.csv', mediaType: 'text/csv' }] };

  it('reads the controlled access levels and licence URLs, dataset-level licence and rights for each distribution', () => {
    const { datasets } = readMetadata('data.json', { dataset: [{ ...entry, license: 'http://opendatacommons.org/licenses/odbl/1.0/', rights: 'Some rights', accessLevel: 'Restricted Public' }, { ...entry, accessLevel: 'open' }] });
    expect(byId(mqaScore(datasets[0]!))).toMatchObject({ licence: 20, 'licence-vocabulary': 10, rights: 5, 'access-rights': 10, 'access-rights-vocabulary': 5 });
    expect(byId(mqaScore(datasets[1]!))).toMatchObject({ licence: 0, 'licence-vocabulary': 0, rights: 0, 'access-rights': 10, 'access-rights-vocabulary': 0 });
  });

  it('never throws on values of any JSON type', () => {
    const keys = ['keyword', 'theme', 'spatial', 'temporal', 'license', 'rights', 'contactPoint', 'publisher', 'issued', 'modified', 'accessLevel'];
    for (const value of [null, 0, true, '', [], {}, [null, 3], { name: 7 }]) {
      const { datasets } = readMetadata('data.json', { conformsTo: 'https://project-open-data.cio.gov/v1.1/schema', dataset: [{ title: 'T', identifier: 'x', ...Object.fromEntries(keys.map((k) => [k, value])), distribution: [{ downloadURL: value, accessURL: value, format: value, mediaType: value }, value] }] });
      const s = mqaScore(datasets[0]!);
      expect(s, JSON.stringify(value)).toBeDefined();
      // A number counts as a date (issued, modified: 5 + 5) and an object with a key as a spatial coverage (GeoJSON is
      // written so: 20); nothing else here says anything.
      expect(s!.points, JSON.stringify(value)).toBe(value === 0 ? 10 : JSON.stringify(value) === '{"name":7}' ? 20 : 0);
    }
  });

  it('says nothing for an entry that is not an object', () => {
    const { datasets } = readMetadata('data.json', { dataset: [7, entry] });
    expect(mqaScore(datasets[0]!)).toBeUndefined();
    // Access level 15; the distribution: download URL 20 + 30, media type 10, vocabulary 10, CSV 20 + 20.
    expect(mqaScore(datasets[1]!)?.points).toBe(125);
  });
});

describe('forms MQA does not score', () => {
  it('gives no score for a Data Package or a lone file', () => {
    const { datasets, dir } = readMetadata('datapackage.json', { name: 'p', keywords: ['x'], resources: [{ name: 'r', path: 'r.csv' }] }, { 'r.csv': 'a\n1\n' });
    expect(datasets[0]!.form).toBe('datapackage');
    expect(mqaScore(datasets[0]!)).toBeUndefined();
    expect(mqaScore(loneFileDataset(path.join(dir, 'r.csv')))).toBeUndefined();
  });

  it('gives no score when the document as written is missing or odd', () => {
    const [d] = corpus('dcat-ap-semic-hvd/catalogue.jsonld');
    for (const source of [undefined, null, 7, 'x', []]) expect(mqaScore({ ...d!, source })).toBeUndefined();
    const [u] = corpus('dcat-us-arm/data.json');
    for (const source of [undefined, null, 7, 'x', [], { dataset: 'x' }]) expect(mqaScore({ ...u!, source })).toBeUndefined();
  });
});
