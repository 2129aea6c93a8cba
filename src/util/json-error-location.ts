// Finds the first error in JSON text and explains it in plain words. One locator for the data readers (which point
// at the cause: a trailing comma, the opening quote of an unterminated string) and for metadata files (which name
// the character a strict parser rejects, because V8's "Unexpected token" messages carry no position). It runs only
// on the error path, after JSON.parse failed, so it favours clarity over speed; it is iterative, so deeply nested
// input cannot overflow the call stack.
import {
  APOSTROPHE, BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, CR, LF, OPEN_BRACE, OPEN_BRACKET, QUOTE, SPACE, TAB,
  describeChar, isDigit, isLetter, shorten, startsValue,
} from './json-characters.js';

export interface JsonErrorLocation {
  /** 0-based offset of the cause the message points at (text.length for an unexpected end). */
  offset: number;
  /**
   * 0-based offset of the first character a strict parser such as JSON.parse rejects (text.length for an unexpected
   * end). The same as offset, except where the cause comes earlier: e.g. the ']' after a trailing comma, the line
   * break inside an unterminated string, the character after the valid start of a number or literal.
   */
  rejectedAt: number;
  message: string;
  /** True when the text is a valid beginning that simply stops too early. */
  atEnd: boolean;
}

/** The offset V8 names in a JSON.parse message ("… in JSON at position N"), if it names one. */
export function parseErrorOffset(message: string): number | undefined {
  const match = /at position (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

const V_VALUE = 0;
const V_KEY = 1;
const V_COLON = 2;
const V_AFTER = 3;

const VIA_START = 0;
const VIA_OPEN = 1;
const VIA_COMMA = 2;
const VIA_COLON = 3;

const NUMBER_RE = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const NUMBER_PREFIX_RE = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;

function isNumberTokenChar(c: number): boolean {
  return isDigit(c) || isLetter(c) || c === 0x2e || c === 0x2b || c === 0x2d || c === 0x5f;
}

function isWordChar(c: number): boolean {
  return isDigit(c) || isLetter(c) || c === 0x5f || c === 0x24;
}

function numberHint(token: string): string {
  if (/^[+]/.test(token)) return 'a number cannot start with \'+\'';
  if (/^-?0\d/.test(token)) return 'a number cannot start with a leading zero (write text codes in double quotes)';
  if (/^-?\.|\.$|\.[eE]/.test(token)) return 'a decimal point needs digits on both sides, as in 0.5';
  if (/^-?(?:Infinity|NaN)$/i.test(token)) return 'JSON has no Infinity or NaN; use null for a missing number';
  return 'expected a number such as 12, -3.5 or 1e6';
}

/** The literal a strict parser expects once it has seen t, f or n. */
function literalStartingWith(c: number): string | undefined {
  return c === 0x74 ? 'true' : c === 0x66 ? 'false' : c === 0x6e ? 'null' : undefined;
}

/** Length of the longest common beginning of a word and a literal. */
function matchingPrefix(word: string, literal: string): number {
  let k = 0;
  while (k < word.length && k < literal.length && word[k] === literal[k]) k++;
  return k;
}

function failure(offset: number, message: string, rejectedAt = offset): JsonErrorLocation {
  return { offset, rejectedAt, message, atEnd: false };
}

/** Scans the string starting at the quote text[start]; returns the index after it, or an error. */
function scanString(text: string, start: number): number | JsonErrorLocation {
  const n = text.length;
  let j = start + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j + 1;
    if (c === BACKSLASH) {
      if (j + 1 >= n) break;
      const d = text.charCodeAt(j + 1);
      if (d === LF || d === CR) return unterminatedByLine(start, j + 1);
      if (d === 0x75 /* u */) {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
          return failure(j, 'Invalid \\u escape in a string: \\u must be followed by four hexadecimal digits', j + 2);
        }
        j += 6;
        continue;
      }
      if ('"\\/bfnrt'.includes(text[j + 1]!)) { j += 2; continue; }
      return failure(j, `Invalid escape '\\${text[j + 1]}' in a string (to write a backslash, double it: \\\\)`, j + 1);
    }
    if (c === LF || c === CR) return unterminatedByLine(start, j);
    if (c < 0x20) {
      return failure(j, `Control ${describeChar(text, j)} inside a string: write it as an escape such as \\t or \\u0009`);
    }
    j++;
  }
  return failure(start, 'Unterminated string: the closing \'"\' is missing', n);
}

function unterminatedByLine(start: number, lineBreak: number): JsonErrorLocation {
  return failure(start,
    'Unterminated string: the line ends before the closing \'"\' (write a line break inside a text as \\n)', lineBreak);
}

/** The first error in text (one JSON value, optionally surrounded by whitespace), or null if it is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const n = text.length;
  const stack: number[] = [];
  let state = V_VALUE;
  let via = VIA_START;
  let lastComma = -1;
  let i = 0;
  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === TAB || c === LF || c === CR) i++;
      else break;
    }
    if (i >= n) {
      if (state === V_AFTER && stack.length === 0) return null;
      let detail: string;
      if (state === V_VALUE) detail = 'a value is missing';
      else if (state === V_KEY) detail = 'a property name is missing';
      else if (state === V_COLON) detail = 'the \':\' and the value of a property are missing';
      else detail = stack[stack.length - 1] === OPEN_BRACE ? 'a closing \'}\' is missing' : 'a closing \']\' is missing';
      return { offset: n, rejectedAt: n, atEnd: true, message: detail };
    }
    const c = text.charCodeAt(i);
    const top = stack.length > 0 ? stack[stack.length - 1] : 0;

    if (state === V_VALUE) {
      if (c === OPEN_BRACE) { stack.push(c); state = V_KEY; via = VIA_OPEN; i++; continue; }
      if (c === OPEN_BRACKET) { stack.push(c); state = V_VALUE; via = VIA_OPEN; i++; continue; }
      if (c === CLOSE_BRACKET && via === VIA_OPEN && top === OPEN_BRACKET) { stack.pop(); state = V_AFTER; i++; continue; }
      if (c === CLOSE_BRACKET && via === VIA_COMMA) return failure(lastComma, 'Trailing comma before \']\'', i);
      if ((c === CLOSE_BRACE || c === CLOSE_BRACKET || c === COMMA) && via === VIA_COLON) {
        return failure(i, 'Missing value after \':\'');
      }
      if (c === COMMA) return failure(i, 'Unexpected \',\' where a value was expected');
      if (c === QUOTE) {
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end; state = V_AFTER; continue;
      }
      if (c === 0x2d || c === 0x2b || c === 0x2e || isDigit(c)) {
        let j = i + 1;
        while (j < n && isNumberTokenChar(text.charCodeAt(j))) j++;
        const token = text.slice(i, j);
        if (!NUMBER_RE.test(token)) {
          // A strict parser takes the valid start of the token as the number and rejects what follows.
          const valid = NUMBER_PREFIX_RE.exec(token)?.[0].length ?? 0;
          return failure(i, `Invalid number '${shorten(token)}': ${numberHint(token)}`, i + valid);
        }
        i = j; state = V_AFTER; continue;
      }
      if (isLetter(c)) {
        let j = i + 1;
        while (j < n && isWordChar(text.charCodeAt(j))) j++;
        const word = text.slice(i, j);
        if (word === 'true' || word === 'false' || word === 'null') { i = j; state = V_AFTER; continue; }
        // A strict parser reads t, f and n as the start of true, false and null and rejects the first mismatch.
        const literal = literalStartingWith(c);
        const rejectedAt = literal === undefined ? i : i + matchingPrefix(word, literal);
        if (/^-?(?:Infinity|NaN)$/.test(word)) return failure(i, `Invalid number '${word}': ${numberHint(word)}`, rejectedAt);
        if (word.length === 1) return failure(i, `Unexpected ${describeChar(text, i)} where a value was expected`, rejectedAt);
        return failure(i, `Unexpected word '${shorten(word)}' where a value was expected: text must be in double ` +
          'quotes, and the only words allowed are true, false and null', rejectedAt);
      }
      if (c === APOSTROPHE) return failure(i, 'Text must be in double quotes ("…"), not single quotes');
      return failure(i, `Unexpected ${describeChar(text, i)} where a value was expected`);
    }

    if (state === V_KEY) {
      if (c === QUOTE) {
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end; state = V_COLON; continue;
      }
      if (c === CLOSE_BRACE && via === VIA_OPEN) { stack.pop(); state = V_AFTER; i++; continue; }
      if (c === CLOSE_BRACE && via === VIA_COMMA) return failure(lastComma, 'Trailing comma before \'}\'', i);
      if (c === APOSTROPHE) return failure(i, 'Property names must be in double quotes ("…"), not single quotes');
      if (isWordChar(c)) {
        let j = i + 1;
        while (j < n && isWordChar(text.charCodeAt(j))) j++;
        return failure(i, `Property name '${shorten(text.slice(i, j))}' must be in double quotes`);
      }
      return failure(i, `Unexpected ${describeChar(text, i)} where a property name in double quotes was expected`);
    }

    if (state === V_COLON) {
      if (c === COLON) { state = V_VALUE; via = VIA_COLON; i++; continue; }
      return failure(i, `Missing ':' after the property name (found ${describeChar(text, i)})`);
    }

    // V_AFTER: a value just ended.
    if (stack.length === 0) {
      return failure(i, `Unexpected ${describeChar(text, i)} after the end of the record: a line must hold exactly ` +
        'one JSON value');
    }
    if (c === COMMA) {
      lastComma = i; via = VIA_COMMA; state = top === OPEN_BRACE ? V_KEY : V_VALUE; i++; continue;
    }
    if (c === CLOSE_BRACKET && top === OPEN_BRACKET) { stack.pop(); i++; continue; }
    if (c === CLOSE_BRACE && top === OPEN_BRACE) { stack.pop(); i++; continue; }
    const expected = top === OPEN_BRACE ? '\',\' or \'}\'' : '\',\' or \']\'';
    if (startsValue(c) || c === APOSTROPHE) {
      return failure(i, top === OPEN_BRACE ? 'Missing comma between properties' : 'Missing comma between array values');
    }
    return failure(i, `Unexpected ${describeChar(text, i)} where ${expected} was expected`);
  }
}
