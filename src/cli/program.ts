// The commander program: registers the commands, runs one, maps the outcome to an exit code. No checking logic here.
import { Command, CommanderError } from 'commander';
import { OdlintError } from '../util/errors.js';
import { COMMANDS } from './commands/index.js';
import { removeReportsAfterUsageError } from './commands/lint.js';
import { toolVersion } from '../util/package-root.js';
import { EXIT_OK, EXIT_USAGE, type Io } from './context.js';

export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Io } from './context.js';

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('odlint')
    .description('Lint government open data (CSV, JSON and their Data Package metadata) against a shared open-data standard.')
    .version(toolVersion(), '-v, --version', 'print the odlint version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run odlint --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (str, write) => write(`odlint: ${str.replace(/^error: /, '')}`) })
    .exitOverride();
  for (const register of COMMANDS) register(program, { io, setExit });
  return program;
}

/** Runs the CLI with the given arguments (without node and script) and returns the exit code. Never throws. */
export async function run(argv: string[], io: Io): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram(io, (c) => { code = c; });
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT_USAGE;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors were already printed by commander.
      if (err.exitCode === 0) return EXIT_OK;
      // A failed lint run leaves no report from an earlier run, even when it fails on its own arguments.
      if (argv[0] === 'lint') removeReportsAfterUsageError(argv.slice(1));
      return EXIT_USAGE;
    }
    if (err instanceof OdlintError) {
      io.stderr(`odlint: ${err.message}\n${err.hint ? `  ${err.hint}\n` : ''}`);
      return EXIT_USAGE;
    }
    const e = err as Error;
    io.stderr(`odlint: internal error: ${e.message}\n  This is a bug in odlint; please report it with the command you ran.${process.env.ODLINT_DEBUG ? `\n${e.stack}` : ' (ODLINT_DEBUG=1 shows details.)'}\n`);
    return EXIT_USAGE;
  }
}
