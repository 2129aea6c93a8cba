// Entry point of the odlint command (bin/odlint.js imports this).
import { run } from './program.js';

// A reader that stops early (`odlint lint | head`) closes the pipe: that ends the output, it is not an error to
// report with a stack trace. The run goes on (report files are still written) and keeps its exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
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
