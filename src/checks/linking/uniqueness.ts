// The streaming uniqueness check behind primary-key and unique-keys: one map per key, from the key's value to the
// place of its first occurrence. Memory grows with the distinct key values, never with the rows; a multipart
// resource shares its maps across parts (a key repeated in another part is a duplicate too) and frees them after its
// last part.
import type { FileVisitor, FileVisitorContext } from '../../model/check.js';
import { KeyEncoder, rawParts } from '../../keys/encode.js';
import { FirstOccurrences } from '../../keys/first-occurrences.js';
import { isBlankRow } from '../rows.js';
import { fieldList, isReadable, keyColumns, partsOf, quotedNames, resourceId, schemaField, showKey, typeKind } from './common.js';

export type KeyKind = 'primary' | 'unique';

/**
 * The messages of a repeated key, for a check whose keys are called `words` ('primary key'): a one-field key and a
 * composite one, first seen in this file or (a multipart resource) in another part, `{firstFile}`.
 */
export function duplicateMessages(words: string) {
  return {
    duplicate: `{value} in field '{field}' is a duplicate ${words}: it first appears on line {firstLine}`,
    duplicateComposite: `{key} in fields {fields} is a duplicate ${words}: it first appears on line {firstLine}`,
    duplicateAcrossParts: `{value} in field '{field}' is a duplicate ${words}: it first appears on line {firstLine} of {firstFile}`,
    duplicateCompositeAcrossParts: `{key} in fields {fields} is a duplicate ${words}: it first appears on line {firstLine} of {firstFile}`,
  } as const;
}

/** A primary key with no value in one of its fields (unique keys may have missing parts). */
export const MISSING_PART_MESSAGES = {
  missingPart: "Field '{field}' is part of the primary key but has no value",
  missingCompositePart: "Field '{field}' is part of the composite primary key but has no value",
} as const;

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
            messageId: key.fields.length > 1 ? 'missingCompositePart' : 'missingPart',
            data: { field: name },
            hint: { id: 'primaryKey.complete' },
          });
        }
        if (missing) continue;
        const value = encoder.encode(row);
        if (typeof value === 'symbol') continue;
        const first = key.seen.setIfAbsent(value, part * PART + row.line);
        if (first === undefined) continue;
        const firstPart = Math.floor(first / PART);
        const shown = showKey(rawParts(row, columns));
        const firstLine = first % PART;
        const single = key.fields.length === 1;
        const at = { line: row.line, record: row.record, column: columns[0]! + 1, field: key.fields[0] };
        const data: Record<string, string | number> = single ? { value: shown, field: key.fields[0]!, firstLine } : { key: shown, fields: quotedNames(key.fields), firstLine };
        if (firstPart === part) report({ ...at, messageId: single ? 'duplicate' : 'duplicateComposite', data });
        else report({ ...at, messageId: single ? 'duplicateAcrossParts' : 'duplicateCompositeAcrossParts', data: { ...data, firstFile: parts[firstPart]!.file } });
      }
    },

    end() {
      current.partsLeft--;
      if (current.partsLeft <= 0) shared.delete(rid);
    },
  };
}
