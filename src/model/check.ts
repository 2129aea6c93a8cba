// The contract between the engine and a check. The engine knows nothing of any particular check: it builds the
// visitors of the active rules, feeds them what the readers observed, and collects what they report.
import type { DataFormat, Dataset, Resource } from './dataset.js';
import type { FileFacts } from './facts.js';
import type { BoundColumn } from './table-schema.js';

/**
 * A hint by id: one of the check's `hints` (or of COMMON_HINTS, checks/common-hints.ts), filled from `data` as a
 * message is, so it can be given in the reader's language (locale/). A value of `data` may itself be a hint by id,
 * filled in first: an optional clause ('{retired}' as a phrase of its own, or '' when there is none) without a
 * template for every combination.
 */
export interface HintRef {
  id: string;
  data?: Record<string, string | number | HintRef>;
}

/** What a check reports; the engine adds ruleId, category, severity, file and dataset, and renders the message. */
export interface Report {
  /** One of the check's `messages`: its id is the finding's stable identity (fingerprints, baselines, translations). */
  messageId: string;
  /**
   * The placeholders of the message. Fingerprints keep the string values — the values and names that say what is
   * wrong — and leave out numbers (positions, counts, spans of days) and the placeholders in VOLATILE_PLACEHOLDERS
   * (report/fingerprint.ts: dates relative to --now, paths relative to the working folder, examples from the rows),
   * so a finding keeps its identity when rows move, data is appended, a day passes or odlint runs from elsewhere.
   */
  data?: Record<string, string | number>;
  /** Defaults to the data file being read (file visitors) or the metadata file (package visitors). */
  file?: string;
  line?: number;
  column?: number;
  field?: string;
  record?: number;
  /**
   * How to say some of `data`'s values in another language: a placeholder's value as a hint by id whose English text
   * is exactly that value (the engine checks it). `data` itself, which fingerprints hash, stays as it is.
   */
  words?: Record<string, HintRef>;
  /** What to do about it: a hint by id (translatable), or English prose (not translated). */
  hint?: HintRef | string;
  /** Linking checks: what the value fails to join — a dataset (package) by name, or a register of the standard. */
  target?: { kind: 'dataset' | 'register'; name: string };
}

/** What every hook of a rule sees, for the whole run. */
export interface RunContext<Options> {
  /** The rule's options (`with:`), validated against the check's optionsSchema, defaults applied. */
  options: Options;
  /** The reference date of every time-dependent check, YYYY-MM-DD (`--now`, default today). */
  now: string;
  /** The same reference date as UTC milliseconds at its start, parsed once for the run. */
  nowMs: number;
  /** The standard's vocabularies (licence lists, frequency terms, registers) by name, as parsed from their files. */
  vocabularies: ReadonlyMap<string, unknown>;
  /** Every dataset being linted, for checks that look across packages. */
  datasets: readonly Dataset[];
  /**
   * Scratch space shared by every hook of this rule for the whole run (key sets collected in one file and used in
   * another). The engine never looks inside.
   */
  shared: Map<string, unknown>;
}

export interface CheckContext<Options> extends RunContext<Options> {
  report(finding: Report): void;
}

/** A report from a run-wide hook, which must say which file it is about. */
export interface RunReport extends Report {
  file: string;
  dataset?: string;
}

/**
 * The header row (CSV, and JSON whose rows are arrays), or the schema's field names (JSON records that are objects),
 * with the columns bound to schema fields.
 */
export interface HeaderInfo {
  /** Header cells exactly as read. Empty when the file has no header row (see FileFacts.headerRow). */
  cells: readonly string[];
  /**
   * True when the cells are the schema's field names, not read from the file (JSON records that are objects, whose
   * values are taken by name): checks of the header row have nothing to check.
   */
  fromSchema?: boolean;
  line: number;
  /** One entry per column: the schema field it holds, if any. */
  columns: readonly (BoundColumn | undefined)[];
}

/**
 * One data row. Valid rows allocate nothing beyond the cells: typed values are cast lazily and memoised per row by
 * the engine, so several checks reading the same column cast it once.
 */
export interface RowContext {
  readonly cells: readonly string[];
  /** Physical line where the record starts (1-based). */
  readonly line: number;
  /** 1-based record index: data rows, not counting the header. */
  readonly record: number;
  readonly columns: readonly (BoundColumn | undefined)[];
  /** JSON rows: the record as parsed (undefined for CSV). */
  readonly object?: unknown;
  /** True when the cell at column i is absent or one of the field's missingValues. */
  isMissing(i: number): boolean;
  /** The cell cast to its field's type; INVALID when it does not parse; undefined when missing or unbound. */
  value(i: number): unknown;
}

/** Called for each data file (resource) the engine reads. Every hook is optional. */
export interface FileVisitor {
  /** Byte-level observations, delivered once the whole file has been read (encoding, BOM, line endings…). */
  facts?(facts: FileFacts): void;
  header?(header: HeaderInfo): void;
  row?(row: RowContext): void;
  /** After the last row. */
  end?(): void;
  /**
   * In a visitor made with ctx.readsPart (one part of a large file, often in a worker thread): what it learned from
   * its part that the file's findings depend on beyond each row (first occurrences, counts, first examples), as plain
   * data (structured-cloneable: typed arrays, arrays, objects). Called after the part's last row, instead of facts and
   * end. A visitor whose row hook keeps state across rows needs it, with absorb, for its file to be read in parts.
   */
  partState?(): unknown;
  /**
   * On the main thread, when a large file was read in parts: the parts' states, one call per part in file order,
   * after the header and before facts and end. Merged so, the findings must be exactly those of one sequential read
   * (which duplicate names which first line, which example is first, the counts).
   */
  absorb?(state: unknown): void;
}

export interface PackageVisitorContext<Options> extends CheckContext<Options> {
  dataset: Dataset;
}

export interface FileVisitorContext<Options> extends CheckContext<Options> {
  dataset: Dataset;
  resource: Resource;
  /**
   * Set when the visitor runs in a worker thread on one part of a large file: what the check's partSetup gave for it.
   * The visitor must then work from it alone (the run-wide state is not there) and report from its row hook, or
   * (with readsPart) give what it learned in partState().
   */
  partSetup?: unknown;
  /**
   * Set when the visitor reads one part of a file that several read: its row hook reports only what the row decides
   * alone, and everything that depends on other rows goes into partState() for the main thread's visitor to absorb.
   */
  readsPart?: boolean;
}

export interface CheckDocs {
  /** Why the standard asks for this, in a sentence or two. */
  rationale: string;
  /** A short example that fails, and one that passes. */
  failing: string;
  passing: string;
}

export interface Check<Options = Record<string, unknown>> {
  /** The name a rule file uses in `check:`. */
  id: string;
  /** What it checks, in a sentence: a rule that configures it says the same unless it has a description of its own. */
  description: string;
  docs: CheckDocs;
  /**
   * Its messages by id (ESLint's meta.messages): templates with `{placeholders}` filled from a report's `data`, and
   * `{n, plural, one {# row} other {# rows}}` for counts (util/message-template.ts).
   */
  messages: Readonly<Record<string, string>>;
  /**
   * Its hints by id, templates as messages are: a report's `hint: { id, data }` names one (or one of COMMON_HINTS).
   * Catalogues key them `<check id>.hint.<id>`, as messages are keyed `<check id>.<message id>`.
   */
  hints?: Readonly<Record<string, string>>;
  /**
   * The URL of the ES module whose default export is this check (import.meta.url), for worker threads, which cannot
   * be handed functions: with it, a row-local check runs on the parts of large files too; without it, on the main
   * thread only. Every built-in check sets it.
   */
  module?: string;
  /** JSON Schema of the options a rule passes in `with:`. Defaults in it are applied. */
  optionsSchema: Record<string, unknown>;
  /**
   * Runs once per dataset, on its metadata, and reports about that dataset. A run cut in parts (shards, the cache)
   * runs it for each part's datasets only: state it needs from other datasets belongs in prepare, which sees them all.
   */
  checkDataset?(ctx: PackageVisitorContext<Options>): void;
  /** Data formats whose files this check visits; needed with createFileVisitor. */
  formats?: readonly DataFormat[];
  createFileVisitor?(ctx: FileVisitorContext<Options>): FileVisitor;
  /**
   * True when the visitor's findings depend on nothing but each row, its header and the rule's options: no state
   * carried from row to row, no facts or end hooks, nothing from other files. Such a check may then run on any part
   * of a large file, in a worker thread, and give exactly the findings it gives reading the whole file.
   */
  rowLocal?: boolean;
  /**
   * For a check whose row hook needs run-wide state that is complete before the file is read (a foreign key's
   * register): called on the main thread before a large file is read in parts. Returns what a worker's visitor needs
   * to check any part on its own (structured-cloneable; it reaches createFileVisitor as ctx.partSetup), or undefined
   * when this file must be read whole, in order, on the main thread. The findings must be the same either way.
   */
  partSetup?(ctx: FileVisitorContext<Options>): unknown;
  /**
   * Resources whose files must be read before this one (say, the register a foreign key points to, so its keys are
   * known while this file streams past). The engine orders the files accordingly; cycles are broken in discovery order.
   */
  readAfter?(ctx: RunContext<Options> & { dataset: Dataset; resource: Resource }): Resource[];
  /** Runs once before any dataset hook or file: validate vocabularies, plan what to collect. */
  prepare?(ctx: RunContext<Options>): void;
  /** Runs once after every file has been read: checks that need every file's data. */
  finish?(ctx: RunContext<Options> & { report(finding: RunReport): void }): void;
}
