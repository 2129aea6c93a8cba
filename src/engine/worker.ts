// A worker thread of the engine: runs the row-local checks (Check.rowLocal), and those the main thread gave a part
// setup (Check.partSetup), on one part of a large CSV file, and sends back what they found. The main thread reads the
// whole file meanwhile for every other check.
import { parentPort, workerData } from 'node:worker_threads';
import { checkRegistry } from '../checks/index.js';
import type { Dataset } from '../model/dataset.js';
import { readCsvSegment } from '../readers/csv-segment.js';
import type { CsvSegment } from '../readers/csv-split.js';
import { FindingCollector, type CollectedBuckets } from '../report/collector.js';
import type { Rule } from '../model/standard.js';
import type { Severity } from '../model/finding.js';
import { nowMs as nowMsOf } from '../freshness/dates.js';
import { makeFinding, type ActiveRule } from './active-rules.js';
import { RowDriver } from './row-driver.js';

export interface WorkerSetup {
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
// Not filtered by severity: the main thread says per file which rules run, and at what severity (task.severities).
const rules: ActiveRule[] = setup.rules.map((rule) => ({ rule, check: checkRegistry().get(rule.check)!, severity: 'error' }));

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
      options: active.rule.options, now: setup.now, nowMs: nowMsOf(setup.now), vocabularies: setup.vocabularies, datasets: [dataset], shared: new Map(), dataset, resource,
      partSetup: task.setups[i],
      report: (r) => { if (!inHeader) collector.add(makeFinding(active, r, resource.file, dataset.name, task.severities[i])); },
    });
  });
  const driver = new RowDriver(resource.schema, visitors);
  await readCsvSegment(task.path, task.size, task.dialect, task.segment, {
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
