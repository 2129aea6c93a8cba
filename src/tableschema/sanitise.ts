// A Table Schema as written may be malformed in any way JSON allows. metadata-valid reports what is wrong; the data
// checks get this cleaned copy, keeping only well-typed parts, so a bad schema never crashes a check.
import type { Field, FieldConstraints, ForeignKey, TableSchema } from '../model/table-schema.js';
import { isObject } from '../util/objects.js';

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isBound = (v: unknown) => typeof v === 'number' || typeof v === 'string';
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

function fieldNames(v: unknown): string | string[] | undefined {
  if (typeof v === 'string') return v;
  return isStringArray(v) && v.length > 0 ? v : undefined;
}

/**
 * missingValues as strings: Table Schema v2 also allows objects {value, label}, whose value is the missing value.
 * Undefined when malformed (metadata-valid reports it).
 */
function missingValues(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const list = v.map((x: unknown) => (typeof x === 'string' ? x : isObject(x) && typeof x.value === 'string' ? x.value : undefined));
  return list.every((x) => x !== undefined) ? (list as string[]) : undefined;
}

/**
 * Table Schema v2 categories as their values: plain values, or objects {value, label}. Undefined when not a list of
 * strings or numbers (metadata-valid reports it).
 */
function categories(v: unknown): (string | number)[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const list = v.map((x: unknown) => (isObject(x) ? x.value : x));
  return list.every((x) => typeof x === 'string' || typeof x === 'number') ? (list as (string | number)[]) : undefined;
}

const FIELDS_MATCH: ReadonlySet<unknown> = new Set(['exact', 'equal', 'subset', 'superset', 'partial']);

function constraints(raw: unknown): FieldConstraints | undefined {
  if (!isObject(raw)) return undefined;
  const c: FieldConstraints = {};
  if (typeof raw.required === 'boolean') c.required = raw.required;
  if (typeof raw.unique === 'boolean') c.unique = raw.unique;
  if (typeof raw.pattern === 'string') c.pattern = raw.pattern;
  if (Array.isArray(raw.enum)) c.enum = raw.enum;
  for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const) if (isBound(raw[k])) c[k] = raw[k] as number | string;
  if (isCount(raw.minLength)) c.minLength = raw.minLength as number;
  if (isCount(raw.maxLength)) c.maxLength = raw.maxLength as number;
  return c;
}

function field(raw: unknown): Field | undefined {
  if (!isObject(raw) || typeof raw.name !== 'string') return undefined;
  const f: Field = { ...raw, name: raw.name };
  for (const k of ['type', 'format', 'title', 'description', 'decimalChar', 'groupChar'] as const) {
    if (k in f && typeof f[k] !== 'string') delete f[k];
  }
  for (const k of ['trueValues', 'falseValues'] as const) if (k in f && !isStringArray(f[k])) delete f[k];
  const missing = missingValues(raw.missingValues);
  if (missing) f.missingValues = missing;
  else delete f.missingValues;
  const values = categories(raw.categories);
  if (values) f.categories = values;
  else delete f.categories;
  if ('bareNumber' in f && typeof f.bareNumber !== 'boolean') delete f.bareNumber;
  const c = constraints(raw.constraints);
  if (c) f.constraints = c;
  else delete f.constraints;
  return f;
}

function foreignKey(raw: unknown, sourceIndex: number): ForeignKey | undefined {
  if (!isObject(raw) || !isObject(raw.reference)) return undefined;
  const fields = fieldNames(raw.fields);
  const refFields = fieldNames(raw.reference.fields);
  if (fields === undefined || refFields === undefined) return undefined;
  const reference: ForeignKey['reference'] = { fields: refFields };
  if (typeof raw.reference.resource === 'string') reference.resource = raw.reference.resource;
  if (typeof raw.reference.package === 'string') reference.package = raw.reference.package;
  return { fields, reference, sourceIndex };
}

export function sanitiseTableSchema(raw: Record<string, unknown>): TableSchema {
  const schema: TableSchema = { ...raw, fields: Array.isArray(raw.fields) ? raw.fields.map(field).filter((f): f is Field => f !== undefined) : [] };
  const missing = missingValues(raw.missingValues);
  if (missing) schema.missingValues = missing;
  else delete schema.missingValues;
  const pk = fieldNames(raw.primaryKey);
  if (pk === undefined) delete schema.primaryKey;
  else schema.primaryKey = pk;
  if (Array.isArray(raw.uniqueKeys)) schema.uniqueKeys = raw.uniqueKeys.map(fieldNames).filter((k): k is string | string[] => k !== undefined);
  else delete schema.uniqueKeys;
  if (Array.isArray(raw.foreignKeys)) schema.foreignKeys = raw.foreignKeys.map(foreignKey).filter((k): k is ForeignKey => k !== undefined);
  else delete schema.foreignKeys;
  if (!FIELDS_MATCH.has(raw.fieldsMatch)) delete schema.fieldsMatch;
  return schema;
}
