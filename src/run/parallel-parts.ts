// Runs a run's parts (run/plan-parts.ts) on several threads: the main thread takes the first part at once, workers
// take the next ones as they become ready, and whichever thread is free takes the next, so a worker that starts late
// or runs on a busy core does less. The results are joined as `odlint merge` joins shards: every file belongs to one
// part, so the findings of a file, and the cap on them, come from one part, and sorting the whole gives the one-thread
// order. A worker that fails loses nothing: the main thread does its part, and the caller is told.
import { Worker } from 'node:worker_threads';
import type { Project } from '../config/project.js';
import { DEFAULT_MAX_FINDINGS_PER_RULE, Engine, type EngineOptions, type LintResult } from '../engine/lint.js';
import type { Dataset } from '../model/dataset.js';
import { joinResults } from '../engine/join-results.js';
import type { PartMessage, PartResult, PartTask, PartWorkerData } from './part-worker.js';
import type { RunPart } from './plan-parts.js';

const PART_WORKER_URL = new URL('./part-worker.js', import.meta.url);

/** What a worker needs besides its parts to find the same datasets: the paths and the files never linted as data. */
export interface RunInputs {
  paths: string[];
  own: string[];
}

function fromWorker(result: PartResult): LintResult {
  return { ...result, records: new Map(result.records), dependencies: new Map(result.dependencies) };
}

/**
 * One worker taking parts from the queue until it is empty. Resolves when it is done; a part it had when it failed
 * goes back to `orphans` for the main thread.
 */
function startWorker(data: PartWorkerData, queue: RunPart[], results: (LintResult | undefined)[], parts: readonly RunPart[], orphans: RunPart[], progress: EngineOptions['progress'], failed: (message: string, withPart: boolean) => void): Promise<void> {
  return new Promise((resolve) => {
    let current: RunPart | undefined;
    let over = false;
    // A small young generation: a worker's RSS stays lower, at no measurable cost in time (as engine/worker-pool.ts).
    const worker = new Worker(PART_WORKER_URL, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    const next = () => {
      current = queue.shift();
      worker.postMessage({ keys: current?.keys } satisfies PartTask);
      if (!current) finish();
    };
    const finish = () => {
      if (over) return;
      over = true;
      void worker.terminate();
      resolve();
    };
    const fail = (message: string) => {
      if (over) return;
      // A worker that fails before it was given a part loses nothing: the other threads take the queue.
      if (current) orphans.push(current);
      failed(message, current !== undefined);
      finish();
    };
    worker.on('message', (message: PartMessage) => {
      if (message.kind === 'progress') {
        if (message.event === 'started') progress?.fileStarted(message.file, message.value);
        else if (message.event === 'bytes') progress?.bytesRead(message.file, message.value);
        else progress?.fileFinished(message.file, message.value);
      } else if (message.kind === 'ready') next();
      else if (message.kind === 'done') {
        results[parts.indexOf(current!)] = fromWorker(message.result);
        next();
      } else fail(message.message);
    });
    worker.on('error', (err) => fail(err.message));
    worker.on('exit', (code) => fail(`the worker stopped (exit code ${code}) before it finished`));
  });
}

/**
 * Does the parts on this thread and `jobs - 1` workers. `failed` is told of each worker that failed, and whether it
 * had a part, which this thread then did. Each part's engine runs on one thread: the parts already use the cores.
 */
export async function runParts(project: Project & { reload: NonNullable<Project['reload']> }, datasets: Dataset[], options: EngineOptions, parts: readonly RunPart[], jobs: number, inputs: RunInputs, failed: (message: string, withPart: boolean) => void): Promise<LintResult> {
  const queue = [...parts];
  const results: (LintResult | undefined)[] = parts.map(() => undefined);
  const orphans: RunPart[] = [];
  const run = async (part: RunPart) => {
    results[parts.indexOf(part)] = await new Engine(project.standard, project.checks, project.policy).lint(datasets, { ...options, jobs: 1, part });
  };
  // The first part is taken here before any worker exists: it owns the files no dataset names.
  const first = queue.shift()!;
  const data: PartWorkerData = {
    project: project.reload, paths: inputs.paths, own: inputs.own, discovered: datasets.length, now: options.now,
    maxFindingsPerRule: options.maxFindingsPerRule ?? DEFAULT_MAX_FINDINGS_PER_RULE, maxRecordBytes: options.maxRecordBytes, progress: options.progress !== undefined,
  };
  const workers = Array.from({ length: Math.min(jobs - 1, queue.length) }, () => startWorker(data, queue, results, parts, orphans, options.progress, failed));
  await run(first);
  // Reading small files may never wait for the event loop: let workers that became ready meanwhile take parts first.
  const workersFirst = () => new Promise((resolve) => setImmediate(resolve));
  for (await workersFirst(); queue.length > 0; await workersFirst()) await run(queue.shift()!);
  await Promise.all(workers);
  for (const part of orphans) await run(part);
  return joinResults(results.map((r) => r!));
}
