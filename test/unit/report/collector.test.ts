import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../../src/report/collector.js';
import type { Finding } from '../../../src/model/finding.js';

function finding(ruleId: string, file: string, line: number): Finding {
  return { ruleId, category: 'format', severity: ruleId.endsWith('warn') ? 'warning' : 'error', message: `m${line}`, file, line, messageId: 'm' };
}

/** A deterministic shuffle, so the order findings arrive in varies between cases. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('FindingCollector', () => {
  const all = [
    ...Array.from({ length: 50 }, (_, i) => finding('format/type', 'a.csv', i + 2)),
    ...Array.from({ length: 7 }, (_, i) => finding('format/type', 'b.csv', i + 2)),
    ...Array.from({ length: 30 }, (_, i) => finding('format/warn', 'a.csv', i + 2)),
  ];

  it('keeps the first findings in report order per rule and file, and counts the rest, whatever the arrival order', () => {
    for (const seed of [1, 2, 3]) {
      const c = new FindingCollector(5);
      for (const f of shuffled(all, seed)) c.add(f);
      const { findings, omitted } = c.result();
      expect(findings.filter((f) => f.ruleId === 'format/type' && f.file === 'a.csv').map((f) => f.line)).toEqual([2, 3, 4, 5, 6]);
      expect(findings).toHaveLength(15);
      expect(omitted).toEqual([
        { ruleId: 'format/type', severity: 'error', file: 'a.csv', count: 45 },
        { ruleId: 'format/warn', severity: 'warning', file: 'a.csv', count: 25 },
        { ruleId: 'format/type', severity: 'error', file: 'b.csv', count: 2 },
      ]);
    }
  });

  it('keeps everything with a cap of 0', () => {
    const c = new FindingCollector(0);
    for (const f of all) c.add(f);
    expect(c.result()).toMatchObject({ omitted: [] });
    expect(c.result().findings).toHaveLength(all.length);
  });

  it('merges what other collectors gathered (worker threads) into the same result as one collector', () => {
    const one = new FindingCollector(5);
    for (const f of all) one.add(f);
    const parts = [new FindingCollector(5), new FindingCollector(5), new FindingCollector(5)];
    shuffled(all, 7).forEach((f, i) => parts[i % 3]!.add(f));
    const merged = new FindingCollector(5);
    for (const p of parts) merged.merge(structuredClone(p.toBuckets()));
    expect(merged.result()).toEqual(one.result());
  });
});
