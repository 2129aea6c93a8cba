// The Frictionless Data Package adapter: datapackage.json to a Dataset with its resources resolved on disk.
// It never reads data; it only says where each resource's data is, or why it cannot be read.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CsvDialect, DataFormat, Dataset, Resource, ResourceStatus } from '../model/dataset.js';
import { sanitiseTableSchema } from '../tableschema/sanitise.js';
import { parseSource, SourceSyntaxError } from '../util/source.js';
import { displayPath } from '../util/paths.js';
import { isObject } from '../util/objects.js';

const FORMAT_BY_EXTENSION: Record<string, DataFormat> = { csv: 'csv', tsv: 'csv', txt: 'csv', json: 'json', ndjson: 'ndjson', jsonl: 'ndjson' };

export function formatOf(declared: string | undefined, file: string): { format: DataFormat | 'other'; declaredFormat: string } {
  const ext = path.extname(file).slice(1).toLowerCase();
  const name = (declared ?? ext).toLowerCase();
  return { format: FORMAT_BY_EXTENSION[name] ?? 'other', declaredFormat: name };
}


/** Keeps the well-typed properties of a CSV dialect (metadata-valid reports the others). */
function sanitiseDialect(raw: Record<string, unknown>): CsvDialect {
  const d: CsvDialect = {};
  const oneChar = (v: unknown) => typeof v === 'string' && v.length === 1;
  if (typeof raw.delimiter === 'string' && raw.delimiter.length > 0) d.delimiter = raw.delimiter;
  if (oneChar(raw.quoteChar)) d.quoteChar = raw.quoteChar as string;
  if (oneChar(raw.escapeChar)) d.escapeChar = raw.escapeChar as string;
  if (oneChar(raw.commentChar)) d.commentChar = raw.commentChar as string;
  if (typeof raw.lineTerminator === 'string') d.lineTerminator = raw.lineTerminator;
  for (const k of ['doubleQuote', 'header', 'skipInitialSpace'] as const) if (typeof raw[k] === 'boolean') d[k] = raw[k] as boolean;
  return d;
}

/** Reads a schema given inline or as a relative path to a JSON file, as Table Schema allows. */
function readSchemaRef(ref: unknown, baseDir: string): { schema?: Record<string, unknown>; error?: string } {
  if (isObject(ref)) return { schema: ref };
  if (typeof ref !== 'string') return {};
  if (/^https?:\/\//i.test(ref)) return { error: `the schema '${ref}' is remote and odlint works offline: it was not read` };
  if (path.isAbsolute(ref) || ref.split(/[\\/]/).includes('..')) return { error: `the schema path '${ref}' must be relative to the package folder, without '..'` };
  const file = path.join(baseDir, ref);
  try {
    const value = parseSource(readFileSync(file, 'utf8'), 'json').value;
    return isObject(value) ? { schema: value } : { error: `the schema file '${ref}' does not hold a JSON object` };
  } catch (err) {
    if (err instanceof SourceSyntaxError) return { error: `the schema file '${ref}' is not valid JSON (line ${err.line ?? '?'}): ${err.message}` };
    return { error: `the schema file '${ref}' cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

/** A Table Schema has fields; anything else given as a schema is taken for a JSON Schema. */
function isTableSchema(s: Record<string, unknown>): boolean {
  return 'fields' in s;
}

function resolveResourcePath(declared: string, baseDir: string): { status: ResourceStatus; absolutePath?: string } {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(declared)) return { status: 'remote' };
  if (path.isAbsolute(declared) || /^[a-zA-Z]:[\\/]/.test(declared)) return { status: 'absolute-path', absolutePath: declared };
  const absolutePath = path.resolve(baseDir, declared);
  // The Data Package spec forbids '..' in paths outright (a package must not reach outside its folder).
  if (declared.split(/[\\/]/).includes('..')) return { status: 'outside-package', absolutePath };
  try {
    const st = statSync(absolutePath);
    return { status: st.isFile() ? 'ok' : 'not-a-file', absolutePath };
  } catch {
    return { status: 'missing', absolutePath };
  }
}

export function loadDataPackage(metadataPath: string): Dataset {
  const baseDir = path.dirname(metadataPath);
  const metadataFile = displayPath(metadataPath);
  const known = { metadataPath, metadataFile };
  const fallbackName = path.basename(baseDir);
  let text: string;
  try {
    text = readFileSync(metadataPath, 'utf8');
  } catch (err) {
    return { name: fallbackName, ...known, baseDir, locate: () => undefined, resources: [], metadataError: { message: `The metadata file cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` } };
  }
  let doc;
  try {
    doc = parseSource(text, 'json');
  } catch (err) {
    const e = err as SourceSyntaxError;
    return { name: fallbackName, ...known, baseDir, locate: () => undefined, resources: [], metadataError: { message: `datapackage.json is not valid JSON: ${e.message}`, line: e.line, column: e.column } };
  }
  const descriptor = doc.value;
  if (!isObject(descriptor)) {
    return { name: fallbackName, ...known, baseDir, locate: doc.locate, resources: [], metadataError: { message: 'datapackage.json must hold a JSON object (the package descriptor)', line: 1, column: 1 } };
  }
  const name = typeof descriptor.name === 'string' && descriptor.name ? descriptor.name : fallbackName;
  const resources: Resource[] = [];
  const list = Array.isArray(descriptor.resources) ? descriptor.resources : [];
  list.forEach((raw: unknown, index: number) => {
    if (!isObject(raw)) return; // the profile check reports it
    const pointer = `/resources/${index}`;
    const paths = typeof raw.path === 'string' ? [raw.path] : Array.isArray(raw.path) ? raw.path.filter((p): p is string => typeof p === 'string') : [];
    const { schema: rawSchema, error: schemaError } = readSchemaRef(raw.schema, baseDir);
    const jsonSchemaRef = readSchemaRef(raw.jsonSchema, baseDir);
    const schema = rawSchema && isTableSchema(rawSchema) ? sanitiseTableSchema(rawSchema) : undefined;
    const jsonSchema = jsonSchemaRef.schema ?? (rawSchema && !isTableSchema(rawSchema) ? rawSchema : undefined);
    const base = {
      name: typeof raw.name === 'string' ? raw.name : undefined,
      mediatype: typeof raw.mediatype === 'string' ? raw.mediatype : undefined,
      encoding: typeof raw.encoding === 'string' ? raw.encoding : undefined,
      dialect: isObject(raw.dialect) ? sanitiseDialect(raw.dialect) : undefined,
      schema,
      jsonSchema,
      descriptor: raw,
      pointer,
      schemaError: schemaError ?? jsonSchemaRef.error,
    };
    if (paths.length === 0) {
      const status: ResourceStatus = raw.data !== undefined ? 'inline' : 'no-path';
      resources.push({ ...base, index, file: metadataFile, status, ...formatOf(raw.format as string | undefined, '') });
      return;
    }
    paths.forEach((declaredPath, part) => {
      const resolved = resolveResourcePath(declaredPath, baseDir);
      const file = resolved.status === 'remote' ? declaredPath : displayPath(resolved.absolutePath ?? declaredPath);
      const fmt = formatOf(typeof raw.format === 'string' ? raw.format : undefined, declaredPath);
      // Multipart resources: only the first part carries the header row.
      const dialect = part > 0 ? { ...(base.dialect ?? {}), header: false } : base.dialect;
      const tsvDialect = fmt.declaredFormat === 'tsv' && !dialect?.delimiter ? { ...(dialect ?? {}), delimiter: '\t' } : dialect;
      resources.push({ ...base, index, declaredPath, file, ...resolved, ...fmt, dialect: tsvDialect });
    });
  });
  return {
    name,
    title: typeof descriptor.title === 'string' ? descriptor.title : undefined,
    publisher: publisherOf(descriptor),
    ...known,
    baseDir,
    descriptor,
    locate: doc.locate,
    resources,
  };
}

/** The publisher's display name (DCAT's publisher, or Data Package v1's contributor with role publisher). */
function publisherOf(descriptor: Record<string, unknown>): string | undefined {
  const name = (v: unknown): string | undefined => {
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (!isObject(v)) return undefined;
    for (const key of ['title', 'name']) if (typeof v[key] === 'string' && (v[key] as string).trim()) return (v[key] as string).trim();
    return undefined;
  };
  const direct = name(descriptor.publisher);
  if (direct) return direct;
  const contributors = Array.isArray(descriptor.contributors) ? descriptor.contributors : [];
  return contributors.map((c) => (isObject(c) && c.role === 'publisher' ? name(c) : undefined)).find((n) => n !== undefined);
}

/** A data file with no metadata: linted for structure only. */
export function loneFileDataset(absolutePath: string): Dataset {
  const file = displayPath(absolutePath);
  const fmt = formatOf(undefined, absolutePath);
  const dialect = fmt.declaredFormat === 'tsv' ? { delimiter: '\t' } : undefined;
  return {
    name: path.basename(absolutePath),
    baseDir: path.dirname(absolutePath),
    locate: () => undefined,
    resources: [{ index: 0, name: path.basename(absolutePath), file, declaredPath: path.basename(absolutePath), absolutePath, status: 'ok', ...fmt, dialect, descriptor: {}, pointer: '' }],
  };
}
