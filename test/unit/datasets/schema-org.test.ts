import { describe, expect, it } from 'vitest';
import reader from '../../../src/datasets/schema-org.js';
import { lineOf, readMetadata } from './catalogue-helpers.js';

const dataset = (extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org/',
  '@type': 'Dataset',
  name: 'Clinic visits 2026',
  license: 'https://creativecommons.org/licenses/by/4.0/',
  dateModified: '2026-11-01',
  datePublished: '2026-01-15',
  temporalCoverage: '2026-01-01/2026-10-31',
  publisher: { '@type': 'GovernmentOrganization', name: 'Department of Health' },
  distribution: [{ '@type': 'DataDownload', contentUrl: 'https://data.example.gov/files/visits.csv', encodingFormat: 'text/csv' }],
  ...extra,
});

describe('recognising schema.org', () => {
  it('takes a Dataset or DataCatalog under the schema.org context, @vocab or prefix, or in @graph', () => {
    expect(reader.recognise(dataset(), 'x.jsonld')).toBe(true);
    expect(reader.recognise({ '@context': { '@vocab': 'http://schema.org/' }, '@type': 'DataCatalog', dataset: [] }, 'x.json')).toBe(true);
    expect(reader.recognise({ '@context': { schema: 'https://schema.org/' }, '@graph': [{ '@type': 'schema:Dataset' }] }, 'x.json')).toBe(true);
  });

  it('leaves other schema.org types and plain JSON alone', () => {
    expect(reader.recognise({ '@context': 'https://schema.org', '@type': 'SoftwareApplication' }, 'x.json')).toBe(false);
    expect(reader.recognise({ '@type': 'Dataset', name: 'x' }, 'x.json')).toBe(false);
  });
});

describe('reading a schema.org Dataset', () => {
  it('maps name, licence, dates, publisher and downloads', () => {
    const { datasets } = readMetadata('dataset.jsonld', dataset(), { 'visits.csv': 'clinic,visits\nA,3\n' });
    expect(datasets).toHaveLength(1);
    const ds = datasets[0]!;
    expect(ds).toMatchObject({ form: 'schema-org', name: 'clinic-visits-2026', title: 'Clinic visits 2026', publisher: 'Department of Health' });
    expect(ds.descriptor).toMatchObject({ licenses: [{ path: 'https://creativecommons.org/licenses/by/4.0/' }], modified: '2026-11-01', issued: '2026-01-15', temporal: '2026-01-01/2026-10-31' });
    expect(ds.resources.map((r) => [r.status, r.format, r.mediatype])).toEqual([['ok', 'csv', 'text/csv']]);
    expect(ds.notes).toBeUndefined();
  });

  it('points each value at its line', () => {
    const { datasets, text } = readMetadata('dataset.jsonld', dataset());
    const ds = datasets[0]!;
    expect(ds.locate('/modified')?.line).toBe(lineOf(text, 'dateModified'));
    expect(ds.locate('/publisher')?.line).toBe(lineOf(text, 'Department of Health'));
    expect(ds.locate('/resources/0/path')?.line).toBe(lineOf(text, 'contentUrl'));
  });

  it('reads a CreativeWork licence, a creator as the publisher (noted), and a format word', () => {
    const { datasets } = readMetadata('dataset.jsonld', dataset({
      publisher: undefined,
      creator: { '@type': 'Organization', name: 'Health Statistics Unit' },
      license: { '@type': 'CreativeWork', name: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      distribution: { '@type': 'DataDownload', contentUrl: 'https://x.gov/visits', encodingFormat: 'CSV' },
    }));
    const ds = datasets[0]!;
    expect(ds.publisher).toBe('Health Statistics Unit');
    expect(ds.descriptor!.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }]);
    expect(ds.resources[0]!.declaredFormat).toBe('csv');
    expect(ds.notes).toEqual([{ kind: 'variant', pointer: '/creator/name', written: 'creator', detail: 'publisher' }]);
  });

  it('reads each Dataset of a DataCatalog, which lends them its publisher', () => {
    const { datasets, text } = readMetadata('catalog.json', {
      '@context': 'https://schema.org',
      '@type': 'DataCatalog',
      publisher: { '@type': 'Organization', name: 'City of Example' },
      dataset: [dataset({ publisher: undefined, name: 'Trees' }), dataset({ name: 'Parks', publisher: { name: 'Parks Department' } })],
    });
    expect(datasets.map((d) => [d.name, d.publisher])).toEqual([['trees', 'City of Example'], ['parks', 'Parks Department']]);
    expect(datasets[0]!.locate('')?.line).toBe(lineOf(text, '"dataset": [') + 1);
  });

  it('notes a download page given only as url, parts not read as datasets, and a catalogue with no dataset', () => {
    const { datasets } = readMetadata('dataset.jsonld', dataset({
      distribution: { '@type': 'DataDownload', url: 'https://x.gov/download-page' },
      hasPart: [{ '@type': 'Dataset', name: 'Part one' }],
    }));
    expect(datasets).toHaveLength(1);
    expect(datasets[0]!.notes?.map((n) => [n.kind, n.written, n.pointer])).toEqual([['unread', 'url', '/distribution/url'], ['unread', 'hasPart', '/hasPart/0']]);
    expect(datasets[0]!.resources[0]!.status).toBe('remote');
    const empty = readMetadata('catalog.json', { '@context': 'https://schema.org', '@type': 'DataCatalog', name: 'Empty' }).datasets;
    expect(empty[0]!.metadataError?.message).toMatch(/describes no schema\.org Dataset/);
  });
});
