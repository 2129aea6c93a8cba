// The engine's run of a project, on one thread or in parts on several (run/plan-parts.ts, run/parallel-parts.ts):
// parts when the run has groups of datasets enough and data enough for a worker to pay for its start-up, and the
// project can be loaded again in a worker (no standard or checks built in code). The result is the same either way.
import type { Project } from '../config/project.js';
import { Engine, type EngineOptions, type LintResult } from '../engine/lint.js';
import { defaultJobs } from '../engine/jobs.js';
import type { Dataset } from '../model/dataset.js';
import { runParts, type RunInputs } from './parallel-parts.js';
import { planParts } from './plan-parts.js';

export interface RunEngineContext extends RunInputs {
  /** Told what a person should know: a worker that failed, whose part the main thread did. */
  notice: (message: string) => void;
}

export async function runEngine(project: Project, datasets: Dataset[], options: EngineOptions, context: RunEngineContext): Promise<LintResult> {
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  // ODLINT_PARALLEL_MIN_BYTES (tests, measurements): how much data a worker's start-up is worth (plan-parts.ts).
  const given = Number(process.env.ODLINT_PARALLEL_MIN_BYTES || NaN);
  const minBytes = Number.isFinite(given) && given >= 0 ? given : undefined;
  const parts = project.reload ? planParts(datasets, options.part, jobs, minBytes) : undefined;
  if (!parts) return new Engine(project.standard, project.checks, project.policy).lint(datasets, options);
  return runParts({ ...project, reload: project.reload! }, datasets, options, parts, jobs, context, (message, withPart) => {
    context.notice(withPart ? `a worker thread failed (${message}); the main thread did its part instead.` : `a worker thread could not start (${message}); the run went on without it.`);
  });
}
