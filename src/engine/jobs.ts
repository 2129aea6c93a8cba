// How many threads read a large CSV file when --jobs is not given. Reading in parts divides a file's work rather than
// repeating it (lint.ts planParts), so one thread per core pays on an idle machine, and still when other processes
// keep a core or so busy: they then share the cores with two threads of ours rather than one. It stops paying once
// the cores are crowded: the parts wait for a core, and the planning scan and a worker's start-up are added for
// nothing. Measured on 2 cores, 1M-row file, --jobs 2 against --jobs 1: 1.40× at a 1-minute load of 1.7, 1.24× at
// 2.5–3.2, 0.8–0.98× at 4–7. So: one thread per core unless the load average exceeds the cores by more than one, then
// one thread. The load average lags by up to a minute (and counts a previous run of ours): a heuristic, which --jobs
// overrides.
import { availableParallelism, loadavg } from 'node:os';

export function defaultJobs(cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (cores <= 1 || load > cores + 1) return 1;
  return cores;
}
