// Where values are in JSON text, by JSON pointer: for findings about a document parsed whole (GeoJSON, TopoJSON), which
// JSON.parse gives no positions for. Runs only when there is something to report.
import { escapePointerToken } from '../util/source.js';
import { CLOSE_BRACE, CLOSE_BRACKET, COMMA, CR, LF, OPEN_BRACE, OPEN_BRACKET, QUOTE, SPACE, TAB, positionIn } from '../util/json-characters.js';

const BACKSLASH = 0x5c;

/** A JSON pointer with one more token. */
export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${escapePointerToken(key)}`;
}

/**
 * The line and column (1-based, a line break being '\n', '\r\n' or a lone '\r') of the value at each pointer, in
 * text that JSON.parse has accepted (a leading BOM removed). One pass: it descends only into values on the way to a
 * wanted pointer, skips every other value whole, and stops once every pointer is found. A pointer that names nothing
 * gets the position of its nearest existing parent.
 */
export function locatePointers(text: string, pointers: readonly string[]): Map<string, { line: number; column: number }> {
  const wanted = new Set(pointers);
  const onPath = new Set<string>();
  for (const p of wanted) {
    for (let q = p; ; q = q.slice(0, q.lastIndexOf('/'))) {
      onPath.add(q);
      if (q === '') break;
    }
  }
  /** Offsets of the values visited: every pointer on the way to a wanted one that exists. */
  const offsets = new Map<string, number>();
  let found = 0;
  const n = text.length;
  const ws = (i: number): number => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c !== SPACE && c !== TAB && c !== LF && c !== CR) return i;
      i++;
    }
  };
  /** The index after the string that starts at i. */
  const stringEnd = (i: number): number => {
    let j = i + 1;
    for (;;) {
      const q = text.indexOf('"', j);
      if (q < 0) return n;
      let k = q - 1;
      while (text.charCodeAt(k) === BACKSLASH) k--;
      if ((q - 1 - k) % 2 === 0) return q + 1;
      j = q + 1;
    }
  };
  /** The index after the value that starts at i. */
  const skip = (i: number): number => {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return stringEnd(i);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      let depth = 0;
      for (let j = i; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === QUOTE) j = stringEnd(j) - 1;
        else if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
        else if ((d === CLOSE_BRACE || d === CLOSE_BRACKET) && --depth === 0) return j + 1;
      }
      return n;
    }
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || d === SPACE || d === TAB || d === LF || d === CR) break;
      j++;
    }
    return j;
  };
  /** Visits the value at i, whose pointer is on the way to a wanted one; returns the index after it. */
  const visit = (pointer: string, i: number): number => {
    offsets.set(pointer, i);
    if (wanted.has(pointer)) found++;
    const c = text.charCodeAt(i);
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET) return skip(i);
    const close = c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
    let j = ws(i + 1);
    let index = 0;
    while (j < n && text.charCodeAt(j) !== close) {
      if (found === wanted.size) return n;
      let key: string | number = index++;
      if (c === OPEN_BRACE) {
        const end = stringEnd(j);
        const raw = text.slice(j + 1, end - 1);
        key = raw.includes('\\') ? (JSON.parse(text.slice(j, end)) as string) : raw;
        j = ws(ws(end) + 1); // past the ':'
      }
      const p = childPointer(pointer, key);
      j = ws(onPath.has(p) ? visit(p, j) : skip(j));
      if (text.charCodeAt(j) === COMMA) j = ws(j + 1);
    }
    return j + 1;
  };
  visit('', ws(0));

  // Positions from offsets, counting lines once from the start.
  const result = new Map<string, { line: number; column: number }>();
  const nearest = (p: string): number => {
    for (let q = p; ; q = q.slice(0, q.lastIndexOf('/'))) {
      const at = offsets.get(q);
      if (at !== undefined) return at;
      if (q === '') return 0;
    }
  };
  const sorted = [...wanted].map((p) => ({ p, at: nearest(p) })).sort((a, b) => a.at - b.at);
  let pos = { line: 1, column: 1 };
  let from = 0;
  for (const { p, at } of sorted) {
    pos = positionIn(text, at, pos.line, pos.column, from);
    from = at;
    result.set(p, pos);
  }
  return result;
}
