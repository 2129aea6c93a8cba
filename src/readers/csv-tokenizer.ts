// A fast RFC 4180 tokenizer for the common dialect (one-character delimiter and quote, quotes escaped by doubling, no
// comment lines, no initial-space skipping). It jumps between interesting characters with indexOf instead of
// looking at every character, which makes it several times faster than csv-parse's byte loop.
//
// A quote inside an unquoted field (`a,b "c" d,e`) is a literal character of that field, as csv-parse reads it (see
// readers/csv.ts): the record is read and onStrayQuote says where. At the first other quoting anomaly (text after a
// closing quote, a quote never closed) it stops at the start of that record and says where: the reader hands the
// rest of the text to csv-parse, which stays the reference for how broken data is recovered and reported. Tested to
// agree with csv-parse record for record (test/unit/readers/csv-tokenizer.test.ts).

export interface TokenizedRecord {
  (cells: string[], startLine: number, endLine: number): void;
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
  /** Called with its start line before a record that holds a quote inside an unquoted field is delivered. */
  onStrayQuote: ((line: number) => void) | undefined;
  private line: number;
  private pending = '';
  private gathered: string[] = [];
  private gatheredLength = 0;
  private first: boolean;
  private readonly d: number;
  private readonly q: number;

  /** start: where the text begins (a part of a file read by a worker starts mid-file, with no BOM to strip). */
  constructor(private readonly delimiter: string, private readonly quote: string, private readonly onRecord: TokenizedRecord, start = { line: 1, fileStart: true }) {
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

  push(text: string): void {
    if (this.anomaly || text.length === 0) return;
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.pending.length > 0) {
      // A long partial record waits for enough new text to be worth scanning again.
      if (this.pending.length > 65536) {
        this.gathered.push(text);
        this.gatheredLength += text.length;
        if (this.gatheredLength * RESCAN_FACTOR < this.pending.length) return;
        text = this.gathered.join('');
        this.gathered = [];
        this.gatheredLength = 0;
      }
      text = this.pending + text;
    }
    this.pending = this.scan(text, false);
  }

  end(): void {
    if (this.anomaly) return;
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
      let stray = false;
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
            return this.fail(s, recordStart, startLine);
          }
          if (nl <= pos) { nl = s.indexOf('\n', pos); if (nl < 0) nl = n; }
          if (nc <= pos) { nc = s.indexOf('\r', pos); if (nc < 0) nc = n; }
          if (nl < closed || nc < closed) line += lineBreaks(s, pos + 1, closed);
          cells.push(value);
          pos = closed + 1;
          if (nd < pos) { nd = s.indexOf(delimiter, pos); if (nd < 0) nd = n; }
          if (nl < pos) { nl = s.indexOf('\n', pos); if (nl < 0) nl = n; }
          if (nc < pos) { nc = s.indexOf('\r', pos); if (nc < 0) nc = n; }
          if (nq < pos) { nq = s.indexOf(quote, pos); if (nq < 0) nq = n; }
          if (pos === n) {
            if (!final) return this.unfinished(s, recordStart, startLine);
            complete = true;
            break;
          }
          const c = s.charCodeAt(pos);
          if (c === d) { pos++; nd = s.indexOf(delimiter, pos); if (nd < 0) nd = n; continue; }
          if (c !== LF && c !== CR) return this.fail(s, recordStart, startLine);
        } else {
          let end = nd < nl ? nd : nl;
          if (nc < end) end = nc;
          if (nq < end) {
            // Quotes inside an unquoted field are part of its value.
            stray = true;
            do { nq = s.indexOf(quote, nq + 1); if (nq < 0) nq = n; } while (nq < end);
          }
          if (end === n && !final) return this.unfinished(s, recordStart, startLine);
          cells.push(s.slice(pos, end));
          pos = end;
          if (end === n) { complete = true; break; }
          if (end === nd) { pos++; nd = s.indexOf(delimiter, pos); if (nd < 0) nd = n; continue; }
        }
        // At a record terminator: \r\n, \n or \r.
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
      if (!complete) break;
      this.line = line + 1;
      if (stray) this.onStrayQuote?.(startLine);
      this.onRecord(cells, startLine, line);
    }
    return '';
  }

  private unfinished(s: string, recordStart: number, startLine: number): string {
    this.line = startLine;
    return s.slice(recordStart);
  }

  private fail(s: string, recordStart: number, startLine: number): string {
    this.line = startLine;
    this.anomaly = { rest: s.slice(recordStart) + this.gathered.join(''), line: startLine };
    this.gathered = [];
    return '';
  }
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
