// Physical lines, record terminators and NUL characters of decoded text, for files the byte scanner cannot read
// (UTF-16 and UTF-32, where a line feed is two or four bytes). Same rules as ByteScanner: CRLF, LF and a lone CR each end one line; terminators inside
// quoted fields are line breaks but not record terminators; a final line break does not start a new line.
import { countLineEnding } from './bytes.js';
import type { FileFacts, LineEnding } from '../model/facts.js';

export class TextLineScanner {
  lineEndings: FileFacts['lineEndings'] = {};
  /** NUL characters, and the line of the first one. */
  nulCount = 0;
  nulLine = 0;
  private lines = 1;
  private inQuotes = false;
  private pendingCR = false;
  private sawText = false;
  private lastWasTerminator = false;

  constructor(private readonly quote: string | undefined) {}

  push(text: string): void {
    if (text.length === 0) return;
    this.sawText = true;
    let i = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (text.charCodeAt(0) === 10) { this.terminator('CRLF'); i = 1; }
      else this.terminator('CR');
    }
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === this.quote) this.inQuotes = !this.inQuotes;
      else if (c === '\n') this.terminator('LF');
      else if (c === '\0') { if (this.nulCount++ === 0) this.nulLine = this.lines; }
      else if (c === '\r') {
        if (i + 1 === text.length) this.pendingCR = true;
        else if (text.charCodeAt(i + 1) === 10) { this.terminator('CRLF'); i++; }
        else this.terminator('CR');
      }
    }
    const last = text.charCodeAt(text.length - 1);
    this.lastWasTerminator = last === 10 || last === 13;
  }

  finish(): void {
    if (this.pendingCR) { this.pendingCR = false; this.terminator('CR'); }
  }

  /** Physical lines: a final line break does not start a new line. */
  get physicalLines(): number {
    if (!this.sawText) return 0;
    return this.lastWasTerminator ? this.lines - 1 : this.lines;
  }

  private terminator(kind: LineEnding): void {
    if (!this.inQuotes) countLineEnding(this.lineEndings, kind, this.lines);
    this.lines++;
  }
}
