// Loaded with `node --import bench/rss-probe.mjs …` into every process the benchmark measures: on exit it writes the
// process's peak resident set size (KiB, worker threads included) to the file named by BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.BENCH_RSS_FILE;
// Workers inherit --import; only the main thread writes, last, when the whole process is done.
if (file && isMainThread) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
