// A small pool of worker threads for the parts of large CSV files: started on first use, a queue of tasks, one task
// per worker at a time, stopped when the run ends.
import { Worker } from 'node:worker_threads';
import type { PartResult, SegmentTask } from './part.js';
import type { SegmentResult, WorkerSetup } from './worker.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);

interface Pending {
  task: SegmentTask;
  resolve(result: PartResult): void;
  reject(err: Error): void;
}

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly size: number, private readonly setup: WorkerSetup) {}

  /** The rules the workers were given, in order (SegmentTask's positions). */
  get rules(): WorkerSetup['rules'] {
    return this.setup.rules;
  }

  run(task: Omit<SegmentTask, 'id'>): Promise<PartResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { ...task, id: this.nextId++ }, resolve, reject });
      this.dispatch();
    });
  }

  /** Starts up to n workers now, so that their start-up (loading the checks) overlaps what this thread does next. */
  warm(n: number): void {
    while (this.workers.length < Math.min(n, this.size)) this.idle.push(this.start());
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (!worker && this.workers.length < this.size) worker = this.start();
      if (!worker) return;
      const pending = this.queue.shift()!;
      this.running.set(pending.task.id, pending);
      worker.postMessage(pending.task);
    }
  }

  private start(): Worker {
    // A worker's garbage is rows that die young: a small young generation keeps its memory down (about 40 MiB less
    // per worker on the 1M-row benchmark) at no measurable cost in time.
    const worker = new Worker(WORKER_URL, { workerData: this.setup, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    worker.on('message', (result: SegmentResult) => {
      const pending = this.running.get(result.id);
      if (!pending) return;
      this.running.delete(result.id);
      if ('error' in result) {
        // The message for people; the worker's stack for ODLINT_DEBUG=1, as for any internal error.
        const err = new Error(`a worker thread failed: ${result.error.message}`);
        if (result.error.stack) err.stack = result.error.stack;
        pending.reject(err);
      }
      else pending.resolve(result);
      this.idle.push(worker);
      this.dispatch();
    });
    worker.on('error', (err) => {
      // A crashed worker fails every task it held; the run reports an internal error rather than a partial result.
      for (const pending of this.running.values()) pending.reject(err);
      this.running.clear();
    });
    this.workers.push(worker);
    return worker;
  }
}
