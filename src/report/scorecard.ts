// What an audit report computes from a LintReport: findings attributed to datasets and departments (publishers),
// counts by category, a compliance score per dataset, department and overall, and the linking breaks between
// departments. Pure and built only from the JSON report (findings, omitted, rules, datasets), so anyone holding the
// JSON can recompute every number the HTML and Markdown reports show.
import { CATEGORIES, type Category, type Finding, type Severity } from '../model/finding.js';
import type { LintReport, ReportDataset } from '../model/report.js';

/** The department of datasets that declare no publisher, and of lone files without metadata. */
export const NO_PUBLISHER = 'No publisher declared';

/** Points a dataset loses in a category for each distinct rule it breaks at error severity. */
export const ERROR_RULE_PENALTY = 25;
/** Points lost for each distinct rule with warnings only. */
export const WARNING_RULE_PENALTY = 10;
/** Scores from this up are "good"; from FAIR_FROM up "fair"; below, "poor". */
export const GOOD_FROM = 90;
export const FAIR_FROM = 60;

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

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
  /** Linking findings: what the value fails to join; for omitted entries only when their listed findings agree. */
  target?: string;
  /** What kind of thing target names (Finding.targetKind). */
  targetKind?: Finding['targetKind'];
}

export interface CategoryScore extends SeverityCounts {
  /** 0–100; null when the category could not be assessed (licence and freshness of a file without metadata). */
  score: number | null;
  /** Distinct rules broken at error severity, sorted. */
  errorRules: string[];
  /** Distinct rules with warnings and no error, sorted. */
  warningRules: string[];
}

export interface DatasetScore extends SeverityCounts {
  dataset: ReportDataset;
  department: string;
  categories: Record<Category, CategoryScore>;
  /** Mean of the assessed category scores. */
  score: number | null;
}

export interface DepartmentScore extends SeverityCounts {
  department: string;
  /** Its datasets' names, in report order. */
  datasets: string[];
  /** Per category, the mean of its datasets' assessed scores. */
  categories: Record<Category, number | null>;
  /** Mean of its assessed category scores. */
  score: number | null;
}

export interface Scorecard {
  datasets: DatasetScore[];
  /** Sorted by name, NO_PUBLISHER last. */
  departments: DepartmentScore[];
  /** Per category, the mean of the departments' scores; score: the mean of the departments' overall scores. */
  overall: { categories: Record<Category, number | null>; score: number | null };
}

function compareText(a: string, b: string): number {
  // Code-unit order, not localeCompare: the same bytes on every machine whatever its locale.
  return a < b ? -1 : a > b ? 1 : 0;
}

function mean(values: ReadonlyArray<number | null>): number | null {
  const xs = values.filter((v): v is number => v !== null);
  return xs.length === 0 ? null : xs.reduce((s, v) => s + v, 0) / xs.length;
}

function categoryOf(ruleId: string, report: LintReport): Category {
  const rule = report.rules?.find((r) => r.id === ruleId);
  if (rule) return rule.category;
  const listed = report.findings.find((f) => f.ruleId === ruleId);
  if (listed) return listed.category;
  const prefix = ruleId.split('/')[0] as Category;
  return CATEGORIES.includes(prefix) ? prefix : 'format';
}

/** The department a dataset is counted under. */
export function departmentOf(dataset: ReportDataset): string {
  const publisher = dataset.publisher?.trim();
  return publisher ? publisher : NO_PUBLISHER;
}

/**
 * Every dataset of the report, by name, in report order; plus one per name or file that findings mention but
 * `report.datasets` lacks (an older report, or a finding without a dataset), so nothing found goes uncounted.
 */
export function auditDatasets(report: LintReport): ReportDataset[] {
  const out = new Map<string, ReportDataset>();
  for (const d of report.datasets ?? []) {
    const known = out.get(d.name);
    // Findings name datasets only by name: two datasets of one name are one for the audit.
    if (known) known.files = [...new Set([...known.files, ...d.files])];
    else out.set(d.name, { ...d, files: [...d.files] });
  }
  const added = new Set<string>();
  for (const a of attributeFindings(report)) {
    const known = out.get(a.dataset);
    if (!known) {
      out.set(a.dataset, { name: a.dataset, files: [a.file] });
      added.add(a.dataset);
    } else if (added.has(a.dataset) && !known.files.includes(a.file)) known.files.push(a.file);
  }
  return [...out.values()];
}

/**
 * Listed findings (first, index for index with report.findings) and omitted entries, each with its dataset and
 * category. An omitted entry (rule, file, count) has
 * no dataset or target of its own: it takes those of the listed findings of the same rule and file (the cap keeps
 * at least one), else the first dataset that lists the file, else the file itself stands for a dataset.
 */
export function attributeFindings(report: LintReport): AttributedFindings[] {
  const datasetOfFile = (file: string): string | undefined => report.datasets?.find((d) => d.files.includes(file) || d.metadataFile === file)?.name;
  const out: AttributedFindings[] = report.findings.map((f) => {
    const a: AttributedFindings = { ruleId: f.ruleId, category: f.category, severity: f.severity, file: f.file, dataset: f.dataset ?? datasetOfFile(f.file) ?? f.file, count: 1, listed: true };
    if (f.target !== undefined) {
      a.target = f.target;
      a.targetKind = f.targetKind;
    }
    return a;
  });
  for (const o of report.omitted) {
    const siblings = out.filter((a) => a.listed && a.ruleId === o.ruleId && a.file === o.file);
    const a: AttributedFindings = {
      ruleId: o.ruleId,
      category: siblings[0]?.category ?? categoryOf(o.ruleId, report),
      severity: o.severity,
      file: o.file,
      dataset: siblings[0]?.dataset ?? datasetOfFile(o.file) ?? o.file,
      count: o.count,
      listed: false,
    };
    const targets = new Set(siblings.map((s) => `${s.targetKind}\u0000${s.target}`));
    if (targets.size === 1 && siblings[0]!.target !== undefined) {
      a.target = siblings[0]!.target;
      a.targetKind = siblings[0]!.targetKind;
    }
    out.push(a);
  }
  return out;
}

function emptyCounts(): SeverityCounts {
  return { errors: 0, warnings: 0, infos: 0 };
}

function addCount(counts: SeverityCounts, severity: Severity, n: number): void {
  if (severity === 'error') counts.errors += n;
  else if (severity === 'warning') counts.warnings += n;
  else counts.infos += n;
}

/** Errors, warnings and infos per category, listed and omitted alike (what the report's summary counts). */
export function countsByCategory(report: LintReport): Record<Category, SeverityCounts> {
  const out = Object.fromEntries(CATEGORIES.map((c) => [c, emptyCounts()])) as Record<Category, SeverityCounts>;
  for (const a of attributeFindings(report)) addCount(out[a.category], a.severity, a.count);
  return out;
}

/** The score of one dataset in one category: 100, less a penalty per distinct rule broken, never below 0. */
export function categoryScore(errorRules: number, warningRules: number): number {
  return Math.max(0, 100 - ERROR_RULE_PENALTY * errorRules - WARNING_RULE_PENALTY * warningRules);
}

export function computeScorecard(report: LintReport): Scorecard {
  const attributed = attributeFindings(report);
  const datasets = auditDatasets(report).map((dataset): DatasetScore => {
    const mine = attributed.filter((a) => a.dataset === dataset.name);
    const categories = {} as Record<Category, CategoryScore>;
    const total = emptyCounts();
    for (const category of CATEGORIES) {
      const inCategory = mine.filter((a) => a.category === category);
      const counts = emptyCounts();
      for (const a of inCategory) {
        addCount(counts, a.severity, a.count);
        addCount(total, a.severity, a.count);
      }
      const errorRules = [...new Set(inCategory.filter((a) => a.severity === 'error').map((a) => a.ruleId))].sort(compareText);
      const warningRules = [...new Set(inCategory.filter((a) => a.severity === 'warning').map((a) => a.ruleId))].filter((r) => !errorRules.includes(r)).sort(compareText);
      // Without metadata there is no licence or update frequency to check: no findings there means "not checked".
      const assessed = dataset.metadataFile !== undefined || inCategory.length > 0 || category === 'format' || category === 'linking';
      categories[category] = { ...counts, score: assessed ? categoryScore(errorRules.length, warningRules.length) : null, errorRules, warningRules };
    }
    return { dataset, department: departmentOf(dataset), categories, score: mean(CATEGORIES.map((c) => categories[c].score)), ...total };
  });

  const names = [...new Set(datasets.map((d) => d.department))].sort((a, b) => (a === NO_PUBLISHER ? 1 : b === NO_PUBLISHER ? -1 : compareText(a, b)));
  const departments = names.map((department): DepartmentScore => {
    const mine = datasets.filter((d) => d.department === department);
    const categories = Object.fromEntries(CATEGORIES.map((c) => [c, mean(mine.map((d) => d.categories[c].score))])) as Record<Category, number | null>;
    const counts = emptyCounts();
    for (const d of mine) {
      counts.errors += d.errors;
      counts.warnings += d.warnings;
      counts.infos += d.infos;
    }
    return { department, datasets: mine.map((d) => d.dataset.name), categories, score: mean(CATEGORIES.map((c) => categories[c])), ...counts };
  });

  const overallCategories = Object.fromEntries(CATEGORIES.map((c) => [c, mean(departments.map((d) => d.categories[c]))])) as Record<Category, number | null>;
  return { datasets, departments, overall: { categories: overallCategories, score: mean(departments.map((d) => d.score)) } };
}

/** A score as reports show it: a whole number, or an em dash when not assessed. */
export function formatScore(score: number | null): string {
  return score === null ? '—' : String(Math.round(score));
}

export type ScoreBand = 'good' | 'fair' | 'poor' | 'none';

/** The band of a score as shown (rounded), so the colour never disagrees with the number beside it. */
export function scoreBand(score: number | null): ScoreBand {
  if (score === null) return 'none';
  const shown = Math.round(score);
  return shown >= GOOD_FROM ? 'good' : shown >= FAIR_FROM ? 'fair' : 'poor';
}

export const SCORE_BAND_LABELS: Readonly<Record<ScoreBand, string>> = { good: 'Good', fair: 'Fair', poor: 'Poor', none: 'Not assessed' };

// ---- linking breaks between departments --------------------------------------------------------------------------

export type LinkTargetKind = 'department' | 'register' | 'unresolved';

export interface LinkTarget {
  kind: LinkTargetKind;
  /** A department's name, a register's name, or the package reference that names nothing linted. */
  label: string;
}

export interface LinkingBreakRow {
  /** The department whose data fails to join. */
  department: string;
  /** Counts by column, in the order of LinkingBreaks.columns (0 where none). */
  counts: number[];
  total: number;
}

export interface LinkingBreaks {
  /** Departments (sorted), then registers (sorted), then unresolved references (sorted). */
  columns: LinkTarget[];
  rows: LinkingBreakRow[];
  /** Omitted linking findings whose target is unknown: their listed findings of the same rule and file disagree. */
  unattributed: number;
}

const KIND_ORDER: Record<LinkTargetKind, number> = { department: 0, register: 1, unresolved: 2 };

/**
 * Linking findings with a target, by the department that fails to join (rows) and what it fails to join
 * (columns): the department publishing the dataset of that name, the register of a finding whose target is one
 * finding, or, when no linted dataset has that name, the reference itself (unresolved).
 */
export function linkingBreaks(report: LintReport): LinkingBreaks {
  const datasets = auditDatasets(report);
  const departmentOfName = new Map(datasets.map((d) => [d.name, departmentOf(d)]));
  const cells = new Map<string, Map<string, number>>();
  const columns = new Map<string, LinkTarget>();
  let unattributed = 0;
  for (const a of attributeFindings(report)) {
    if (a.category !== 'linking') continue;
    if (a.target === undefined) {
      if (!a.listed && report.findings.some((f) => f.ruleId === a.ruleId && f.file === a.file && f.target !== undefined)) unattributed += a.count;
      continue;
    }
    const joined = departmentOfName.get(a.target);
    const target: LinkTarget = a.targetKind === 'register'
      ? { kind: 'register', label: a.target }
      : joined !== undefined ? { kind: 'department', label: joined } : { kind: 'unresolved', label: a.target };
    const key = `${target.kind}\u0000${target.label}`;
    columns.set(key, target);
    const from = departmentOfName.get(a.dataset) ?? NO_PUBLISHER;
    const row = cells.get(from) ?? new Map<string, number>();
    row.set(key, (row.get(key) ?? 0) + a.count);
    cells.set(from, row);
  }
  const sortedColumns = [...columns.entries()].sort(([, x], [, y]) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || compareText(x.label, y.label));
  const rows = [...cells.entries()]
    .sort(([a], [b]) => (a === NO_PUBLISHER ? 1 : b === NO_PUBLISHER ? -1 : compareText(a, b)))
    .map(([department, row]): LinkingBreakRow => {
      const counts = sortedColumns.map(([key]) => row.get(key) ?? 0);
      return { department, counts, total: counts.reduce((s, n) => s + n, 0) };
    });
  return { columns: sortedColumns.map(([, t]) => t), rows, unattributed };
}
