import { describe, expect, it } from 'vitest';
import { TerminalProgress } from '../../../src/cli/progress.js';

function harness(options: { showAfterMs?: number; redrawMs?: number; summaryAfterMs?: number } = {}) {
  let t = 0;
  const out: string[] = [];
  const progress = new TerminalProgress((s) => out.push(s), { now: () => t, ...options });
  return { progress, out, tick: (ms: number) => { t += ms; } };
}

describe('TerminalProgress', () => {
  it('stays silent for files read quickly', () => {
    const { progress, out, tick } = harness();
    progress.fileStarted('a.csv', 1000);
    tick(500);
    progress.bytesRead('a.csv', 1000);
    progress.fileFinished('a.csv', 500);
    expect(out).toEqual([]);
    expect(progress.finish()).toBeUndefined(); // under a second in all: no slowest-files line
  });

  it('draws a line once a file takes long, redraws at most every redrawMs, and clears it when done', () => {
    const { progress, out, tick } = harness({ showAfterMs: 2000, redrawMs: 250 });
    progress.fileStarted('big.csv', 50_000_000);
    tick(2100);
    progress.bytesRead('big.csv', 25_000_000);
    tick(100);
    progress.bytesRead('big.csv', 26_000_000); // within redrawMs: not drawn
    tick(200);
    progress.bytesRead('big.csv', 30_000_000);
    expect(out).toEqual([
      '\r\x1b[2Kodlint: reading big.csv — 50% of 50 MB, 2.1 s',
      '\r\x1b[2Kodlint: reading big.csv — 60% of 50 MB, 2.4 s',
    ]);
    progress.fileFinished('big.csv', 3000);
    expect(out.at(-1)).toBe('\r\x1b[2K');
  });

  it('names the slowest files, slowest first, ties by name', () => {
    const { progress } = harness();
    for (const [file, ms] of [['b.csv', 400], ['a.csv', 900], ['c.csv', 400], ['d.csv', 10]] as const) {
      progress.fileStarted(file, 1);
      progress.fileFinished(file, ms);
    }
    expect(progress.finish()).toBe('odlint: 4 files read in 1.7 s; slowest: a.csv (0.9 s), b.csv (0.4 s), c.csv (0.4 s)\n');
  });

  it('ignores bytes of a file it was not told about', () => {
    const { progress, out, tick } = harness({ showAfterMs: 0, redrawMs: 0 });
    progress.fileStarted('a.csv', 10);
    tick(10);
    progress.bytesRead('other.csv', 5);
    expect(out).toEqual([]);
  });
});
