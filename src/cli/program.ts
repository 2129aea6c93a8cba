// The commander program: parses flags, calls the pipeline, maps the outcome to an exit code. No checking logic here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { checkRegistry } from '../checks/index.js';
import { discover } from '../datasets/discover.js';
import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_FINDINGS_PER_RULE, Engine } from '../engine/lint.js';
import { FORMATTERS } from '../report/formatters/index.js';
import { summarise, type LintReport } from '../report/report.js';
import { BUNDLED_STANDARD, loadStandard } from '../standard/load.js';
import { OdlintError } from '../util/errors.js';
import { PACKAGE_ROOT } from '../util/package-root.js';
import { writeFileAtomic } from '../util/write-atomic.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stdout is a terminal that can show colour. */
  stdoutColor: boolean;
}

export function toolVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Today's date in the local time zone, as YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function parseNow(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new InvalidArgumentError(`'${value}' is not a date in the form YYYY-MM-DD.`);
  }
  return value;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`'${value}' is not a whole number of 0 or more.`);
  return Number(value);
}

function parsePositive(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`'${value}' is not a whole number of 1 or more.`);
  return Number(value);
}

/** Colour: --no-color and NO_COLOR switch it off, FORCE_COLOR on; otherwise only on a terminal. */
function wantColor(flag: boolean | undefined, io: Io): boolean {
  if (flag === false) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (force === '0' || force === 'false') return false;
  return io.stdoutColor;
}

interface LintOptions {
  standard?: string;
  format: string;
  output?: string;
  now?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  jobs?: number;
  maxFindingsPerRule?: number;
}

async function runLint(paths: string[], opts: LintOptions, io: Io): Promise<number> {
  const formatter = FORMATTERS[opts.format];
  if (!formatter) throw new OdlintError(`--format ${opts.format}: unknown format.`, `Use one of: ${Object.keys(FORMATTERS).join(', ')}.`);
  const checks = checkRegistry();
  const standard = loadStandard(opts.standard ?? BUNDLED_STANDARD, checks);
  const { datasets } = discover(paths);
  const now = opts.now ?? today();
  const splitMinBytes = process.env.ODLINT_SPLIT_MIN_BYTES ? Number(process.env.ODLINT_SPLIT_MIN_BYTES) : undefined;
  const result = await new Engine(standard, checks).lint(datasets, { now, jobs: opts.jobs, maxFindingsPerRule: opts.maxFindingsPerRule, splitMinBytes });
  // --quiet drops warnings and infos from the report and from --max-warnings alike: what is shown decides the exit.
  const findings = opts.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const omitted = opts.quiet ? result.omitted.filter((o) => o.severity === 'error') : result.omitted;
  const report: LintReport = {
    tool: { name: 'odlint', version: toolVersion() },
    standard: { id: standard.id, version: standard.version },
    now,
    summary: summarise(findings, omitted, result.datasets, result.files),
    findings,
    omitted,
  };
  if (opts.output) {
    try {
      writeFileAtomic(opts.output, formatter(report, { color: false }));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw new OdlintError(`--output ${opts.output}: cannot write the report (${code}).`, 'Give a file path in a folder you can write to.');
    }
  } else {
    io.stdout(formatter(report, { color: wantColor(opts.color, io) }));
  }
  const tooManyWarnings = opts.maxWarnings !== undefined && report.summary.warnings > opts.maxWarnings;
  if (tooManyWarnings) {
    io.stderr(`odlint: ${report.summary.warnings} warnings found, more than --max-warnings ${opts.maxWarnings}.\n`);
  }
  return report.summary.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

function runRules(opts: { standard?: string; format: string }, io: Io): number {
  const checks = checkRegistry();
  const standard = loadStandard(opts.standard ?? BUNDLED_STANDARD, checks);
  if (opts.format === 'json') {
    const rules = standard.rules.map((r) => ({ id: r.id, category: r.category, severity: r.severity, check: r.check, description: r.description, sources: r.sources, options: r.options }));
    io.stdout(`${JSON.stringify({ standard: { id: standard.id, version: standard.version, title: standard.title }, rules }, null, 2)}\n`);
    return EXIT_OK;
  }
  if (opts.format !== 'text') throw new OdlintError(`--format ${opts.format}: unknown format for rules.`, 'Use text or json.');
  const idWidth = Math.max(...standard.rules.map((r) => r.id.length));
  const count = `${standard.rules.length} rule${standard.rules.length === 1 ? '' : 's'}`;
  const lines = [`${standard.title} (${standard.id} ${standard.version}), ${count} from ${standard.rootFile}`, ''];
  for (const r of standard.rules) {
    lines.push(`${r.id.padEnd(idWidth)}  ${r.category.padEnd(9)}  ${r.severity.padEnd(7)}  ${r.description}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

const LINT_EXAMPLES = `
Examples:
  $ odlint lint                                   lint every dataset below the current folder
  $ odlint lint fixtures --now 2026-11-27         lint the demo datasets as of a fixed date
  $ odlint lint health/datapackage.json           one Data Package
  $ odlint lint "data/**/*.csv"                   files matching a glob (quote it)
  $ odlint lint . --format json --output out/odlint.json
  $ odlint lint . --standard ./my-standard --max-warnings 0

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings at error severity or too many warnings,
2 usage, config, standard or internal error.`;

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

  program
    .command('lint')
    .description('Check datasets (files, folders, globs; default: the current folder) against the standard.')
    .argument('[paths...]', 'files, folders or glob patterns', [])
    .option('-s, --standard <path>', 'standard folder or root file (default: the bundled standard)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .option('--now <YYYY-MM-DD>', 'reference date for every time-dependent check (default: today)', parseNow)
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('-q, --quiet', 'report errors only')
    .option('-j, --jobs <n>', `worker threads for large CSV files (default: the number of cores, ${availableParallelism()} here; 1: none)`, parsePositive)
    .option('--max-findings-per-rule <n>', `findings kept per rule and file; the rest are counted (default ${DEFAULT_MAX_FINDINGS_PER_RULE}; 0: keep all)`, parseCount)
    .option('--no-color', 'no colour (also NO_COLOR=1; FORCE_COLOR=1 forces it)')
    .addHelpText('after', LINT_EXAMPLES)
    .action(async (paths: string[], opts: LintOptions) => {
      setExit(await runLint(paths, opts, io));
    });

  program
    .command('rules')
    .description("List the active standard's rules: id, category, severity, description.")
    .option('-s, --standard <path>', 'standard folder or root file (default: the bundled standard)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts: { standard?: string; format: string }) => {
      setExit(runRules(opts, io));
    });

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
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
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
