// Character codes and character classes of JSON text, and how a character or a token is quoted in a message. Shared by
// the JSON error locator and the streaming record scanners of src/readers/, which walk text by char code.

export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const QUOTE = 0x22;
export const APOSTROPHE = 0x27;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const BACKSLASH = 0x5c;
export const BOM = 0xfeff;

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Characters that can start a JSON value: used to tell a missing comma from plain garbage. */
export function startsValue(c: number): boolean {
  return c === OPEN_BRACE || c === OPEN_BRACKET || c === QUOTE || c === 0x2d || isDigit(c) ||
    c === 0x74 /* t */ || c === 0x66 /* f */ || c === 0x6e /* n */;
}

/** How a character is shown in a message: 'x' when printable, U+XXXX otherwise. */
export function describeChar(text: string, i: number): string {
  const cp = text.codePointAt(i) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp === 0xfeff || (cp >= 0x2000 && cp <= 0x200f) ||
    cp === 0x2028 || cp === 0x2029 || (cp >= 0xd800 && cp <= 0xdfff)) {
    return `character ${hex}`;
  }
  return `character '${String.fromCodePoint(cp)}'`;
}

/** A token cut for quoting in a message. */
export function shorten(text: string, max = 30): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/**
 * Advances a known (line, column), that of text[from], over text[from .. offset), counting '\n', '\r\n' and a lone
 * '\r' as line breaks.
 */
export function positionIn(text: string, offset: number, line: number, column: number, from = 0): { line: number; column: number } {
  let l = line;
  let c = column;
  const end = Math.min(offset, text.length);
  for (let k = from; k < end; k++) {
    const ch = text.charCodeAt(k);
    if (ch === LF) {
      if (k === 0 || text.charCodeAt(k - 1) !== CR) l++;
      c = 1;
    } else if (ch === CR) {
      l++;
      c = 1;
    } else {
      c++;
    }
  }
  // Past the end (offset === text.length + n) only happens for end-of-text errors; keep counting columns.
  return { line: l, column: c + Math.max(0, offset - end) };
}
