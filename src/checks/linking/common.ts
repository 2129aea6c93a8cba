// Helpers shared by the linking checks: key field lists, columns of key fields, resources as the engine reads them.
import type { BoundColumn, TableSchema } from '../../model/table-schema.js';
import type { Dataset, Resource } from '../../model/dataset.js';
import { showParts } from '../../keys/encode.js';
import { show } from '../text.js';
import { isReadFile, isTabularFormat, resourceParts } from '../../util/resources.js';

/** A key as Table Schema writes it: one field name (v1 plain string) or a list of names. */
export function fieldList(v: string | readonly string[] | undefined): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** The names of a composite key's fields for messages: 'a', 'b'. */
export function quotedNames(names: readonly string[]): string {
  return names.map((n) => `'${n}'`).join(', ');
}

/** A key value for messages, from its raw cells. */
export function showKey(parts: readonly string[]): string {
  return showParts(parts, (s) => show(s));
}

/** The declared field of a schema, by name. */
export function schemaField(schema: TableSchema | undefined, name: string) {
  return schema?.fields.find((f) => f.name === name);
}

/**
 * The column holding each named field, from the header binding; a name whose field is not bound to any column (not in
 * the schema, or not in the file) is returned as missing.
 */
export function keyColumns(schema: TableSchema | undefined, columns: readonly (BoundColumn | undefined)[], names: readonly string[]): { columns: number[] } | { missing: string } {
  const out: number[] = [];
  for (const name of names) {
    const fieldIndex = schema?.fields.findIndex((f) => f.name === name) ?? -1;
    const column = fieldIndex < 0 ? -1 : columns.findIndex((c) => c?.fieldIndex === fieldIndex);
    if (column < 0) return { missing: name };
    out.push(column);
  }
  return { columns: out };
}

/** Whether the engine reads this resource's file as a table, so its keys can be collected (see Engine.readingOrder). */
export function isReadable(r: Resource): boolean {
  return isReadFile(r) && isTabularFormat(r.format);
}

/** Every entry of a resource in its dataset: one per part of a multipart resource, in part order. */
export function partsOf(dataset: Dataset, index: number): Resource[] {
  return resourceParts(dataset, index);
}

/** A stable id of a resource (all its parts) within a run. */
export function resourceId(datasets: readonly Dataset[], dataset: Dataset, index: number): string {
  return `${datasets.indexOf(dataset)}:${index}`;
}

const OTHER_TYPES: ReadonlySet<string> = new Set(['boolean', 'date', 'datetime', 'time', 'year', 'yearmonth', 'duration', 'object', 'array', 'geopoint', 'geojson']);

/** The type kind that decides how two key fields compare: numbers, strings, or another type by name. */
export function typeKind(type: unknown): string {
  if (type === 'integer' || type === 'number') return 'numeric';
  // Unknown types are read as 'any' (the cell itself), like strings.
  return typeof type === 'string' && OTHER_TYPES.has(type) ? type : 'string';
}
