import { describe, expect, it } from 'vitest';
import { mapDataPackage } from '../../../src/datasets/datapackage-variants.js';
import { publisherOf } from '../../../src/datasets/build-dataset.js';

describe('mapDataPackage', () => {
  it('returns the document itself, with no notes, when it uses the standard spellings', () => {
    const source = { name: 'p', modified: '2026-01-01', publisher: 'Treasury', resources: [{ name: 'r', path: 'r.csv', schema: { fields: [], primaryKey: ['id'] } }] };
    const mapped = mapDataPackage(source);
    expect(mapped.descriptor).toBe(source);
    expect(mapped.notes).toEqual([]);
  });

  it('maps the package and resource variants into a copy, never changing the document', () => {
    const source = {
      last_updated: '2026-01-01',
      dateModified: '2025-01-01',
      update_frequency: 'monthly',
      publishers: [{ name: 'Treasury' }, { name: 'Other' }],
      resources: [{ name: 'r', path: 'r.csv', last_modified: '2026-02-01', frequency: 'R/P1Y', schema: { fields: [{ name: 'id' }] } }],
    };
    const before = structuredClone(source);
    const { descriptor, map, notes } = mapDataPackage(source);
    expect(source).toEqual(before);
    expect(descriptor).toMatchObject({ modified: '2026-01-01', accrualPeriodicity: 'monthly', publisher: { name: 'Treasury' } });
    expect(descriptor.resources).toMatchObject([{ modified: '2026-02-01', accrualPeriodicity: 'R/P1Y' }]);
    expect(publisherOf(descriptor)).toBe('Treasury');
    expect(map.original('/modified')).toBe('/last_updated');
    expect(map.original('/publisher/name')).toBe('/publishers/0/name');
    expect(map.original('/resources/0/modified')).toBe('/resources/0/last_modified');
    expect(notes).toEqual([
      { kind: 'variant', pointer: '/last_updated', written: 'last_updated', detail: 'modified' },
      { kind: 'variant', pointer: '/update_frequency', written: 'update_frequency', detail: 'accrualPeriodicity' },
      { kind: 'variant', pointer: '/publishers', written: 'publishers', detail: 'publisher' },
      { kind: 'variant', pointer: '/resources/0/last_modified', written: 'last_modified', detail: 'modified' },
      { kind: 'variant', pointer: '/resources/0/frequency', written: 'frequency', detail: 'accrualPeriodicity' },
    ]);
  });

  it('leaves a variant alone when the standard property is there, or a publisher is declared otherwise', () => {
    const source = { modified: '2026-01-01', last_updated: 'x', organization: 'CKAN org', contributors: [{ title: 'Treasury', roles: ['publisher'] }], resources: [] };
    const { descriptor, notes } = mapDataPackage(source);
    expect(descriptor).toBe(source);
    expect(notes).toEqual([]);
    expect(publisherOf(descriptor)).toBe('Treasury');
  });

  it("moves a resource's own primaryKey and foreignKeys into its schema, and reads primaryKeys as primaryKey", () => {
    const fk = { fields: 'region', reference: { resource: 'regions', fields: 'code' } };
    const source = {
      resources: [
        { name: 'a', path: 'a.csv', primaryKey: 'id', foreignKeys: [fk], schema: { fields: [{ name: 'id' }, { name: 'region' }] } },
        { name: 'b', path: 'b.csv', schema: { fields: [{ name: 'code' }], primaryKeys: ['code'] } },
        { name: 'c', path: 'c.csv', primaryKeys: ['code'], schema: { fields: [{ name: 'code' }] } },
      ],
    };
    const { descriptor, map, notes } = mapDataPackage(source);
    const resources = descriptor.resources as { schema: Record<string, unknown> }[];
    expect(resources.map((r) => [r.schema.primaryKey, r.schema.foreignKeys])).toEqual([['id', [fk]], [['code'], undefined], [['code'], undefined]]);
    expect(source.resources[0]!.schema).not.toHaveProperty('primaryKey');
    expect(map.original('/resources/0/schema/primaryKey')).toBe('/resources/0/primaryKey');
    expect(map.original('/resources/0/schema/foreignKeys/0/reference')).toBe('/resources/0/foreignKeys/0/reference');
    expect(map.original('/resources/1/schema/primaryKey/0')).toBe('/resources/1/schema/primaryKeys/0');
    expect(map.original('/resources/0/schema/fields/1')).toBe('/resources/0/schema/fields/1');
    expect(notes!.map((n) => [n.pointer, n.detail])).toEqual([
      ['/resources/0/primaryKey', 'schema.primaryKey'],
      ['/resources/0/foreignKeys', 'schema.foreignKeys'],
      ['/resources/1/schema/primaryKeys', 'primaryKey'],
      ['/resources/2/primaryKeys', 'schema.primaryKey'],
    ]);
  });

  it('names the keys it cannot use, and the v2 parts odlint does not apply', () => {
    const source = {
      resources: [
        { name: 'a', path: 'a.csv', primaryKey: 'id', schema: 'schemas/a.json' },
        { name: 'b', path: 'b.csv', primaryKey: 'id' },
        { name: 'c', path: 'c.csv', primaryKey: 'id', schema: { fields: [{ name: 'id' }, { name: 'code' }], primaryKey: 'code' } },
        {
          name: 'd',
          path: 'd.csv',
          dialect: { headerRows: [1], commentRows: [2], nullSequence: 'NA' },
          schema: { fields: [{ name: 'tags', type: 'list' }, { name: 'meta', type: 'object', constraints: { jsonSchema: {} } }] },
        },
      ],
    };
    const { descriptor, notes } = mapDataPackage(source);
    expect(descriptor).toBe(source);
    expect(notes!.every((n) => n.kind === 'unread')).toBe(true);
    expect(notes!.map((n) => [n.pointer, n.detail])).toEqual([
      ['/resources/0/primaryKey', "the schema is given by reference ('schemas/a.json'), which odlint does not change: write primaryKey in that schema"],
      ['/resources/1/primaryKey', 'the resource has no schema for its primaryKey to belong to'],
      ['/resources/2/primaryKey', "the schema's own primaryKey is used"],
      ['/resources/3/dialect/commentRows', 'odlint does not skip rows by number; comment rows are read as data'],
      ['/resources/3/dialect/nullSequence', "odlint does not read a null sequence; declare it in the schema's missingValues"],
      ['/resources/3/schema/fields/0/type', 'odlint does not check the items of list fields: their values are read as text'],
      ['/resources/3/schema/fields/1/constraints/jsonSchema', "odlint does not check a field's values against a JSON Schema"],
    ]);
  });
});

describe('publisherOf', () => {
  it('reads DCAT publisher, then the v1 role or v2 roles, then a creator\'s organisation; never a contact or a creator\'s own name', () => {
    expect(publisherOf({ publisher: { title: 'Treasury' } })).toBe('Treasury');
    expect(publisherOf({ contributors: [{ title: 'Treasury', role: 'publisher' }] })).toBe('Treasury');
    expect(publisherOf({ contributors: [{ title: 'Jane', roles: ['creator'], organization: 'Health' }, { title: 'Treasury', roles: ['contact', 'publisher'] }] })).toBe('Treasury');
    expect(publisherOf({ contributors: [{ title: 'Desk', roles: ['contact'] }, { title: 'Jane', roles: ['creator'], organization: 'Health' }] })).toBe('Health');
    expect(publisherOf({ contributors: [{ title: 'Jane', role: 'creator', organisation: 'Health (v1 spelling)' }] })).toBe('Health (v1 spelling)');
    expect(publisherOf({ contributors: [{ title: 'Jane Doe', roles: ['creator'] }, { title: 'Desk', roles: ['contact'] }] })).toBeUndefined();
  });
});
