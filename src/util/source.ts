// Parses YAML or JSON text keeping where every value came from, so errors can name a line and column.
import { BOM } from './json-characters.js';
import { locateJsonError, parseErrorOffset } from './json-error-location.js';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node } from 'yaml';

import { JsonPositions, type Position } from './json-positions.js';

export type { Position };

export interface SourceDocument {
  value: unknown;
  /** Line and column of the value at a JSON pointer ('' is the root); the nearest existing parent when absent. */
  locate(pointer: string): Position | undefined;
  /** Line and column of the key of the member at a pointer (for 'unknown property' errors). */
  locateKey(pointer: string): Position | undefined;
}

export class SourceSyntaxError extends Error {
  constructor(message: string, readonly line?: number, readonly column?: number) {
    super(message);
  }
}

/** Escapes one JSON pointer token ('~' as '~0', '/' as '~1'): the inverse of splitPointer's unescaping. */
export function escapePointerToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Each map node's members by key, built on the first lookup in that map (the first member with a key wins). */
const membersOf = new WeakMap<object, Map<string, { value: Node | null; key: Node | null }>>();

function child(node: unknown, key: string): { value: Node | null; key: Node | null } | undefined {
  if (isMap(node)) {
    // A Map per map node, not a scan of its items per lookup: locating every member of a map with n keys stays linear.
    let members = membersOf.get(node);
    if (!members) {
      members = new Map();
      for (const item of node.items) {
        if (isPair(item) && isScalar(item.key)) {
          const name = String(item.key.value);
          if (!members.has(name)) members.set(name, { value: (item.value as Node | null) ?? null, key: item.key as Node });
        }
      }
      membersOf.set(node, members);
    }
    return members.get(key);
  }
  if (isSeq(node)) {
    const i = Number(key);
    const item = node.items[i] as Node | undefined;
    return item === undefined ? undefined : { value: item, key: item };
  }
  return undefined;
}

/**
 * Parses JSON strictly (JSON.parse) or YAML. Positions are looked up lazily: in JSON from an index of offsets
 * (json-positions.ts), in YAML from the YAML document (built again, if need be, without failing on duplicate keys).
 */
export function parseSource(text: string, kind: 'json' | 'yaml'): SourceDocument {
  const lineCounter = new LineCounter();
  let value: unknown;
  let doc: Document.Parsed | undefined;
  if (kind === 'json') {
    try {
      value = JSON.parse(text);
    } catch (err) {
      const { message, line, column } = describeJsonError(text, err as Error);
      throw new SourceSyntaxError(message, line, column);
    }
    // Positions are wanted only for findings and errors: the position-keeping parse (ten times JSON.parse) waits.
  } else {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
      const pos = lineCounter.linePos(first.pos[0]);
      const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
      throw new SourceSyntaxError(message, pos.line, pos.col);
    }
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      // The yaml library refuses a document whose aliases expand too far (an alias bomb): a fault of the file.
      if (!/alias/i.test((err as Error).message)) throw err;
      throw new SourceSyntaxError('its aliases (*name) expand to too many values (an alias bomb); write the values out, or use fewer aliases', 1, 1);
    }
  }
  if (kind === 'json') {
    // Positions from a light index of the text's offsets, built on the first lookup.
    let positions: JsonPositions | undefined;
    const at = (pointer: string, wantKey: boolean): Position | undefined => (positions ??= new JsonPositions(text)).locate(splitPointer(pointer), wantKey);
    return { value, locate: (p) => at(p, false), locateKey: (p) => at(p, true) };
  }
  const walk = (pointer: string, wantKey: boolean): Position | undefined => {
    doc ??= parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
    let node: unknown = doc.contents;
    let lastPos: Position | undefined = rangeOf(node as Node | null, lineCounter);
    let keyPos: Position | undefined;
    const parts = splitPointer(pointer);
    for (let i = 0; i < parts.length; i++) {
      const next = child(node, parts[i]!);
      if (!next) return lastPos;
      if (i === parts.length - 1 && wantKey) keyPos = rangeOf(next.key, lineCounter);
      node = next.value;
      lastPos = rangeOf(next.value, lineCounter) ?? rangeOf(next.key, lineCounter) ?? lastPos;
    }
    return wantKey ? keyPos ?? lastPos : lastPos;
  };
  return { value, locate: (p) => walk(p, false), locateKey: (p) => walk(p, true) };
}

function rangeOf(node: Node | null | undefined, lc: LineCounter): Position | undefined {
  if (!node || !node.range) return undefined;
  const pos = lc.linePos(node.range[0]);
  return { line: pos.line, column: pos.col };
}

/** Offset of the first character JSON.parse rejects, skipping a leading BOM; undefined if the rest is valid JSON. */
function rejectedOffset(text: string): number | undefined {
  const bom = text.charCodeAt(0) === BOM ? 1 : 0;
  const found = locateJsonError(bom === 1 ? text.slice(1) : text);
  return found === null ? undefined : found.rejectedAt + bom;
}

/** Turns a JSON.parse error into a plain sentence with a line and column. */
export function describeJsonError(text: string, err: Error): { message: string; line?: number; column?: number } {
  const raw = err.message;
  // V8 names no position for an unexpected token or end: then the locator finds the character JSON.parse rejected.
  const position = parseErrorOffset(raw) ?? rejectedOffset(text);
  let message = raw
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/^JSON\.parse: /, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
  if (/Unexpected end of JSON input/.test(raw)) message = 'Unexpected end of file: the JSON is incomplete (a bracket or brace is not closed)';
  if (/^Unexpected token/.test(raw) && position !== undefined && position < text.length) {
    message = `Unexpected character '${text[position]}'`;
  }
  if (text.trim() === '') message = 'The file is empty: expected a JSON document';
  if (position === undefined) return { message };
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  }
  return { message, line, column: position - lineStart + 1 };
}
