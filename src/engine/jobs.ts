// How many threads read a large CSV file when --jobs is not given. Reading in parts divides a file's work rather than
// repeating it (lint.ts planParts), so one thread per core pays on an idle machine. It pays nothing when other
// processes already keep the cores busy: the parts then wait for a core, and the planning scan and a worker's start-up
// are added for nothing (measured on 2 cores at a load of 5: 0.8× the speed of one thread). So the default is one
// thread per core while the 1-minute load average leaves at least half a core idle, and one thread otherwise. The
// load average lags by up to a minute: a heuristic, which --jobs overrides.
import { availableParallelism, loadavg } from 'node:os';

export function defaultJobs(cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (cores <= 1 || load > cores - 0.5) return 1;
  return cores;
}
