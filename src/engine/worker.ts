// A worker thread of the engine: reads one part of a large CSV file through the visitors of some rules (part.ts) and
// sends back what they found, and their part states. Checks are functions, which cannot be sent to a thread: each is
// loaded here from the module that exports it (Check.module), so a check given to the engine runs here as it is.
import { parentPort, workerData } from 'node:worker_threads';
import type { ActiveRule } from './active-rules.js';
import { lintPart, loadCheck, type PartResult, type PartRules, type SegmentTask } from './part.js';

export type { SegmentTask } from './part.js';

export interface WorkerSetup extends PartRules {
  /** By position in rules: the URL of the ES module whose default export is the rule's check. */
  modules: string[];
}

export type SegmentResult = ({ id: number } & PartResult) | { id: number; error: { message: string; stack?: string } };

const setup = workerData as WorkerSetup;

// Not filtered by severity: the main thread says per file which rules run, and at what severity (task.severities).
const rules: ActiveRule[] = await Promise.all(setup.rules.map(async (rule, i) => ({ rule, check: await loadCheck(setup.modules[i]!, rule.check), severity: 'error' as const })));

/**
 * The buffers of the typed arrays in part states (a key list of a million rows), moved to the main thread rather than
 * copied. Looks a few levels deep, into small arrays and objects only: a long list is data, not a container of states.
 */
function transferables(value: unknown, depth = 0, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (value && typeof value === 'object' && depth < 4) {
    const children = Array.isArray(value) ? (value.length <= 64 ? value : []) : Object.values(value);
    for (const child of children) transferables(child, depth + 1, found);
  }
  return [...found];
}

parentPort!.on('message', (task: SegmentTask) => {
  lintPart(rules, setup, task).then(
    (result) => parentPort!.postMessage({ id: task.id, ...result } satisfies SegmentResult, transferables(result.states)),
    (err: unknown) => parentPort!.postMessage({ id: task.id, error: { message: (err as Error).message ?? String(err), stack: (err as Error).stack } } satisfies SegmentResult),
  );
});
