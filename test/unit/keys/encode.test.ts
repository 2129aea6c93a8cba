import { describe, expect, it } from 'vitest';
import { joinParts, KeyEncoder, MISSING, SKIP, canonicalText, splitKey } from '../../../src/keys/encode.js';
import { MutableRow } from '../../../src/engine/row.js';
import { bindColumns } from '../../../src/tableschema/binding.js';
import type { TableSchema } from '../../../src/model/table-schema.js';

function rowOf(schema: TableSchema, cells: string[]): MutableRow {
  const row = new MutableRow();
  row.columns = bindColumns(schema, schema.fields.map((f) => f.name), cells.length).columns;
  row.set(cells, 2, 1);
  return row;
}

describe('key encoding', () => {
  it('writes cast values as canonical text', () => {
    expect(canonicalText('0800')).toBe('0800');
    expect(canonicalText(800)).toBe('800');
    expect(canonicalText(-0)).toBe('0');
    expect(canonicalText(1.5)).toBe('1.5');
    expect(canonicalText(12345678901234567890n)).toBe('12345678901234567890');
    expect(canonicalText(true)).toBe('true');
  });

  it('joins composite parts unambiguously, even when a part holds the separator', () => {
    const a = joinParts(['a\u0000', 'b']);
    const b = joinParts(['a', '\u0000b']);
    const c = joinParts(['a\u0001', '0b']);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(splitKey(a, 2)).toEqual(['a\u0000', 'b']);
    expect(splitKey(b, 2)).toEqual(['a', '\u0000b']);
    expect(splitKey(c, 2)).toEqual(['a\u0001', '0b']);
  });

  it('compares typed values: in an integer field 7, +7 and 007 are one key; in a string field 01 and 1 are two', () => {
    const schema: TableSchema = { fields: [{ name: 'n', type: 'integer' }, { name: 's', type: 'string' }] };
    const n = new KeyEncoder({ columns: [0], numeric: true, invalid: 'raw' });
    const s = new KeyEncoder({ columns: [1], invalid: 'raw' });
    expect(n.encode(rowOf(schema, ['7', '01']))).toBe(7);
    expect(n.encode(rowOf(schema, ['+7', '1']))).toBe(7);
    expect(n.encode(rowOf(schema, ['007', '1']))).toBe(7);
    expect(s.encode(rowOf(schema, ['7', '01']))).toBe('01');
    expect(s.encode(rowOf(schema, ['7', '1']))).toBe('1');
  });

  it('matches an integer and a string holding the same digits in text mode, but not a zero-padded string', () => {
    const schema: TableSchema = { fields: [{ name: 'n', type: 'integer' }, { name: 's', type: 'string' }] };
    const n = new KeyEncoder({ columns: [0], invalid: 'raw' });
    const s = new KeyEncoder({ columns: [1], invalid: 'raw' });
    expect(n.encode(rowOf(schema, ['800', '800']))).toBe(s.encode(rowOf(schema, ['800', '800'])));
    expect(n.encode(rowOf(schema, ['800', '0800']))).not.toBe(s.encode(rowOf(schema, ['800', '0800'])));
  });

  it('says MISSING for a missing part, and SKIP or the raw text for a value that does not cast', () => {
    const schema: TableSchema = { fields: [{ name: 'a' }, { name: 'n', type: 'integer' }] };
    const skip = new KeyEncoder({ columns: [0, 1], invalid: 'skip' });
    const raw = new KeyEncoder({ columns: [0, 1], invalid: 'raw' });
    expect(skip.encode(rowOf(schema, ['x', '']))).toBe(MISSING);
    expect(skip.encode(rowOf(schema, ['x', 'ten']))).toBe(SKIP);
    expect(raw.encode(rowOf(schema, ['x', 'ten']))).toBe(joinParts(['x', 'ten']));
    expect(raw.encode(rowOf(schema, ['x', '10']))).toBe(joinParts(['x', '10']));
  });
});
