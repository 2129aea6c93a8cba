// How many threads read a large CSV file when --jobs is not given. Splitting a file divides its work rather than
// repeating it (every check runs on parts, lint.ts readInParts), so one thread per core pays on an idle machine and
// still holds its share on one where other processes run; only a machine already saturated by others (a 1-minute
// load average at or above the number of cores) gets one thread: the extra parts would wait for a core and add the
// planning scan and the worker's start-up for nothing.
import { availableParallelism, loadavg } from 'node:os';

export function defaultJobs(cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (cores <= 1 || load >= cores) return 1;
  return cores;
}
