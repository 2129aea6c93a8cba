import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import csvw, { csvwKind, hasCsvwContext } from '../../../src/datasets/csvw.js';
import { mapDatatype, uaxToStrptime } from '../../../src/datasets/csvw-datatype.js';
import { loadMetadataFile } from '../../../src/datasets/metadata-file.js';
import { readerFor } from '../../../src/datasets/readers.js';
import type { Dataset } from '../../../src/model/dataset.js';
import { cleanupTempDirs, makeTempDir, writeFiles } from '../../helpers/lint-files.js';

afterEach(cleanupTempDirs);

const CONTEXT = 'http://www.w3.org/ns/csvw';

/** Writes the files and reads `metadata` (pretty-printed when an object) with the metadata loader. */
function load(metadata: unknown, files: Record<string, string> = {}, name = 'csv-metadata.json'): { ds: Dataset; dir: string; text: string } {
  const dir = makeTempDir();
  const text = typeof metadata === 'string' ? metadata : `${JSON.stringify(metadata, null, 2)}\n`;
  writeFiles(dir, { ...files, [name]: text });
  const all = loadMetadataFile(path.join(dir, name));
  expect(all).toHaveLength(1);
  return { ds: all[0]!, dir, text };
}

/** 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`'${needle}' not in the metadata`);
  return i + 1;
}

describe('recognising CSVW', () => {
  it('by its @context, a string or an array whose first item is the CSVW context', () => {
    expect(hasCsvwContext({ '@context': CONTEXT })).toBe(true);
    expect(hasCsvwContext({ '@context': [CONTEXT, { '@language': 'en' }] })).toBe(true);
    expect(hasCsvwContext({ '@context': [{ '@language': 'en' }, CONTEXT] })).toBe(false);
    expect(hasCsvwContext({ '@context': 'https://schema.org' })).toBe(false);
    expect(csvw.recognise({ '@context': CONTEXT, url: 'a.csv' }, 'meta.json')).toBe(true);
    expect(csvw.recognise({ '@context': CONTEXT, tables: [] }, 'meta.json')).toBe(true);
  });

  it('by its file name (csv-metadata.json, <file>-metadata.json) when it holds url + tableSchema or tables', () => {
    expect(csvw.recognise({ url: 'a.csv', tableSchema: {} }, 'csv-metadata.json')).toBe(true);
    expect(csvw.recognise({ tables: [] }, 'spend.csv-metadata.json')).toBe(true);
    expect(csvw.recognise({ url: 'a.csv', tableSchema: {} }, 'notes.json')).toBe(false);
    expect(csvw.recognise({ name: 'x' }, 'csv-metadata.json')).toBe(false);
  });

  it('a schema on its own is a schema, not a table description: not read as a dataset', () => {
    const schema = { '@context': CONTEXT, columns: [{ name: 'a' }] };
    expect(csvwKind(schema)).toBe('schema');
    expect(csvw.recognise(schema, 'schema.json')).toBe(false);
  });

  it('is chosen by readerFor; a datapackage.json stays a Data Package', () => {
    expect(readerFor({ '@context': CONTEXT, url: 'a.csv' }, 'x.json')?.form).toBe('csvw');
    expect(readerFor({ resources: [] }, 'datapackage.json')?.form).toBe('datapackage');
  });
});

describe('a single table', () => {
  const metadata = {
    '@context': [CONTEXT, { '@language': 'en' }],
    url: 'spend.csv',
    'dc:title': { '@value': 'Spend over £500', '@language': 'en' },
    'dc:license': { '@id': 'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
    'dc:modified': { '@value': '2026-10-01', '@type': 'xsd:date' },
    'dc:publisher': [{ 'schema:name': 'Oxford City Council', 'schema:url': { '@id': 'https://www.oxford.gov.uk' } }],
    'dcat:accrualPeriodicity': 'monthly',
    tableSchema: {
      columns: [
        { name: 'id', titles: 'Transaction ID', datatype: 'positiveInteger', required: true },
        { name: 'date', titles: ['Date', 'Payment date'], datatype: { base: 'date', format: 'dd/MM/yyyy' } },
        { name: 'amount', titles: { en: 'Amount', cy: 'Swm' }, datatype: { base: 'decimal', minimum: '0', maxExclusive: 1000000 } },
        { name: 'code', titles: 'Code', datatype: { base: 'string', format: '[A-Z]{2}\\d{3}', maxLength: 5 }, null: ['-', 'n/a'] },
        { name: 'kind', virtual: true, propertyUrl: 'rdf:type', valueUrl: 'schema:Invoice' },
      ],
      primaryKey: 'id',
    },
  };

  it('is one dataset with one resource, named after the metadata file, the data resolved beside it', () => {
    const { ds, dir } = load(metadata, { 'spend.csv': 'Transaction ID,Date,Amount,Code\n' }, 'spend.csv-metadata.json');
    expect(ds.form).toBe('csvw');
    expect(ds.name).toBe('spend');
    expect(ds.title).toBe('Spend over £500');
    expect(ds.publisher).toBe('Oxford City Council');
    expect(ds.resources).toHaveLength(1);
    const r = ds.resources[0]!;
    expect(r).toMatchObject({ name: 'spend', status: 'ok', format: 'csv', absolutePath: path.join(dir, 'spend.csv'), declaredPath: 'spend.csv' });
  });

  it('maps the common properties to the Data Package names the licence and freshness checks read', () => {
    const { ds } = load(metadata);
    expect(ds.descriptor).toMatchObject({
      title: 'Spend over £500',
      licenses: [{ path: 'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' }],
      modified: '2026-10-01',
      publisher: 'Oxford City Council',
      accrualPeriodicity: 'monthly',
    });
    // dcat:accrualPeriodicity is not a DCAT term (DCAT uses Dublin Core's): read, and named.
    expect(ds.notes).toContainEqual({ kind: 'variant', pointer: '/dcat:accrualPeriodicity', written: 'dcat:accrualPeriodicity', detail: 'dc:accrualPeriodicity' });
  });

  it('points mapped values at the lines they were written on', () => {
    const { ds, text } = load(metadata);
    expect(ds.locate('/licenses/0')?.line).toBe(lineOf(text, '"dc:license"'));
    expect(ds.locate('/licenses/0/path')?.line).toBe(lineOf(text, 'open-government-licence'));
    expect(ds.locate('/modified')?.line).toBe(lineOf(text, '"@value": "2026-10-01"'));
    expect(ds.locate('/accrualPeriodicity')?.line).toBe(lineOf(text, '"dcat:accrualPeriodicity"'));
    expect(ds.locate('/resources/0/path')?.line).toBe(lineOf(text, '"url"'));
    // The fourth field is the fourth column; its pattern is the datatype's format.
    expect(ds.locate('/resources/0/schema/fields/3/constraints/pattern')?.line).toBe(lineOf(text, '"format": "[A-Z]'));
    expect(ds.locate('/resources/0/schema/fields/0/constraints/required')?.line).toBe(lineOf(text, '"required": true'));
    expect(ds.locate('/resources/0/schema/primaryKey')?.line).toBe(lineOf(text, '"primaryKey"'));
  });

  it('turns columns into fields named after the header as written, leaving out virtual columns', () => {
    const schema = load(metadata).ds.resources[0]!.schema!;
    expect(schema.fields.map((f) => f.name)).toEqual(['Transaction ID', 'Date', 'Amount', 'Code']);
    expect(schema.primaryKey).toBe('Transaction ID');
    expect(schema.fields[0]).toMatchObject({ type: 'integer', constraints: { required: true, minimum: 1 } });
    expect(schema.fields[1]).toMatchObject({ type: 'date', format: '%d/%m/%Y' });
    expect(schema.fields[2]).toMatchObject({ type: 'number', constraints: { minimum: 0, exclusiveMaximum: 1000000 } });
    expect(schema.fields[3]).toMatchObject({ type: 'string', constraints: { pattern: '[A-Z]{2}\\d{3}', maxLength: 5 }, missingValues: ['-', 'n/a'] });
  });

  it('names the titles beyond the first, which the header is not matched against', () => {
    const { ds } = load(metadata);
    expect(ds.notes).toContainEqual({ kind: 'unread', pointer: '/tableSchema/columns/1/titles', written: 'Payment date', detail: "odlint matches the header against the first title, 'Date', only" });
  });
});

describe('a table group', () => {
  const group = {
    '@context': CONTEXT,
    'dct:license': 'https://creativecommons.org/licenses/by/4.0/',
    dialect: { delimiter: ';', encoding: 'windows-1252' },
    tables: [
      {
        url: 'data/orgs.csv',
        '@id': 'http://example.org/id/table/organisations',
        'dc:modified': '2026-01-31',
        tableSchema: { columns: [{ name: 'ref', titles: 'Org Ref' }, { name: 'parent', titles: 'Parent', null: 'xx' }], primaryKey: 'ref', foreignKeys: [{ columnReference: 'parent', reference: { resource: 'data/orgs.csv', columnReference: 'ref' } }] },
      },
      {
        url: 'posts.csv',
        dialect: { header: false, skipRows: 2, commentPrefix: '#', doubleQuote: false },
        tableSchema: { '@id': 'http://example.org/schema/posts', columns: [{ name: 'post' }, { name: 'org', titles: 'Organisation' }], foreignKeys: [{ columns: 'org', reference: { resource: 'data/orgs.csv', columnReference: 'ref' } }, { columnReference: 'org', reference: { schemaReference: 'http://example.org/schema/none', columnReference: 'ref' } }] },
      },
    ],
  };

  it('is one dataset, each table a resource; the group dialect applies unless a table has its own', () => {
    const { ds } = load(group, { 'data/orgs.csv': 'Org Ref;Parent\n', 'posts.csv': '' });
    expect(ds.resources.map((r) => r.name)).toEqual(['organisations', 'posts']);
    expect(ds.resources[0]).toMatchObject({ encoding: 'windows-1252', dialect: { delimiter: ';' } });
    expect(ds.resources[1]!.dialect).toEqual({ header: false, commentChar: '#', doubleQuote: false, escapeChar: '\\' });
    expect(ds.descriptor).toMatchObject({ licenses: [{ path: 'https://creativecommons.org/licenses/by/4.0/' }] });
    expect(ds.resources[0]!.descriptor).toMatchObject({ modified: '2026-01-31' });
  });

  it('maps foreign keys to resource and field names; a reference to the table itself is the empty name', () => {
    const { ds } = load(group);
    expect(ds.resources[0]!.schema!.foreignKeys).toEqual([{ fields: 'Parent', reference: { resource: '', fields: 'Org Ref' }, sourceIndex: 0 }]);
    expect(ds.resources[1]!.schema!.foreignKeys).toEqual([
      { fields: 'Organisation', reference: { resource: 'organisations', fields: 'Org Ref' }, sourceIndex: 0 },
      // No table has that schema: the reference keeps what was written, for the linking check to name.
      { fields: 'Organisation', reference: { resource: 'http://example.org/schema/none', fields: 'ref' }, sourceIndex: 1 },
    ]);
  });

  it('notes variants (dct:, columns) and what odlint does not apply (skipRows)', () => {
    const { ds } = load(group);
    expect(ds.notes).toEqual(expect.arrayContaining([
      { kind: 'variant', pointer: '/dct:license', written: 'dct:license', detail: 'dc:license' },
      { kind: 'variant', pointer: '/tables/1/tableSchema/foreignKeys/0/columns', written: 'columns', detail: 'columnReference' },
      { kind: 'unread', pointer: '/tables/1/dialect/skipRows', written: 'skipRows: 2', detail: 'odlint does not skip rows before the header: they are read as the header and data' },
    ]));
  });
});

describe('schemas and dialects in other files', () => {
  it('reads a relative tableSchema file, never lints it as data, and points at the reference', () => {
    const schema = { '@context': CONTEXT, columns: [{ name: 'a', titles: 'A', datatype: 'int' }, { name: 'b', datatype: 'integer', separator: ' ' }] };
    const { ds, dir, text } = load({ '@context': CONTEXT, url: 'a.csv', tableSchema: 'schemas/a.json' }, { 'schemas/a.json': JSON.stringify(schema) });
    const r = ds.resources[0]!;
    expect(r.schema!.fields).toEqual([
      { name: 'A', type: 'integer', constraints: { minimum: -2147483648, maximum: 2147483647 } },
      { name: 'b', type: 'string' },
    ]);
    expect(ds.usedFiles).toEqual([path.join(dir, 'schemas/a.json')]);
    expect(ds.locate('/resources/0/schema/fields/1')?.line).toBe(lineOf(text, '"tableSchema"'));
    expect(ds.notes).toEqual([{ kind: 'unread', pointer: '/tableSchema', written: 'separator: " " (in schemas/a.json)', detail: 'cells holding lists are not split: the column is read as text, its datatype is not checked' }]);
  });

  it('a remote schema is not fetched: the resource says where it is (resource-remote reports it)', () => {
    const { ds } = load({ '@context': CONTEXT, url: 'a.csv', tableSchema: 'https://example.org/schema.json' });
    expect(ds.resources[0]!.schemaError).toBeUndefined();
    expect(ds.resources[0]!.remoteRefs).toEqual([expect.objectContaining({ property: 'schema', url: 'https://example.org/schema.json' })]);
  });

  it('an absolute data URL whose file is beside the metadata is that file', () => {
    const { ds, dir } = load({ '@context': CONTEXT, url: 'https://data.example.gov/files/bano-04.csv', tableSchema: { columns: [] } }, { 'bano-04.csv': 'x\n' });
    expect(ds.resources[0]).toMatchObject({ status: 'ok', absolutePath: path.join(dir, 'bano-04.csv'), name: 'bano-04' });
  });
});

describe('the common properties of a dataset described elsewhere in the file', () => {
  it('reads the dcat:Dataset of rdfs:seeAlso (csvcubed), naming each term read there', () => {
    const { ds } = load({
      '@context': CONTEXT,
      url: 'method.csv',
      tableSchema: { columns: [] },
      'rdfs:seeAlso': [{ '@id': 'http://example.org/other', 'rdfs:label': 'x' }, { '@id': 'http://example.org/ds', '@type': ['dcat:Dataset'], 'dc:license': { '@id': 'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' }, 'dc:publisher': { '@id': 'https://www.gov.uk/government/organisations/hm-revenue-customs' } }],
    });
    expect(ds.descriptor).toMatchObject({ licenses: [{ path: 'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' }], publisher: 'https://www.gov.uk/government/organisations/hm-revenue-customs' });
    expect(ds.notes).toEqual([{ kind: 'variant', pointer: '/rdfs:seeAlso/1', written: 'rdfs:seeAlso dcat:Dataset', detail: 'dc:license and dc:publisher on the metadata itself' }]);
  });

  it('reads absolute Dublin Core IRIs on the node with the same @id, without a note', () => {
    const { ds } = load({
      '@context': CONTEXT,
      '@id': 'x.csv#dataset',
      tables: [{ url: 'x.csv' }],
      'rdfs:seeAlso': [{ '@id': 'x.csv#dataset', 'http://purl.org/dc/terms/modified': [{ '@type': 'http://www.w3.org/2001/XMLSchema#dateTime', '@value': '2021-10-18T15:06:00+00:00' }] }],
    });
    expect(ds.descriptor).toMatchObject({ modified: '2021-10-18T15:06:00+00:00' });
    expect(ds.locate('/modified')).toBeDefined();
    expect(ds.notes ?? []).toEqual([]);
  });
});

describe('datatypes', () => {
  it('maps the XSD names to Table Schema types', () => {
    const type = (d: unknown) => mapDatatype(d).field.type;
    expect(['integer', 'xsd:long', 'unsignedByte', 'http://www.w3.org/2001/XMLSchema#int'].map(type)).toEqual(['integer', 'integer', 'integer', 'integer']);
    expect(['decimal', 'double', 'float', 'number'].map(type)).toEqual(['number', 'number', 'number', 'number']);
    expect(['date', 'dateTime', 'datetime', 'dateTimeStamp', 'time', 'gYear', 'gYearMonth', 'duration'].map(type)).toEqual(['date', 'datetime', 'datetime', 'datetime', 'time', 'year', 'yearmonth', 'duration']);
    expect(mapDatatype('anyURI').field).toEqual({ type: 'string', format: 'uri' });
    expect(mapDatatype(undefined).field).toEqual({});
  });

  it('implies the bounds of the bounded integer types, and a boolean format gives the two values', () => {
    expect(mapDatatype('nonNegativeInteger').constraints).toEqual({ minimum: 0 });
    expect(mapDatatype({ base: 'unsignedShort', maximum: 100 }).constraints).toEqual({ minimum: 0, maximum: 100 });
    expect(mapDatatype({ base: 'boolean', format: 'Y|N' }).field).toEqual({ type: 'boolean', trueValues: ['Y'], falseValues: ['N'] });
    expect(mapDatatype('boolean').field).toEqual({ type: 'boolean', trueValues: ['true', '1'], falseValues: ['false', '0'] });
  });

  it('reads what it cannot check as text, and says so', () => {
    expect(mapDatatype({ base: 'date', format: 'EEEE d MMMM yyyy' })).toMatchObject({ field: { type: 'string' }, unread: [{ pointer: '/format', written: 'EEEE d MMMM yyyy' }] });
    expect(mapDatatype('json')).toMatchObject({ field: { type: 'string' }, unread: [{ pointer: '', written: 'json' }] });
    expect(mapDatatype('xsd:nonsense').unread[0]!.detail).toBe('not a CSVW datatype: the values are read as text');
    expect(mapDatatype({ base: 'decimal', format: '#,##0.00' }).unread[0]!.detail).toMatch(/number patterns are not applied/);
    // Valid only without the u flag: not applied (odlint runs patterns in Unicode mode), and said so.
    expect(mapDatatype({ base: 'string', format: 'a\\_b' })).toMatchObject({ constraints: {}, unread: [{ pointer: '/format', written: 'a\\_b' }] });
  });

  it('converts the UAX #35 date and time patterns CSVW lists into strptime patterns', () => {
    expect(uaxToStrptime('yyyy-MM-dd')).toBe('%Y-%m-%d');
    expect(uaxToStrptime('d.M.yyyy')).toBe('%d.%m.%Y');
    expect(uaxToStrptime('yyyyMMdd')).toBe('%Y%m%d');
    expect(uaxToStrptime("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe('%Y-%m-%dT%H:%M:%S.%f%z');
    expect(uaxToStrptime('yyyy-MM-ddTHH:mm')).toBe('%Y-%m-%dT%H:%M');
    expect(uaxToStrptime('dd MMM yyyy')).toBeUndefined();
    expect(uaxToStrptime('h:mm a')).toBeUndefined();
  });
});
