// The streaming uniqueness check behind primary-key and unique-keys: one map per key, from the key's value to the
// place of its first occurrence. Memory grows with the distinct key values, never with the rows; a multipart
// resource shares its maps across parts (a key repeated in another part is a duplicate too) and frees them after its
// last part.
import type { FileVisitor, FileVisitorContext } from '../../model/check.js';
import { joinParts, KeyEncoder, keyText, rawParts, splitKey, type Key } from '../../keys/encode.js';
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

/**
 * What one part of a file (ctx.readsPart) read of one key, for the main thread to absorb in file order: every row's
 * key with its line and record, in order. Whether a key repeats one of an earlier part only the main thread knows, so
 * the part decides nothing: it keeps 12 bytes a row for the usual 32-bit integer keys (typed arrays, which cross to
 * the main thread without a copy), and no map of its own.
 */
interface KeyPartState {
  count: number;
  /** The keys, as 32-bit integers while every key is one, else as they are. */
  ints?: Int32Array;
  keys?: Key[];
  lines: Uint32Array;
  records: Uint32Array;
  /** By row position: the key's cells as written, where they differ from the key's own text ('007' for 7). */
  raw: Record<number, string[]>;
}

/** Whether a one-field key's own text is its cell: true for nearly every row, told without making a string. */
function writtenAs(value: Key, cell: string): boolean {
  if (typeof value === 'string') return value === cell;
  // A 32-bit integer is written as its own text when the cell is its digits, with no sign but '-' and no leading zero.
  if ((value | 0) !== value || cell.length > 11) return keyText(value) === cell;
  let i = cell.charCodeAt(0) === 45 ? 1 : 0;
  const first = cell.charCodeAt(i);
  if (first < 49 || first > 57) return cell === '0' && value === 0;
  for (i++; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Gathers a KeyPartState row by row. */
class KeyPartCollector {
  private count = 0;
  private ints: Int32Array | undefined = new Int32Array(1024);
  private keys: Key[] | undefined;
  private lines = new Uint32Array(1024);
  private records = new Uint32Array(1024);
  private readonly raw: Record<number, string[]> = {};

  /** cells: the key's cells as written, for a key of several fields; cell: the cell of a one-field key. */
  add(value: Key, cells: readonly string[] | string, line: number, record: number): void {
    const i = this.count++;
    if (i === this.lines.length) this.grow();
    if (this.ints && (typeof value !== 'number' || (value | 0) !== value)) {
      this.keys = Array.from(this.ints.subarray(0, i));
      this.ints = undefined;
    }
    if (this.ints) this.ints[i] = value as number;
    else this.keys!.push(value);
    this.lines[i] = line;
    this.records[i] = record;
    if (typeof cells === 'string' ? !writtenAs(value, cells) : joinParts(cells) !== keyText(value)) this.raw[i] = typeof cells === 'string' ? [cells] : [...cells];
  }

  private grow(): void {
    const size = this.lines.length * 2;
    const more = <T extends Int32Array | Uint32Array>(a: T, make: (n: number) => T): T => { const b = make(size); b.set(a); return b; };
    if (this.ints) this.ints = more(this.ints, (n) => new Int32Array(n));
    this.lines = more(this.lines, (n) => new Uint32Array(n));
    this.records = more(this.records, (n) => new Uint32Array(n));
  }

  state(): KeyPartState {
    const n = this.count;
    return { count: n, ints: this.ints?.slice(0, n), keys: this.keys, lines: this.lines.slice(0, n), records: this.records.slice(0, n), raw: this.raw };
  }
}

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
  let active: { key: KeyState; encoder: KeyEncoder; part?: KeyPartCollector }[] = [];
  const readsPart = ctx.readsPart === true;

  /** A row whose key was first seen at `first` (part * 2^32 + line). */
  const reportDuplicate = (key: KeyState, columns: readonly number[], line: number, record: number, shown: string, first: number) => {
    const firstPart = Math.floor(first / PART);
    const firstLine = first % PART;
    const single = key.fields.length === 1;
    const at = { line, record, column: columns[0]! + 1, field: key.fields[0] };
    const data: Record<string, string | number> = single ? { value: shown, field: key.fields[0]!, firstLine } : { key: shown, fields: quotedNames(key.fields), firstLine };
    if (firstPart === part) report({ ...at, messageId: single ? 'duplicate' : 'duplicateComposite', data });
    else report({ ...at, messageId: single ? 'duplicateAcrossParts' : 'duplicateCompositeAcrossParts', data: { ...data, firstFile: parts[firstPart]!.file } });
  };

  return {
    header(h) {
      active = [];
      for (const key of current.keys) {
        // A key field without a column is a header or metadata finding (header-schema, metadata-valid).
        const k = keyColumns(resource.schema, h.columns, key.fields);
        if ('missing' in k) continue;
        const numeric = key.fields.length === 1 && typeKind(schemaField(resource.schema, key.fields[0]!)?.type) === 'numeric';
        active.push({ key, encoder: new KeyEncoder({ columns: k.columns, numeric, invalid: 'raw' }), part: readsPart ? new KeyPartCollector() : undefined });
      }
    },

    row(row) {
      if (active.length === 0 || isBlankRow(row)) return;
      for (const { key, encoder, part: inPart } of active) {
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
        if (inPart) {
          inPart.add(value, columns.length === 1 ? row.cells[columns[0]!] ?? '' : rawParts(row, columns), row.line, row.record);
          continue;
        }
        const first = key.seen.setIfAbsent(value, part * PART + row.line);
        if (first === undefined) continue;
        reportDuplicate(key, columns, row.line, row.record, showKey(rawParts(row, columns)), first);
      }
    },

    partState(): (KeyPartState | undefined)[] {
      return active.map((a) => a.part?.state());
    },

    /** One part's keys, in file order: a key first seen in the part may be a duplicate of one in an earlier part. */
    absorb(partState) {
      const states = partState as (KeyPartState | undefined)[];
      active.forEach(({ key, encoder }, k) => {
        const s = states[k];
        if (!s) return;
        const arity = key.fields.length;
        const { ints, keys, lines, records, raw } = s;
        for (let i = 0; i < s.count; i++) {
          const value = ints ? ints[i]! : keys![i]!;
          const first = key.seen.setIfAbsent(value, part * PART + lines[i]!);
          if (first !== undefined) reportDuplicate(key, encoder.columns, lines[i]!, records[i]!, showKey(raw[i] ?? splitKey(value, arity)), first);
        }
      });
    },

    end() {
      if (readsPart) return;
      current.partsLeft--;
      if (current.partsLeft <= 0) shared.delete(rid);
    },
  };
}
