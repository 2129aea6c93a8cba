// The streaming uniqueness check behind primary-key and unique-keys: one map per key, from the key's value to the
// place of its first occurrence. Memory grows with the distinct key values, never with the rows; a multipart
// resource shares its maps across parts (a key repeated in another part is a duplicate too) and frees them after its
// last part.
import type { FileVisitor, FileVisitorContext } from '../../model/check.js';
import { KeyEncoder, rawParts } from '../../keys/encode.js';
import { FirstOccurrences } from '../../keys/first-occurrences.js';
import { isBlankRow } from '../rows.js';
import { fieldList, fieldsPhrase, isReadable, keyColumns, partsOf, resourceId, schemaField, showKey, typeKind } from './common.js';

export type KeyKind = 'primary' | 'unique';

interface KeyState {
  fields: string[];
  /** Key value -> part * 2^32 + line of its first occurrence. */
  seen: FirstOccurrences;
}

interface ResourceState {
  keys: KeyState[];
  partsLeft: number;
}

const PART = 2 ** 32;

/** The keys of a resource's schema of the given kind, each a list of field names. */
export function declaredKeys(ctx: FileVisitorContext<unknown>, kind: KeyKind): string[][] {
  const schema = ctx.resource.schema;
  if (!schema) return [];
  const lists = kind === 'primary' ? [fieldList(schema.primaryKey)] : (schema.uniqueKeys ?? []).map((k) => fieldList(k));
  const seen = new Set<string>();
  return lists.filter((l) => {
    const id = l.join('\u0000');
    if (l.length === 0 || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export function uniquenessVisitor(ctx: FileVisitorContext<unknown>, kind: KeyKind): FileVisitor {
  const keys = declaredKeys(ctx, kind);
  if (keys.length === 0) return {};
  const { dataset, resource, report, shared } = ctx;
  const rid = resourceId(ctx.datasets, dataset, resource.index);
  const parts = partsOf(dataset, resource.index);
  const part = Math.max(0, parts.indexOf(resource));
  let state = shared.get(rid) as ResourceState | undefined;
  if (!state) {
    state = {
      keys: keys.map((fields) => ({ fields, seen: new FirstOccurrences() })),
      partsLeft: parts.filter(isReadable).length,
    };
    shared.set(rid, state);
  }
  const current = state;
  const words = kind === 'primary' ? 'primary key' : 'unique key';
  let active: { key: KeyState; encoder: KeyEncoder }[] = [];

  return {
    header(h) {
      active = [];
      for (const key of current.keys) {
        // A key field without a column is a header or metadata finding (header-schema, metadata-valid).
        const k = keyColumns(resource.schema, h.columns, key.fields);
        if ('missing' in k) continue;
        const numeric = key.fields.length === 1 && typeKind(schemaField(resource.schema, key.fields[0]!)?.type) === 'numeric';
        active.push({ key, encoder: new KeyEncoder({ columns: k.columns, numeric, invalid: 'raw' }) });
      }
    },

    row(row) {
      if (active.length === 0 || isBlankRow(row)) return;
      for (const { key, encoder } of active) {
        const columns = encoder.columns;
        let missing = false;
        for (let i = 0; i < columns.length; i++) {
          if (!row.isMissing(columns[i]!)) continue;
          missing = true;
          if (kind !== 'primary') break;
          // Table Schema: every field of a primary key must have a value (unique keys may hold nulls).
          const name = key.fields[i]!;
          report({
            line: row.line, record: row.record, column: columns[i]! + 1, field: name,
            message: `Field '${name}' is part of the ${key.fields.length > 1 ? 'composite ' : ''}primary key but has no value`,
            hint: 'Every row needs a complete primary key: the fields of a primary key are implicitly required',
          });
        }
        if (missing) continue;
        const value = encoder.encode(row);
        if (typeof value === 'symbol') continue;
        const first = key.seen.setIfAbsent(value, part * PART + row.line);
        if (first === undefined) continue;
        const firstPart = Math.floor(first / PART);
        const where = `line ${first % PART}${firstPart !== part ? ` of ${parts[firstPart]?.file ?? 'another part'}` : ''}`;
        report({
          line: row.line, record: row.record, column: columns[0]! + 1, field: key.fields[0],
          message: `${showKey(rawParts(row, columns))} in ${fieldsPhrase(key.fields)} is a duplicate ${words}: it first appears on ${where}`,
        });
      }
    },

    end() {
      current.partsLeft--;
      if (current.partsLeft <= 0) shared.delete(rid);
    },
  };
}
