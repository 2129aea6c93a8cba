import { describe, expect, it } from 'vitest';
import reader from '../../../src/datasets/dcat-us.js';
import { lineOf, readMetadata } from './catalogue-helpers.js';

const catalogue = (...dataset: unknown[]) => ({
  '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
  '@type': 'dcat:Catalog',
  conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
  dataset,
});

const entry = (extra: Record<string, unknown> = {}) => ({
  '@type': 'dcat:Dataset',
  title: 'Widget Production Statistics',
  identifier: 'http://dx.doi.org/10.7927/H45X26V8',
  accessLevel: 'public',
  publisher: { name: 'Widget Services', subOrganizationOf: { name: 'General Services Administration' } },
  license: 'https://creativecommons.org/publicdomain/zero/1.0/',
  modified: '2026-11-19',
  accrualPeriodicity: 'R/P1M',
  distribution: [{ downloadURL: 'https://data.agency.gov/widgets.csv', mediaType: 'text/csv' }],
  ...extra,
});

describe('recognising DCAT-US', () => {
  it('takes a catalogue by its schema, or by entries that carry an access level', () => {
    expect(reader.recognise(catalogue(), 'data.json')).toBe(true);
    expect(reader.recognise({ dataset: [{ title: 't', accessLevel: 'public' }] }, 'catalog.json')).toBe(true);
    expect(reader.recognise({ conformsTo: 'https://resources.data.gov/schemas/dcat-us/v1.1/schema', dataset: [] }, 'x.json')).toBe(true);
  });

  it('takes one bare dataset entry', () => {
    expect(reader.recognise(entry(), 'widgets.json')).toBe(true);
  });

  it('leaves data, Data Packages and JSON-LD graphs alone', () => {
    expect(reader.recognise([{ accessLevel: 'public' }], 'data.json')).toBe(false);
    expect(reader.recognise({ dataset: [{ id: 1 }, { id: 2 }] }, 'data.json')).toBe(false);
    expect(reader.recognise({ name: 'p', resources: [] }, 'datapackage.json')).toBe(false);
    expect(reader.recognise({ '@context': {}, '@graph': [], dataset: [{ accessLevel: 'public', title: 't' }] }, 'x.jsonld')).toBe(false);
  });
});

describe('reading a data.json catalogue', () => {
  it('gives one dataset per entry, mapped into Data Package terms', () => {
    const { datasets } = readMetadata('data.json', catalogue(entry(), entry({ identifier: 'USDA-DM-002', title: 'Logs' })));
    expect(datasets).toHaveLength(2);
    const [first, second] = datasets;
    expect(first).toMatchObject({ form: 'dcat-us', name: 'h45x26v8', title: 'Widget Production Statistics', publisher: 'Widget Services' });
    expect(second!.name).toBe('usda-dm-002');
    expect(first!.descriptor).toMatchObject({
      licenses: [{ path: 'https://creativecommons.org/publicdomain/zero/1.0/' }],
      modified: '2026-11-19',
      accrualPeriodicity: 'R/P1M',
      resources: [{ path: 'https://data.agency.gov/widgets.csv', mediatype: 'text/csv', format: 'csv' }],
    });
    expect(first!.resources[0]).toMatchObject({ status: 'remote', format: 'csv', declaredPath: 'https://data.agency.gov/widgets.csv' });
  });

  it('points every mapped value at its place in the entry', () => {
    const { datasets, text } = readMetadata('data.json', catalogue(entry(), entry({ license: 'Creative Commons Attribution' })));
    const second = datasets[1]!;
    const entryLine = lineOf(text, '"@type": "dcat:Dataset"', lineOf(text, '"@type": "dcat:Dataset"'));
    expect(second.locate('')?.line).toBe(entryLine - 1);
    expect(second.locate('/licenses/0')?.line).toBe(lineOf(text, 'Creative Commons Attribution'));
    expect(second.locate('/licenses/0/name')?.line).toBe(lineOf(text, 'Creative Commons Attribution'));
    expect(second.locate('/publisher')?.line).toBe(lineOf(text, '"name": "Widget Services"', entryLine));
    expect(second.locate('/resources/0/path')?.line).toBe(lineOf(text, 'downloadURL', entryLine));
    expect(second.locate('/resources/0/format')?.line).toBe(lineOf(text, 'mediaType', entryLine));
    expect(second.descriptor!.licenses).toEqual([{ name: 'Creative Commons Attribution' }]);
  });

  it('reads the format word when the media type is unknown, and the URL extension when neither is given', () => {
    const { datasets } = readMetadata('data.json', catalogue(entry({
      distribution: [
        { downloadURL: 'https://x.gov/a', format: 'CSV' },
        { downloadURL: 'https://x.gov/b', mediaType: 'application/vnd.ms-excel', format: 'Excel' },
        { downloadURL: 'https://x.gov/files/c.json?download=1' },
        { downloadURL: 'https://x.gov/d', format: 'application/json' },
        { downloadURL: 'https://x.gov/e.zip', mediaType: 'application/octet-stream', format: 'Zip' },
      ],
    })));
    expect(datasets[0]!.resources.map((r) => r.declaredFormat)).toEqual(['csv', 'xls', 'json', 'json', 'zip']);
  });

  it('makes an access URL the remote path of a resource, with a note that it is not a download', () => {
    const { datasets, text } = readMetadata('data.json', catalogue(entry({ distribution: [{ accessURL: 'https://data.agency.gov/api/widgets/', format: 'API' }, { accessURL: 'https://data.agency.gov/widgets', mediaType: 'text/html' }] })));
    const ds = datasets[0]!;
    expect(ds.resources.map((r) => [r.status, r.declaredFormat])).toEqual([['remote', 'api'], ['remote', '']]);
    expect(ds.notes).toEqual([
      { kind: 'unread', pointer: '/dataset/0/distribution/0/accessURL', written: 'accessURL', detail: expect.stringMatching(/^an access URL is a landing page or service/) },
      { kind: 'unread', pointer: '/dataset/0/distribution/1/accessURL', written: 'accessURL', detail: expect.any(String) },
    ]);
    expect(lineOf(text, 'api/widgets')).toBe(ds.locate('/resources/0/path')?.line);
  });

  it('reads a repeating interval in modified as the update frequency when none is given, and says so', () => {
    const { datasets } = readMetadata('data.json', catalogue(entry({ modified: 'R/P1D', accrualPeriodicity: undefined }), entry({ modified: 'R/2019-01-01/P1M' })));
    expect(datasets[0]!.descriptor).toMatchObject({ accrualPeriodicity: 'R/P1D' });
    expect(datasets[0]!.descriptor!.modified).toBeUndefined();
    expect(datasets[0]!.notes?.[0]).toMatchObject({ kind: 'unread', pointer: '/dataset/0/modified', written: 'modified', detail: expect.stringContaining('it was read as the update frequency') });
    expect(datasets[1]!.descriptor).toMatchObject({ accrualPeriodicity: 'R/P1M' });
    expect(datasets[1]!.notes?.[0]?.detail).toContain("'accrualPeriodicity' already gives the update frequency");
  });

  it('reads a publisher written as a string (DCAT-US 1.0) with a variant note', () => {
    const { datasets } = readMetadata('data.json', catalogue(entry({ publisher: 'USAID' })));
    expect(datasets[0]!.publisher).toBe('USAID');
    expect(datasets[0]!.notes).toEqual([{ kind: 'variant', pointer: '/dataset/0/publisher', written: 'publisher', detail: 'publisher.name' }]);
  });

  it('reads a relative describedBy as the schema, and a remote one beside the file as its local copy', () => {
    const schema = JSON.stringify({ fields: [{ name: 'id', type: 'integer' }] });
    const { datasets } = readMetadata('data.json', catalogue(entry({
      distribution: [
        { downloadURL: 'https://x.gov/files/widgets.csv', mediaType: 'text/csv', describedBy: 'schema/widgets.json' },
        { downloadURL: 'https://x.gov/files/widgets.csv', mediaType: 'text/csv', describedBy: 'https://x.gov/dict/widgets.schema.json' },
        { downloadURL: 'https://x.gov/files/widgets.csv', mediaType: 'text/csv', describedBy: 'https://x.gov/dictionary.html' },
      ],
    })), { 'schema/widgets.json': schema, 'widgets.schema.json': schema, 'widgets.csv': 'id\n1\n' });
    const ds = datasets[0]!;
    expect(ds.resources.map((r) => [r.status, r.schema?.fields[0]?.name])).toEqual([['ok', 'id'], ['ok', 'id'], ['ok', undefined]]);
    expect(ds.notes).toEqual([{ kind: 'unread', pointer: '/dataset/0/distribution/2/describedBy', written: 'describedBy', detail: expect.stringContaining("'https://x.gov/dictionary.html' is remote") }]);
  });

  it('reads a bare dataset entry as one dataset', () => {
    const { datasets } = readMetadata('widgets.json', entry());
    expect(datasets).toHaveLength(1);
    expect(datasets[0]).toMatchObject({ form: 'dcat-us', name: 'h45x26v8' });
    expect(datasets[0]!.locate('/title')?.line).toBe(3);
  });

  it('says an empty catalogue or an entry that is not an object is unusable, with where', () => {
    const empty = readMetadata('data.json', catalogue()).datasets;
    expect(empty).toHaveLength(1);
    expect(empty[0]!.metadataError).toMatchObject({ message: expect.stringContaining("'dataset' list is empty") });
    const bad = readMetadata('data.json', catalogue(entry(), 'oops')).datasets;
    expect(bad.map((d) => d.metadataError?.message)).toEqual([undefined, "Entry 2 of the catalogue's 'dataset' list is not an object"]);
    expect(bad[1]!.metadataError?.line).toBeGreaterThan(1);
  });
});

describe("a dataset's data dictionary", () => {
  it('is noted once when it is remote, however many distributions inherit it', () => {
    const { datasets } = readMetadata('data.json', catalogue(entry({
      describedBy: 'https://x.gov/dictionary.html',
      distribution: [{ downloadURL: 'https://x.gov/a.csv' }, { downloadURL: 'https://x.gov/b.csv' }],
    })));
    expect(datasets[0]!.notes?.map((n) => n.pointer)).toEqual(['/dataset/0/describedBy']);
  });
});

describe('values of the wrong type', () => {
  it('are named where they are written, never dropped silently', () => {
    const { datasets } = readMetadata('data.json', catalogue(entry({
      title: 5,
      license: { url: 'x' },
      publisher: 7,
      distribution: [{ downloadURL: 5 }, 'nope'],
    })));
    expect(datasets[0]!.notes?.map((n) => [n.pointer, n.detail])).toEqual([
      ['/dataset/0/title', 'it is a number, where DCAT-US writes a string'],
      ['/dataset/0/license', 'it is an object, where DCAT-US writes a string'],
      ['/dataset/0/publisher', 'it is not an object with a name'],
      ['/dataset/0/distribution/0/downloadURL', 'it is not a URL written as a string'],
      ['/dataset/0/distribution/1', 'a distribution must be an object with a downloadURL or an accessURL'],
    ]);
    expect(datasets[0]!.descriptor!.modified).toBe('2026-11-19');
  });
});
