import { afterEach, describe, expect, it } from 'vitest';
import { sanitiseTableSchema } from '../../../src/tableschema/sanitise.js';
import { cleanupTempDirs, lintFiles } from '../../helpers/lint-files.js';

afterEach(cleanupTempDirs);

describe('sanitiseTableSchema', () => {
  it('keeps a well-formed schema as it is', () => {
    const schema = {
      fields: [{ name: 'id', type: 'integer', constraints: { required: true, unique: true, minimum: 1 } }, { name: 'code', type: 'string', constraints: { pattern: '[A-Z]+', enum: ['A', 'B'], maxLength: 3 } }],
      primaryKey: ['id'],
      uniqueKeys: [['code']],
      foreignKeys: [{ fields: 'code', reference: { resource: 'codes', fields: 'code' } }],
      missingValues: ['', 'NA'],
    };
    const expected = { ...schema, foreignKeys: [{ ...schema.foreignKeys[0], sourceIndex: 0 }] };
    expect(sanitiseTableSchema(structuredClone(schema))).toEqual(expected);
  });

  it('drops every part of the wrong shape', () => {
    const out = sanitiseTableSchema({
      fields: [null, 5, { name: 7 }, { name: 'a', type: 5, format: [], constraints: { pattern: 5, enum: 'x', minimum: {}, maxLength: '3', required: 'yes' } }],
      primaryKey: 7,
      uniqueKeys: 'x',
      foreignKeys: [{ fields: 'a' }, { fields: 'a', reference: { fields: 9 } }, 'x'],
      missingValues: 'NA',
    });
    expect(out).toEqual({ fields: [{ name: 'a', constraints: {} }], foreignKeys: [] });
  });

  it('remembers where each kept foreign key stood, so positions in datapackage.json stay right', () => {
    const out = sanitiseTableSchema({ fields: [], foreignKeys: ['bad', { fields: 'a', reference: { fields: 'b' } }] });
    expect(out.foreignKeys).toEqual([{ fields: 'a', reference: { fields: 'b' }, sourceIndex: 1 }]);
  });

  it('gives a schema without fields an empty field list', () => {
    expect(sanitiseTableSchema({ fields: 'x' }).fields).toEqual([]);
  });
});

describe('a malformed schema in a real package', () => {
  const shapes: Record<string, unknown> = {
    'null field': { fields: [null, { name: 'b' }] },
    'numeric field name': { fields: [{ name: 5, type: 'integer' }] },
    'fields not a list': { fields: 'x' },
    'constraints of the wrong types': { fields: [{ name: 'a', constraints: { pattern: 5, enum: 'x', minimum: 'abc', maxLength: '3' } }] },
    'keys of the wrong types': { fields: [{ name: 'a', type: 'date', format: 5 }], primaryKey: 7, foreignKeys: 'x', uniqueKeys: 3, missingValues: 'NA' },
  };
  for (const [name, schema] of Object.entries(shapes)) {
    it(`is reported, never a crash: ${name}`, async () => {
      const findings = await lintFiles({
        'datapackage.json': JSON.stringify({ name: 'w', resources: [{ name: 'd', path: 'd.csv', schema }] }),
        'd.csv': 'a,b\n1,2\n',
      });
      expect(findings.some((f) => f.ruleId === 'format/metadata-valid' && f.file === 'datapackage.json')).toBe(true);
    });
  }
});
