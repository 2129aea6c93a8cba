// What a JSON file is, by its content: metadata of a form odlint reads, one of odlint's own outputs (a JSON report,
// SARIF, a GitLab report, a baseline), a fragment a descriptor uses (a Table Schema, a dialect, a JSON Schema), or
// data. Discovery asks before linting a JSON file as data, so metadata and reports are never linted as data.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { MetadataReader } from './metadata-reader.js';
import { readerFor } from './readers.js';
import { csvwKind } from './csvw.js';
import { parseSource, type SourceDocument } from '../util/source.js';
import { isObject } from '../util/objects.js';

export type JsonKind =
  | { kind: 'metadata'; reader: MetadataReader; doc: SourceDocument }
  | { kind: 'not-data'; what: string }
  | { kind: 'data' };

/** Larger files are data unless their first bytes look like metadata: metadata this big is rare, data is not. */
const FULL_PARSE_MAX_BYTES = 8 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;
/** Keys near the top of a large document that make it worth parsing as possible metadata. */
const METADATA_HINT = /"(@context|conformsTo|resources|tables|tableSchema|help|result|dataset|distribution)"\s*:/;

const DIALECT_KEYS = new Set(['delimiter', 'quoteChar', 'doubleQuote', 'escapeChar', 'header', 'headerRowCount', 'lineTerminator', 'skipInitialSpace', 'commentChar', 'commentPrefix', 'nullSequence', 'caseSensitiveHeader', 'csvddfVersion', '$schema', 'profile', 'skipRows', 'encoding', 'trim']);

function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** What a parsed document is when it is not metadata: one of odlint's outputs, a fragment, or undefined (data). */
export function notDataKind(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const first = value[0];
    return isObject(first) && 'check_name' in first && 'fingerprint' in first && 'location' in first ? 'a GitLab code quality report' : undefined;
  }
  if (!isObject(value)) return undefined;
  if (value.tool === 'odlint' || (isObject(value.tool) && value.tool.name === 'odlint')) {
    return Array.isArray(value.entries) ? 'an odlint baseline' : 'an odlint JSON report';
  }
  if (Array.isArray(value.runs) && (typeof value.$schema === 'string' ? /sarif/i.test(value.$schema) : value.version === '2.1.0')) return 'a SARIF report';
  if (Array.isArray(value.fields) && !('resources' in value)) return 'a Table Schema';
  if (csvwKind(value) === 'schema') return 'a CSVW table schema';
  if (typeof value.$schema === 'string' && /json-schema\.org/.test(value.$schema)) return 'a JSON Schema';
  if (value.type === 'object' && isObject(value.properties)) return 'a JSON Schema';
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((k) => DIALECT_KEYS.has(k)) && ('delimiter' in value || 'header' in value || 'quoteChar' in value)) return 'a CSV dialect';
  return undefined;
}

/** Classifies a JSON file (by content; `fileName` is its base name). Unreadable or invalid files are data: json-syntax says why. */
export function classifyJsonFile(file: string, fileName: string): JsonKind {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > FULL_PARSE_MAX_BYTES) {
      const start = head(file).replace(/^\uFEFF/, '').trimStart();
      if (!start.startsWith('{') || !METADATA_HINT.test(start)) return { kind: 'data' };
    }
    text = readFileSync(file, 'utf8');
  } catch {
    return { kind: 'data' };
  }
  let doc: SourceDocument;
  try {
    doc = parseSource(text, 'json');
  } catch {
    return { kind: 'data' };
  }
  const reader = readerFor(doc.value, fileName);
  if (reader) return { kind: 'metadata', reader, doc };
  const what = notDataKind(doc.value);
  return what ? { kind: 'not-data', what } : { kind: 'data' };
}
