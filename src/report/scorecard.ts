// The audit scorecard of a report (model/scorecard.ts): findings attributed to datasets and departments
// (publishers), a score per category for each dataset, department and the whole set by the standard's scoring method
// (standard/scoring.ts; docs/scoring/README.md explains it), and the linking breaks between departments. Pure, and
// built only from what the JSON report holds (findings, omitted, rules, datasets, and the method), so anyone holding
// the JSON can recompute every number the HTML and Markdown reports show.
import { CATEGORIES, type Category, type Finding, type Severity } from '../model/finding.js';
import type { LintReport, ReportDataset } from '../model/report.js';
import { defaultScoringMethod } from '../standard/scoring.js';
import { mqaBand } from '../scoring/mqa.js';
import { compareText } from '../util/compare-text.js';
import { SCORE_KEYS, type Band, type Bands, type LinkingBreak, type MqaBand, type Score, type ScorecardDataset, type ScorecardDepartment, type Scores, type ScoringMethod, type Scorecard, type SeverityTotals } from '../model/scorecard.js';

/** The department of datasets that declare no publisher, and of lone files without metadata. */
export const NO_PUBLISHER = 'No publisher declared';

/** One listed finding (count 1) or one `omitted` entry (its count), with the dataset and category it belongs to. */
export interface AttributedFindings {
  ruleId: string;
  category: Category;
  severity: Severity;
  file: string;
  dataset: string;
  count: number;
  /** A listed finding (else an omitted entry). */
  listed: boolean;
  /** The finding is about one record (else about a file or metadata as a whole); omitted entries: as their listed siblings. */
  perRecord: boolean;
  /** Linking findings: what the value fails to join; for omitted entries only when their listed findings agree. */
  target?: string;
  /** What kind of thing target names (Finding.targetKind). */
  targetKind?: Finding['targetKind'];
}

/** Department names in report order: by name, NO_PUBLISHER last. */
export function compareDepartments(a: string, b: string): number {
  return a === b ? 0 : a === NO_PUBLISHER ? 1 : b === NO_PUBLISHER ? -1 : compareText(a, b);
}

function mean(values: ReadonlyArray<Score>): Score {
  let sum = 0;
  let n = 0;
  for (const v of values) if (v !== null) { sum += v; n++; }
  return n === 0 ? null : sum / n;
}

/** The department a dataset is counted under. */
export function departmentOf(dataset: Pick<ReportDataset, 'publisher'>): string {
  const publisher = dataset.publisher?.trim();
  return publisher ? publisher : NO_PUBLISHER;
}

/** The dataset that names a file (as data or metadata), by file. */
function datasetsByFile(report: LintReport): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of report.datasets ?? []) {
    for (const f of d.files) if (!out.has(f)) out.set(f, d.name);
    if (d.metadataFile !== undefined && !out.has(d.metadataFile)) out.set(d.metadataFile, d.name);
  }
  return out;
}

/**
 * Listed findings (first, index for index with report.findings) and omitted entries, each with its dataset and
 * category. An omitted entry (rule, file, count) has no dataset or target of its own: it takes those of the listed
 * findings of the same rule and file (the cap keeps at least one), else the first dataset that lists the file, else
 * the file itself stands for a dataset. Linear in the findings: a report may list a million.
 */
export function attributeFindings(report: LintReport): AttributedFindings[] {
  const byFile = datasetsByFile(report);
  const categoryOfRule = new Map((report.rules ?? []).map((r) => [r.id, r.category]));
  const siblings = new Map<string, AttributedFindings[]>();
  const out: AttributedFindings[] = report.findings.map((f) => {
    const a: AttributedFindings = { ruleId: f.ruleId, category: f.category, severity: f.severity, file: f.file, dataset: f.dataset ?? byFile.get(f.file) ?? f.file, count: 1, listed: true, perRecord: f.record !== undefined };
    if (f.target !== undefined) {
      a.target = f.target;
      a.targetKind = f.targetKind;
    }
    if (!categoryOfRule.has(f.ruleId)) categoryOfRule.set(f.ruleId, f.category);
    const key = `${f.ruleId}\u0000${f.file}`;
    const list = siblings.get(key);
    if (list) list.push(a);
    else siblings.set(key, [a]);
    return a;
  });
  for (const o of report.omitted) {
    const mine = siblings.get(`${o.ruleId}\u0000${o.file}`) ?? [];
    const prefix = o.ruleId.split('/')[0] as Category;
    const a: AttributedFindings = {
      ruleId: o.ruleId,
      category: mine[0]?.category ?? categoryOfRule.get(o.ruleId) ?? (CATEGORIES.includes(prefix) ? prefix : 'format'),
      severity: o.severity,
      file: o.file,
      dataset: mine[0]?.dataset ?? byFile.get(o.file) ?? o.file,
      count: o.count,
      listed: false,
      // Left out by a cap per rule and file: findings about records, unless those listed say otherwise.
      perRecord: mine.length === 0 || mine.every((s) => s.perRecord),
    };
    const targets = new Set(mine.map((s) => `${s.targetKind}\u0000${s.target}`));
    if (targets.size === 1 && mine[0]!.target !== undefined) {
      a.target = mine[0]!.target;
      a.targetKind = mine[0]!.targetKind;
    }
    out.push(a);
  }
  return out;
}

/**
 * Every dataset of the report, by name, in report order; plus one per name or file that findings mention but
 * `report.datasets` lacks (an older report, or a finding without a dataset), so nothing found goes uncounted.
 */
export function auditDatasets(report: LintReport, attributed = attributeFindings(report)): ReportDataset[] {
  const out = new Map<string, ReportDataset>();
  for (const d of report.datasets ?? []) {
    const known = out.get(d.name);
    // Findings name datasets only by name: two datasets of one name are one for the audit.
    if (known) {
      known.files = [...new Set([...known.files, ...d.files])];
      if (d.records !== undefined) known.records = (known.records ?? 0) + d.records;
      if (d.keys !== undefined) known.keys = (known.keys ?? 0) + d.keys;
    } else out.set(d.name, { ...d, files: [...d.files] });
  }
  const added = new Set<string>();
  for (const a of attributed) {
    const known = out.get(a.dataset);
    if (!known) {
      out.set(a.dataset, { name: a.dataset, files: [a.file] });
      added.add(a.dataset);
    } else if (added.has(a.dataset) && !known.files.includes(a.file)) known.files.push(a.file);
  }
  return [...out.values()];
}

function emptyTotals(): SeverityTotals {
  return { errors: 0, warnings: 0, infos: 0 };
}

function addCount(counts: SeverityTotals, severity: Severity, n: number): void {
  if (severity === 'error') counts.errors += n;
  else if (severity === 'warning') counts.warnings += n;
  else counts.infos += n;
}

/** Errors, warnings and infos per category, listed and omitted alike (what the report's summary counts). */
export function countsByCategory(report: LintReport): Record<Category, SeverityTotals> {
  const out = Object.fromEntries(CATEGORIES.map((c) => [c, emptyTotals()])) as Record<Category, SeverityTotals>;
  for (const a of attributeFindings(report)) addCount(out[a.category], a.severity, a.count);
  return out;
}

/** The band of a score as shown (rounded to a whole number), so the colour never disagrees with the number beside it. */
export function scoreBand(score: Score, bands: ScoringMethod['bands']): Band {
  if (score === null) return 'not-assessed';
  const shown = Math.round(score);
  return shown >= bands.good ? 'good' : shown >= bands.fair ? 'fair' : 'poor';
}

/** A score as reports show it: a whole number, or an em dash when not assessed. */
export function formatScore(score: Score): string {
  return score === null ? '—' : String(Math.round(score));
}

export const BAND_LABELS: Readonly<Record<Band, string>> = { good: 'Good', fair: 'Fair', poor: 'Poor', 'not-assessed': 'Not assessed' };
export const MQA_BAND_LABELS: Readonly<Record<MqaBand, string>> = { excellent: 'Excellent', good: 'Good', sufficient: 'Sufficient', bad: 'Bad' };

/** Scores as the JSON report writes them: one decimal, so the same inputs give the same bytes. */
function rounded(score: Score): Score {
  return score === null ? null : Math.round(score * 10) / 10;
}

/** The overall score beside the four categories: their weighted mean, leaving out those not assessed. */
function overallOf(scores: Record<Category, Score>, weights: ScoringMethod['weights']): Score {
  let sum = 0;
  let weight = 0;
  for (const c of CATEGORIES) {
    const s = scores[c];
    if (s === null || weights[c] <= 0) continue;
    sum += s * weights[c];
    weight += weights[c];
  }
  return weight === 0 ? null : sum / weight;
}

function withOverall(categories: Record<Category, Score>, method: ScoringMethod): { scores: Scores; bands: Bands } {
  const exact: Scores = { ...categories, overall: overallOf(categories, method.weights) };
  const scores = Object.fromEntries(SCORE_KEYS.map((k) => [k, rounded(exact[k])])) as Scores;
  const bands = Object.fromEntries(SCORE_KEYS.map((k) => [k, scoreBand(exact[k], method.bands)])) as Bands;
  return { scores, bands };
}

interface RuleTally {
  severity: Severity;
  count: number;
  perRecord: boolean;
}

/**
 * One dataset's score in one category: 0 when a failing rule fired; else 100 less, per distinct rule broken, its
 * penalty (least to most with the share of the dataset's records it affects; a finding about a file or the metadata
 * affects the whole); never below 0. Without metadata, licence and freshness take the method's fixed score and format
 * pays its penalty; linking of a dataset without keys or linking findings is not assessed.
 */
function categoryScore(category: Category, tallies: ReadonlyMap<string, RuleTally>, dataset: ReportDataset, method: ScoringMethod): Score {
  const withoutMetadata = dataset.metadataFile === undefined || dataset.metadataUnread === true;
  if (withoutMetadata && (category === 'licence' || category === 'freshness')) {
    const fixed = method.withoutMetadata[category];
    if (fixed !== null) return fixed;
    if (tallies.size === 0) return null;
  }
  if (category === 'linking' && tallies.size === 0 && !(dataset.keys ?? 0) && method.linkingWithoutKeys === 'not-assessed') return null;
  let score = 100;
  for (const [ruleId, t] of tallies) {
    if (t.severity === 'info') continue;
    if (method.fails[category].includes(ruleId)) return 0;
    const records = dataset.records ?? 0;
    const share = t.perRecord && records > 0 ? Math.min(1, t.count / records) : 1;
    const p = method.penalties[t.severity];
    score -= p.least + (p.most - p.least) * share;
  }
  if (withoutMetadata && category === 'format') score -= method.withoutMetadata.formatPenalty;
  return Math.max(0, score);
}

export function computeScorecard(report: LintReport, method: ScoringMethod): Scorecard {
  const attributed = attributeFindings(report);
  const datasets = auditDatasets(report, attributed);
  // Per dataset: counts, and per category the rules broken with their most severe level, counts and reach.
  const tallies = new Map<string, Record<Category, Map<string, RuleTally>>>();
  const totals = new Map<string, SeverityTotals>();
  for (const d of datasets) {
    tallies.set(d.name, Object.fromEntries(CATEGORIES.map((c) => [c, new Map()])) as Record<Category, Map<string, RuleTally>>);
    totals.set(d.name, emptyTotals());
  }
  const rank: Record<Severity, number> = { error: 2, warning: 1, info: 0 };
  for (const a of attributed) {
    addCount(totals.get(a.dataset)!, a.severity, a.count);
    const rules = tallies.get(a.dataset)![a.category];
    const t = rules.get(a.ruleId);
    if (!t) rules.set(a.ruleId, { severity: a.severity, count: a.count, perRecord: a.perRecord });
    else {
      if (rank[a.severity] > rank[t.severity]) t.severity = a.severity;
      t.count += a.count;
      t.perRecord &&= a.perRecord;
    }
  }

  const exactByDataset = new Map<string, Record<Category, Score>>();
  const scored = datasets.map((d): ScorecardDataset => {
    const mine = tallies.get(d.name)!;
    const exact = Object.fromEntries(CATEGORIES.map((c) => [c, categoryScore(c, mine[c], d, method)])) as Record<Category, Score>;
    exactByDataset.set(d.name, exact);
    const rules = Object.fromEntries(CATEGORIES.map((c) => {
      const ids = [...mine[c].keys()].sort(compareText);
      const fails = ids.filter((id) => method.fails[c].includes(id) && mine[c].get(id)!.severity !== 'info');
      return [c, {
        fails,
        errors: ids.filter((id) => !fails.includes(id) && mine[c].get(id)!.severity === 'error'),
        warnings: ids.filter((id) => !fails.includes(id) && mine[c].get(id)!.severity === 'warning'),
      }];
    })) as ScorecardDataset['rules'];
    const out = { name: d.name } as ScorecardDataset; // keys in a fixed order, optional ones only when set
    if (d.title !== undefined) out.title = d.title;
    out.department = departmentOf(d);
    out.files = d.files;
    if (d.metadataFile !== undefined) out.metadataFile = d.metadataFile;
    out.keys = d.keys ?? 0;
    out.records = d.records ?? 0;
    Object.assign(out, withOverall(exact, method), totals.get(d.name)!);
    out.rules = rules;
    if (method.mqa && d.mqa) out.mqa = d.mqa;
    return out;
  });

  const names = [...new Set(scored.map((d) => d.department))].sort(compareDepartments);
  const exactByDepartment = new Map<string, Record<Category, Score>>();
  const departments = names.map((name): ScorecardDepartment => {
    const mine = scored.filter((d) => d.department === name);
    const exact = Object.fromEntries(CATEGORIES.map((c) => [c, mean(mine.map((d) => exactByDataset.get(d.name)![c]))])) as Record<Category, Score>;
    exactByDepartment.set(name, exact);
    const counts = emptyTotals();
    for (const d of mine) {
      counts.errors += d.errors;
      counts.warnings += d.warnings;
      counts.infos += d.infos;
    }
    const out: ScorecardDepartment = { name, datasets: mine.length, datasetsWithKeys: mine.filter((d) => d.keys > 0).length, ...withOverall(exact, method), ...counts };
    const mqa = mine.filter((d) => d.mqa !== undefined);
    if (mqa.length > 0) {
      const points = Math.round((mqa.reduce((s, d) => s + d.mqa!.points, 0) / mqa.length) * 10) / 10;
      out.mqa = { datasets: mqa.length, points, max: mqa[0]!.mqa!.max, band: mqaBand(points) };
    }
    return out;
  });

  const overallExact = Object.fromEntries(CATEGORIES.map((c) => [c, mean(names.map((n) => exactByDepartment.get(n)![c]))])) as Record<Category, Score>;
  const overall = withOverall(overallExact, method);
  const breaks = linkingBreaks(report, attributed, datasets);
  return {
    method,
    overall: {
      score: overall.scores.overall,
      band: overall.bands.overall,
      ...overall,
      departments: departments.length,
      datasets: scored.length,
      datasetsWithKeys: scored.filter((d) => d.keys > 0).length,
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      infos: report.summary.infos,
    },
    departments,
    datasets: names.flatMap((n) => scored.filter((d) => d.department === n)),
    linkingBreaks: breaks.breaks,
    linkingUnattributed: breaks.unattributed,
  };
}

// ---- linking breaks between departments --------------------------------------------------------------------------

const KIND_ORDER: Record<LinkingBreak['targetKind'], number> = { department: 0, register: 1, unresolved: 2 };

/**
 * Linking findings with a target, by the department that fails to join and what it fails to join: the department
 * publishing the dataset of that name, the register of a finding whose target is one, or, when no linted dataset has
 * that name, the reference itself (unresolved).
 */
function linkingBreaks(report: LintReport, attributed: readonly AttributedFindings[], datasets: readonly ReportDataset[]): { breaks: LinkingBreak[]; unattributed: number } {
  const departmentOfName = new Map(datasets.map((d) => [d.name, departmentOf(d)]));
  const cells = new Map<string, LinkingBreak>();
  const listedWithTarget = new Set<string>();
  for (const f of report.findings) if (f.category === 'linking' && f.target !== undefined) listedWithTarget.add(`${f.ruleId}\u0000${f.file}`);
  let unattributed = 0;
  for (const a of attributed) {
    if (a.category !== 'linking') continue;
    if (a.target === undefined) {
      if (!a.listed && listedWithTarget.has(`${a.ruleId}\u0000${a.file}`)) unattributed += a.count;
      continue;
    }
    const joined = departmentOfName.get(a.target);
    const [targetKind, target] = a.targetKind === 'register' ? ['register', a.target] as const
      : joined !== undefined ? ['department', joined] as const : ['unresolved', a.target] as const;
    const department = departmentOfName.get(a.dataset) ?? NO_PUBLISHER;
    const key = `${department}\u0000${targetKind}\u0000${target}`;
    const cell = cells.get(key);
    if (cell) cell.count += a.count;
    else cells.set(key, { department, targetKind, target, count: a.count });
  }
  const breaks = [...cells.values()].sort((x, y) => compareDepartments(x.department, y.department) || KIND_ORDER[x.targetKind] - KIND_ORDER[y.targetKind] || compareText(x.target, y.target));
  return { breaks, unattributed };
}

/** The report's scorecard: the one the run computed, else (a report from an older odlint) by odlint's default method. */
export function scorecardOf(report: LintReport): Scorecard {
  return report.scorecard ?? computeScorecard(report, defaultScoringMethod());
}

/**
 * The change of a score since the earlier report, as shown (whole numbers): '▲ 12', '▼ 4', '=' when unchanged, '—'
 * when either is not assessed. Both reports show it alike.
 */
export function scoreChange(current: Score, previous: Score): string {
  if (current === null || previous === null) return '—';
  const delta = Math.round(current) - Math.round(previous);
  return delta > 0 ? `▲ ${delta}` : delta < 0 ? `▼ ${-delta}` : '=';
}
