// Entry point of the odlint command (bin/odlint.js imports this).
import { removeTempFiles } from '../util/write-atomic.js';
import { run } from './program.js';

// A reader that stops early (`odlint lint | head`) closes the pipe: that ends the output, it is not an error to
// report with a stack trace. The run goes on (report files are still written) and keeps its exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
}

// Ctrl-C or a CI runner's SIGTERM: remove the temp file of a report being written (a run interrupted before its end
// leaves no report, since the old ones were removed when it started), then exit with the conventional 128 + signal.
for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]] as const) {
  process.on(signal, () => {
    removeTempFiles();
    process.exit(128 + number);
  });
}

const code = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdoutColor: process.stdout.isTTY === true,
  stderrTTY: process.stderr.isTTY === true,
});
// Let pending writes to a pipe drain before exiting.
process.exitCode = code;
