// A worker thread doing parts of a run (run/parallel-parts.ts). The standard, its checks and the datasets hold
// functions, which cannot be sent to a thread, so the worker loads the project and discovers the datasets itself, as
// the main thread did, says it is ready, then for each part it is given finds its groups by key and runs the engine on
// them alone. It sends back plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { loadProject, type ReloadOptions } from '../config/project.js';
import { discover } from '../datasets/discover.js';
import { Engine, type ProgressListener } from '../engine/lint.js';
import type { Finding, OmittedFindings } from '../model/finding.js';
import { partOfKeys } from './plan-parts.js';

export interface PartWorkerData {
  project: ReloadOptions;
  paths: string[];
  /** Absolute paths never linted as data (the config, baseline, reports): ignored by discovery as on the main thread. */
  own: string[];
  /** How many datasets the main thread discovered: a different count means the files changed meanwhile. */
  discovered: number;
  now: string;
  maxFindingsPerRule: number;
  maxRecordBytes: number | undefined;
  progress: boolean;
}

export interface PartResult {
  findings: Finding[];
  omitted: OmittedFindings[];
  datasets: number;
  files: number;
  records: [string, number][];
  dependencies: [string, string[]][];
}

/** From the worker. */
export type PartMessage =
  | { kind: 'ready' }
  | { kind: 'progress'; event: 'started' | 'bytes' | 'finished'; file: string; value: number }
  | { kind: 'done'; result: PartResult }
  | { kind: 'failed'; message: string };

/** To the worker: the keys of the groups of its next part, or undefined when there is none. */
export interface PartTask { keys?: string[] }

const data = workerData as PartWorkerData;

const post = (message: PartMessage) => parentPort!.postMessage(message);

async function prepare() {
  const project = await loadProject(data.project);
  const own = new Set(data.own);
  const ignore = { ignored: (abs: string, isDir?: boolean) => (own.has(abs) ? { pattern: '', source: 'own' } : project.ignore.ignored(abs, isDir)) };
  const { datasets } = discover(data.paths, data.project.cwd, { ignore });
  if (datasets.length !== data.discovered) throw new Error(`found ${datasets.length} datasets where the main thread found ${data.discovered}: the files changed during the run`);
  return { project, datasets };
}

async function runPart({ project, datasets }: Awaited<ReturnType<typeof prepare>>, keys: string[]): Promise<PartResult> {
  const part = partOfKeys(datasets, keys);
  if (!part) throw new Error('some datasets of its part were not found again: the files changed during the run');
  const progress: ProgressListener | undefined = data.progress
    ? {
      fileStarted: (file, size) => post({ kind: 'progress', event: 'started', file, value: size }),
      bytesRead: (file, total) => post({ kind: 'progress', event: 'bytes', file, value: total }),
      fileFinished: (file, ms) => post({ kind: 'progress', event: 'finished', file, value: ms }),
    }
    : undefined;
  // No workers of its own: the threads are already busy with the other parts.
  const result = await new Engine(project.standard, project.checks, project.policy).lint(datasets, {
    now: data.now, maxFindingsPerRule: data.maxFindingsPerRule, maxRecordBytes: data.maxRecordBytes, jobs: 1, part, progress,
  });
  return { findings: result.findings, omitted: result.omitted, datasets: result.datasets, files: result.files, records: [...result.records], dependencies: [...result.dependencies] };
}

const failed = (err: unknown) => post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
try {
  const prepared = await prepare();
  parentPort!.on('message', (task: PartTask) => {
    if (!task.keys) return void parentPort!.close();
    runPart(prepared, task.keys).then((result) => post({ kind: 'done', result }), failed);
  });
  post({ kind: 'ready' });
} catch (err) {
  failed(err);
}
