// Progress since an earlier assessment (--compare): each department's scores in the earlier JSON report beside its
// current ones, and how many of its findings are new and how many fixed. Pure: the run reads the earlier report.
//
// Findings are matched by fingerprint (report/fingerprint.ts: rule, file, field, message id and the values that say
// what is wrong; not line numbers or wording), counted per department, so a finding that moved to another line is
// neither new nor fixed. Findings the cap left out (`omitted`) are compared by their counts per rule and file.
import type { Finding } from '../model/finding.js';
import type { LintReport } from '../model/report.js';
import type { PreviousScores, Scorecard, ScorecardDepartment, ScoringMethod } from '../model/scorecard.js';
import { findingFingerprint } from './fingerprint.js';
import { shortenedFinding } from './shortened.js';
import { attributeFindings, computeScorecard, NO_PUBLISHER } from './scorecard.js';

/** Per department: fingerprints of listed findings with their counts, and omitted counts per rule and file. */
interface DepartmentFindings {
  listed: Map<string, number>;
  omitted: Map<string, number>;
}

function findingsByDepartment(report: LintReport, card: Scorecard, shorten: boolean): Map<string, DepartmentFindings> {
  const departmentOf = new Map(card.datasets.map((d) => [d.name, d.department]));
  const out = new Map<string, DepartmentFindings>();
  const mine = (department: string) => {
    let d = out.get(department);
    if (!d) out.set(department, (d = { listed: new Map(), omitted: new Map() }));
    return d;
  };
  attributeFindings(report).forEach((a, i) => {
    const d = mine(departmentOf.get(a.dataset) ?? NO_PUBLISHER);
    if (a.listed) {
      // The JSON report writes long values shortened: fingerprint the current findings as it writes them.
      const f: Finding = shorten ? shortenedFinding(report.findings[i]!) : report.findings[i]!;
      const key = findingFingerprint(f);
      d.listed.set(key, (d.listed.get(key) ?? 0) + 1);
    } else {
      const key = `${a.ruleId}\u0000${a.file}\u0000${a.severity}`;
      d.omitted.set(key, (d.omitted.get(key) ?? 0) + a.count);
    }
  });
  return out;
}

/** How many more `now` holds than `before`, key by key. */
function excess(now: ReadonlyMap<string, number> | undefined, before: ReadonlyMap<string, number> | undefined): number {
  let n = 0;
  for (const [key, count] of now ?? []) n += Math.max(0, count - (before?.get(key) ?? 0));
  return n;
}

function previousOf(department: Pick<ScorecardDepartment, 'datasets' | 'scores' | 'bands' | 'errors' | 'warnings' | 'infos'>, fresh: number, fixed: number): PreviousScores {
  return {
    datasets: department.datasets,
    scores: department.scores,
    bands: department.bands,
    errors: department.errors,
    warnings: department.warnings,
    infos: department.infos,
    newFindings: fresh,
    fixedFindings: fixed,
  };
}

export interface Comparison {
  scorecard: Scorecard;
  /** Departments of the earlier report that the current one does not have. */
  gone: string[];
  /** The earlier report's scoring method, when it differs from the current one (its scores were computed otherwise). */
  otherMethod?: string;
}

/**
 * The current scorecard with each department's `previous` scores and findings new and fixed since `previous`, an
 * earlier JSON report. An earlier report without a scorecard (from an older odlint) is scored by the current method.
 */
export function compareWithPrevious(report: LintReport, card: Scorecard, previous: LintReport, method: ScoringMethod): Comparison {
  const before = previous.scorecard ?? computeScorecard(previous, method);
  const nowFindings = findingsByDepartment(report, card, true);
  const beforeFindings = findingsByDepartment(previous, before, false);
  const beforeByName = new Map(before.departments.map((d) => [d.name, d]));
  let allNew = 0;
  let allFixed = 0;
  const departments = card.departments.map((d): ScorecardDepartment => {
    const now = nowFindings.get(d.name);
    const then = beforeFindings.get(d.name);
    const fresh = excess(now?.listed, then?.listed) + excess(now?.omitted, then?.omitted);
    const fixed = excess(then?.listed, now?.listed) + excess(then?.omitted, now?.omitted);
    allNew += fresh;
    allFixed += fixed;
    const earlier = beforeByName.get(d.name);
    return earlier ? { ...d, previous: previousOf(earlier, fresh, fixed) } : d;
  });
  const gone = before.departments.filter((d) => !card.departments.some((c) => c.name === d.name)).map((d) => d.name);
  // Findings of departments that are gone are fixed, as far as this assessment can tell.
  for (const name of gone) {
    const then = beforeFindings.get(name);
    allFixed += excess(then?.listed, undefined) + excess(then?.omitted, undefined);
  }
  const o = before.overall;
  const overall = {
    ...card.overall,
    previous: { ...previousOf({ datasets: o.datasets, scores: o.scores, bands: o.bands, errors: o.errors, warnings: o.warnings, infos: o.infos }, allNew, allFixed), report: { now: previous.now, standard: `${previous.standard.id} ${previous.standard.version}` } },
  };
  const out: Comparison = { scorecard: { ...card, overall, departments }, gone };
  if (before.method.id !== method.id) out.otherMethod = before.method.id;
  return out;
}
