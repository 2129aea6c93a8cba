// Data Packages as published: the spellings real packages use for what odlint reads under its standard names
// (`last_updated` for `modified`, a resource's own `primaryKey` for its schema's …), and the parts of Data Package v2
// odlint does not apply. Variants are mapped into a copy of the descriptor (the document as written is never
// changed), with a PointerMap back to where each was written, and each gets a note, so a finding about the value
// points at what was written and the metadata-variant check names the standard spelling. What odlint cannot use gets
// an 'unread' note. Properties the specification does not name and odlint has no use for are left alone: the
// specification allows them.
import { escapePointerToken } from '../util/source.js';
import type { MetadataNote } from '../model/dataset.js';
import { isObject } from '../util/objects.js';
import { declaredPublisher } from './build-dataset.js';
import type { MappedDataset } from './metadata-reader.js';
import { PointerMap } from './pointer-map.js';

/** Variant spellings by standard name, in the order they are preferred when several are written. */
const DATE_VARIANTS = ['last_updated', 'last_modified', 'updated', 'dateModified'];
const FREQUENCY_VARIANTS = ['frequency', 'update_frequency'];
const PUBLISHER_VARIANTS = ['publishers', 'organization', 'maintainer'];

/** Table Schema keys written on the resource instead of inside its schema, and the misspelt primaryKeys. */
const RESOURCE_KEYS: Array<[written: string, standard: 'primaryKey' | 'foreignKeys']> = [
  ['primaryKey', 'primaryKey'],
  ['primaryKeys', 'primaryKey'],
  ['foreignKeys', 'foreignKeys'],
];

/** Table Dialect v2 properties that change how a file is read, which odlint does not apply. */
const UNREAD_DIALECT: Record<string, string> = {
  headerRows: 'odlint reads the header from the first row only',
  headerJoin: 'odlint reads the header from the first row only',
  commentRows: 'odlint does not skip rows by number; comment rows are read as data',
  nullSequence: "odlint does not read a null sequence; declare it in the schema's missingValues",
  property: 'odlint reads JSON data as a top-level array only',
  itemType: 'odlint reads the item type of JSON data from the data itself',
  itemKeys: 'odlint reads JSON objects by their own keys',
  sheetNumber: 'odlint does not read spreadsheets',
  sheetName: 'odlint does not read spreadsheets',
  table: 'odlint does not read databases',
};


/** A value worth mapping: not absent, null, blank or empty. */
function present(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

class Mapping {
  readonly map = new PointerMap();
  readonly notes: MetadataNote[] = [];

  variant(pointer: string, written: string, standard: string): void {
    this.notes.push({ kind: 'variant', pointer, written, detail: standard });
  }

  unread(pointer: string, written: string, why: string): void {
    this.notes.push({ kind: 'unread', pointer, written, detail: why });
  }

  /**
   * Copies into `target[standard]` the first variant of `source` that holds a value, when `source` has no value under
   * the standard name. `base` is the pointer of both objects; a list (`publishers`) gives its first entry.
   */
  adopt(source: Record<string, unknown>, target: Record<string, unknown>, base: string, variants: readonly string[], standard: string): void {
    if (present(source[standard])) return;
    const written = variants.find((v) => present(source[v]));
    if (written === undefined) return;
    const value = source[written];
    const list = Array.isArray(value) && standard === 'publisher';
    target[standard] = list ? value[0] : value;
    this.map.set(`${base}/${standard}`, `${base}/${escapePointerToken(written)}${list ? '/0' : ''}`);
    this.variant(`${base}/${escapePointerToken(written)}`, written, standard);
  }
}

/** Moves a resource's own keys into its schema (a copy), or says why they cannot be used. */
function resourceKeys(m: Mapping, raw: Record<string, unknown>, copy: Record<string, unknown>, base: string): void {
  const schema = raw.schema;
  let schemaCopy: Record<string, unknown> | undefined;
  if (isObject(schema) && present(schema.primaryKeys)) {
    if (present(schema.primaryKey)) {
      m.unread(`${base}/schema/primaryKeys`, 'primaryKeys', "the schema's own primaryKey is used");
    } else {
      schemaCopy = { ...schema, primaryKey: schema.primaryKeys };
      m.map.set(`${base}/schema/primaryKey`, `${base}/schema/primaryKeys`);
      m.variant(`${base}/schema/primaryKeys`, 'primaryKeys', 'primaryKey');
    }
  }
  for (const [written, standard] of RESOURCE_KEYS) {
    if (!present(raw[written])) continue;
    const pointer = `${base}/${written}`;
    if (typeof schema === 'string') {
      m.unread(pointer, written, `the schema is given by reference ('${schema}'), which odlint does not change: write ${standard} in that schema`);
    } else if (!isObject(schema)) {
      m.unread(pointer, written, `the resource has no schema for its ${standard} to belong to`);
    } else if (present((schemaCopy ?? schema)[standard])) {
      m.unread(pointer, written, `the schema's own ${standard} is used`);
    } else {
      schemaCopy = { ...(schemaCopy ?? schema), [standard]: raw[written] };
      m.map.set(`${base}/schema/${standard}`, pointer);
      m.variant(pointer, written, `schema.${standard}`);
    }
  }
  if (schemaCopy) copy.schema = schemaCopy;
}

/** The parts of a resource's schema and dialect that odlint does not apply. */
function unreadParts(m: Mapping, raw: Record<string, unknown>, base: string): void {
  if (isObject(raw.dialect)) {
    for (const [key, why] of Object.entries(UNREAD_DIALECT)) {
      const v = raw.dialect[key];
      // headerRows [1] is the default: the first row is the header, as odlint reads it.
      if (v === undefined || (key === 'headerRows' && Array.isArray(v) && v.length === 1 && v[0] === 1)) continue;
      if (key === 'headerJoin' && !(Array.isArray(raw.dialect.headerRows) && raw.dialect.headerRows.length > 1)) continue;
      m.unread(`${base}/dialect/${key}`, key, why);
    }
  }
  const fields = isObject(raw.schema) && Array.isArray(raw.schema.fields) ? raw.schema.fields : [];
  fields.forEach((f: unknown, i: number) => {
    if (!isObject(f)) return;
    const at = `${base}/schema/fields/${i}`;
    if (f.type === 'list') m.unread(`${at}/type`, 'list', 'odlint does not check the items of list fields: their values are read as text');
    if (isObject(f.constraints) && f.constraints.jsonSchema !== undefined) {
      m.unread(`${at}/constraints/jsonSchema`, 'jsonSchema', "odlint does not check a field's values against a JSON Schema");
    }
  });
}

/**
 * The descriptor of a Data Package in odlint's terms: the document itself when it uses only standard spellings,
 * else a copy with the variants mapped, and the notes either way.
 */
export function mapDataPackage(source: Record<string, unknown>): MappedDataset {
  const m = new Mapping();
  const pkg: Record<string, unknown> = { ...source };
  m.adopt(source, pkg, '', DATE_VARIANTS, 'modified');
  m.adopt(source, pkg, '', FREQUENCY_VARIANTS, 'accrualPeriodicity');
  if (declaredPublisher(source) === undefined) m.adopt(source, pkg, '', PUBLISHER_VARIANTS, 'publisher');
  if (Array.isArray(source.resources)) {
    pkg.resources = source.resources.map((raw: unknown, i: number) => {
      if (!isObject(raw)) return raw;
      const base = `/resources/${i}`;
      const copy: Record<string, unknown> = { ...raw };
      m.adopt(raw, copy, base, DATE_VARIANTS, 'modified');
      m.adopt(raw, copy, base, FREQUENCY_VARIANTS, 'accrualPeriodicity');
      resourceKeys(m, raw, copy, base);
      unreadParts(m, raw, base);
      return copy;
    });
  }
  const mapped = m.notes.some((n) => n.kind === 'variant');
  return { descriptor: mapped ? pkg : source, map: m.map, notes: m.notes };
}
