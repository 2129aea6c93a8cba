// A worker thread of the engine: runs the row-local checks (Check.rowLocal), and those the main thread gave a part
// setup (Check.partSetup), on one part of a large CSV file, and sends back what they found. The main thread reads the
// whole file meanwhile for every other check. Checks are functions, which cannot be sent to a thread: each is loaded
// here from the module that exports it (Check.module), so a check given to the engine runs here as it is.
import { parentPort, workerData } from 'node:worker_threads';
import type { Check } from '../model/check.js';
import type { Dataset } from '../model/dataset.js';
import { readCsvSegment } from '../readers/csv-segment.js';
import type { CsvSegment } from '../readers/csv-split.js';
import { FindingCollector, type CollectedBuckets } from '../report/collector.js';
import type { Rule } from '../model/standard.js';
import type { Severity } from '../model/finding.js';
import { calendarDateMs } from '../util/calendar.js';
import { internalErrorFinding, makeFinding, type ActiveRule } from './active-rules.js';
import { RowDriver } from './row-driver.js';

export interface WorkerSetup {
  rules: Rule[];
  /** By position in rules: the URL of the ES module whose default export is the rule's check. */
  modules: string[];
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
  /** By position in WorkerSetup.rules: the part setup of each check that is not row-local but runs here (Check.partSetup). */
  setups: Record<number, unknown>;
  /** By position in WorkerSetup.rules: the rules to run on this part, with the severity of their findings in this file. */
  severities: Record<number, Severity>;
}

export type SegmentResult = { id: number; buckets: CollectedBuckets } | { id: number; error: { message: string; stack?: string } };

const setup = workerData as WorkerSetup;

async function loadCheck(module: string, id: string): Promise<Check> {
  const check = ((await import(module)) as { default?: Check }).default;
  if (check?.id !== id) throw new Error(`${module} does not export the check '${id}' as its default export`);
  return check;
}

// Not filtered by severity: the main thread says per file which rules run, and at what severity (task.severities).
const rules: ActiveRule[] = await Promise.all(setup.rules.map(async (rule, i) => ({ rule, check: await loadCheck(setup.modules[i]!, rule.check), severity: 'error' as const })));

async function lintSegment(task: SegmentTask): Promise<{ buckets: CollectedBuckets }> {
  const collector = new FindingCollector(setup.maxFindingsPerRule);
  const { dataset } = task;
  const resource = dataset.resources[task.resourcePosition]!;
  let inHeader = false; // the main thread reports what header hooks find, once
  // The row-local checks, and the others the main thread gave a part setup for this file.
  const here = [...rules.keys()].filter((i) => task.severities[i] !== undefined && (rules[i]!.check.rowLocal || task.setups[i] !== undefined));
  const visitors = here.map((i) => {
    const active = rules[i]!;
    return active.check.createFileVisitor!({
      options: active.rule.options, now: setup.now, nowMs: calendarDateMs(setup.now), vocabularies: setup.vocabularies, datasets: [dataset], shared: new Map(), dataset, resource,
      partSetup: task.setups[i],
      report: (r) => { if (!inHeader) collector.add(makeFinding(active, r, resource.file, dataset.name, task.severities[i])); },
    });
  });
  const ruleOf = new Map(visitors.map((v, k) => [v, rules[here[k]!]!]));
  const driver = new RowDriver(resource.schema, visitors, (visitor, hook, err, line) => {
    collector.add(internalErrorFinding(ruleOf.get(visitor)!, hook, err, resource.file, dataset.name, line));
  });
  await readCsvSegment(task.path, task.size, { ...task.dialect, maxRecordBytes: task.maxRecordBytes }, task.segment, {
    header: (cells, line) => { inHeader = true; driver.header(cells, cells.length, line); inHeader = false; },
    row: (cells, line, record) => driver.rowCells(cells, line, record),
  });
  return { buckets: collector.toBuckets() };
}

parentPort!.on('message', (task: SegmentTask) => {
  lintSegment(task).then(
    (result) => parentPort!.postMessage({ id: task.id, ...result } satisfies SegmentResult),
    (err: unknown) => parentPort!.postMessage({ id: task.id, error: { message: (err as Error).message ?? String(err), stack: (err as Error).stack } } satisfies SegmentResult),
  );
});
