// Entry point of the odlint command (bin/odlint.js imports this).
import { run } from './program.js';

const code = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdoutColor: process.stdout.isTTY === true,
  stderrTTY: process.stderr.isTTY === true,
});
// Let pending writes to a pipe drain before exiting.
process.exitCode = code;
