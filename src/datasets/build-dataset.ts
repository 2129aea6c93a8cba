// Turns a Data Package shaped descriptor, as the Data Package reader reads it or another reader maps it, into a
// Dataset whose resources are resolved on disk. It never reads data; it only says where each resource's data is, or
// why it cannot be read. Schema and dialect files the descriptor names are read here (and never linted as data).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CsvDialect, Dataset, MetadataForm, RemoteRef, Resource, ResourceStatus } from '../model/dataset.js';
import { sanitiseTableSchema } from '../tableschema/sanitise.js';
import { parseSource, SourceSyntaxError } from '../util/source.js';
import { displayPath } from '../util/paths.js';
import { isObject } from '../util/objects.js';
import { formatOf } from './format-of.js';
import { confine } from '../util/confine.js';
import { unreadFormatKind } from '../util/format-kinds.js';
import { mappedLocator } from './pointer-map.js';
import type { MappedDataset, MetadataInput } from './metadata-reader.js';

const URL_RE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Keeps the well-typed properties of a CSV dialect (metadata-valid reports the others). */
export function sanitiseDialect(raw: Record<string, unknown>): CsvDialect {
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

/**
 * A JSON object given inline or as a relative path (a schema or dialect): its value, or why it could not be read, or
 * the URL it is at (never fetched: odlint works offline); `file` is the file it was read from, for usedFiles.
 */
interface Ref { value?: Record<string, unknown>; error?: string; remote?: string; file?: string }

/** Reads an object given inline or as a relative path to a JSON file, as Table Schema and Data Package allow. */
export function readObjectRef(ref: unknown, baseDir: string, what: 'schema' | 'dialect' = 'schema'): Ref {
  if (isObject(ref)) return { value: ref };
  if (typeof ref !== 'string') return {};
  if (URL_RE.test(ref)) return { remote: ref };
  if (path.isAbsolute(ref) || ref.split(/[\\/]/).includes('..')) return { error: `the ${what} path '${ref}' must be relative to the package folder, without '..'` };
  const file = path.join(baseDir, ref);
  // A symbolic link out of the package is never followed: what it points at is not the publisher's to ship.
  if (confine(file, baseDir).outside) return { error: `the ${what} path '${ref}' is a symbolic link leading outside the package folder, so it was not read` };
  try {
    const value = parseSource(readFileSync(file, 'utf8'), /\.ya?ml$/i.test(ref) ? 'yaml' : 'json').value;
    return isObject(value) ? { value, file } : { error: `the ${what} file '${ref}' does not hold a JSON object`, file };
  } catch (err) {
    if (err instanceof SourceSyntaxError) return { error: `the ${what} file '${ref}' is not valid JSON (line ${err.line ?? '?'}): ${err.message}`, file };
    return { error: `the ${what} file '${ref}' cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

/** A Table Schema has fields; anything else given as a schema is taken for a JSON Schema. */
function isTableSchema(s: Record<string, unknown>): boolean {
  return 'fields' in s;
}

function statusOf(absolutePath: string): ResourceStatus {
  try {
    return statSync(absolutePath).isFile() ? 'ok' : 'not-a-file';
  } catch {
    return 'missing';
  }
}

/**
 * Where a resource's data is. `localCopies`: a catalogue record's absolute URL whose last path segment names a file
 * beside the metadata is that file (the common export layout: the record plus the downloaded files).
 */
export function resolveResourcePath(declared: string, baseDir: string, localCopies = false): { status: ResourceStatus; absolutePath?: string } {
  if (URL_RE.test(declared)) {
    if (localCopies) {
      let last: string | undefined;
      try {
        last = decodeURIComponent(new URL(declared).pathname.split('/').pop() ?? '');
      } catch { /* not a URL after all: remote */ }
      if (last && !/[\\/]/.test(last) && last !== '..' && last !== '.') {
        const beside = path.join(baseDir, last);
        if (statusOf(beside) === 'ok' && !confine(beside, baseDir).outside) return { status: 'ok', absolutePath: beside };
      }
    }
    return { status: 'remote' };
  }
  if (path.isAbsolute(declared) || /^[a-zA-Z]:[\\/]/.test(declared)) return { status: 'absolute-path', absolutePath: declared };
  const absolutePath = path.resolve(baseDir, declared);
  // The Data Package spec forbids '..' in paths outright (a package must not reach outside its folder).
  if (declared.split(/[\\/]/).includes('..')) return { status: 'outside-package', absolutePath };
  if (confine(absolutePath, baseDir).outside) return { status: 'outside-via-link', absolutePath };
  return { status: statusOf(absolutePath), absolutePath };
}

/** The compression a descriptor declares ('gz', 'gzip', 'zip'), if it is one odlint knows. */
function declaredCompression(v: unknown): 'gz' | 'zip' | undefined {
  if (typeof v !== 'string') return undefined;
  const c = v.toLowerCase();
  return c === 'gz' || c === 'gzip' ? 'gz' : c === 'zip' ? 'zip' : undefined;
}

/** A contributor's or publisher's display name: the string itself, or an object's title or name. */
function displayName(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (!isObject(v)) return undefined;
  for (const key of ['title', 'name']) if (typeof v[key] === 'string' && (v[key] as string).trim()) return (v[key] as string).trim();
  return undefined;
}

/** The contributors that have a role: v1 writes one `role`, v2 a `roles` array. */
function contributorsWithRole(descriptor: Record<string, unknown>, role: string): Record<string, unknown>[] {
  const contributors = Array.isArray(descriptor.contributors) ? descriptor.contributors : [];
  return contributors.filter((c): c is Record<string, unknown> => isObject(c) && (c.role === role || (Array.isArray(c.roles) && c.roles.includes(role))));
}

/** The publisher the descriptor names: DCAT's `publisher`, else the contributor whose role (v1) or roles (v2) say publisher. */
export function declaredPublisher(descriptor: Record<string, unknown>): string | undefined {
  return displayName(descriptor.publisher) ?? contributorsWithRole(descriptor, 'publisher').map(displayName).find((n) => n !== undefined);
}

/**
 * The publisher's display name: the declared publisher, else the organisation of the first creator that names one
 * (v2 `organization`, v1 `organisation`). A creator's own title is not used: it is usually a person, and reports group
 * by department. A `contact` is never the publisher.
 */
export function publisherOf(descriptor: Record<string, unknown>): string | undefined {
  const declared = declaredPublisher(descriptor);
  if (declared) return declared;
  for (const c of contributorsWithRole(descriptor, 'creator')) {
    const organisation = displayName(c.organization) ?? displayName(c.organisation);
    if (organisation) return organisation;
  }
  return undefined;
}

/** The schema, JSON Schema and dialect given as URLs, for resource-remote (none: nothing, so resources keep their shape). */
function remoteRefs(refs: Record<RemoteRef['property'], Ref>): { remoteRefs?: RemoteRef[] } {
  const list = (Object.entries(refs) as [RemoteRef['property'], Ref][]).flatMap(([property, ref]) => (ref.remote ? [{ property, url: ref.remote }] : []));
  return list.length ? { remoteRefs: list } : {};
}

export interface BuildOptions {
  form: MetadataForm;
  /** The document as written. */
  source: unknown;
  /** Resolve absolute URLs to files beside the metadata (catalogue forms). */
  localCopies?: boolean;
  /** The dataset's name when the descriptor has none (default: the metadata file's folder name). */
  fallbackName?: string;
}

/** The Dataset of a mapped descriptor, with its resources resolved on disk. */
export function buildDataset(input: MetadataInput, mapped: MappedDataset, options: BuildOptions): Dataset {
  const { baseDir } = input;
  const descriptor = mapped.descriptor;
  const usedFiles: string[] = [];
  const locate = mappedLocator(input.doc, mapped.map);
  const fallbackName = options.fallbackName ?? path.basename(baseDir);
  const common = { metadataPath: input.path, metadataFile: input.file, baseDir, form: options.form, source: options.source, locate, locateSource: (p: string) => input.doc.locate(p), ...(mapped.root !== undefined ? { sourcePointer: mapped.root } : {}) };
  if (mapped.error) {
    const pos = mapped.error.pointer !== undefined ? input.doc.locate(mapped.error.pointer) : undefined;
    return { name: fallbackName, ...common, resources: [], notes: mapped.notes, metadataError: { message: mapped.error.message, line: pos?.line, column: pos?.column } };
  }
  const name = typeof descriptor.name === 'string' && descriptor.name ? descriptor.name : fallbackName;
  const resources: Resource[] = [];
  const notes = [...(mapped.notes ?? [])];
  const list = Array.isArray(descriptor.resources) ? descriptor.resources : [];
  list.forEach((raw: unknown, index: number) => {
    if (!isObject(raw)) return; // the profile check reports it
    const pointer = `/resources/${index}`;
    const paths = typeof raw.path === 'string' ? [raw.path] : Array.isArray(raw.path) ? raw.path.filter((p): p is string => typeof p === 'string') : [];
    const schemaRef = readObjectRef(raw.schema, baseDir);
    const jsonSchemaRef = readObjectRef(raw.jsonSchema, baseDir);
    const dialectRef = readObjectRef(raw.dialect, baseDir, 'dialect');
    for (const ref of [schemaRef, jsonSchemaRef, dialectRef]) if (ref.file) usedFiles.push(ref.file);
    const rawSchema = schemaRef.value;
    const schema = rawSchema && isTableSchema(rawSchema) ? sanitiseTableSchema(rawSchema) : undefined;
    const jsonSchema = jsonSchemaRef.value ?? (rawSchema && !isTableSchema(rawSchema) ? rawSchema : undefined);
    const compression = declaredCompression(raw.compression);
    const base = {
      name: typeof raw.name === 'string' ? raw.name : undefined,
      mediatype: typeof raw.mediatype === 'string' ? raw.mediatype : undefined,
      encoding: typeof raw.encoding === 'string' ? raw.encoding : undefined,
      dialect: dialectRef.value ? sanitiseDialect(dialectRef.value) : undefined,
      schema,
      jsonSchema,
      descriptor: raw,
      pointer,
      schemaError: schemaRef.error ?? jsonSchemaRef.error ?? dialectRef.error,
      ...remoteRefs({ schema: schemaRef, jsonSchema: jsonSchemaRef, dialect: dialectRef }),
    };
    const tabular = raw.schema !== undefined || raw.dialect !== undefined;
    const declaredFormat = typeof raw.format === 'string' ? raw.format : undefined;
    if (paths.length === 0) {
      const status: ResourceStatus = raw.data !== undefined ? 'inline' : 'no-path';
      resources.push({ ...base, index, file: input.file, status, ...formatOf(declaredFormat, '', tabular, base.mediatype) });
      return;
    }
    paths.forEach((declaredPath, part) => {
      const resolved = resolveResourcePath(declaredPath, baseDir, options.localCopies);
      const file = resolved.status === 'remote' ? declaredPath : displayPath(resolved.absolutePath ?? declaredPath);
      const fmt = formatOf(declaredFormat, resolved.absolutePath ?? declaredPath, tabular, base.mediatype);
      const compressed = compression ?? fmt.compression;
      // Multipart resources: only the first part carries the header row.
      const dialect = part > 0 ? { ...(base.dialect ?? {}), header: false } : base.dialect;
      const tsvDialect = fmt.declaredFormat === 'tsv' && !dialect?.delimiter ? { ...(dialect ?? {}), delimiter: '\t' } : dialect;
      resources.push({ ...base, index, declaredPath, file, ...resolved, ...fmt, ...(compressed ? { compression: compressed } : {}), dialect: tsvDialect });
      // A local file in an open format odlint has no reader for (XML, a shapefile …): named, never silently passed.
      const kind = resolved.status === 'ok' && fmt.format === 'other' ? unreadFormatKind(fmt.declaredFormat) : undefined;
      if (kind) {
        const at = mapped.map.original(`${pointer}/path${Array.isArray(raw.path) ? `/${part}` : ''}`);
        notes.push({ kind: 'unread', pointer: at, written: declaredPath, detail: kind === 'open' ? `it is in the open format '${fmt.declaredFormat}', which odlint does not read, so its data was not checked` : `it is a service or web page ('${fmt.declaredFormat}'), not a data file, so nothing was checked` });
      }
    });
  });
  return {
    name,
    title: typeof descriptor.title === 'string' ? descriptor.title : undefined,
    publisher: publisherOf(descriptor),
    ...common,
    descriptor,
    ...(notes.length ? { notes } : {}),
    ...(usedFiles.length ? { usedFiles } : {}),
    resources,
  };
}
