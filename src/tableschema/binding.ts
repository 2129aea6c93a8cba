// Binds the columns of a file (header labels, or positions when there is no header) to the fields of its schema.
import { compileField } from './cast.js';
import type { BoundColumn, CompiledField, TableSchema } from '../model/table-schema.js';


/** Normalises a label for tolerant matching: case, surrounding and repeated inner white space. */
export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface Binding {
  columns: (BoundColumn | undefined)[];
  compiled: CompiledField[];
}

/**
 * Columns are bound by name: exact label first, then a tolerant match (case and white space), so a padded or
 * re-cased header is still type-checked while the header checks report the label itself. Without a header row,
 * or when no label matches any field, columns are bound by position as Table Schema v1 does.
 */
export function bindColumns(schema: TableSchema | undefined, labels: readonly string[] | undefined, width: number): Binding {
  if (!schema || !Array.isArray(schema.fields)) return { columns: new Array(width).fill(undefined), compiled: [] };
  const compiled = schema.fields.map((field) => compileField(field, schema.missingValues));
  const columns: (BoundColumn | undefined)[] = new Array(width).fill(undefined);
  if (!labels || labels.length === 0) {
    for (let i = 0; i < width && i < compiled.length; i++) columns[i] = { fieldIndex: i, compiled: compiled[i]! };
    return { columns, compiled };
  }
  const used = new Set<number>();
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  compiled.forEach((c, i) => {
    if (!exact.has(c.name)) exact.set(c.name, i);
    const key = normaliseLabel(c.name);
    if (!loose.has(key)) loose.set(key, i);
  });
  let matched = 0;
  labels.forEach((label, col) => {
    const i = exact.get(label);
    if (i !== undefined && !used.has(i)) {
      used.add(i);
      columns[col] = { fieldIndex: i, compiled: compiled[i]! };
      matched++;
    }
  });
  labels.forEach((label, col) => {
    if (columns[col]) return;
    const i = loose.get(normaliseLabel(label));
    if (i !== undefined && !used.has(i)) {
      used.add(i);
      columns[col] = { fieldIndex: i, compiled: compiled[i]! };
      matched++;
    }
  });
  if (matched === 0) {
    for (let i = 0; i < width && i < compiled.length; i++) columns[i] = { fieldIndex: i, compiled: compiled[i]! };
  }
  return { columns, compiled };
}
