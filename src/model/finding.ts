// The Finding model: a public contract (schemas/report.schema.json).

/** A hint by catalogue key ('<check>.hint.<id>', 'hint.<id>'), its data's nested hints keyed too. */
export interface KeyedHint {
  key: string;
  data?: Record<string, string | number | KeyedHint>;
}

export type Category = 'format' | 'licence' | 'freshness' | 'linking';
export const CATEGORIES: readonly Category[] = ['format', 'licence', 'freshness', 'linking'];

export type Severity = 'error' | 'warning' | 'info';
/** A rule's configured level: a severity, or off. */
export type RuleLevel = Severity | 'off';

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** One sentence a data officer understands, naming the value and the expectation. */
  message: string;
  /** The data or metadata file concerned, relative to the working directory, with '/' separators. */
  file: string;
  /** 1-based physical line where the record starts (CSV header = line 1). */
  line?: number;
  /** 1-based column (field position). */
  column?: number;
  field?: string;
  /** 1-based record index (data rows; the CSV header is not a record). */
  record?: number;
  dataset?: string;
  hint?: string;
  /**
   * Linking findings: what the value fails to join — the package (dataset name) a foreign key points to, or the
   * register of a register code — so reports can tell which department's data breaks against which.
   */
  target?: string;
  /** What kind of thing `target` names: a dataset (package), or a register of the standard. */
  targetKind?: 'dataset' | 'register';
  /** The check's message id: with ruleId, file, field and the stable parts of data, the finding's identity. */
  messageId: string;
  /**
   * The placeholders of the message (its values, names, positions and counts), whole, as fingerprints hash them; the
   * JSON report writes a long one shortened, as the message shows it (report/shortened.ts). So with `field`.
   */
  data?: Record<string, string | number>;
  /**
   * Internal, never in a report: the hint by catalogue key, so the run can give it in another language
   * (locale/localise.ts removes it).
   */
  hintRef?: KeyedHint;
  /** Internal, never in a report: Report.words by catalogue key (locale/localise.ts removes it). */
  wordsRef?: Record<string, KeyedHint>;
}

/** Findings of one rule in one file left out of the report by the cap. */
export interface OmittedFindings {
  ruleId: string;
  severity: Severity;
  file: string;
  count: number;
}
