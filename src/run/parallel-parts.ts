// Runs a run's parts (run/plan-parts.ts) at once: each worker thread one part, the main thread its own meanwhile, then
// joins their results as `odlint merge` joins shards: every file belongs to one part, so the findings of a file, and
// the cap on them, come from one part, and sorting the whole gives the one-thread order. A worker that fails loses
// nothing: its part is done again on the main thread, and the caller is told.
import { Worker } from 'node:worker_threads';
import type { Project } from '../config/project.js';
import { DEFAULT_MAX_FINDINGS_PER_RULE, Engine, type EngineOptions, type EnginePart, type LintResult } from '../engine/lint.js';
import type { Dataset } from '../model/dataset.js';
import { compareFindings, compareOmitted } from '../report/finding-order.js';
import type { PartMessage, PartResult, PartWorkerData } from './part-worker.js';
import type { PartsPlan } from './plan-parts.js';

const PART_WORKER_URL = new URL('./part-worker.js', import.meta.url);

/** What a worker needs besides its part to find the same datasets: the paths and the files never linted as data. */
export interface RunInputs {
  paths: string[];
  own: string[];
}

function startWorker(data: PartWorkerData, progress: EngineOptions['progress']): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(PART_WORKER_URL, { workerData: data });
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (message: PartMessage) => {
      if (message.kind === 'progress') {
        if (message.event === 'started') progress?.fileStarted(message.file, message.value);
        else if (message.event === 'bytes') progress?.bytesRead(message.file, message.value);
        else progress?.fileFinished(message.file, message.value);
      } else if (message.kind === 'done') settle(() => resolve(message.result));
      else settle(() => reject(new Error(message.message)));
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the worker stopped (exit code ${code}) before it finished`))));
  });
}

function fromWorker(result: PartResult): LintResult {
  return { ...result, records: new Map(result.records), dependencies: new Map(result.dependencies) };
}

/** Joins the results of the parts of one run into the result of the whole. */
export function joinResults(results: readonly LintResult[]): LintResult {
  const joined: LintResult = { findings: [], omitted: [], datasets: 0, files: 0, records: new Map(), dependencies: new Map() };
  for (const r of results) {
    for (const f of r.findings) joined.findings.push(f);
    for (const o of r.omitted) joined.omitted.push(o);
    joined.datasets += r.datasets;
    joined.files += r.files;
    for (const [file, n] of r.records) joined.records.set(file, (joined.records.get(file) ?? 0) + n);
    // A file is read in every part that depends on it; what it depends on is the same in each.
    for (const [file, deps] of r.dependencies) if (!joined.dependencies.has(file)) joined.dependencies.set(file, deps);
  }
  // Stable: the findings of one file all come from one part, in that part's order.
  joined.findings.sort(compareFindings);
  joined.omitted.sort(compareOmitted);
  return joined;
}

/**
 * Does the plan's parts in parallel. `failed` is told of each worker that failed, whose part this thread then did.
 * Each part's engine runs with one thread: the parts already use the cores.
 */
export async function runParts(project: Project & { reload: NonNullable<Project['reload']> }, datasets: Dataset[], options: EngineOptions, plan: PartsPlan, inputs: RunInputs, failed: (message: string) => void): Promise<LintResult> {
  const engine = (part: EnginePart) => new Engine(project.standard, project.checks, project.policy).lint(datasets, { ...options, jobs: 1, part });
  const pending = plan.workers.map((w) => {
    const result = startWorker({
      project: project.reload, paths: inputs.paths, own: inputs.own, discovered: datasets.length, keys: w.keys,
      now: options.now, maxFindingsPerRule: options.maxFindingsPerRule ?? DEFAULT_MAX_FINDINGS_PER_RULE, maxRecordBytes: options.maxRecordBytes, progress: options.progress !== undefined,
    }, options.progress);
    result.catch(() => undefined); // awaited below, after this thread's own part
    return { part: w.part, result };
  });
  const results = [await engine(plan.main)];
  for (const { part, result } of pending) {
    try {
      results.push(fromWorker(await result));
    } catch (err) {
      failed(err instanceof Error ? err.message : String(err));
      results.push(await engine(part));
    }
  }
  return joinResults(results);
}
