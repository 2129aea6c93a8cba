import { describe, expect, it } from 'vitest';
import reader, { euLicenceId } from '../../../src/datasets/dcat-ap.js';
import { expandTerm, JsonLd } from '../../../src/datasets/json-ld.js';
import { lineOf, readMetadata } from './catalogue-helpers.js';

const CONTEXT = { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/' };

describe('JSON-LD, read offline', () => {
  it('expands terms, compact IRIs and @vocab with the inline context, and the usual prefixes without one', () => {
    const ld = new JsonLd({ '@context': [{ t: 'dct:title', ex: 'https://ex.org/', '@vocab': 'http://schema.org/' }], '@id': 'ex:1', t: 'x' });
    const ctx = ld.nodes[0]!.ctx;
    expect(expandTerm('t', ctx)).toBe('http://purl.org/dc/terms/title');
    expect(expandTerm('dcat:distribution', ctx)).toBe('http://www.w3.org/ns/dcat#distribution');
    expect(expandTerm('name', ctx)).toBe('http://schema.org/name');
    expect(expandTerm('https://schema.org/name', ctx)).toBe('http://schema.org/name');
    expect(ld.node('https://ex.org/1')).toBe(ld.nodes[0]);
    expect(expandTerm('title', new JsonLd({ '@context': 'https://example.org/context.jsonld', a: 1 }).nodes[0]!.ctx)).toBeUndefined();
  });

  it('knows that the schema.org context means the schema.org vocabulary, and fetches no other', () => {
    const ld = new JsonLd({ '@context': 'https://schema.org/', '@type': 'Dataset', name: 'x' });
    expect(ld.types(ld.nodes[0]!)).toEqual(['http://schema.org/Dataset']);
    expect(ld.remoteContexts).toEqual([]);
    expect(new JsonLd({ '@context': 'https://w3id.org/dcat-ap/context.jsonld', title: 'x' }).remoteContexts).toEqual(['https://w3id.org/dcat-ap/context.jsonld']);
  });

  it('reads literals: strings, @value objects, language maps and tagged lists, English first', () => {
    const ld = new JsonLd({ '@context': CONTEXT, 'dct:title': [{ '@value': 'Titre', '@language': 'fr' }, { '@value': 'Title', '@language': 'en' }], 'dct:description': { de: 'Beschreibung', en: 'Description' } });
    const n = ld.nodes[0]!;
    expect(ld.textOf(n, 'http://purl.org/dc/terms/title')).toEqual({ value: 'Title', pointer: '/dct:title/1/@value' });
    expect(ld.textOf(n, 'http://purl.org/dc/terms/description')).toEqual({ value: 'Description', pointer: '/dct:description/en' });
  });
});

describe('EU licence authority codes', () => {
  it('name the licence they stand for', () => {
    const eu = (code: string) => euLicenceId(`http://publications.europa.eu/resource/authority/licence/${code}`);
    expect([eu('CC_BY_4_0'), eu('CC_BYSA_4_0'), eu('CC_BYNCND_4_0'), eu('CC0'), eu('ODC_ODBL'), eu('UNKNOWN_THING')]).toEqual(['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-ND-4.0', 'CC0-1.0', 'ODbL-1.0', undefined]);
    expect(euLicenceId('https://creativecommons.org/licenses/by/4.0/')).toBeUndefined();
  });
});

describe('recognising DCAT-AP', () => {
  it('takes JSON-LD with a dcat:Dataset or dcat:Catalog node, compact or full IRIs, top level or in @graph', () => {
    expect(reader.recognise({ '@context': CONTEXT, '@type': 'dcat:Dataset' }, 'x.jsonld')).toBe(true);
    expect(reader.recognise({ '@graph': [{ '@type': 'http://www.w3.org/ns/dcat#Catalog' }] }, 'x.jsonld')).toBe(true);
    expect(reader.recognise({ '@context': 'https://example.eu/DCAT-AP/context.jsonld', '@type': 'Dataset', title: 'x' }, 'x.jsonld')).toBe(true);
  });

  it('leaves schema.org datasets and plain JSON alone', () => {
    expect(reader.recognise({ '@context': 'https://schema.org', '@type': 'Dataset' }, 'x.jsonld')).toBe(false);
    expect(reader.recognise({ '@type': 'dcat:Dataset' }, 'x.json')).toBe(false);
  });
});

describe('reading a DCAT-AP catalogue', () => {
  const doc = {
    '@context': { ...CONTEXT, ex: 'https://data.example.eu/' },
    '@graph': [
      { '@id': '_:agency', '@type': 'foaf:Agent', 'foaf:name': { en: 'Statistics Agency', fr: 'Agence de la statistique' } },
      { '@id': 'ex:catalogue', '@type': 'dcat:Catalog', 'dct:publisher': { '@id': '_:agency' }, 'dcat:dataset': [{ '@id': 'ex:population' }, { '@id': 'ex:births' }] },
      {
        '@id': 'ex:population',
        '@type': 'dcat:Dataset',
        'dct:identifier': 'population-2026',
        'dct:title': { '@value': 'Population', '@language': 'en' },
        'dct:license': { '@id': 'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0' },
        'dct:accrualPeriodicity': { '@id': 'http://publications.europa.eu/resource/authority/frequency/MONTHLY' },
        'dct:modified': { '@value': '2026-10-31', '@type': 'http://www.w3.org/2001/XMLSchema#date' },
        'dct:issued': '2020-01-01',
        'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': '2020-01-01', 'dcat:endDate': '2026-09-30' },
        'dcat:distribution': [{ '@id': 'ex:population-csv' }, { '@id': 'ex:population-api' }, { '@id': 'ex:elsewhere' }],
      },
      {
        '@id': 'ex:population-csv',
        '@type': 'dcat:Distribution',
        'dct:title': 'Population (CSV)',
        'dcat:downloadURL': { '@id': 'https://data.example.eu/files/population.csv' },
        'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV' },
        'dcat:mediaType': { '@id': 'http://www.iana.org/assignments/media-types/text/csv' },
        'dct:license': { '@id': 'https://data.example.eu/licence/open' },
        'odrl:hasPolicy': { '@id': 'https://data.example.eu/policy' },
      },
      { '@id': 'ex:population-api', '@type': 'dcat:Distribution', 'dcat:accessURL': 'https://data.example.eu/api', 'dct:format': 'JSON' },
      { '@id': 'ex:births', '@type': 'http://www.w3.org/ns/dcat#Dataset', 'http://purl.org/dc/terms/title': 'Births', 'unknownTerm': 1 },
      { '@id': 'https://data.example.eu/licence/open', '@type': 'dct:LicenseDocument', 'skos:exactMatch': { '@id': 'http://publications.europa.eu/resource/authority/licence/CC0' } },
    ],
  };

  it('gives one dataset per dcat:Dataset node, with the values of the graph it refers to', () => {
    const { datasets } = readMetadata('catalogue.jsonld', doc, { 'population.csv': 'region,people\nA,1\n' });
    expect(datasets.map((d) => [d.form, d.name, d.title, d.publisher])).toEqual([
      ['dcat-ap', 'population-2026', 'Population', 'Statistics Agency'],
      ['dcat-ap', 'births', 'Births', 'Statistics Agency'],
    ]);
    const pop = datasets[0]!;
    expect(pop.descriptor).toMatchObject({
      licenses: [{ path: 'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0', name: 'CC-BY-4.0' }],
      accrualPeriodicity: 'http://publications.europa.eu/resource/authority/frequency/MONTHLY',
      modified: '2026-10-31',
      issued: '2020-01-01',
      temporal: '2020-01-01/2026-09-30',
    });
    expect(pop.resources.map((r) => [r.name, r.status, r.declaredFormat, r.mediatype])).toEqual([
      ['Population (CSV)', 'ok', 'csv', 'text/csv'],
      [undefined, 'remote', 'json', undefined],
    ]);
    expect(pop.resources[0]!.descriptor.licenses).toEqual([{ path: 'https://data.example.eu/licence/open', url: 'http://publications.europa.eu/resource/authority/licence/CC0', name: 'CC0-1.0' }]);
  });

  it('points into the node where each value is written, even another node of the graph', () => {
    const { datasets, text } = readMetadata('catalogue.jsonld', doc);
    const pop = datasets[0]!;
    expect(pop.locate('/publisher')?.line).toBe(lineOf(text, '"en": "Statistics Agency"'));
    expect(pop.locate('/modified')?.line).toBe(lineOf(text, '"@value": "2026-10-31"'));
    expect(pop.locate('/accrualPeriodicity')?.line).toBe(lineOf(text, 'frequency/MONTHLY'));
    expect(pop.locate('/resources/0/path')?.line).toBe(lineOf(text, 'files/population.csv'));
    expect(pop.locate('/resources/0/licenses/0')?.line).toBe(lineOf(text, '"@id": "https://data.example.eu/licence/open"'));
    expect(pop.locate('')?.line).toBe(lineOf(text, '"@id": "ex:population",') - 1);
  });

  it('notes terms it cannot expand, access URLs, and distributions it only has a reference to', () => {
    const { datasets } = readMetadata('catalogue.jsonld', doc);
    expect(datasets[0]!.notes?.map((n) => [n.kind, n.written, n.pointer])).toEqual([
      ['unread', 'dcat:accessURL', '/@graph/4/dcat:accessURL'],
      ['unread', 'dcat:distribution', '/@graph/2/dcat:distribution/2'],
    ]);
    expect(datasets[1]!.notes).toEqual([{ kind: 'unread', pointer: '/@graph/5/unknownTerm', written: 'unknownTerm', detail: "'unknownTerm' is defined by no @context of the document and is not a known prefix: it was not read" }]);
  });

  it('says when a catalogue describes no dataset itself', () => {
    const { datasets } = readMetadata('catalogue.jsonld', { '@context': CONTEXT, '@type': 'dcat:Catalog', 'dcat:dataset': { '@id': 'https://x.eu/d' } });
    expect(datasets).toHaveLength(1);
    expect(datasets[0]!.metadataError?.message).toMatch(/^The catalogue describes no dcat:Dataset/);
  });
});
