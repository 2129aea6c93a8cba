// The W3C CSVW reader (Metadata Vocabulary for Tabular Data, https://www.w3.org/TR/tabular-metadata/): a table group
// (`tables`) or a single table (`url` + `tableSchema`) is one dataset, each table one resource. Columns become Table
// Schema fields named after the header as written (the column's first title, else its name), so odlint's header,
// type and constraint checks apply to the file; keys, dialect and the Dublin Core / DCAT common properties map to
// their Data Package names. docs/metadata-forms/csvw.md lists what is read and what is not.
import path from 'node:path';
import type { MetadataNote } from '../model/dataset.js';
import type { Field } from '../model/table-schema.js';
import { isObject } from '../util/objects.js';
import { buildDataset, readObjectRef } from './build-dataset.js';
import { readCommonProperties, seeAlsoDataset } from './csvw-common.js';
import { mapDatatype } from './csvw-datatype.js';
import { formatOf } from './format-of.js';
import type { MetadataInput, MetadataReader } from './metadata-reader.js';
import { PointerMap } from './pointer-map.js';

const CSVW_CONTEXT = 'http://www.w3.org/ns/csvw';
/** The names the CSVW locating rules give metadata: `csv-metadata.json` in a folder, `<file>-metadata.json` beside it. */
export const CSVW_METADATA_NAME = /(^|-)metadata\.json$/i;

/** Whether `@context` is the CSVW context: the IRI itself, or an array whose first item is (then local definitions). */
export function hasCsvwContext(value: unknown): boolean {
  if (!isObject(value)) return false;
  const is = (c: unknown) => typeof c === 'string' && c.replace(/^https:/, 'http:').replace(/[#/]$/, '') === CSVW_CONTEXT;
  const c = value['@context'];
  return is(c) || (Array.isArray(c) && is(c[0]));
}

/** What a CSVW document is: table descriptions odlint lints, or a schema that table descriptions refer to. */
export function csvwKind(value: unknown): 'table-group' | 'table' | 'schema' | undefined {
  if (!isObject(value)) return undefined;
  if (Array.isArray(value.tables)) return 'table-group';
  if (typeof value.url === 'string' && (value.tableSchema !== undefined || hasCsvwContext(value))) return 'table';
  if (hasCsvwContext(value) && Array.isArray(value.columns)) return 'schema';
  return undefined;
}

/** An absolute URL (a scheme): not a path beside the metadata. */
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:/i;

/** Column names (a string or a non-empty array) as field names; names no column has are kept as written. */
function fieldNames(v: unknown, columns: Map<string, string> | undefined): string | string[] | undefined {
  if (typeof v === 'string') return columns?.get(v) ?? v;
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) return v.map((x: string) => columns?.get(x) ?? x);
  return undefined;
}

/** The properties columns inherit from the table group, table and schema (those that matter for checking). */
const INHERITED = ['null', 'required', 'datatype', 'default', 'separator'] as const;
type Inherited = (typeof INHERITED)[number];

/** A node of the document with the pointer it was written at (undefined pointer: in another file). */
interface Node { obj: Record<string, unknown>; pointer?: string }

/** What the foreign keys of other tables need to know of a table. */
interface TableInfo {
  name: string;
  /** The url as written, and resolved against the metadata folder. */
  urls: string[];
  /** The schema's @id and its reference as written. */
  schemaIds: string[];
  /** Column name → field name. */
  columns: Map<string, string>;
}

class Mapper {
  readonly map = new PointerMap();
  readonly notes: MetadataNote[] = [];
  readonly usedFiles: string[] = [];
  /** Where notes about a schema read from another file point: the table's tableSchema reference. */
  private anchor: { pointer: string; file: string } | undefined;

  constructor(private readonly input: MetadataInput) {}

  unread(pointer: string | undefined, written: string, detail: string): void {
    this.note('unread', pointer, written, detail);
  }
  variant(pointer: string | undefined, written: string, detail: string): void {
    this.note('variant', pointer, written, detail);
  }
  /** A note about a value in this document, or in the schema file the current table refers to (named in `written`). */
  private note(kind: MetadataNote['kind'], pointer: string | undefined, written: string, detail: string): void {
    if (pointer !== undefined) this.notes.push({ kind, pointer, written, detail });
    else if (this.anchor) this.notes.push({ kind, pointer: this.anchor.pointer, written: `${written} (in ${this.anchor.file})`, detail });
  }
  /** Records where a mapped value was written, when it was written in this document. */
  set(mapped: string, original: string | undefined): void {
    if (original !== undefined) this.map.set(mapped, original);
  }

  mapDocument(doc: Record<string, unknown>): Record<string, unknown> {
    const descriptor: Record<string, unknown> = {};
    const group = Array.isArray(doc.tables);
    readCommonProperties(doc, '', descriptor, '', this, seeAlsoDataset(doc, ''));
    const tables: Node[] = [];
    if (group) {
      (doc.tables as unknown[]).forEach((t, i) => {
        if (isObject(t)) tables.push({ obj: t, pointer: `/tables/${i}` });
        else this.unread(`/tables/${i}`, JSON.stringify(t), 'a table description must be an object');
      });
    } else tables.push({ obj: doc, pointer: '' });
    const schemas = tables.map((t) => this.schemaOf(t.obj, t.pointer!));
    const infos = tables.map((t, i) => this.tableInfo(t, schemas[i]!, i));
    // Names are unique within the package (foreign keys refer to them).
    const seen = new Map<string, number>();
    for (const info of infos) {
      const n = (seen.get(info.name) ?? 0) + 1;
      seen.set(info.name, n);
      if (n > 1) info.name = `${info.name}-${n}`;
    }
    descriptor.resources = tables.map((t, i) => this.mapTable(t, group ? doc : undefined, schemas[i]!, infos, i));
    return descriptor;
  }

  /** A table's schema: inline, or read from the relative file its `tableSchema` names. */
  private schemaOf(table: Record<string, unknown>, pointer: string): { node?: Node; ref?: string; error?: string } {
    const raw = table.tableSchema;
    if (raw === undefined) return {};
    if (isObject(raw)) return { node: { obj: raw, pointer: `${pointer}/tableSchema` } };
    if (typeof raw !== 'string') {
      this.unread(`${pointer}/tableSchema`, JSON.stringify(raw), 'tableSchema must be an object or the URL of a schema file');
      return {};
    }
    const ref = readObjectRef(raw, this.input.baseDir, 'schema');
    if (ref.file) this.usedFiles.push(ref.file);
    return ref.value ? { node: { obj: ref.value }, ref: raw } : { ref: raw, error: ref.error };
  }

  private tableInfo(table: Node, schema: { node?: Node; ref?: string }, index: number): TableInfo {
    const url = typeof table.obj.url === 'string' ? table.obj.url : undefined;
    const id = typeof table.obj['@id'] === 'string' ? table.obj['@id'] : undefined;
    const schemaIds = [schema.ref, schema.node && typeof schema.node.obj['@id'] === 'string' ? schema.node.obj['@id'] : undefined].filter((s): s is string => !!s);
    const columns = new Map<string, string>();
    const cols = schema.node && Array.isArray(schema.node.obj.columns) ? schema.node.obj.columns : [];
    cols.forEach((c: unknown, j: number) => {
      if (!isObject(c) || c.virtual === true) return;
      const field = fieldName(c, j);
      // A column without a name is named after its first title (CSVW §5.6).
      columns.set(typeof c.name === 'string' ? c.name : field, field);
      if (typeof c.name !== 'string') columns.set(encodeURIComponent(field), field);
    });
    return { name: resourceName(id, url, index), urls: url ? [url, this.resolve(url)] : [], schemaIds, columns };
  }

  private resolve(url: string): string {
    return ABSOLUTE_URL.test(url) ? url : path.resolve(this.input.baseDir, safeDecode(url));
  }

  private mapTable(table: Node, group: Record<string, unknown> | undefined, schema: { node?: Node; ref?: string; error?: string }, infos: TableInfo[], index: number): Record<string, unknown> {
    const t = table.obj;
    const tp = table.pointer!;
    const rp = `/resources/${index}`;
    const resource: Record<string, unknown> = { name: infos[index]!.name };
    this.set(rp, tp);
    if (typeof t.url === 'string') {
      const declared = ABSOLUTE_URL.test(t.url) ? t.url : safeDecode(t.url);
      resource.path = declared;
      this.set(`${rp}/path`, `${tp}/url`);
      // A CSVW table is CSV by definition, whatever its URL ends with.
      if (formatOf(undefined, declared, true).format === 'other') resource.format = /\.tsv$/i.test(declared) ? 'tsv' : 'csv';
    } else if (t.url !== undefined) this.unread(`${tp}/url`, JSON.stringify(t.url), 'url must be a string');
    if (group) readCommonProperties(t, tp, resource, rp, this, seeAlsoDataset(t, tp));

    const dialect = this.mapDialect(t.dialect !== undefined ? { value: t.dialect, pointer: `${tp}/dialect` } : group?.dialect !== undefined ? { value: group.dialect, pointer: '/dialect' } : undefined, rp, resource);
    resource.dialect = dialect;

    if (schema.node) {
      if (schema.node.pointer === undefined) this.anchor = { pointer: `${tp}/tableSchema`, file: schema.ref! };
      resource.schema = this.mapSchema(schema.node, [group ? { obj: group, pointer: '' } : undefined, table].filter((n): n is Node => !!n), infos, index, rp);
      this.anchor = undefined;
      this.set(`${rp}/schema`, `${tp}/tableSchema`);
    } else if (schema.ref !== undefined) {
      // Unreadable (remote, missing, not JSON): build-dataset reads it again and says why, as for a Data Package.
      resource.schema = schema.ref;
      this.set(`${rp}/schema`, `${tp}/tableSchema`);
    }
    return resource;
  }

  private mapDialect(raw: { value: unknown; pointer: string } | undefined, rp: string, resource: Record<string, unknown>): Record<string, unknown> {
    // CSVW's defaults are Data Package's (comma, a header row), except the comment prefix '#', which is not applied:
    // comment handling would take every CSVW file off the fast CSV tokenizer, for lines that are rare in real data.
    const out: Record<string, unknown> = {};
    if (!raw) return out;
    let d: Record<string, unknown> | undefined;
    let dp: string | undefined = raw.pointer;
    if (isObject(raw.value)) d = raw.value;
    else {
      const ref = readObjectRef(raw.value, this.input.baseDir, 'dialect');
      if (ref.file) this.usedFiles.push(ref.file);
      if (!ref.value) {
        this.unread(raw.pointer, String(raw.value), `${ref.error ?? 'a dialect must be an object'}; the default CSV dialect is used`);
        return out;
      }
      d = ref.value;
      dp = undefined; // in another file: its properties point at the reference
    }
    this.set(`${rp}/dialect`, raw.pointer);
    const at = (k: string) => (dp === undefined ? undefined : `${dp}/${k}`);
    const here = (k: string) => at(k) ?? raw.pointer;
    const str = (k: string) => (typeof d![k] === 'string' ? (d![k] as string) : undefined);
    if (str('delimiter')) { out.delimiter = str('delimiter'); this.set(`${rp}/dialect/delimiter`, at('delimiter')); }
    if (d.quoteChar === null) this.unread(here('quoteChar'), 'quoteChar: null', 'odlint always reads \'"\' as the quote character');
    else if (str('quoteChar')) out.quoteChar = str('quoteChar');
    if (d.doubleQuote === false) { out.doubleQuote = false; out.escapeChar = '\\'; }
    else if (d.doubleQuote === true) out.doubleQuote = true;
    const rows = d.headerRowCount;
    if (typeof d.header === 'boolean' && rows === undefined) out.header = d.header;
    if (rows !== undefined) {
      if (rows === 0) out.header = false;
      else if (rows !== 1) this.unread(here('headerRowCount'), `headerRowCount: ${JSON.stringify(rows)}`, 'odlint reads one header row: the rows after the first are read as data');
    }
    if (typeof d.skipRows === 'number' && d.skipRows > 0) this.unread(here('skipRows'), `skipRows: ${d.skipRows}`, 'odlint does not skip rows before the header: they are read as the header and data');
    if (typeof d.skipColumns === 'number' && d.skipColumns > 0) this.unread(here('skipColumns'), `skipColumns: ${d.skipColumns}`, 'odlint does not skip columns: they are matched against the schema');
    if (typeof d.commentPrefix === 'string' && d.commentPrefix !== '') {
      if (d.commentPrefix.length === 1) out.commentChar = d.commentPrefix;
      else this.unread(here('commentPrefix'), `commentPrefix: ${JSON.stringify(d.commentPrefix)}`, 'odlint reads one-character comment prefixes only: these lines are read as data');
    }
    if (typeof d.skipInitialSpace === 'boolean') out.skipInitialSpace = d.skipInitialSpace;
    if (d.trim !== undefined && d.trim !== false && d.trim !== 'false') this.unread(here('trim'), `trim: ${JSON.stringify(d.trim)}`, 'odlint does not trim cells: a value with surrounding spaces is checked as written');
    if (d.skipBlankRows === true) this.unread(here('skipBlankRows'), 'skipBlankRows: true', 'odlint reports blank rows (format/blank-row) instead of skipping them');
    if (str('encoding')) { resource.encoding = str('encoding'); this.set(`${rp}/encoding`, at('encoding')); }
    return out;
  }

  private mapSchema(node: Node, parents: Node[], infos: TableInfo[], index: number, rp: string): Record<string, unknown> {
    const s = node.obj;
    const sp = node.pointer;
    const sub = (k: string) => (sp === undefined ? undefined : `${sp}/${k}`);
    const fields: Field[] = [];
    const columns = Array.isArray(s.columns) ? s.columns : [];
    if (s.columns !== undefined && !Array.isArray(s.columns)) this.unread(sub('columns'), JSON.stringify(s.columns), 'columns must be an array');
    columns.forEach((c: unknown, j: number) => {
      const cp = sub(`columns/${j}`);
      if (!isObject(c)) return this.unread(cp, JSON.stringify(c), 'a column description must be an object');
      if (c.virtual === true) return; // not in the file
      const fp = `${rp}/schema/fields/${fields.length}`;
      fields.push(this.mapColumn({ obj: c, pointer: cp }, [...parents, node], j, fp));
    });
    const out: Record<string, unknown> = { fields };
    if (s.primaryKey !== undefined) {
      const pk = fieldNames(s.primaryKey, infos[index]!.columns);
      if (pk !== undefined) { out.primaryKey = pk; this.set(`${rp}/schema/primaryKey`, sub('primaryKey')); }
      else this.unread(sub('primaryKey'), JSON.stringify(s.primaryKey), 'primaryKey must name columns');
    }
    if (Array.isArray(s.foreignKeys)) {
      const fks: Record<string, unknown>[] = [];
      s.foreignKeys.forEach((fk: unknown, k: number) => {
        const mapped = this.mapForeignKey(fk, sub(`foreignKeys/${k}`), infos, index, `${rp}/schema/foreignKeys/${fks.length}`);
        if (mapped) fks.push(mapped);
      });
      if (fks.length) out.foreignKeys = fks;
    }
    return out;
  }

  private mapColumn(col: Node, chain: Node[], j: number, fp: string): Field {
    const c = col.obj;
    const cp = col.pointer;
    const sub = (k: string) => (cp === undefined ? undefined : `${cp}/${k}`);
    if (c.title !== undefined && c.titles === undefined) this.variant(sub('title'), 'title', 'titles');
    const titles = titleList(c.titles ?? c.title);
    const field: Field = { name: fieldName(c, j) };
    this.set(fp, cp);
    this.set(`${fp}/name`, titles.length ? sub(c.titles !== undefined ? 'titles' : 'title') : sub('name'));
    if (titles.length > 1) this.unread(sub('titles'), titles.slice(1).join("', '"), `odlint matches the header against the first title, '${titles[0]}', only`);
    const inherited = (k: Inherited): { value: unknown; pointer?: string } | undefined => {
      for (const n of [col, ...[...chain].reverse()]) if (n.obj[k] !== undefined) return { value: n.obj[k], pointer: n.pointer === undefined ? undefined : `${n.pointer}/${k}` };
      return undefined;
    };

    const datatype = inherited('datatype');
    const mapped = mapDatatype(datatype?.value);
    Object.assign(field, mapped.field);
    if (datatype) this.set(`${fp}/type`, datatype.pointer);
    for (const u of mapped.unread) this.unread(datatype?.pointer === undefined ? undefined : `${datatype.pointer}${u.pointer}`, u.written, u.detail);
    const constraints: NonNullable<Field['constraints']> = { ...mapped.constraints };
    for (const [k, rel] of Object.entries(mapped.constraintPointers)) this.set(`${fp}/constraints/${k}`, datatype?.pointer === undefined ? undefined : `${datatype.pointer}${rel}`);

    const required = inherited('required');
    if (required?.value === true) {
      constraints.required = true;
      this.set(`${fp}/constraints/required`, required.pointer);
    }
    if (Object.keys(constraints).length) field.constraints = constraints;
    if (mapped.field.decimalChar) this.set(`${fp}/decimalChar`, datatype?.pointer);

    const nulls = inherited('null');
    if (nulls !== undefined) {
      const list = typeof nulls.value === 'string' ? [nulls.value] : Array.isArray(nulls.value) && nulls.value.every((v) => typeof v === 'string') ? (nulls.value as string[]) : undefined;
      if (list) { field.missingValues = list; this.set(`${fp}/missingValues`, nulls.pointer); }
      else this.unread(nulls.pointer, JSON.stringify(nulls.value), 'null must be a string or an array of strings');
    }
    const separator = inherited('separator');
    if (typeof separator?.value === 'string' && field.type !== 'string') {
      this.unread(separator.pointer, `separator: ${JSON.stringify(separator.value)}`, 'cells holding lists are not split: the column is read as text, its datatype is not checked');
      for (const k of ['type', 'format', 'trueValues', 'falseValues', 'decimalChar', 'groupChar'] as const) delete field[k];
      field.type = 'string';
      if (field.constraints) {
        const { required: req, pattern } = field.constraints;
        field.constraints = { ...(req ? { required: req } : {}), ...(pattern ? { pattern } : {}) };
      }
    }
    const dflt = inherited('default');
    if (typeof dflt?.value === 'string' && dflt.value !== '') this.unread(dflt.pointer, `default: ${JSON.stringify(dflt.value)}`, 'empty cells are not replaced by the default: they are checked as empty');
    return field;
  }

  private mapForeignKey(fk: unknown, fkp: string | undefined, infos: TableInfo[], index: number, mp: string): Record<string, unknown> | undefined {
    const sub = (k: string) => (fkp === undefined ? undefined : `${fkp}/${k}`);
    if (!isObject(fk) || !isObject(fk.reference)) {
      this.unread(fkp, JSON.stringify(fk), 'a foreign key needs columnReference and reference: it is not checked');
      return undefined;
    }
    const ref = fk.reference;
    const columnsOf = (o: Record<string, unknown>, p: string | undefined): { value: unknown; pointer?: string } => {
      if (o.columnReference !== undefined) return { value: o.columnReference, pointer: p === undefined ? undefined : `${p}/columnReference` };
      if (o.columns !== undefined) {
        this.variant(p === undefined ? undefined : `${p}/columns`, 'columns', 'columnReference');
        return { value: o.columns, pointer: p === undefined ? undefined : `${p}/columns` };
      }
      return { value: undefined };
    };
    const own = columnsOf(fk, fkp);
    const theirs = columnsOf(ref, sub('reference'));
    const target = this.referencedTable(ref, infos);
    const by = typeof ref.resource === 'string' ? 'resource' : 'schemaReference';
    const fields = fieldNames(own.value, infos[index]!.columns);
    const refFields = fieldNames(theirs.value, target.info?.columns);
    if (fields === undefined || refFields === undefined) {
      this.unread(fkp, JSON.stringify(fk), 'a foreign key needs columnReference and reference.columnReference: it is not checked');
      return undefined;
    }
    this.set(mp, fkp);
    this.set(`${mp}/fields`, own.pointer);
    this.set(`${mp}/reference`, sub('reference'));
    this.set(`${mp}/reference/fields`, theirs.pointer);
    this.set(`${mp}/reference/resource`, sub(`reference/${by}`));
    // '' is the table itself (Data Package's self-reference); a reference to no table of the group keeps the
    // written value, so the linking check names it.
    const resource = target.info ? (target.info === infos[index] ? '' : target.info.name) : target.written;
    return { fields, reference: { resource, fields: refFields } };
  }

  /** The table of the group a foreign key's reference names, by its url (`resource`) or its schema (`schemaReference`). */
  private referencedTable(ref: Record<string, unknown>, infos: TableInfo[]): { info?: TableInfo; written: string } {
    const by = typeof ref.resource === 'string' ? 'resource' : typeof ref.schemaReference === 'string' ? 'schemaReference' : undefined;
    if (!by) return { written: '' };
    const written = ref[by] as string;
    const keys = (info: TableInfo) => (by === 'resource' ? info.urls : info.schemaIds);
    const resolved = by === 'resource' ? this.resolve(written) : written;
    let hits = infos.filter((i) => keys(i).some((k) => k === written || k === resolved));
    if (hits.length === 0) {
      // Relative references are resolved against different bases by different tools: match on the file name.
      const last = (s: string) => s.split(/[/#?]/).filter(Boolean).pop() ?? s;
      hits = infos.filter((i) => keys(i).some((k) => last(k) === last(written)));
    }
    return { info: hits.length === 1 ? hits[0] : undefined, written };
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A column's titles, first the English (or undetermined-language) ones: a string, an array, or a language map. */
function titleList(v: unknown): string[] {
  const flat = (x: unknown): string[] => (typeof x === 'string' ? [x] : Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
  if (!isObject(v)) return flat(v).filter((s) => s.trim() !== '');
  const langs = Object.keys(v).sort((a, b) => rank(a) - rank(b));
  return langs.flatMap((l) => flat(v[l])).filter((s) => s.trim() !== '');
}
function rank(lang: string): number {
  return /^en\b/i.test(lang) ? 0 : lang === 'und' ? 1 : 2;
}

/** The field name that matches the header as written: the first title, else the name, else CSVW's `_col.N`. */
function fieldName(c: Record<string, unknown>, j: number): string {
  return titleList(c.titles ?? c.title)[0] ?? (typeof c.name === 'string' && c.name ? c.name : `_col.${j + 1}`);
}

/** A valid resource name from the table's @id (its fragment or last segment), else its file name, else its position. */
function resourceName(id: string | undefined, url: string | undefined, index: number): string {
  const tail = (s: string) => s.split(/[#/?]/).filter(Boolean).pop() ?? '';
  const fromUrl = url ? tail(safeDecode(url)).replace(/(\.[a-z0-9]+)+$/i, '') : '';
  const raw = (id ? tail(id) : '') || fromUrl;
  const name = raw.toLowerCase().replace(/[^-a-z0-9._]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return name || `table-${index + 1}`;
}

const reader: MetadataReader = {
  form: 'csvw',
  title: 'CSVW',
  recognise(value, fileName) {
    const kind = csvwKind(value);
    if (kind === 'table-group' || kind === 'table') return hasCsvwContext(value) || CSVW_METADATA_NAME.test(fileName);
    return false;
  },
  read(input) {
    const doc = input.doc.value as Record<string, unknown>;
    const m = new Mapper(input);
    const descriptor = m.mapDocument(doc);
    // 'spend.csv-metadata.json' describes 'spend'; 'csv-metadata.json' is named after its folder.
    const base = path.basename(input.path);
    const own = base.toLowerCase() === 'csv-metadata.json' ? '' : base.replace(CSVW_METADATA_NAME, '').replace(/(\.[a-z0-9]+)+$/i, '');
    const dataset = buildDataset(input, { descriptor, map: m.map, notes: m.notes }, { form: 'csvw', source: doc, localCopies: true, fallbackName: own || undefined });
    if (m.usedFiles.length) dataset.usedFiles = [...new Set([...(dataset.usedFiles ?? []), ...m.usedFiles])];
    return [dataset];
  },
};
export default reader;
