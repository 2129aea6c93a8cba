// The CKAN reader (src/datasets/ckan.ts): package_show answers and bare packages, package_search results, mapped into
// the Data Package shaped descriptor with pointers back into the record as written.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ckan, { ckanFormat, resourceName } from '../../../src/datasets/ckan.js';
import dataPackage from '../../../src/datasets/datapackage.js';
import { loadMetadataFile } from '../../../src/datasets/metadata-file.js';
import { readerFor } from '../../../src/datasets/readers.js';
import type { Dataset } from '../../../src/model/dataset.js';
import { cleanupTempDirs, makeTempDir, writeFiles } from '../../helpers/lint-files.js';

afterAll(cleanupTempDirs);

/** Writes the files and reads `record.json` (pretty-printed, so pointers have lines of their own). */
function read(record: unknown, files: Record<string, string> = {}): Dataset[] {
  const dir = makeTempDir();
  writeFiles(dir, { 'record.json': `${JSON.stringify(record, null, 2)}\n`, ...files });
  return loadMetadataFile(path.join(dir, 'record.json'));
}

/** The line of the first occurrence of a text in the record as read() writes it. */
function lineOf(record: unknown, text: string): number {
  const lines = JSON.stringify(record, null, 2).split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`'${text}' is not in the record`);
  return i + 1;
}

const resource = (extra: Record<string, unknown> = {}) => ({ id: 'r1', name: 'Data', url: 'https://example.org/files/data.csv', format: 'CSV', ...extra });
const canada = {
  id: '98f1a129',
  name: 'fuel-consumption-ratings',
  title: 'Fuel consumption ratings',
  title_translated: { fr: 'Cotes de consommation de carburant', en: 'Fuel consumption ratings (en)' },
  license_id: 'ca-ogl-lgo',
  license_title: 'Open Government Licence - Canada',
  license_url: 'http://open.canada.ca/en/open-government-licence-canada',
  organization: { name: 'nrcan-rncan', title: 'Natural Resources Canada | Ressources naturelles Canada' },
  org_title_at_publication: { fr: 'Ressources naturelles Canada', en: 'Natural Resources Canada' },
  metadata_modified: '2023-08-30T13:30:50.322266',
  date_modified: '2023-08-28 00:00:00',
  date_published: '2013-10-16 00:00:00',
  frequency: 'P1Y',
  time_period_coverage_start: '1995-01-01 00:00:00',
  time_period_coverage_end: '2023-12-31 00:00:00',
  num_resources: 1,
  resources: [resource({ last_modified: '2023-09-01T00:00:00' })],
};

describe('recognising CKAN records', () => {
  it('recognises the API answer, the bare package and package_search results, by content', () => {
    expect(ckan.recognise({ help: 'https://x/api/3/action/help_show?name=package_show', success: true, result: canada }, 'x.json')).toBe(true);
    expect(ckan.recognise(canada, 'anything.json')).toBe(true);
    expect(ckan.recognise({ success: true, result: { count: 1, results: [canada] } }, 'search.json')).toBe(true);
    expect(ckan.recognise({ help: 'https://x/api/3/action/help_show?name=package_show', success: false, error: { message: 'Not found' } }, 'x.json')).toBe(true);
    expect(readerFor(canada, 'record.json')?.form).toBe('ckan');
  });

  it('leaves Data Packages, other API answers and plain JSON data alone', () => {
    expect(ckan.recognise({ name: 'p', resources: [{ path: 'a.csv' }] }, 'datapackage.json')).toBe(false);
    expect(ckan.recognise({ resources: [{ url: 'https://x/a.csv' }] }, 'x.json')).toBe(false); // no CKAN marker
    expect(ckan.recognise({ help: 'https://x/api/3/action/help_show?name=resource_show', success: true, result: { id: 'r' } }, 'x.json')).toBe(false);
    expect(ckan.recognise([{ license_id: 'x' }], 'rows.json')).toBe(false);
    expect(readerFor({ name: 'p', resources: [{ path: 'a.csv' }] }, 'datapackage.json')).toBe(dataPackage);
  });
});

describe('mapping a package', () => {
  it("reads Canada's record: English title, publisher at publication, the data's own date, ISO 8601 frequency, coverage", () => {
    const [ds] = read({ help: 'https://open.canada.ca/data/api/3/action/help_show?name=package_show', success: true, result: canada });
    expect(ds!.form).toBe('ckan');
    expect(ds!.name).toBe('fuel-consumption-ratings');
    expect(ds!.title).toBe('Fuel consumption ratings (en)');
    expect(ds!.publisher).toBe('Natural Resources Canada');
    expect(ds!.descriptor).toMatchObject({
      licenses: [{ name: 'ca-ogl-lgo', title: 'Open Government Licence - Canada', path: 'http://open.canada.ca/en/open-government-licence-canada' }],
      modified: '2023-08-28 00:00:00',
      issued: '2013-10-16 00:00:00',
      accrualPeriodicity: 'P1Y',
      temporal: { start: '1995-01-01 00:00:00', end: '2023-12-31 00:00:00' },
    });
    expect(ds!.notes ?? []).toEqual([]);
    const record = { help: 'https://open.canada.ca/data/api/3/action/help_show?name=package_show', success: true, result: canada };
    // Every mapped value points into the record as written.
    expect(ds!.locate('/licenses/0')?.line).toBe(lineOf(record, '"license_id"'));
    expect(ds!.locate('/licenses/0/path')?.line).toBe(lineOf(record, '"license_url"'));
    expect(ds!.locate('/modified')?.line).toBe(lineOf(record, '"date_modified"'));
    expect(ds!.locate('/accrualPeriodicity')?.line).toBe(lineOf(record, '"frequency"'));
    expect(ds!.locate('/publisher')?.line).toBe(lineOf(record, '"en": "Natural Resources Canada"'));
    expect(ds!.locate('/resources/0/path')?.line).toBe(lineOf(record, '"url": "https://example.org/files/data.csv"'));
    expect(ds!.locate('')?.line).toBe(lineOf(record, '"result"'));
  });

  it('takes the organization as publisher, else the maintainer or author with a note', () => {
    const { org_title_at_publication: _a, ...withOrg } = canada;
    expect(read(withOrg)[0]!.publisher).toBe('Natural Resources Canada | Ressources naturelles Canada');
    const { organization: _b, ...noOrg } = withOrg;
    const [ds] = read({ ...noOrg, owner_org: '', maintainer: 'Planning Department', author: null });
    expect(ds!.publisher).toBe('Planning Department');
    expect(ds!.notes).toContainEqual(expect.objectContaining({ kind: 'variant', pointer: '/maintainer', written: 'maintainer', detail: 'publisher', why: 'the record names no organization' }));
  });

  it("prefers the data's own date: extras modified, then the newest resource last_modified, and metadata_modified only with a note", () => {
    const { date_modified: _d, ...base } = canada;
    const extras = [{ key: 'accessLevel', value: 'public' }, { key: 'modified', value: '2024-05-01' }];
    const [viaExtras] = read({ ...base, extras });
    expect(viaExtras!.descriptor?.modified).toBe('2024-05-01');
    expect(viaExtras!.locate('/modified')?.line).toBe(lineOf({ ...base, extras }, '"value": "2024-05-01"'));

    const resources = [resource({ last_modified: '2021-02-22T04:42:45' }), resource({ id: 'r2', name: 'Data', last_modified: '2021-03-01T00:00:00' })];
    const [viaResources] = read({ ...base, resources });
    expect(viaResources!.descriptor?.modified).toBe('2021-03-01T00:00:00');
    expect(viaResources!.locate('/modified')?.line).toBe(lineOf({ ...base, resources }, '"last_modified": "2021-03-01T00:00:00"'));
    expect(viaResources!.resources.map((r) => r.name)).toEqual(['data', 'data-2']); // valid, distinct names
    expect(viaResources!.resources.map((r) => r.descriptor.title)).toEqual(['Data', 'Data']);

    const [recordOnly] = read({ ...base, resources: [resource()] });
    expect(recordOnly!.descriptor?.modified).toBe('2023-08-30T13:30:50.322266');
    expect(recordOnly!.notes).toEqual([expect.objectContaining({ kind: 'variant', pointer: '/metadata_modified', written: 'metadata_modified', detail: 'modified' })]);
  });

  it('reads frequency spellings of other portals, naming the non-standard ones', () => {
    const { frequency: _f, ...base } = canada;
    expect(read({ ...base, update_freq: 'quarterly' })[0]!.notes).toContainEqual({ kind: 'variant', pointer: '/update_freq', written: 'update_freq', detail: 'accrualPeriodicity' });
    const [fromExtras] = read({ ...base, extras: [{ key: 'frequency', value: 'R/P1M' }] });
    expect(fromExtras!.descriptor?.accrualPeriodicity).toBe('R/P1M');
    expect(fromExtras!.notes ?? []).toEqual([]);
  });

  it('takes loose formats as lower-case formats or media types, and ckanext-validation schemas as objects or JSON text', () => {
    const schema = { fields: [{ name: 'id', type: 'integer' }] };
    const resources = [
      resource({ format: '.CSV', schema }),
      resource({ id: 'r2', name: 'Second', format: 'text/csv', schema: JSON.stringify(schema) }),
      resource({ id: 'r3', name: 'Third', format: 'XLS', url: 'https://example.org/t.xls', schema: '{not json' }),
      resource({ id: 'r4', name: 'Fourth', schema: 'https://example.org/schema.json' }),
    ];
    const [ds] = read({ ...canada, resources });
    expect(ds!.resources.map((r) => [r.declaredFormat, r.mediatype, r.schema?.fields.map((f) => f.name)])).toEqual([
      ['csv', undefined, ['id']], ['csv', 'text/csv', ['id']], ['xls', undefined, undefined], ['csv', undefined, undefined],
    ]);
    expect(ds!.notes).toEqual([expect.objectContaining({ kind: 'unread', pointer: '/resources/2/schema', written: '{not json' })]);
    expect(ds!.resources[3]!.remoteRefs).toEqual([expect.objectContaining({ property: 'schema' })]);
    expect(ds!.locate('/resources/1/schema/fields/0')?.line).toBe(lineOf({ ...canada, resources }, '"schema": "{\\"fields'));
  });

  it('names web services, pages and documentation in notes instead of checking them as data', () => {
    const resources = [resource({ format: 'WMS', name: 'Map' }), resource({ id: 'r2', name: 'Guide', format: 'PDF', resource_type: 'guide' }), resource({ id: 'r3', name: 'Data' })];
    const [ds] = read({ ...canada, resources });
    expect(ds!.resources.map((r) => r.name)).toEqual(['data']);
    expect(ds!.locate('/resources/0')?.line).toBe(lineOf({ ...canada, resources }, '"id": "r3"') - 1);
    expect(ds!.notes?.map((n) => [n.kind, n.pointer, n.written])).toEqual([['unread', '/resources/0', 'Map'], ['unread', '/resources/1', 'Guide']]);
  });

  it('finds a download beside the record: an absolute URL whose last segment names a file there is that file', () => {
    const [ds] = read({ ...canada, resources: [resource({ url: 'https://example.org/dl/MY2023%20Ratings.csv' })] }, { 'MY2023 Ratings.csv': 'a,b\n1,2\n' });
    expect(ds!.resources[0]).toMatchObject({ status: 'ok', format: 'csv' });
    expect(ds!.resources[0]!.file).toMatch(/MY2023 Ratings\.csv$/);
    const [remote] = read(canada);
    expect(remote!.resources[0]!.status).toBe('remote');
  });
});

describe('API answers', () => {
  it('reports an error answer as broken metadata, at the error', () => {
    const answer = { help: 'https://data.humdata.org/api/3/action/help_show?name=package_show', error: { __type: 'Not Found Error', message: 'Not found' }, success: false };
    const [ds] = read(answer);
    expect(ds!.metadataError).toEqual({ message: "The CKAN API answered with an error ('Not found'): the file holds no package to check", line: lineOf(answer, '"error"'), column: expect.any(Number) });
  });

  it('reads package_search results as one dataset per package', () => {
    const second = { ...canada, name: 'second', organization: { name: 'tbs', title: 'Treasury Board' }, org_title_at_publication: undefined };
    const answer = { help: 'https://x/api/3/action/help_show?name=package_search', success: true, result: { count: 2, results: [canada, second] } };
    const datasets = read(answer);
    expect(datasets.map((d) => [d.name, d.publisher])).toEqual([['fuel-consumption-ratings', 'Natural Resources Canada'], ['second', 'Treasury Board']]);
    expect(datasets[1]!.locate('/licenses/0')?.line).toBe(lineAfter(answer, '"name": "second"', '"license_id"'));
    expect(datasets[1]!.locate('/licenses/0')?.line).toBeGreaterThan(datasets[0]!.locate('/licenses/0')!.line);
  });
});

/** The line of the first `text` after the line holding `after` (the record as read() writes it). */
function lineAfter(record: unknown, after: string, text: string): number {
  const lines = JSON.stringify(record, null, 2).split('\n');
  const start = lines.findIndex((l) => l.includes(after));
  return lines.findIndex((l, i) => i > start && l.includes(text)) + 1;
}

describe('helpers', () => {
  it('ckanFormat: CKAN formats as lower-case formats, media types kept', () => {
    expect(ckanFormat('CSV')).toEqual({ format: 'csv' });
    expect(ckanFormat('.csv')).toEqual({ format: 'csv' });
    expect(ckanFormat('text/csv')).toEqual({ format: 'csv', mediatype: 'text/csv' });
    expect(ckanFormat('application/vnd.ms-excel')).toEqual({ format: 'xls', mediatype: 'application/vnd.ms-excel' });
    expect(ckanFormat('ZIP')).toEqual({ format: 'zip' });
    expect(ckanFormat('')).toEqual({});
    expect(ckanFormat(null)).toEqual({});
  });

  it('resourceName: a valid, distinct Data Package name from any CKAN name', () => {
    const taken = new Set<string>();
    expect(resourceName('2023 Fuel Consumption Ratings (2023-08-18)', 0, taken)).toBe('2023-fuel-consumption-ratings-2023-08-18');
    expect(resourceName('Véhicules électriques', 1, taken)).toBe('vehicules-electriques');
    expect(resourceName(undefined, 2, taken)).toBe('resource-3');
    expect(resourceName('Véhicules électriques', 3, taken)).toBe('vehicules-electriques-2');
  });
});
