// Joins the results of the parts of one run (threads, cached groups) into the result of the whole. Every file belongs
// to one part, so the findings of a file, and the cap on them, come from one part, and sorting the whole gives the
// one-thread order.
import { compareFindings, compareOmitted } from '../report/finding-order.js';
import type { LintResult } from './lint.js';

export function joinResults(results: readonly LintResult[]): LintResult {
  const joined: LintResult = { findings: [], omitted: [], datasets: 0, files: 0, records: new Map(), dependencies: new Map() };
  for (const r of results) {
    for (const f of r.findings) joined.findings.push(f);
    for (const o of r.omitted) joined.omitted.push(o);
    joined.datasets += r.datasets;
    joined.files += r.files;
    for (const [file, n] of r.records) joined.records.set(file, (joined.records.get(file) ?? 0) + n);
    // A file is read in every part that depends on it; what it depends on is the same in each.
    for (const [file, deps] of r.dependencies) if (!joined.dependencies.has(file)) joined.dependencies.set(file, deps);
  }
  // Stable: the findings of one file all come from one part, in that part's order.
  joined.findings.sort(compareFindings);
  joined.omitted.sort(compareOmitted);
  return joined;
}
