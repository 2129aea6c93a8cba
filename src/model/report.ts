// The report every formatter renders: the findings that decide the exit code, and what produced them.
import type { Category, Finding, OmittedFindings, RuleLevel } from './finding.js';
import type { MqaSummary, Scorecard } from './scorecard.js';

export interface ReportRule {
  id: string;
  category: Category;
  /** The severity the project gives it (overrides may give some files another). */
  severity: RuleLevel;
  check: string;
  description: string;
  /** Where a person reads about it: its page in docs/rules for a bundled rule, else its first source. */
  helpUri?: string;
  /**
   * The files its check looks at: the data formats it reads ('csv', 'json', …) and 'metadata' when it checks a
   * dataset's metadata. JUnit lists a rule for a file only where it applies (or where it found something).
   */
  appliesTo?: string[];
}

export interface ReportDataset {
  name: string;
  title?: string;
  publisher?: string;
  metadataFile?: string;
  /** Its data files, as findings name them. */
  files: string[];
  /** Each data file's format ('csv', 'json', 'other' for what odlint does not read), by its name in `files`. */
  formats?: Record<string, string>;
  /** Set when its metadata file could not be read: it is scored as a dataset without metadata. */
  metadataUnread?: true;
  /** Key constraints its metadata declares: primary, unique and foreign keys, and fields coded by a register. */
  keys?: number;
  /** Records read in its data files. */
  records?: number;
  /** DCAT-shaped metadata: its offline MQA-compatible score (docs/scoring/mqa.md). */
  mqa?: MqaSummary;
}

export interface FixedBaselineEntry {
  /** Relative to the working directory, with '/' separators, like the findings of the report. */
  file: string;
  ruleId: string;
  fingerprint: string;
  message: string;
  /** How many fewer findings occur than the baseline accepts. */
  count: number;
}

export interface ReportSummary {
  datasets: number;
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings counted above but not listed: the cap per rule and file (--max-findings-per-rule) left them out. */
  omitted: number;
  /** Findings not counted above because the baseline accepts them (0 without a baseline). */
  suppressed: number;
}

/** How a baseline (--baseline) changed the report. */
export interface ReportBaseline {
  /** The baseline file, relative to the working directory with '/' separators. */
  file: string;
  suppressed: number;
  /** Accepted findings that no longer occur, sorted by file, ruleId, fingerprint. */
  fixed: FixedBaselineEntry[];
}

export interface LintReport {
  tool: { name: string; version: string };
  standard: { id: string; version: string; title?: string };
  now: string;
  /**
   * The language of the findings' messages and hints when it is not English (a tag with a catalogue: 'fr'). Absent
   * when they are in English. messageId and data never change with it.
   */
  locale?: string;
  summary: ReportSummary;
  findings: Finding[];
  /** What the cap left out, per rule and file. */
  omitted: OmittedFindings[];
  /** Present when a baseline was used. */
  baseline?: ReportBaseline;
  /** Every rule of the resolved standard, sorted by id. */
  rules?: ReportRule[];
  /** Every dataset linted, in discovery order. */
  datasets?: ReportDataset[];
  /** The audit scorecard by the standard's scoring method; every format that shows scores renders it. */
  scorecard?: Scorecard;
  /** Present in one shard's report (--shard i/n): `odlint merge` joins the shards' reports into the whole run's. */
  shard?: ReportShard;
}

export interface ReportShard {
  /** This shard, from 1. */
  index: number;
  total: number;
  /** Datasets discovered in the whole run, every shard's. */
  discovered: number;
  /** For each entry of `datasets`, its position (from 0) in the discovery order of the whole run. */
  positions: number[];
  /** A hash of the options that must be the same in every shard (paths, --quiet, the findings cap, ignores, baseline). */
  settings: string;
}

export interface FormatterOptions {
  /** Colour (ANSI) for a terminal; never in files. */
  color: boolean;
  /** The absolute folder finding paths are relative to (the run's working folder). */
  cwd: string;
  /**
   * The absolute repository root, for formats whose consumers want paths relative to it (SARIF for code scanning,
   * GitLab Code Quality): the nearest folder above cwd holding .git, else cwd. The run works it out; formatters never
   * look at the disk.
   */
  repositoryRoot: string;
  /**
   * The words of the reports for people (stylish, Markdown, HTML) in the report's language: a label's key
   * (locale/report-labels.ts) and its data give its text. Default: English. Findings' messages and hints are translated by
   * the run, not by formatters.
   */
  translate?: LabelTranslate;
}

/** A report label (by key, with its placeholders' values) in a language. */
export type LabelTranslate = (key: string, data?: Readonly<Record<string, string | number>>) => string;

/** Renders a report as text. Pure: the same report and options give the same bytes. */
export type Formatter = (report: LintReport, options: FormatterOptions) => string;
