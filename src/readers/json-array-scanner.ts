// 'json' mode of readJsonRecords: a top-level array of records. A small state machine (bracket stack, in-string,
// escape) walks the decoded text chunk by chunk, cuts out the text of each top-level array element and JSON.parse()s
// it on its own, so memory is bounded by the largest single record.
//
// A syntax error normally ends the stream (nothing more is yielded), except in three cases where recovery is trivial
// because the extent of every record is still certain:
//   1. invalid content inside a record whose brackets and strings are well delimited (e.g. {"a": x}): the record is
//      reported as a syntax-error (its index is used up) and reading continues with the next record;
//   2. a missing comma between two records: reported, then reading continues as if the comma were there;
//   3. a trailing comma before the closing ']': reported, then the array is treated as closed.
// Everything else (an unterminated string, mismatched brackets, an unexpected end of file, text after the closing
// ']', …) stops the stream, because what follows can no longer be cut into records reliably.
import {
  BOM, CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, CR, LF, OPEN_BRACE, OPEN_BRACKET, QUOTE, SPACE, TAB,
  describeChar, positionIn, shorten, startsValue,
} from '../util/json-characters.js';
import { locateJsonError } from '../util/json-error-location.js';
import type { JsonStructureProblem } from '../model/facts.js';
import {
  jsonTypeOf, locationFromParseError, recordEvents, type JsonReadEvent, type JsonScanner,
} from './json-scanner.js';
import { GEOJSON_TYPES } from './geo-structure.js';

const S_BEFORE = 0; // before the top-level value
const S_ARRAY_START = 1; // just after the '[' of the records array
const S_EXPECT = 2; // after a ',' between records
const S_AFTER = 3; // after a record
const S_ELEMENT = 4; // inside an object, array or string value (bracket stack / in-string scanning)
const S_SCALAR = 5; // inside a number, literal or stray word
const S_CLOSED = 6; // after the end of the document: only whitespace may follow
const S_OBJ_START = 7; // after a top-level '{'
const S_OBJ_COLON = 8; // after the first property name of a top-level object
const S_OBJ_VALUE = 9; // after that ':'
const S_WRAP_AFTER = 10; // after the ']' of the records array inside a top-level object
const S_DONE = 11;

// What a value being cut out is.
const CTX_RECORD = 0; // an element of the records array
const CTX_TOP = 1; // the top-level value itself (a string, number or literal: wrong structure)
const CTX_KEY = 2; // the first property name of a top-level object

export class JsonArrayScanner implements JsonScanner {
  events: JsonReadEvent[] = [];
  stopped = false;

  /** maxRecordChars: a record this long or longer is reported and skipped, so memory stays bounded. */
  constructor(private readonly maxRecordChars = Number.MAX_SAFE_INTEGER) {}

  private state = S_BEFORE;
  private started = false;
  /** Absolute offset (UTF-16 units) of the first character of the current chunk. */
  private total = 0;
  private line = 1;
  /** Absolute offset of the first character of the current line. */
  private lineStart = 0;
  /** Absolute offset of the last '\r' seen outside strings (for '\r\n' split across chunks). */
  private lastCR = -2;

  // The value being cut out.
  private ctx = CTX_RECORD;
  private readonly stack: number[] = [];
  private inString = false;
  private escapePending = false;
  private readonly pieces: string[] = [];
  private piecesLength = 0;
  /**
   * The value being cut out reached the size limit: its text is no longer kept, but the scan goes on to find where it
   * ends, so the next record is read.
   */
  private oversized = false;
  /** Index in the current chunk where the value's text starts (0 when it began in an earlier chunk). */
  private elemStart = 0;
  private elemLine = 0;
  private elemColumn = 0;
  /** The ':' outside strings in the value being cut out (fewer keys than these: a key repeats). */
  private colons = 0;

  private record = 0;
  private commaLine = 0;
  private commaColumn = 0;
  private topLine = 1;
  private topColumn = 1;
  private wrapperKey: string | null = null;

  // Per-chunk caches of the next '"', '\\', '\n' and '\r' (chunk.length when absent), so string bodies are skipped
  // with indexOf in linear total time.
  private nq = -1;
  private nb = -1;
  private nlf = -1;
  private ncr = -1;

  feed(chunk: string): void {
    const n = chunk.length;
    if (n === 0 || this.stopped) return;
    const base = this.total;
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === BOM) { i = 1; this.lineStart = 1; }
    }
    this.nq = this.nb = this.nlf = this.ncr = -1;
    this.elemStart = 0;
    while (i < n && !this.stopped) {
      const state = this.state;
      if (state === S_ELEMENT) { i = this.scanElement(chunk, i); continue; }
      if (state === S_SCALAR) { i = this.scanScalar(chunk, i); continue; }
      const c = chunk.charCodeAt(i);
      if (c === SPACE || c === TAB) { i++; continue; }
      if (c === LF) {
        if (base + i !== this.lastCR + 1) this.line++;
        this.lineStart = base + i + 1;
        i++;
        continue;
      }
      if (c === CR) {
        this.line++;
        this.lineStart = base + i + 1;
        this.lastCR = base + i;
        i++;
        continue;
      }
      i = this.structural(c, chunk, i);
    }
    if (!this.stopped && (this.state === S_ELEMENT || this.state === S_SCALAR) && !this.oversized) {
      const piece = this.elemStart === 0 ? chunk : chunk.slice(this.elemStart);
      this.piecesLength += piece.length;
      if (this.piecesLength >= this.maxRecordChars) {
        this.dropText();
      } else {
        this.pieces.push(piece);
      }
    }
    this.total = base + n;
  }

  end(): void {
    if (this.stopped) return;
    const column = this.total - this.lineStart + 1;
    switch (this.state) {
      case S_BEFORE:
        this.syntax(1, 1, 'The file is empty: expected a JSON array of records');
        break;
      case S_ARRAY_START:
      case S_EXPECT:
      case S_AFTER:
        this.syntax(this.line, column, this.unclosedArrayMessage());
        break;
      case S_ELEMENT:
        this.failElement(this.joinPieces(), true);
        break;
      case S_SCALAR:
        this.completeElement(this.joinPieces());
        if (!this.stopped) this.syntax(this.line, column, this.unclosedArrayMessage());
        break;
      case S_OBJ_START:
      case S_OBJ_COLON:
      case S_OBJ_VALUE:
        this.plainObject();
        break;
      case S_WRAP_AFTER:
        this.syntax(this.line, column, 'Unexpected end of file: the top-level object is not closed with \'}\'');
        break;
      default:
        break;
    }
    this.stop();
  }

  private unclosedArrayMessage(): string {
    return this.wrapperKey === null
      ? 'Unexpected end of file: the top-level array is not closed'
      : `Unexpected end of file: the array of records in "${this.wrapperKey}" is not closed`;
  }

  private syntax(line: number, column: number, message: string): void {
    this.events.push({ kind: 'syntax-error', line, column, message });
  }

  private structure(line: number, column: number, problem: JsonStructureProblem): void {
    this.events.push({ kind: 'structure-error', line, column, problem });
  }

  private stop(): void {
    this.stopped = true;
    this.state = S_DONE;
    this.pieces.length = 0;
  }

  private syntaxAt(i: number, message: string): void {
    this.syntax(this.line, this.total + i - this.lineStart + 1, message);
  }

  /** looksLike: the object's first member is a GeoJSON or TopoJSON "type", so the file is probably one of those. */
  private plainObject(looksLike?: 'geojson' | 'topojson'): void {
    this.structure(this.topLine, this.topColumn, { id: 'notArray', type: 'object', ...(looksLike ? { looksLike } : {}) });
    this.stop();
  }

  /** Handles a non-whitespace character outside any value; returns the next index. */
  private structural(c: number, chunk: string, i: number): number {
    switch (this.state) {
      case S_BEFORE:
        if (c === OPEN_BRACKET) { this.state = S_ARRAY_START; return i + 1; }
        if (c === OPEN_BRACE) {
          this.topLine = this.line;
          this.topColumn = this.total + i - this.lineStart + 1;
          this.state = S_OBJ_START;
          return i + 1;
        }
        if (c === CLOSE_BRACKET || c === CLOSE_BRACE || c === COMMA || c === COLON) {
          this.syntaxAt(i, `Unexpected ${describeChar(chunk, i)} at the start of the file: expected '[' to open the ` +
            'array of records');
          this.stop();
          return i + 1;
        }
        return this.startValue(CTX_TOP, c, i);

      case S_ARRAY_START:
        if (c === CLOSE_BRACKET) { this.closeArray(); return i + 1; }
        if (c === COMMA) {
          this.syntaxAt(i, 'Unexpected \',\' before the first record');
          this.stop();
          return i + 1;
        }
        return this.startRecord(c, chunk, i);

      case S_EXPECT:
        if (c === CLOSE_BRACKET) {
          this.syntax(this.commaLine, this.commaColumn, 'Trailing comma before \']\'');
          this.closeArray();
          return i + 1;
        }
        if (c === COMMA) {
          this.syntaxAt(i, 'Unexpected \',\': a record is missing between two commas');
          this.stop();
          return i + 1;
        }
        return this.startRecord(c, chunk, i);

      case S_AFTER:
        if (c === COMMA) {
          this.commaLine = this.line;
          this.commaColumn = this.total + i - this.lineStart + 1;
          this.state = S_EXPECT;
          return i + 1;
        }
        if (c === CLOSE_BRACKET) { this.closeArray(); return i + 1; }
        if (startsValue(c)) {
          this.syntaxAt(i, 'Missing comma between records');
          return this.startRecord(c, chunk, i);
        }
        this.syntaxAt(i, `Unexpected ${describeChar(chunk, i)} after a record: expected ',' or ']'`);
        this.stop();
        return i + 1;

      case S_CLOSED:
        this.syntaxAt(i, `Unexpected ${describeChar(chunk, i)} after the end of the ` +
          (this.wrapperKey === null ? 'top-level array: nothing may follow the closing \']\''
            : 'top-level object: nothing may follow the closing \'}\''));
        this.stop();
        return i + 1;

      case S_OBJ_START:
        if (c === QUOTE) return this.startValue(CTX_KEY, c, i);
        this.plainObject();
        return i + 1;

      case S_OBJ_COLON:
        if (c === COLON) { this.state = S_OBJ_VALUE; return i + 1; }
        this.plainObject();
        return i + 1;

      case S_OBJ_VALUE:
        if (c === OPEN_BRACKET) {
          this.structure(this.topLine, this.topColumn, { id: 'wrappedRecords', key: this.wrapperKey! });
          this.state = S_ARRAY_START;
          return i + 1;
        }
        {
          // {"type": "FeatureCollection", …}: GeoJSON named .json (a string that ends in this chunk is enough to tell).
          const end = this.wrapperKey === 'type' && c === QUOTE ? chunk.indexOf('"', i + 1) : -1;
          const type = end > 0 ? chunk.slice(i + 1, end) : '';
          this.wrapperKey = null;
          this.plainObject(type === 'Topology' ? 'topojson' : GEOJSON_TYPES.has(type) ? 'geojson' : undefined);
        }
        return i + 1;

      case S_WRAP_AFTER:
        if (c === CLOSE_BRACE) { this.state = S_CLOSED; return i + 1; }
        if (c === COMMA) {
          this.structure(this.topLine, this.topColumn, { id: 'wrapperHasMore', key: this.wrapperKey! });
          this.stop();
          return i + 1;
        }
        this.syntaxAt(i, `Unexpected ${describeChar(chunk, i)} after the array of records in "${this.wrapperKey}": ` +
          'expected \'}\'');
        this.stop();
        return i + 1;

      default:
        return chunk.length;
    }
  }

  private closeArray(): void {
    this.state = this.wrapperKey === null ? S_CLOSED : S_WRAP_AFTER;
  }

  private startRecord(c: number, chunk: string, i: number): number {
    if (c === CLOSE_BRACE || c === COLON) {
      this.syntaxAt(i, `Unexpected ${describeChar(chunk, i)} where a record was expected`);
      this.stop();
      return i + 1;
    }
    this.record++;
    return this.startValue(CTX_RECORD, c, i);
  }

  /** Starts cutting out a value at chunk[i] (a non-whitespace character that is not ',' ']' '}' ':'). */
  private startValue(ctx: number, c: number, i: number): number {
    this.ctx = ctx;
    this.elemLine = this.line;
    this.elemColumn = this.total + i - this.lineStart + 1;
    this.elemStart = i;
    this.pieces.length = 0;
    this.piecesLength = 0;
    this.oversized = false;
    this.stack.length = 0;
    this.escapePending = false;
    this.colons = 0;
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      this.stack.push(c);
      this.inString = false;
      this.state = S_ELEMENT;
    } else if (c === QUOTE) {
      this.inString = true;
      this.state = S_ELEMENT;
    } else {
      this.state = S_SCALAR;
    }
    return i + 1;
  }

  /** The value's text from its start up to chunk[end) (exclusive), joining carried-over pieces once. */
  private takeText(chunk: string, end: number): string {
    if (this.oversized) return '';
    // Whole in this chunk or carried over (then it started at 0 of this one), the value can reach the limit here.
    const length = this.piecesLength + end - this.elemStart;
    if (length >= this.maxRecordChars) { this.dropText(); return ''; }
    if (this.pieces.length === 0) return chunk.slice(this.elemStart, end);
    this.pieces.push(chunk.slice(this.elemStart, end));
    return this.joinPieces();
  }

  private joinPieces(): string {
    const text = this.pieces.join('');
    this.pieces.length = 0;
    this.piecesLength = 0;
    return text;
  }

  /** The value being cut out reached the size limit: its text is dropped, and no more of it kept. */
  private dropText(): void {
    this.oversized = true;
    this.pieces.length = 0;
    this.piecesLength = 0;
  }

  /** The value just cut out reached the size limit: a record is skipped and reading goes on; anything else stops it. */
  private tooLarge(): void {
    this.oversized = false;
    const record = this.ctx === CTX_RECORD ? this.record : undefined;
    this.structure(this.elemLine, this.elemColumn, { id: 'recordTooLarge', ...(record === undefined ? {} : { record }), maxRecordBytes: this.maxRecordChars });
    if (this.ctx === CTX_RECORD) this.state = S_AFTER;
    else this.stop();
  }

  /** The hot loop: scans an object, array or string value; returns the next index. */
  private scanElement(chunk: string, i: number): number {
    const n = chunk.length;
    const stack = this.stack;
    while (i < n) {
      if (this.inString) {
        if (this.escapePending) {
          // A '\\' ended the previous chunk: this character is escaped.
          this.escapePending = false;
          const d = chunk.charCodeAt(i);
          if (d === LF || d === CR) { this.failElement(this.takeText(chunk, i + 1), false); return n; }
          i++;
          continue;
        }
        let q = this.nq;
        if (q < i) { q = chunk.indexOf('"', i); if (q < 0) q = n; this.nq = q; }
        let b = this.nb;
        if (b < i) { b = chunk.indexOf('\\', i); if (b < 0) b = n; this.nb = b; }
        let lf = this.nlf;
        if (lf < i) { lf = chunk.indexOf('\n', i); if (lf < 0) lf = n; this.nlf = lf; }
        let cr = this.ncr;
        if (cr < i) { cr = chunk.indexOf('\r', i); if (cr < 0) cr = n; this.ncr = cr; }
        let m = b < lf ? b : lf;
        if (cr < m) m = cr;
        if (q < m) {
          // The string closes.
          this.inString = false;
          i = q + 1;
          if (stack.length === 0) { this.completeElement(this.takeText(chunk, i)); return i; }
          continue;
        }
        if (m === n) return n; // the string goes on in the next chunk
        if (m === b) {
          if (b + 1 >= n) { this.escapePending = true; return n; }
          const d = chunk.charCodeAt(b + 1);
          if (d === LF || d === CR) { this.failElement(this.takeText(chunk, b + 2), false); return n; }
          i = b + 2;
          continue;
        }
        // A raw line break inside a string: the string is not terminated on its line.
        this.failElement(this.takeText(chunk, m + 1), false);
        return n;
      }
      const c = chunk.charCodeAt(i);
      switch (c) {
        case QUOTE:
          this.inString = true;
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          stack.push(c);
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET: {
          const open = stack.pop();
          if (open !== (c === CLOSE_BRACE ? OPEN_BRACE : OPEN_BRACKET)) {
            this.failElement(this.takeText(chunk, i + 1), false);
            return n;
          }
          if (stack.length === 0) {
            i++;
            this.completeElement(this.takeText(chunk, i));
            return i;
          }
          break;
        }
        case COLON:
          this.colons++;
          break;
        case LF:
          if (this.total + i !== this.lastCR + 1) this.line++;
          this.lineStart = this.total + i + 1;
          break;
        case CR:
          this.line++;
          this.lineStart = this.total + i + 1;
          this.lastCR = this.total + i;
          break;
        default:
          break;
      }
      i++;
    }
    return n;
  }

  /** Scans a number, literal or stray word up to the next delimiter (which is left for the caller). */
  private scanScalar(chunk: string, i: number): number {
    const n = chunk.length;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (c <= SPACE
        ? c === SPACE || c === TAB || c === LF || c === CR
        : c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || c === OPEN_BRACKET || c === OPEN_BRACE ||
          c === QUOTE || c === COLON) {
        this.completeElement(this.takeText(chunk, i));
        return i;
      }
      i++;
    }
    return n;
  }

  /** A value has been cut out completely: parse it and report. */
  private completeElement(text: string): void {
    if (this.oversized) { this.tooLarge(); return; }
    const ctx = this.ctx;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      if (ctx === CTX_RECORD) {
        this.reportInvalid(text, error);
        this.state = S_AFTER; // recovery: the record's extent is certain
      } else if (ctx === CTX_TOP) {
        if (text.charCodeAt(0) === QUOTE) {
          this.reportInvalid(text, error);
        } else {
          const what = text.length === 1 ? describeChar(text, 0) : `text '${shorten(text, 20)}'`;
          this.syntax(this.elemLine, this.elemColumn,
            `Unexpected ${what} at the start of the file: expected '[' to open the array of records`);
        }
        this.stop();
      } else {
        this.plainObject();
      }
      return;
    }
    if (ctx === CTX_RECORD) {
      const { elemLine, elemColumn } = this;
      recordEvents(this.events, text, value, this.record, elemLine, elemColumn, (offset) => positionIn(text, offset, elemLine, elemColumn), this.colons);
      this.state = S_AFTER;
    } else if (ctx === CTX_TOP) {
      // A string, number or literal: '[' and '{' at the top level start the array or the object instead.
      this.structure(this.elemLine, this.elemColumn, { id: 'notArray', type: jsonTypeOf(value) as 'string' | 'number' | 'boolean' | 'null' });
      this.stop();
    } else {
      this.wrapperKey = String(value);
      this.state = S_OBJ_COLON;
    }
  }

  /** Reports the first error inside a value's text, at its position in the file. */
  private reportInvalid(text: string, error: unknown): void {
    const found = locateJsonError(text);
    const where = found ?? locationFromParseError(error);
    const pos = positionIn(text, where.offset, this.elemLine, this.elemColumn);
    this.syntax(pos.line, pos.column, where.message);
  }

  /** The scanner saw a value go wrong (raw line break in a string, mismatched bracket, end of file): stop. */
  private failElement(text: string, atEof: boolean): void {
    if (this.ctx === CTX_KEY) { this.plainObject(); return; }
    if (this.oversized) {
      // Its text was not kept to say where it is invalid: it is reported as too large, where it starts.
      this.tooLarge();
      this.syntax(this.elemLine, this.elemColumn, atEof ? 'Unexpected end of file: this value is not complete' : 'Invalid JSON in this value');
      this.stop();
      return;
    }
    const found = locateJsonError(text);
    if (found !== null && !found.atEnd) {
      const pos = positionIn(text, found.offset, this.elemLine, this.elemColumn);
      this.syntax(pos.line, pos.column, found.message);
    } else if (atEof) {
      const column = this.total - this.lineStart + 1;
      this.syntax(this.line, column, this.ctx === CTX_RECORD
        ? `Unexpected end of file: record ${this.record}, which starts at line ${this.elemLine}, column ` +
          `${this.elemColumn}, is not complete (${found?.message ?? 'it is not closed'})`
        : 'Unexpected end of file: the value is not complete');
    } else {
      this.syntax(this.elemLine, this.elemColumn, 'Invalid JSON in this record');
    }
    this.stop();
  }
}

