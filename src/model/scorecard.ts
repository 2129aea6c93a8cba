// The audit scorecard: a public contract (the `scorecard` of schemas/report.schema.json). The standard declares how
// it is computed (its scoring method, rules/scoring.yaml for the bundled one); the run computes it once and every
// format renders it, so the JSON report, the HTML page and the Markdown summary cannot disagree.
import type { Category } from './finding.js';

/** What a category score is built from: the four categories, and a dataset's or department's overall score. */
export type ScoreKey = Category | 'overall';
export const SCORE_KEYS: readonly ScoreKey[] = ['format', 'licence', 'freshness', 'linking', 'overall'];

/** 0–100, or null when not assessed (shown as "—", left out of every mean). */
export type Score = number | null;
export type Scores = Record<ScoreKey, Score>;

export type Band = 'good' | 'fair' | 'poor' | 'not-assessed';
export type Bands = Record<ScoreKey, Band>;

/** Points one distinct rule costs a dataset in its category: `least` when one record in all is affected, `most` when all are. */
export interface Penalty {
  least: number;
  most: number;
}

/** How scores are computed: declared by the standard (its `scoring` file), reported with every scorecard. */
export interface ScoringMethod {
  id: string;
  title: string;
  /** Why the method is what it is, for the auditor reading the report. */
  rationale: string;
  /** The id of the standard that declared it, the last to change it ('' when none did: odlint's default). */
  declaredIn: string;
  /** A score from `good` up is Good, from `fair` up Fair, below Poor; bands follow the score rounded to a whole number. */
  bands: { good: number; fair: number };
  /** Per distinct rule broken in a dataset, by the most severe of its findings there; infos never cost. */
  penalties: { error: Penalty; warning: Penalty };
  /**
   * Rules whose finding (at error or warning severity) fails the category for the dataset: its score there is 0.
   * Things the standard makes mandatory, absent (no licence, no modified date), or not open.
   */
  fails: Record<Category, string[]>;
  /**
   * A dataset with no metadata at all (a lone file): what its licence and freshness score (0: a mandatory thing is
   * absent; null: not assessed), and what its format score loses for the metadata it lacks.
   */
  withoutMetadata: { licence: Score; freshness: Score; formatPenalty: number };
  /** Linking of a dataset that declares no keys and has no linking finding: 'not-assessed' (null) or 100. */
  linkingWithoutKeys: 'not-assessed' | 'full';
  /** The weights of the categories in an overall score (a weighted mean of the assessed ones). */
  weights: Record<Category, number>;
  /** Whether DCAT-shaped metadata also gets an MQA-compatible metadata score. */
  mqa: boolean;
}

export type MqaDimension = 'findability' | 'accessibility' | 'interoperability' | 'reusability' | 'contextuality';
export type MqaBand = 'excellent' | 'good' | 'sufficient' | 'bad';

/** A summary of a dataset's offline MQA-compatible score (docs/scoring/mqa.md); departments show the mean. */
export interface MqaSummary {
  points: number;
  max: number;
  band: MqaBand;
  dimensions: Record<MqaDimension, { points: number; max: number }>;
}

export interface SeverityTotals {
  errors: number;
  warnings: number;
  infos: number;
}

export interface ScorecardDataset extends SeverityTotals {
  name: string;
  title?: string;
  department: string;
  files: string[];
  /** Its metadata file, when it has one. */
  metadataFile?: string;
  /** Key constraints its metadata declares: primary, unique and foreign keys, and fields coded by a register. */
  keys: number;
  /** Records read in its data files. */
  records: number;
  scores: Scores;
  bands: Bands;
  /** Per category, the rules that cost it points (failing rules first), sorted: why the score is what it is. */
  rules: Record<Category, { fails: string[]; errors: string[]; warnings: string[] }>;
  mqa?: MqaSummary;
}

/** A department's scores in an earlier report (--compare), and what changed since. */
export interface PreviousScores extends SeverityTotals {
  datasets: number;
  scores: Scores;
  bands: Bands;
  /** Findings of this department not in the earlier report, and findings there no longer found. */
  newFindings: number;
  fixedFindings: number;
}

export interface ScorecardDepartment extends SeverityTotals {
  name: string;
  datasets: number;
  /** Its datasets that declare keys (the others have linking "not assessed"). */
  datasetsWithKeys: number;
  scores: Scores;
  bands: Bands;
  /** Mean MQA points of its datasets with DCAT-shaped metadata, when it has any. */
  mqa?: { datasets: number; points: number; max: number; band: MqaBand };
  /** With --compare: the same department in the earlier report (absent when it was not in it). */
  previous?: PreviousScores;
}

/** One cell of the linking breaks: values of one department's data that fail to join something. */
export interface LinkingBreak {
  /** The department whose data fails to join. */
  department: string;
  /** What it fails to join: a department, a register of the standard, or a package reference that names nothing linted. */
  targetKind: 'department' | 'register' | 'unresolved';
  target: string;
  count: number;
}

export interface Scorecard {
  method: ScoringMethod;
  overall: SeverityTotals & {
    score: Score;
    band: Band;
    scores: Scores;
    bands: Bands;
    departments: number;
    datasets: number;
    datasetsWithKeys: number;
    /** With --compare: the earlier report's overall scores. */
    previous?: PreviousScores & { report: { now: string; standard: string } };
  };
  /** Sorted by name, the department of datasets without a publisher last. */
  departments: ScorecardDepartment[];
  /** By department (in the order above), then in report order. */
  datasets: ScorecardDataset[];
  /** Sorted by department, then target kind (departments, registers, unresolved) and target. */
  linkingBreaks: LinkingBreak[];
  /** Omitted linking findings whose target is unknown (the listed findings of the same rule and file disagree). */
  linkingUnattributed: number;
}
