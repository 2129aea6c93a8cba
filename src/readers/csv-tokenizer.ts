// A fast RFC 4180 tokenizer for the common dialect (one-character delimiter and quote, quotes escaped by doubling, no
// comment lines, no initial-space skipping). It jumps between interesting characters with indexOf instead of
// looking at every character, which makes it several times faster than csv-parse's byte loop.
//
// A quote out of place is read leniently, as csv-parse reads it once its error is cleared (see readers/csv.ts): a
// quote inside an unquoted field (`a,b "c" d,e`) is a literal character of that field; text after a closing quote
// (`"Smith "P" Ltd"`) is part of the value, the quote with it, up to the next delimiter or line break. The record is
// read and onStrayQuote says where. At a quote never closed (the text ends inside a quoted field) it stops at the
// start of that record and says where: the reader hands the rest of the text to csv-parse, which stays the reference
// for how broken data is reported. Tested to agree with csv-parse record for record
// (test/unit/readers/csv-tokenizer.test.ts).
//
// Memory is bounded by the record size limit, counted in characters of the text: a record that reaches it (an unclosed
// quote, a line of hundreds of megabytes) is given up. What is given up depends only on the text, never on how it was
// cut into chunks, so workers reading parts of a file agree with the main thread: where the record reaches the limit,
// inside a quoted field reading resumes after the first line break following that field's opening quote (the lines
// an unclosed quote swallowed are read); elsewhere, after the first line break from that point on.

export interface TokenizedRecord {
  (cells: string[], startLine: number, endLine: number): void;
}

/** A quote out of place, read leniently: 'opening', inside an unquoted field (a"b); 'closing', text after a closing quote ("a"b). */
export type QuoteAnomaly = 'opening' | 'closing';

/** A record given up for being over the size limit. */
export interface OverLimit {
  /** Physical line the record starts on. */
  line: number;
  /** The line of the quote that opened a field still open, if the record ends inside one. */
  quoteLine?: number;
  /** The line reading resumed on; undefined when no line break followed before the end of the text. */
  resumeLine?: number;
}

export interface Anomaly {
  /** The unread text, from the start of the record that could not be read. */
  rest: string;
  /** Physical line the record starts on. */
  line: number;
}

const LF = 10;
const CR = 13;
// Partial records longer than this are not re-scanned on every chunk: text is gathered until the pending part at
// least doubles, so one huge multi-line cell costs linear, not quadratic, time.
const RESCAN_FACTOR = 2;

export class FastCsvTokenizer {
  /** Set once a record could not be read; nothing more is tokenized after it. */
  anomaly: Anomaly | undefined;
  /**
   * Called with its start line before a record that holds a quote out of place is delivered (its first: a quote inside
   * an unquoted field, or text after a closing quote), read as part of the field's value.
   */
  onStrayQuote: ((line: number, kind: QuoteAnomaly) => void) | undefined;
  /** Called when a record is given up for being over the size limit, before reading resumes. */
  onOverLimit: ((over: OverLimit) => void) | undefined;
  private line: number;
  private pending = '';
  private gathered: string[] = [];
  private gatheredLength = 0;
  private first: boolean;
  private readonly d: number;
  private readonly q: number;
  /** The pending record ends in an unquoted field. */
  private pendingUnquoted = false;
  /** No line break or quote in the gathered text. */
  private gatheredPlain = true;
  /** Dropping the rest of an over-long line, up to its line break: the record given up, reported once it ends. */
  private skippingLine: OverLimit | undefined;
  /** The last text ended with '\r': a '\n' starting the next belongs to the same line break. */
  private skipLeadingLF = false;

  /**
   * start: where the text begins (a part of a file read by a worker starts mid-file, with no BOM to strip).
   * maxRecordChars: the record size limit, in characters (UTF-16 units) of the record's text, terminator included.
   */
  constructor(
    private readonly delimiter: string,
    private readonly quote: string,
    private readonly onRecord: TokenizedRecord,
    start = { line: 1, fileStart: true },
    private readonly maxRecordChars = Number.MAX_SAFE_INTEGER,
  ) {
    this.d = delimiter.charCodeAt(0);
    this.q = quote.charCodeAt(0);
    this.line = start.line;
    this.first = start.fileStart;
  }

  /** Whether a dialect can be read by this tokenizer (otherwise csv-parse reads the whole file). */
  static supports(delimiter: string, quote: string, options: { escape?: string; comment?: string; skipInitialSpace?: boolean }): boolean {
    return delimiter.length === 1 && quote.length === 1 && delimiter !== quote && delimiter !== '\n' && delimiter !== '\r'
      && quote !== '\n' && quote !== '\r' && (options.escape === undefined || options.escape === quote)
      && !options.comment && !options.skipInitialSpace;
  }

  /** Every record of the text pushed so far has been delivered, and nothing was out of place: a record starts here. */
  get atRecordStart(): boolean {
    return !this.anomaly && this.pending === '' && this.gathered.length === 0 && !this.skippingLine && !this.skipLeadingLF;
  }

  push(text: string): void {
    if (this.anomaly || text.length === 0) return;
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.skipLeadingLF) {
      this.skipLeadingLF = false;
      if (text.charCodeAt(0) === LF) text = text.slice(1);
    }
    if (this.skippingLine) {
      text = this.skipToLineBreak(text);
      if (text.length === 0) return;
    }
    if (this.pending.length > 0) {
      // A long partial record waits for enough new text to be worth scanning again (or until it reaches the limit).
      if (this.pending.length > 65536) {
        this.gathered.push(text);
        this.gatheredLength += text.length;
        const total = this.pending.length + this.gatheredLength;
        if (this.gatheredPlain && (text.includes('\n') || text.includes('\r') || text.includes(this.quote))) this.gatheredPlain = false;
        if (this.pendingUnquoted && this.gatheredPlain) {
          // A record in an unquoted field cannot end in text without a line break or quote: no need to scan it, or
          // to copy the record into one string (a line of hundreds of megabytes stays in its pieces).
          if (total < this.maxRecordChars || this.giveUpUnscanned()) return;
        } else if (this.gatheredLength * RESCAN_FACTOR < this.pending.length && total < this.maxRecordChars) return;
        // One join, so the long record is copied once (pending + joined pieces would copy it twice).
        this.gathered.unshift(this.pending);
        text = this.gathered.join('');
        this.gathered = [];
        this.gatheredLength = 0;
        this.gatheredPlain = true;
      } else {
        text = this.pending + text;
      }
    }
    this.pending = this.scan(text, false);
    // An unfinished record at the limit: given up, and the text after where reading resumes is scanned again.
    // (A final '\r' may be its terminator, waiting for a '\n': it is not counted, as the complete record's is not.)
    while (this.pending.length - (this.pending.charCodeAt(this.pending.length - 1) === CR ? 1 : 0) >= this.maxRecordChars && !this.anomaly) {
      const record = this.pending;
      this.pending = '';
      const from = this.giveUp(record, 0, this.line, false);
      if (from === undefined) break;
      this.pending = this.scan(record.slice(from), false);
    }
  }

  /**
   * Gives up the pending record, in an unquoted field and at the limit with the gathered text unscanned, when that
   * text makes no difference: the limit falls outside any quoted field and no line break follows it (reading then
   * resumes after the next line break, as giveUp would decide). Returns false when the record must be scanned whole.
   */
  private giveUpUnscanned(): boolean {
    const s = this.pending;
    const limit = this.maxRecordChars;
    if (limit < s.length && (this.openQuoteAtLimit(s, 0) >= 0 || firstLineBreak(s, limit) >= 0)) return false;
    this.skippingLine = { line: this.line };
    this.line += lineBreaks(s, 0, s.length);
    this.pending = '';
    this.gathered = [];
    this.gatheredLength = 0;
    this.gatheredPlain = true;
    return true;
  }

  /**
   * Gives up the record starting at recordStart in s (on line startLine), which reaches the limit: reports it, sets
   * the line reading resumes on and returns where in s it resumes, or undefined when the rest of s is dropped (the
   * line it resumes after goes on in the next text).
   */
  private giveUp(s: string, recordStart: number, startLine: number, final: boolean): number | undefined {
    const openQuote = this.openQuoteAtLimit(s, recordStart);
    const quoteLine = openQuote < 0 ? undefined : startLine + lineBreaks(s, recordStart, openQuote);
    const at = firstLineBreak(s, openQuote < 0 ? recordStart + this.maxRecordChars : openQuote + 1);
    if (at < 0) {
      // Reported once the line break is found (or the text ends), so the report is the same however the text is cut.
      this.line = startLine + lineBreaks(s, recordStart, s.length);
      this.skippingLine = { line: startLine, quoteLine };
      return undefined;
    }
    this.line = startLine + lineBreaks(s, recordStart, at) + 1;
    this.onOverLimit?.({ line: startLine, quoteLine, resumeLine: this.line });
    return this.pastLineBreak(s, at, final);
  }

  /**
   * Where the text goes on after the line break at `at`: a CRLF counts once, and a '\r' ending a text that goes on
   * may be followed by its '\n' at the start of the next.
   */
  private pastLineBreak(s: string, at: number, final: boolean): number {
    let from = at + 1;
    if (s.charCodeAt(at) === CR) {
      if (from < s.length) { if (s.charCodeAt(from) === LF) from++; }
      else if (!final) this.skipLeadingLF = true;
    }
    return from;
  }

  /**
   * Where the quoted field holding the record's character number maxRecordChars opened its quote, or -1 when that
   * character is not inside a quoted field. The record is well formed up to there (the scan got past it).
   */
  private openQuoteAtLimit(s: string, recordStart: number): number {
    const limit = recordStart + this.maxRecordChars;
    const { delimiter, quote, q } = this;
    let p = recordStart;
    let nd = -1;
    let nb = -1;
    while (p < limit) {
      if (s.charCodeAt(p) === q) {
        let from = p + 1;
        for (;;) {
          const at = s.indexOf(quote, from);
          if (at < 0 || at >= limit) return p;
          if (s.charCodeAt(at + 1) === q) { from = at + 2; continue; }
          p = at + 1;
          break;
        }
        if (p >= limit) return -1;
        if (s.charCodeAt(p) === this.d) { p++; continue; }
        const c = s.charCodeAt(p);
        if (c === LF || c === CR) return -1; // the record's terminator
        // Text after the closing quote runs to the next delimiter or line break, as an unquoted field does.
      }
      // An unquoted field ends at the next delimiter or line break (each looked up again only once passed).
      if (nd < p) { nd = s.indexOf(delimiter, p); if (nd < 0) nd = s.length; }
      if (nb < p) { nb = firstLineBreak(s, p); if (nb < 0) nb = s.length; }
      if (nb < nd || nd >= limit) return -1;
      p = nd + 1;
    }
    return -1;
  }

  /** Drops text up to and including the next line break; returns what follows it ('' when the line goes on). */
  private skipToLineBreak(text: string): string {
    const at = firstLineBreak(text, 0);
    if (at < 0) return '';
    this.line++;
    this.onOverLimit?.({ ...this.skippingLine!, resumeLine: this.line });
    this.skippingLine = undefined;
    return text.slice(this.pastLineBreak(text, at, false));
  }

  end(): void {
    if (this.anomaly) return;
    if (this.skippingLine) {
      this.onOverLimit?.(this.skippingLine); // it ran to the end of the text
      this.skippingLine = undefined;
    }
    let text = this.pending;
    if (this.gathered.length > 0) text += this.gathered.join('');
    this.pending = '';
    this.gathered = [];
    if (text.length > 0) this.scan(text, true);
  }

  /** Tokenizes every complete record of s; returns the unfinished tail (empty at the end of the input). */
  private scan(s: string, final: boolean): string {
    const n = s.length;
    const d = this.d;
    const q = this.q;
    const delimiter = this.delimiter;
    const quote = this.quote;
    let pos = 0;
    // Next position of each interesting character at or after pos (n when none); refreshed only once passed.
    let nd = s.indexOf(delimiter); if (nd < 0) nd = n;
    let nl = s.indexOf('\n'); if (nl < 0) nl = n;
    let nc = s.indexOf('\r'); if (nc < 0) nc = n;
    let nq = s.indexOf(quote); if (nq < 0) nq = n;

    while (pos < n) {
      const recordStart = pos;
      const startLine = this.line;
      let line = startLine;
      const cells: string[] = [];
      let complete = false;
      let contentEnd = n; // where the record's terminator starts
      let atLimit = false; // a quoting anomaly past the limit: the record is given up, not handed over
      // The record's first quote out of place, if any: a quote inside an unquoted field, or text after a closing quote.
      let anomaly: QuoteAnomaly | undefined;
      for (;;) {
        if (pos < n && s.charCodeAt(pos) === q) {
          // Quoted field: find the closing quote, skipping doubled quotes.
          let from = pos + 1;
          let value = '';
          let closed = -1;
          for (;;) {
            const at = s.indexOf(quote, from);
            if (at < 0) break;
            if (at + 1 < n && s.charCodeAt(at + 1) === q) { value += s.slice(from, at + 1); from = at + 2; continue; }
            if (at + 1 === n && !final) break; // a doubled quote may continue in the next chunk
            value += s.slice(from, at);
            closed = at;
            break;
          }
          if (closed < 0) {
            if (!final) return this.unfinished(s, recordStart, startLine);
            if (n - recordStart >= this.maxRecordChars) { atLimit = true; break; } // as if met unfinished
            return this.fail(s, recordStart, startLine);
          }
          if (nl <= pos) { nl = s.indexOf('\n', pos); if (nl < 0) nl = n; }
          if (nc <= pos) { nc = s.indexOf('\r', pos); if (nc < 0) nc = n; }
          if (nl < closed || nc < closed) line += lineBreaks(s, pos + 1, closed);
          pos = closed + 1;
          if (nd < pos) { nd = s.indexOf(delimiter, pos); if (nd < 0) nd = n; }
          if (nl < pos) { nl = s.indexOf('\n', pos); if (nl < 0) nl = n; }
          if (nc < pos) { nc = s.indexOf('\r', pos); if (nc < 0) nc = n; }
          if (nq < pos) { nq = s.indexOf(quote, pos); if (nq < 0) nq = n; }
          if (pos === n) {
            if (!final) return this.unfinished(s, recordStart, startLine);
            cells.push(value);
            complete = true;
            break;
          }
          const c = s.charCodeAt(pos);
          if (c === d) { cells.push(value); pos++; nd = s.indexOf(delimiter, pos); if (nd < 0) nd = n; continue; }
          if (c !== LF && c !== CR) {
            // Text after the closing quote is part of the value, the quote with it, up to the next delimiter or line
            // break (quotes in it included), as csv-parse reads it once its error is cleared (readers/csv.ts).
            let end = nd < nl ? nd : nl;
            if (nc < end) end = nc;
            while (nq < end) { nq = s.indexOf(quote, nq + 1); if (nq < 0) nq = n; }
            if (end === n && !final) return this.unfinished(s, recordStart, startLine, true);
            anomaly ??= 'closing';
            cells.push(value + quote + s.slice(pos, end));
            pos = end;
            if (end === n) { complete = true; break; }
            if (end === nd) { pos++; nd = s.indexOf(delimiter, pos); if (nd < 0) nd = n; continue; }
          } else {
            cells.push(value);
          }
        } else {
          let end = nd < nl ? nd : nl;
          if (nc < end) end = nc;
          if (nq < end) {
            // Quotes inside an unquoted field are part of its value.
            anomaly ??= 'opening';
            do { nq = s.indexOf(quote, nq + 1); if (nq < 0) nq = n; } while (nq < end);
          }
          if (end === n && !final) return this.unfinished(s, recordStart, startLine, true);
          cells.push(s.slice(pos, end));
          pos = end;
          if (end === n) { complete = true; break; }
          if (end === nd) { pos++; nd = s.indexOf(delimiter, pos); if (nd < 0) nd = n; continue; }
        }
        // At a record terminator: \r\n, \n or \r.
        contentEnd = pos;
        const c = s.charCodeAt(pos);
        if (c === CR) {
          if (pos + 1 === n && !final) return this.unfinished(s, recordStart, startLine); // \r then maybe \n
          pos += s.charCodeAt(pos + 1) === LF ? 2 : 1;
        } else pos++;
        if (nl < pos) { nl = s.indexOf('\n', pos); if (nl < 0) nl = n; }
        if (nc < pos) { nc = s.indexOf('\r', pos); if (nc < 0) nc = n; }
        complete = true;
        break;
      }
      if (!complete && !atLimit) break;
      if (atLimit || contentEnd - recordStart >= this.maxRecordChars) {
        const from = this.giveUp(s, recordStart, startLine, final);
        if (from === undefined) return '';
        pos = from;
        nd = s.indexOf(delimiter, pos); if (nd < 0) nd = n;
        nl = s.indexOf('\n', pos); if (nl < 0) nl = n;
        nc = s.indexOf('\r', pos); if (nc < 0) nc = n;
        nq = s.indexOf(quote, pos); if (nq < 0) nq = n;
        continue;
      }
      this.line = line + 1;
      if (anomaly) this.onStrayQuote?.(startLine, anomaly);
      this.onRecord(cells, startLine, line);
    }
    return '';
  }

  private unfinished(s: string, recordStart: number, startLine: number, inUnquotedField = false): string {
    this.line = startLine;
    this.pendingUnquoted = inUnquotedField;
    return s.slice(recordStart);
  }

  private fail(s: string, recordStart: number, startLine: number): string {
    this.line = startLine;
    this.anomaly = { rest: s.slice(recordStart) + this.gathered.join(''), line: startLine };
    this.gathered = [];
    return '';
  }
}

/** Index of the first '\n' or '\r' in s at or after from, or -1. */
function firstLineBreak(s: string, from: number): number {
  const lf = s.indexOf('\n', from);
  const cr = s.indexOf('\r', from);
  if (lf < 0) return cr;
  return cr < 0 || lf < cr ? lf : cr;
}

/** Line breaks in s between from and to: \r\n, \n and a lone \r each count once. */
function lineBreaks(s: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR) { count++; if (s.charCodeAt(i + 1) === LF) i++; }
  }
  return count;
}
