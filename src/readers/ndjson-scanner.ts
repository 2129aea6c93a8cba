// 'ndjson' mode of readJsonRecords: one JSON value per physical line. A bad line yields a syntax-error and reading
// continues with the next line.
import { BOM, LF, SPACE, TAB } from '../util/json-characters.js';
import { locateJsonError } from '../util/json-error-location.js';
import {
  locationFromParseError, recordEvents, type JsonReadEvent, type JsonScanner,
} from './json-scanner.js';

export class NdjsonScanner implements JsonScanner {
  events: JsonReadEvent[] = [];
  stopped = false;

  private started = false;
  private line = 0;
  private record = 0;
  private pendingCR = false;
  private readonly pieces: string[] = [];
  private piecesLength = 0;
  /** The line being read reached the size limit: the rest of it is dropped, up to its line break. */
  private oversized = false;

  /** maxRecordChars: a line this long or longer is reported and skipped, so memory stays bounded. */
  constructor(private readonly maxRecordChars = Number.MAX_SAFE_INTEGER) {}

  feed(chunk: string): void {
    const n = chunk.length;
    if (n === 0) return;
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === BOM) i = 1;
    }
    if (this.pendingCR) {
      // The previous chunk ended with '\r': a '\n' here belongs to the same line break.
      this.pendingCR = false;
      if (i < n && chunk.charCodeAt(i) === LF) i++;
    }
    let nlf = -1;
    let ncr = -1;
    while (i < n) {
      if (nlf < i) { nlf = chunk.indexOf('\n', i); if (nlf < 0) nlf = n; }
      if (ncr < i) { ncr = chunk.indexOf('\r', i); if (ncr < 0) ncr = n; }
      const e = nlf < ncr ? nlf : ncr;
      if (e === n) {
        this.keep(i === 0 ? chunk : chunk.slice(i));
        break;
      }
      if (this.oversized || this.piecesLength + (e - i) >= this.maxRecordChars) {
        this.pieces.length = 0;
        this.piecesLength = 0;
        this.oversized = false;
        this.tooLarge();
      } else if (this.pieces.length === 0) {
        this.processLine(chunk.slice(i, e));
      } else {
        this.pieces.push(chunk.slice(i, e));
        const text = this.pieces.join('');
        this.pieces.length = 0;
        this.piecesLength = 0;
        this.processLine(text);
      }
      if (e === ncr) {
        if (e + 1 >= n) { this.pendingCR = true; i = n; }
        else i = chunk.charCodeAt(e + 1) === LF ? e + 2 : e + 1;
      } else {
        i = e + 1;
      }
    }
  }

  end(): void {
    if (this.oversized) {
      this.tooLarge();
    } else if (this.pieces.length > 0) {
      const text = this.pieces.join('');
      this.pieces.length = 0;
      this.piecesLength = 0;
      this.processLine(text);
    }
    this.stopped = true;
  }

  /** Keeps a piece of the current line, or drops the line's text once it reaches the limit. */
  private keep(piece: string): void {
    if (this.oversized) return;
    this.piecesLength += piece.length;
    if (this.piecesLength >= this.maxRecordChars) {
      this.oversized = true;
      this.pieces.length = 0;
      this.piecesLength = 0;
      return;
    }
    this.pieces.push(piece);
  }

  /** Counts the line just ended as a record, without reading it: it is too large. */
  private tooLarge(): void {
    this.line++;
    this.record++;
    this.events.push({ kind: 'structure-error', line: this.line, column: 1, problem: { id: 'recordTooLarge', record: this.record, maxRecordBytes: this.maxRecordChars } });
  }

  private processLine(text: string): void {
    this.line++;
    let first = 0;
    const n = text.length;
    while (first < n) {
      const c = text.charCodeAt(first);
      if (c === SPACE || c === TAB) first++;
      else break;
    }
    if (first === n) return; // blank line
    this.record++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const found = locateJsonError(text);
      if (found !== null) {
        this.events.push({
          kind: 'syntax-error', line: this.line, column: found.offset + 1,
          message: found.atEnd ? `Unexpected end of line: ${found.message}` : found.message,
        });
      } else {
        const fallback = locationFromParseError(error);
        this.events.push({ kind: 'syntax-error', line: this.line, column: fallback.offset + 1, message: fallback.message });
      }
      return;
    }
    const line = this.line;
    recordEvents(this.events, text, value, this.record, line, first + 1, (offset) => ({ line, column: offset + 1 }));
  }
}
