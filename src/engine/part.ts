// One part of a large CSV file read by a worker thread through the visitors of some rules. Two uses:
// - beside the main thread's whole read (the main thread runs every other check): only the row-local checks and those
//   given a part setup run here, and what their header hooks find is the main thread's to report;
// - instead of it (task.readsPart): the main thread reads the first part only, and every rule with a row hook runs
//   here, stateful ones too, and hands back its part state, which the main thread absorbs in file order.
import type { Check } from '../model/check.js';
import type { Dataset } from '../model/dataset.js';
import type { Rule } from '../model/standard.js';
import type { Severity } from '../model/finding.js';
import { readCsvSegment, type PartFacts } from '../readers/csv-segment.js';
import type { CsvSegment } from '../readers/csv-split.js';
import { FindingCollector, type CollectedBuckets } from '../report/collector.js';
import { calendarDateMs } from '../util/calendar.js';
import { internalErrorFinding, makeFinding, type ActiveRule } from './active-rules.js';
import { RowDriver } from './row-driver.js';

export interface PartRules {
  rules: Rule[];
  vocabularies: ReadonlyMap<string, unknown>;
  now: string;
  maxFindingsPerRule: number;
}

export interface SegmentTask {
  id: number;
  path: string;
  size: number;
  dialect: { delimiter: string; quote: string };
  /** The record size limit; a record over it ends the part (the main thread reports it). */
  maxRecordBytes: number | undefined;
  segment: CsvSegment;
  /** The dataset without its functions; resources[resourcePosition] is the file's resource. */
  dataset: Dataset;
  resourcePosition: number;
  /** By position in the rules: the part setup of each check that is not row-local but runs here (Check.partSetup). */
  setups: Record<number, unknown>;
  /**
   * By position in the rules: the rules to run on this part, with the severity of their findings in this file (null:
   * run for its part state only, its findings do not count in this file).
   */
  severities: Record<number, Severity | null>;
  /** The parts replace the main thread's read: every rule listed runs, with ctx.readsPart, and gives its part state. */
  readsPart?: boolean;
}

export interface PartResult {
  buckets: CollectedBuckets;
  /** readsPart: by position in the rules, the part state of each visitor that gave one. */
  states: Record<number, unknown>;
  /** What the part's bytes showed; whether it can stand for a sequential read of its bytes. */
  facts: PartFacts;
  /** A visitor's row hook threw (its internal error would differ from a sequential read's): read the file whole. */
  failed: boolean;
}

export async function lintPart(rules: readonly ActiveRule[], setup: PartRules, task: Omit<SegmentTask, 'id'>): Promise<PartResult> {
  const collector = new FindingCollector(setup.maxFindingsPerRule);
  const { dataset } = task;
  const resource = dataset.resources[task.resourcePosition]!;
  let inHeader = false; // the main thread reports what header hooks find, once
  let failed = false;
  const here = [...rules.keys()].filter((i) => task.severities[i] !== undefined && (task.readsPart || rules[i]!.check.rowLocal || task.setups[i] !== undefined));
  const nowMs = calendarDateMs(setup.now);
  const visitors = here.map((i) => {
    const active = rules[i]!;
    const severity = task.severities[i];
    return active.check.createFileVisitor!({
      options: active.rule.options, now: setup.now, nowMs, vocabularies: setup.vocabularies, datasets: [dataset], shared: new Map(), dataset, resource,
      partSetup: task.setups[i],
      ...(task.readsPart ? { readsPart: true } : {}),
      report: (r) => { if (!inHeader && severity) collector.add(makeFinding(active, r, resource.file, dataset.name, severity)); },
    });
  });
  const ruleOf = new Map(visitors.map((v, k) => [v, rules[here[k]!]!]));
  const driver = new RowDriver(resource.schema, visitors, (visitor, hook, err, line) => {
    if (task.readsPart) {
      // The main thread's own visitor meets the same header; a row hook that threw voids the parts.
      if (hook !== 'header') failed = true;
      return;
    }
    collector.add(internalErrorFinding(ruleOf.get(visitor)!, hook, err, resource.file, dataset.name, line));
  });
  const facts = await readCsvSegment(task.path, task.size, { ...task.dialect, maxRecordBytes: task.maxRecordBytes }, task.segment, {
    header: (cells, line) => {
      inHeader = true;
      driver.header(cells, cells.length, line);
      inHeader = false;
    },
    row: (cells, line, record) => driver.rowCells(cells, line, record),
  });
  const states: Record<number, unknown> = {};
  if (task.readsPart) {
    visitors.forEach((visitor, k) => {
      if (!visitor.partState || driver.hasFailed(visitor)) return;
      try {
        states[here[k]!] = visitor.partState();
      } catch {
        failed = true;
      }
    });
  }
  return { buckets: collector.toBuckets(), states, facts, failed };
}

/** Loads a check from the module that exports it (Check.module), as a worker thread must. */
export async function loadCheck(module: string, id: string): Promise<Check> {
  const check = ((await import(module)) as { default?: Check }).default;
  if (check?.id !== id) throw new Error(`${module} does not export the check '${id}' as its default export`);
  return check;
}
