// A progress line on a terminal's standard error while a data file takes long to read, and the slowest files at the
// end. Only on a TTY, and never on standard output: reports stay byte-for-byte the same whatever the terminal.
import type { ProgressListener } from '../engine/lint.js';

export interface ProgressOptions {
  /** A file is shown once it has been read for this long. */
  showAfterMs?: number;
  /** How often the line is redrawn at most. */
  redrawMs?: number;
  /** The slowest files are named only when reading took at least this long in all. */
  summaryAfterMs?: number;
  /** The clock (tests pass their own). */
  now?: () => number;
}

interface Current { file: string; size: number; started: number; bytes: number }

export class TerminalProgress implements ProgressListener {
  private current: Current | undefined;
  private lastDraw = 0;
  private drawn = false;
  private readonly timings: { file: string; ms: number }[] = [];
  private readonly showAfterMs: number;
  private readonly redrawMs: number;
  private readonly summaryAfterMs: number;
  private readonly now: () => number;

  constructor(private readonly write: (s: string) => void, options: ProgressOptions = {}) {
    this.showAfterMs = options.showAfterMs ?? 2000;
    this.redrawMs = options.redrawMs ?? 250;
    this.summaryAfterMs = options.summaryAfterMs ?? 1000;
    this.now = options.now ?? (() => performance.now());
  }

  fileStarted(file: string, size: number): void {
    this.current = { file, size, started: this.now(), bytes: 0 };
  }

  bytesRead(file: string, total: number): void {
    const c = this.current;
    if (!c || c.file !== file) return;
    c.bytes = total;
    const t = this.now();
    if (t - c.started < this.showAfterMs || t - this.lastDraw < this.redrawMs) return;
    this.lastDraw = t;
    const pct = c.size > 0 ? Math.min(100, Math.floor((c.bytes / c.size) * 100)) : 100;
    this.write(`\r\x1b[2Kodlint: reading ${c.file} — ${pct}% of ${megabytes(c.size)}, ${seconds(t - c.started)}`);
    this.drawn = true;
  }

  fileFinished(file: string, ms: number): void {
    this.timings.push({ file, ms });
    if (this.current?.file === file) this.current = undefined;
    this.clear();
  }

  /** Clears the line, and returns the summary of the slowest files (or undefined when nothing took noticeable time). */
  finish(count = 3): string | undefined {
    this.clear();
    const total = this.timings.reduce((sum, t) => sum + t.ms, 0);
    if (this.timings.length === 0 || total < this.summaryAfterMs) return undefined;
    const slowest = [...this.timings].sort((a, b) => b.ms - a.ms || (a.file < b.file ? -1 : 1)).slice(0, count);
    return `odlint: ${this.timings.length} file${this.timings.length === 1 ? '' : 's'} read in ${seconds(total)}; slowest: ${slowest.map((t) => `${t.file} (${seconds(t.ms)})`).join(', ')}\n`;
  }

  private clear(): void {
    if (!this.drawn) return;
    this.write('\r\x1b[2K');
    this.drawn = false;
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0)} MB`;
}
