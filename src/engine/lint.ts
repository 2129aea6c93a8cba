// The engine: for each dataset, runs the dataset-level hooks of the active rules, then reads each data file once and
// feeds every visitor. It knows no particular check: checks are looked up by the id a rule names.
import { statSync } from 'node:fs';
import type { Check, FileVisitor, FileVisitorContext, Report, RunContext, RunReport } from '../model/check.js';
import type { DataFormat, Dataset, Resource } from '../model/dataset.js';
import type { Rule, Standard } from '../model/standard.js';
import type { Finding, OmittedFindings, Severity } from '../model/finding.js';
import { bucketFile, FindingCollector, type CollectedBuckets } from '../report/collector.js';
import { emptyFacts, planCsvParts } from '../readers/csv.js';
import { mergePartFacts } from '../readers/csv-segment.js';
import { readRows } from '../readers/rows.js';
import { isReadFile } from '../util/resources.js';
import type { FileFacts } from '../model/facts.js';
import { calendarDateMs } from '../util/calendar.js';
import { activeRules, internalErrorFinding, makeFinding, type ActiveRule } from './active-rules.js';
import { RowDriver } from './row-driver.js';
import { WorkerPool } from './worker-pool.js';
import { defaultJobs } from './jobs.js';
import type { PartResult, PartRules } from './part.js';

export interface LintResult {
  /** Sorted; at most maxFindingsPerRule per rule and file. */
  findings: Finding[];
  /** What the cap left out, per rule and file. */
  omitted: OmittedFindings[];
  datasets: number;
  files: number;
  /** Records read per data file (by its display path): what the scorecard weighs findings against. */
  records: Map<string, number>;
  /**
   * Per data file read, the data files read before it because its checks depend on them (a foreign key's target):
   * what a cached finding of the file also depends on.
   */
  dependencies: Map<string, string[]>;
}

/**
 * Part of the run to do (a shard, or what a cache does not already hold): the data files of these datasets are read,
 * with the files they depend on (a foreign key's target, in another part or not), and findings are kept only for the
 * files this part owns. The checks' prepare hooks still see every dataset, so run-wide state is that of a whole run;
 * checkDataset, which reports about its own dataset, runs for the part's datasets only.
 */
export interface EnginePart {
  datasets: ReadonlySet<Dataset>;
  /** Whether findings at this file (a display path) belong to this part. */
  owns(file: string): boolean;
}

/** Findings kept per rule and file unless told otherwise. */
export const DEFAULT_MAX_FINDINGS_PER_RULE = 1000;
/**
 * Files smaller than this are read by the main thread alone: below it, starting workers and reading the file a second
 * time cost more than they save (measured: a 9 MB file took 15% longer split in two).
 */
export const DEFAULT_SPLIT_MIN_BYTES = 32 * 1024 * 1024;

/**
 * A file read in parts: how much longer this thread's first part is than the workers', for it reads at once while a
 * worker first starts up (loads the checks' modules, receives the part setups). About what this thread reads in the
 * time a worker takes to start (a few tenths of a second, at about 50 MB/s on the benchmark file): a first estimate.
 */
const WORKER_START_BYTES = 8 * 1024 * 1024;

/** The parts of one file given to workers, and where the main thread found it could no longer trust them. */
interface Offloaded {
  parts: { line: number; result: Promise<{ buckets: CollectedBuckets }> }[];
  /** Set when the main reader met a quoting anomaly: parts starting on or after this line are void. */
  cutoff?: number;
}

export interface EngineOptions {
  /** Reference date, YYYY-MM-DD. */
  now: string;
  /** Findings kept per rule and file (0: all). Default DEFAULT_MAX_FINDINGS_PER_RULE. */
  maxFindingsPerRule?: number;
  /**
   * Threads for large CSV files (1: none): read in parts, the main thread reads one and workers the others; read
   * beside the main thread's whole read, workers read them all. Default: defaultJobs() (jobs.ts), and a file is then
   * split only when every check can read it in parts.
   */
  jobs?: number;
  /** Smallest CSV file split across workers. Default DEFAULT_SPLIT_MIN_BYTES. */
  splitMinBytes?: number;
  /** Records larger than this (UTF-8 bytes) are reported and skipped. Default DEFAULT_MAX_RECORD_BYTES. */
  maxRecordBytes?: number;
  /** Told as each data file is read: for a progress indicator and the slowest files. Never changes the findings. */
  progress?: ProgressListener;
  /** Do only this part of the run (default: all of it). */
  part?: EnginePart;
}

export interface ProgressListener {
  fileStarted(file: string, size: number): void;
  bytesRead(file: string, total: number): void;
  /** `ms`: wall time of the main thread's reading of the file. */
  fileFinished(file: string, ms: number): void;
}

/** The rules as they apply to each file, already resolved (a project's overrides may give files other rules). */
export interface FileRules {
  /** Every rule of the standard as it applies to this file (a path as findings give it). */
  rulesFor(file: string): ReadonlyMap<string, Rule>;
}

/** Identifies a rule's options, so files given the same options by overrides share one running instance. */
const variantKeys = new WeakMap<Rule, string>();
function variantOf(rule: Rule): string {
  let key = variantKeys.get(rule);
  if (key === undefined) {
    key = JSON.stringify(rule.options);
    variantKeys.set(rule, key);
  }
  return key;
}

/**
 * A hook's context: the rule's run context and the hook's own members. Object.assign rather than `{ ...run, more }`:
 * on Node 20 (V8 11.3) a spread followed by more properties takes microseconds, and contexts are made for every rule
 * and file — a third of the time of a run of many small files.
 */
function hookContext<R extends object, T extends object>(run: R, own: T): R & T {
  return Object.assign({}, run, own);
}

export class Engine {
  private active: ActiveRule[] = [];

  constructor(private readonly standard: Standard, private readonly checks: ReadonlyMap<string, Check>, private readonly fileRules?: FileRules) {}

  /**
   * The rule instances to run: one per rule and distinct set of options that some file gets with a severity other
   * than off (a rule off in the standard but on for some files runs too). A rule the same for every file runs as
   * one instance whose findings are all kept.
   */
  private activeFor(datasets: Dataset[]): ActiveRule[] {
    const files = new Set<string>();
    for (const dataset of datasets) {
      files.add(dataset.metadataFile ?? dataset.resources[0]?.file ?? dataset.name);
      for (const resource of dataset.resources) files.add(resource.file);
    }
    // With no file, rules still prepare (a vocabulary's mistakes are reported on an empty run too).
    if (!this.fileRules || files.size === 0) return activeRules(this.standard, this.checks);
    const variants = new Map<string, Map<string, Rule>>(this.standard.rules.map((r) => [r.id, new Map()]));
    // A rule is the same for every file when every file gets the same Rule (the policy gives one per set of overrides).
    const sameEverywhere = new Map<string, Rule | undefined>();
    for (const file of files) {
      for (const rule of this.fileRules.rulesFor(file).values()) {
        const seen = sameEverywhere.get(rule.id);
        sameEverywhere.set(rule.id, !sameEverywhere.has(rule.id) || seen === rule ? rule : undefined);
        if (rule.severity !== 'off' && !variants.get(rule.id)!.has(variantOf(rule))) variants.get(rule.id)!.set(variantOf(rule), rule);
      }
    }
    const active: ActiveRule[] = [];
    for (const [id, byKey] of variants) {
      for (const [key, rule] of byKey) {
        active.push({ rule, check: this.checks.get(rule.check)!, severity: rule.severity as Severity, variant: sameEverywhere.get(id) ? undefined : key });
      }
    }
    return active;
  }

  /** The severity of a rule instance's findings in a file, or undefined when they do not count there. */
  private severityIn(active: ActiveRule, file: string): Severity | undefined {
    if (active.variant === undefined) return active.severity;
    const rule = this.fileRules!.rulesFor(file).get(active.rule.id)!;
    return rule.severity === 'off' || variantOf(rule) !== active.variant ? undefined : rule.severity;
  }

  /**
   * Runs one hook of a rule; when it throws, the rule gets an internal-error finding at that file (and line) and the
   * run goes on with the other rules.
   */
  private guard<T>(findings: FindingCollector, active: ActiveRule, hook: string, file: string, dataset: string | undefined, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      findings.add(internalErrorFinding(active, hook, err, file, dataset));
      return undefined;
    }
  }

  private emit(findings: FindingCollector, active: ActiveRule, r: Report, file: string, dataset: string | undefined): void {
    const severity = this.severityIn(active, r.file ?? file);
    if (severity !== undefined) findings.add(makeFinding(active, r, file, dataset, severity));
  }

  async lint(datasets: Dataset[], options: EngineOptions): Promise<LintResult> {
    this.active = this.activeFor(datasets);
    const cap = options.maxFindingsPerRule ?? DEFAULT_MAX_FINDINGS_PER_RULE;
    const findings = options.part ? new OwnedFindingCollector(cap, options.part.owns) : new FindingCollector(cap);
    const jobs = Math.max(1, options.jobs ?? defaultJobs());
    // Only checks a worker can load (Check.module) run there; the others read every part on this thread.
    const partable = this.active.filter((a) => a.check.createFileVisitor && a.check.formats?.includes('csv') && a.check.module !== undefined);
    const partRules: PartRules = { rules: partable.map((a) => a.rule), vocabularies: this.standard.vocabularies, now: options.now, maxFindingsPerRule: cap };
    // Workers start on first use: a run that splits no file starts none.
    const pool = jobs > 1 && partable.length > 0 ? new WorkerPool(jobs, { ...partRules, modules: partable.map((a) => a.check.module!) }) : undefined;
    // The whole read beside the workers only pays when asked for: by default a file is split only into parts that
    // replace the main thread's read.
    const split: Split = { pool, partable, jobs, minBytes: options.splitMinBytes ?? DEFAULT_SPLIT_MIN_BYTES, beside: options.jobs !== undefined };
    // A file large enough to read in parts: its workers start now, while the metadata is checked and the registers it
    // depends on are read, rather than when its cuts are planned (a worker takes about half a second to load).
    if (pool) {
      const largest = largestSplittable(datasets, options.part);
      if (largest >= split.minBytes) pool.warm(partCount(largest, split) - 1);
    }
    try {
      return await this.run(datasets, options, findings, split);
    } finally {
      await pool?.close();
    }
  }

  private async run(datasets: Dataset[], options: EngineOptions, findings: FindingCollector, split: Split): Promise<LintResult> {
    const runs = new Map<ActiveRule, RunContext<Record<string, unknown>>>();
    const nowMs = calendarDateMs(options.now);
    for (const active of this.active) {
      runs.set(active, { options: active.rule.options, now: options.now, nowMs, vocabularies: this.standard.vocabularies, datasets, shared: new Map() });
    }
    // A rule whose preparation failed runs no further: its other hooks would build on what it did not prepare.
    const firstFile = datasets[0]?.metadataFile ?? datasets[0]?.resources[0]?.file ?? this.standard.rootFile;
    this.active = this.active.filter((active) => {
      if (!active.check.prepare) return true;
      return this.guard(findings, active, 'prepare', firstFile, undefined, () => (active.check.prepare!(runs.get(active)!), true)) ?? false;
    });

    for (const dataset of datasets) {
      // The metadata hooks report about their dataset alone (run-wide state is built in prepare, from every dataset).
      if (options.part && !options.part.datasets.has(dataset)) continue;
      const metadataFile = dataset.metadataFile ?? dataset.resources[0]?.file ?? dataset.name;
      for (const active of this.active) {
        if (!active.check.checkDataset) continue;
        this.guard(findings, active, 'checkDataset', metadataFile, dataset.name, () => active.check.checkDataset!(hookContext(runs.get(active)!, {
          dataset,
          report: (r: Report) => this.emit(findings, active, r, metadataFile, dataset.name),
        })));
      }
    }

    const dependencies = new Map<string, string[]>();
    const files = this.readingOrder(datasets, runs, findings, options.part, dependencies);
    const offloaded: Offloaded[] = [];
    const records = new Map<string, number>();
    const owned = options.part?.owns ?? (() => true);
    let filesOwned = 0;
    for (const { dataset, resource } of files) {
      const read = await this.lintFile(dataset, resource, findings, runs, split, offloaded, options);
      // A file read only because an owned one depends on it counts in the part that owns it.
      if (!owned(resource.file)) continue;
      filesOwned++;
      records.set(resource.file, (records.get(resource.file) ?? 0) + read);
    }

    for (const active of this.active) {
      if (!active.check.finish) continue;
      this.guard(findings, active, 'finish', firstFile, undefined, () => active.check.finish!(hookContext(runs.get(active)!, { report: (r: RunReport) => this.emit(findings, active, r, r.file, r.dataset) })));
    }
    // The workers' findings, from the parts the main reader vouched for (every part, unless the quoting broke).
    for (const file of offloaded) {
      for (const part of file.parts) {
        const result = await part.result;
        if (file.cutoff === undefined || part.line < file.cutoff) findings.merge(result.buckets);
      }
    }
    const { findings: kept, omitted } = findings.result();
    const datasetsDone = options.part ? options.part.datasets.size : datasets.length;
    return { findings: kept, omitted, datasets: datasetsDone, files: filesOwned, records, dependencies };
  }

  /**
   * The data files to read, in discovery order except that a file is read after those it depends on; in a part, its
   * datasets' files and those they depend on.
   */
  private readingOrder(datasets: Dataset[], runs: Map<ActiveRule, RunContext<Record<string, unknown>>>, findings: FindingCollector, part: EnginePart | undefined, dependencies: Map<string, string[]>): { dataset: Dataset; resource: Resource }[] {
    const readable: { dataset: Dataset; resource: Resource }[] = [];
    for (const dataset of datasets) {
      for (const resource of dataset.resources) {
        if (isReadFile(resource)) readable.push({ dataset, resource });
      }
    }
    const byResource = new Map(readable.map((entry) => [entry.resource, entry]));
    const order: { dataset: Dataset; resource: Resource }[] = [];
    const state = new Map<Resource, 'visiting' | 'done'>();
    const visit = (entry: { dataset: Dataset; resource: Resource }) => {
      if (state.has(entry.resource)) return; // done, or a cycle: read in discovery order
      state.set(entry.resource, 'visiting');
      for (const active of this.active) {
        if (!active.check.readAfter) continue;
        const before = this.guard(findings, active, 'readAfter', entry.resource.file, entry.dataset.name, () => active.check.readAfter!(hookContext(runs.get(active)!, { dataset: entry.dataset, resource: entry.resource }))) ?? [];
        for (const r of before) {
          const dep = byResource.get(r);
          if (!dep) continue;
          visit(dep);
          const deps = dependencies.get(entry.resource.file) ?? [];
          if (!deps.includes(dep.resource.file)) deps.push(dep.resource.file);
          dependencies.set(entry.resource.file, deps);
        }
      }
      state.set(entry.resource, 'done');
      order.push(entry);
    };
    for (const entry of readable) if (!part || part.datasets.has(entry.dataset)) visit(entry);
    return order;
  }

  /** Reads one data file through every check; returns the number of records read. */
  private async lintFile(dataset: Dataset, resource: Resource, findings: FindingCollector, runs: Map<ActiveRule, RunContext<Record<string, unknown>>>, split: Split, offloaded: Offloaded[], options: EngineOptions): Promise<number> {
    const { progress, maxRecordBytes } = options;
    const format = resource.format as DataFormat;
    const path = resource.absolutePath!;
    const visitors: FileVisitor[] = [];
    const ruleOf = new Map<FileVisitor, ActiveRule>();
    let rowsPhase = false; // the header and row hooks are running
    // Visitors with a row hook: those that can run in workers on parts of a large file, with the setup each needs there.
    const partable: RowVisitor[] = [];
    const rowVisitors: RowVisitor[] = [];
    for (const active of this.active) {
      const { check } = active;
      if (!check.createFileVisitor || !check.formats?.includes(format)) continue;
      // A row-local check has nothing to learn from a file whose findings it would not keep.
      if (check.rowLocal && this.severityIn(active, resource.file) === undefined) continue;
      const ctx: FileVisitorContext<Record<string, unknown>> = hookContext(runs.get(active)!, {
        dataset,
        resource,
        // In JSON a finding's column is a character position (a syntax error's): a record's "column", or a header
        // cell's while the header and rows are delivered, would be a position in the row, not a place in the file.
        report: format === 'csv' ? (r: Report) => this.emit(findings, active, r, resource.file, dataset.name)
          : (r: Report) => this.emit(findings, active, r.record === undefined && !rowsPhase ? r : { ...r, column: undefined }, resource.file, dataset.name),
      });
      const visitor = this.guard(findings, active, 'createFileVisitor', resource.file, dataset.name, () => check.createFileVisitor!(ctx));
      if (!visitor) continue;
      visitors.push(visitor);
      ruleOf.set(visitor, active);
      // A visitor that absorbs part states runs on parts only when they replace this thread's read (planParts).
      if (visitor.row && (check.rowLocal || (check.partSetup && !visitor.absorb))) partable.push({ active, visitor, ctx });
      if (visitor.row) rowVisitors.push({ active, visitor, ctx });
    }

    // A visitor whose hook throws gets nothing more from this file; its rule gets an internal-error finding.
    const driver = new RowDriver(resource.schema, visitors, (visitor, hook, err, line) => {
      findings.add(internalErrorFinding(ruleOf.get(visitor)!, hook, err, resource.file, dataset.name, line));
    });
    let facts: FileFacts;
    const started = performance.now();
    const bytesRead = progress ? (total: number) => progress.bytesRead(resource.file, total) : undefined;
    try {
      const size = statSync(path).size;
      progress?.fileStarted(resource.file, size);
      // A large uncompressed CSV file is read in parts when every check can (planParts). Failing that, with an
      // explicit --jobs, workers run the row-local checks, and those a part setup equips, on its parts while this
      // thread reads it whole for the rest. A compressed file has no offsets to cut at: read here, whole.
      let inWorkers: FileVisitor[] = [];
      let offload: Offloaded | undefined;
      const large = format === 'csv' && !resource.compression && split.pool !== undefined && size >= split.minBytes;
      const inParts = large ? await this.planParts(dataset, resource, size, split, rowVisitors, driver, findings, maxRecordBytes) : undefined;
      if (large && !inParts && split.beside) {
        // By position in the pool's rule list: which rules run on the parts, their setups and severities here.
        const setups: Record<number, unknown> = {};
        const severities: Record<number, Severity> = {};
        for (const p of partable) {
          const severity = this.severityIn(p.active, resource.file);
          if (severity === undefined) continue; // findings that would not count here: nothing to offload
          const setup = p.active.check.rowLocal ? undefined : this.guard(findings, p.active, 'partSetup', resource.file, dataset.name, () => p.active.check.partSetup!(p.ctx));
          if (!p.active.check.rowLocal && setup === undefined) continue; // this file must be read in order for it
          const index = split.partable.indexOf(p.active);
          if (setup !== undefined) setups[index] = setup;
          severities[index] = severity;
          inWorkers.push(p.visitor);
        }
        offload = await this.offload(dataset, resource, size, split, setups, severities, maxRecordBytes);
        if (offload) offloaded.push(offload);
        else inWorkers = [];
      }
      driver.holdRows(inWorkers);
      const fields = resource.schema?.fields?.map((f) => f.name);
      rowsPhase = true;
      facts = await readRows(format, path, size, { encoding: resource.encoding, compression: resource.compression, dialect: resource.dialect, fields, maxRecordBytes }, {
        header: (cells, line, fromSchema) => driver.header(cells, cells.length, line, fromSchema),
        row: (cells, line, record, json) => driver.rowCells(cells, line, record, json),
        bytesRead,
        partEnd: inParts?.partEnd,
        handover: (line) => {
          // Past a quoting anomaly the workers' parts cannot be trusted: this thread runs every check from here.
          if (!offload) return;
          offload.cutoff = line;
          driver.resumeRows(inWorkers);
        },
      });
      if (inParts) {
        facts = inParts.finish(facts);
        bytesRead?.(size);
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (!code || !/^E[A-Z]+$/.test(code)) throw err; // not an OS error: a bug, reported as such
      facts = emptyFacts((resource.encoding ?? 'utf-8').toLowerCase(), resource.encoding !== undefined);
      facts.readError = code;
    }
    rowsPhase = false;
    driver.finish(facts);
    progress?.fileFinished(resource.file, performance.now() - started);
    return facts.records;
  }

  /**
   * Plans the reading of a large CSV file in parts instead of whole: this thread reads the first part with every
   * visitor, as a sequential read starts, while the workers read the others with every visitor that has a row hook
   * (row-local checks, those a part setup equips, and those that absorb part states). At the end of the first part,
   * if it was read cleanly and every other part can stand for a sequential read of its bytes (no quoting anomaly, no
   * record over the size limit, no invalid byte, no hook that threw), this thread stops reading, absorbs the parts'
   * states in file order and merges their findings and facts: what one sequential read gives. Otherwise it reads on
   * to the end itself. Undefined when some visitor cannot run on parts, or the file cannot be cut.
   */
  private async planParts(dataset: Dataset, resource: Resource, size: number, split: Split, rowVisitors: readonly RowVisitor[], driver: RowDriver, findings: FindingCollector, maxRecordBytes: number | undefined): Promise<PartsReading | undefined> {
    const positions = rowVisitors.map((p) => split.partable.indexOf(p.active));
    const canRunOnParts = (p: RowVisitor, k: number) => positions[k]! >= 0 && (p.active.check.rowLocal || p.active.check.partSetup !== undefined || p.visitor.absorb !== undefined);
    // Without a row hook to share, a worker would only tokenize its part again.
    if (rowVisitors.length === 0 || !rowVisitors.every(canRunOnParts)) return undefined;
    const count = partCount(size, split);
    split.pool!.warm(count - 1); // while the cuts are planned
    const plan = await planCsvParts(resource.absolutePath!, size, { encoding: resource.encoding, compression: resource.compression, dialect: resource.dialect }, count, WORKER_START_BYTES);
    if (!plan) return undefined;
    const setups: Record<number, unknown> = {};
    const severities: Record<number, Severity | null> = {};
    for (const [k, p] of rowVisitors.entries()) {
      const index = positions[k]!;
      if (p.active.check.partSetup && !p.active.check.rowLocal) {
        const setup = this.guard(findings, p.active, 'partSetup', resource.file, dataset.name, () => p.active.check.partSetup!(p.ctx));
        if (setup === undefined) return undefined; // this file must be read in order for it
        setups[index] = setup;
      }
      severities[index] = this.severityIn(p.active, resource.file) ?? null;
    }
    const { locate: _locate, locateSource: _locateSource, source: _source, ...cloneable } = dataset;
    const others = plan.segments.slice(1).map((segment) => split.pool!.run({
      path: resource.absolutePath!, size, dialect: { delimiter: plan.delimiter, quote: plan.quote }, maxRecordBytes, segment,
      dataset: cloneable as Dataset, resourcePosition: dataset.resources.indexOf(resource), setups, severities, readsPart: true,
    }));
    for (const p of others) p.catch(() => undefined); // awaited at the end of the first part, if it is reached
    const absorbing = rowVisitors.flatMap((p, k) => (p.visitor.absorb ? [{ visitor: p.visitor, index: positions[k]! }] : []));
    let trusted: PartResult[] | undefined;
    return {
      partEnd: {
        offset: plan.segments[1]!.start,
        stop: async () => {
          // A worker that failed is a bug, reported when this thread reads the rest itself and finds nothing wrong.
          const results = await Promise.all(others).catch(() => undefined);
          const sound = results?.every((r) => r.facts.clean && !r.failed && absorbing.every((a) => Object.hasOwn(r.states, a.index)));
          if (sound) trusted = results;
          return trusted !== undefined;
        },
      },
      finish: (first) => {
        if (!trusted) return first;
        for (const { visitor, index } of absorbing) {
          for (const r of trusted) driver.absorb(visitor, r.states[index]);
        }
        for (const r of trusted) findings.merge(r.buckets);
        return mergePartFacts(first, plan.segments, trusted.map((r) => r.facts));
      },
    };
  }

  /** Cuts a large CSV file into parts and hands them to the workers, or says it cannot be split. */
  private async offload(dataset: Dataset, resource: Resource, size: number, split: Split, setups: Record<number, unknown>, severities: Record<number, Severity>, maxRecordBytes: number | undefined): Promise<Offloaded | undefined> {
    const parts = Math.min(split.jobs, Math.ceil(size / split.minBytes));
    const plan = await planCsvParts(resource.absolutePath!, size, { encoding: resource.encoding, compression: resource.compression, dialect: resource.dialect }, parts);
    if (!plan) return undefined;
    // Functions do not cross to a worker; the dataset's data does (not the metadata document as written: row
    // checks never read it, and it can be large).
    const { locate: _locate, locateSource: _locateSource, source: _source, ...cloneable } = dataset;
    const resourcePosition = dataset.resources.indexOf(resource);
    return {
      parts: plan.segments.map((segment) => {
        const result = split.pool!.run({ path: resource.absolutePath!, size, dialect: { delimiter: plan.delimiter, quote: plan.quote }, maxRecordBytes, segment, dataset: cloneable as Dataset, resourcePosition, setups, severities });
        result.catch(() => undefined); // awaited, and its failure reported, once every file has been read
        return { line: segment.line, result };
      }),
    };
  }
}

/** How many parts a large file is read in: one per `minBytes` of it, at least two, at most one per thread. */
function partCount(size: number, split: Split): number {
  return Math.min(split.jobs, Math.max(2, Math.ceil(size / split.minBytes)));
}

/** The size of the largest uncompressed CSV file the run (or its part) reads, 0 when there is none. */
function largestSplittable(datasets: readonly Dataset[], part: EnginePart | undefined): number {
  let largest = 0;
  for (const dataset of datasets) {
    if (part && !part.datasets.has(dataset)) continue;
    for (const r of dataset.resources) {
      if (r.format !== 'csv' || r.compression || !isReadFile(r)) continue;
      try {
        largest = Math.max(largest, statSync(r.absolutePath!).size);
      } catch {
        // unreadable: reported when it is read
      }
    }
  }
  return largest;
}

/** Keeps only the findings at files a part owns, before the cap counts them. */
class OwnedFindingCollector extends FindingCollector {
  constructor(cap: number, private readonly owns: (file: string) => boolean) {
    super(cap);
  }

  override add(finding: Finding): void {
    if (this.owns(finding.file)) super.add(finding);
  }

  override merge(buckets: CollectedBuckets): void {
    super.merge(buckets.filter(([key]) => this.owns(bucketFile(key))));
  }
}

interface Split {
  pool: WorkerPool | undefined;
  /** The rule instances the pool's workers were given, in order. */
  partable: ActiveRule[];
  jobs: number;
  minBytes: number;
  /**
   * When a file cannot be read in parts only: whether workers still take the row-local checks beside this thread's
   * whole read (asked for with an explicit --jobs; it saves little, and costs when the machine is busy).
   */
  beside: boolean;
}

/** A large CSV file read in parts: where this thread's part ends, and what completes the facts of its read. */
interface PartsReading {
  partEnd: { offset: number; stop(): Promise<boolean> };
  /** The facts of this thread's read: the file's, or (when it stopped at partEnd) its first part's, to complete. */
  finish(first: FileFacts): FileFacts;
}

/** A visitor with a row hook, with its rule and context. */
interface RowVisitor {
  active: ActiveRule;
  visitor: FileVisitor;
  ctx: FileVisitorContext<Record<string, unknown>>;
}
