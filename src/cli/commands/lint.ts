// `odlint lint`: discover datasets, check them against the standard, write the report, decide the exit code.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { loadProject } from '../../config/project.js';
import { DEFAULT_MAX_FINDINGS_PER_RULE } from '../../engine/lint.js';
import { FORMAT_NAMES } from '../../run/format.js';
import { parseShard } from '../../run/shard.js';
import { exitCodeOf, writeReports } from '../write-reports.js';
import { lintProject } from '../../run/lint.js';
import { chooseLocale } from '../../locale/locale.js';
import { labelsOf, standardLocaliser } from '../../locale/standard.js';
import { OdlintError } from '../../util/errors.js';
import { displayPath } from '../../util/paths.js';
import { planOutputs } from '../outputs.js';
import { TerminalProgress } from '../progress.js';
import { removeStaleOutput } from '../../util/write-atomic.js';
import { collect, ignoreOptions, parseCount, parseNow, parsePositive, parseSize, projectOptions, type CommandContext, type IgnoreFlags, type Io, type ProjectFlags } from '../context.js';

interface LintCommandOptions extends ProjectFlags, IgnoreFlags {
  format?: string[];
  outputFile?: string[];
  output?: string;
  now?: string;
  locale?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  jobs?: number;
  maxFindingsPerRule?: number;
  maxRecordBytes?: number;
  baseline?: string | false;
  baselineWrite?: string;
  compare?: string;
  shard?: string;
  cache?: boolean;
  cacheLocation?: string;
  allowEmpty?: boolean;
}

/**
 * Runs lint; when it fails (exit 2: usage, config, standard or internal error), no report from an earlier run is left
 * where this one was asked to write one, so a CI step that uploads reports `if: always()` never uploads a stale one.
 */
async function runLint(paths: string[], opts: LintCommandOptions, io: Io): Promise<number> {
  const asked: string[] = [];
  try {
    return await lintAndWrite(paths, opts, io, asked);
  } catch (err) {
    // The reports the run planned, or, when it stopped before planning them, the paths the flags name.
    const files = asked.length > 0 ? asked : flagOutputs(opts);
    for (const f of files) removeStaleOutput(f);
    throw err;
  }
}

/** The report paths the flags name (-o, --output-file format=path), read leniently: the run may have stopped on them. */
function flagOutputs(opts: LintCommandOptions): string[] {
  const files = (opts.outputFile ?? []).flatMap((v) => (v.indexOf('=') > 0 ? [v.slice(v.indexOf('=') + 1)] : []));
  if (opts.output !== undefined) files.push(opts.output);
  return files.filter((f) => f !== '').map((f) => path.resolve(f));
}

async function lintAndWrite(paths: string[], opts: LintCommandOptions, io: Io, asked: string[]): Promise<number> {
  const project = await loadProject({ standard: opts.standard, config: opts.config, ignorePatterns: opts.ignorePattern, ignore: opts.ignore });
  const { settings } = project;
  // Flags win over the config; the config over the defaults.
  const configFile = project.config && displayPath(project.config.file);
  const cwd = process.cwd();
  const targets = planOutputs({
    formats: opts.format,
    outputFiles: opts.outputFile,
    output: opts.output,
    config: project.config && { formats: settings.formats, output: settings.output, outputFiles: settings.outputFiles, label: configFile! },
    known: [...FORMAT_NAMES],
    cwd,
  });
  // The old reports go before the run starts: an interrupted or failed run leaves none, a finished one its own.
  for (const t of targets) {
    if (t.file === undefined) continue;
    asked.push(t.file);
    removeStaleOutput(t.file);
  }
  const maxWarnings = opts.maxWarnings ?? settings.maxWarnings;
  // ODLINT_PROGRESS_AFTER_MS (tests, development) shows the progress line and the slowest files sooner than 2 s.
  const after = process.env.ODLINT_PROGRESS_AFTER_MS ? Number(process.env.ODLINT_PROGRESS_AFTER_MS) : undefined;
  const progress = io.stderrTTY ? new TerminalProgress(io.stderr, after === undefined ? {} : { showAfterMs: after, redrawMs: 0, summaryAfterMs: after }) : undefined;
  const report = await lintProject(project, {
    paths,
    now: opts.now,
    locale: opts.locale,
    jobs: opts.jobs,
    maxFindingsPerRule: opts.maxFindingsPerRule,
    maxRecordBytes: opts.maxRecordBytes,
    baseline: opts.baseline,
    baselineWrite: opts.baselineWrite,
    compare: opts.compare,
    shard: opts.shard !== undefined ? parseShard(opts.shard) : undefined,
    cache: opts.cache,
    cacheLocation: opts.cacheLocation,
    quiet: opts.quiet,
    allowEmpty: opts.allowEmpty,
    ownFiles: targets.flatMap((t) => (t.file === undefined ? [] : [t.file])),
    progress,
    notice: (message) => io.stderr(`odlint: ${message}\n`),
  });
  const slowest = progress?.finish();
  // Every output renders the same report: the findings that decide the exit code.
  // The report's words (stylish, Markdown) in the language of its findings.
  const localiser = standardLocaliser(project.standard, project.checks, chooseLocale(opts.locale, settings.locale));
  await writeReports(report, targets, io, { color: opts.color, translate: labelsOf(localiser) });
  if (slowest) io.stderr(slowest);
  return exitCodeOf(report, io, maxWarnings === undefined ? undefined : { value: maxWarnings, from: opts.maxWarnings !== undefined ? '--max-warnings' : `maxWarnings (${configFile})` });
}

const LINT_EXAMPLES = `
Examples:
  $ odlint lint                                   lint every dataset below the current folder
  $ odlint lint fixtures --now 2026-11-27         lint the demo datasets as of a fixed date
  $ odlint lint health/datapackage.json           one Data Package
  $ odlint lint "data/**/*.csv"                   files matching a glob (quote it)
  $ odlint lint . --format json --output out/odlint.json
  $ odlint lint . -f stylish --output-file sarif=out/odlint.sarif --output-file junit=out/junit.xml
  $ odlint lint . --standard ./my-standard --max-warnings 0
  $ odlint lint . --config ci/.odlintrc.yaml      use a named config (default: the nearest .odlintrc.* up to the repo root)
  $ odlint lint . --ignore-pattern "drafts/**"    skip more files (node_modules and .git always are)
  $ odlint lint . --baseline-write .odlint-baseline.json    accept today's findings …
  $ odlint lint . --baseline .odlint-baseline.json          … and from now on report only new ones
  $ odlint lint . -f html -o audit.html --compare last-quarter.json   progress since the last assessment
  $ odlint lint . --shard 2/4 -f json -o shard-2.json   one shard of four; then: odlint merge shard-*.json
  $ odlint lint . --cache                         read again only the datasets that changed since the last --cache run

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings at error severity or too many warnings,
2 usage, config, standard or internal error.`;


/** The options of `odlint lint`, on the command given. */
function lintOptions(command: Command): Command {
  return ignoreOptions(projectOptions(command))
    .option('-f, --format <name>', `output format, repeatable: ${FORMAT_NAMES.join(', ')} (default: stylish)`, collect)
    .option('--output-file <format=path>', 'write that format to a file (atomically), repeatable: --output-file sarif=out/odlint.sarif', collect)
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .option('--now <YYYY-MM-DD>', 'reference date for every time-dependent check (default: today)', parseNow)
    .option('--locale <tag>', "language of messages, hints and report labels, e.g. fr or fr-CA (default: the config's locale, else LC_ALL / LC_MESSAGES / LANG, else English)")
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('-q, --quiet', 'report errors only')
    .option('-j, --jobs <n>', `threads for runs over many datasets and for large CSV files (default: one per core, ${availableParallelism()} here, unless the load average shows the cores crowded; 1: none)`, parsePositive)
    .option('--max-findings-per-rule <n>', `findings kept per rule and file; the rest are counted (default ${DEFAULT_MAX_FINDINGS_PER_RULE}; 0: keep all)`, parseCount)
    .option('--max-record-bytes <size>', 'records larger than this are reported and skipped, so memory stays bounded: bytes, or a size such as 256MiB (default 64MiB)', parseSize)
    .option('--baseline <file>', 'report only findings not recorded in this baseline file, and which of its entries are fixed')
    .option('--no-baseline', "ignore the config's baseline")
    .option('--baseline-write <file>', 'record every finding of this run in a baseline file (then report against it)')
    .option('--compare <report.json>', "put each department's scores in an earlier JSON report beside today's, with the findings new and fixed since (JSON, HTML, Markdown)")
    .option('--shard <i/n>', 'do shard i of n of the run (e.g. 2/4; auto: GitLab CI_NODE_INDEX/CI_NODE_TOTAL; auto/n: a Kubernetes Indexed Job); join the shards\' JSON reports with odlint merge')
    .option('--cache', 'reuse the findings of datasets whose files (and the registers they are checked against) are unchanged since the last cached run, under the same standard, config and odlint; the report is the same')
    .option('--no-cache', "do not use the cache, even if the config asks for it")
    .option('--cache-location <path>', 'the cache file, or a folder to keep .odlintcache in (default: .odlintcache in the working folder); implies --cache')
    .option('--allow-empty', 'pass when there is nothing to lint (by default a run that finds no data or metadata exits 2)')
    .option('--no-color', 'no colour (also NO_COLOR=1; FORCE_COLOR=1 forces it)');
}

export function registerLintCommand(program: Command, { io, setExit }: CommandContext): void {
  lintOptions(program
    .command('lint')
    .description('Check datasets (files, folders, globs; default: the current folder) against the standard.')
    .argument('[paths...]', 'files, folders or glob patterns', []))
    .addHelpText('after', LINT_EXAMPLES)
    .action(async (paths: string[], opts: LintCommandOptions) => {
      setExit(await runLint(paths, opts, io));
    });
}

/**
 * After a usage error in `odlint lint`'s own arguments (an unknown option, a bad or missing value), which ends the run
 * before it starts: removes the reports -o and --output-file name, as any failed run does. The arguments are read
 * again as commander reads them, but with every value taken as given, so a path after the mistake counts too; an
 * option whose path is missing names nothing, and removeStaleOutput removes only what a report would replace.
 */
export function removeReportsAfterUsageError(args: readonly string[]): void {
  const silent = () => undefined;
  const lint = lintOptions(new Command('lint').exitOverride().configureOutput({ writeOut: silent, writeErr: silent, outputError: silent }));
  for (const option of lint.options) {
    const parse = option.parseArg;
    if (!parse) continue;
    option.parseArg = <T>(value: string, previous: T): T => {
      try {
        return parse(value, previous);
      } catch {
        return value as T; // the value at fault: already reported
      }
    };
  }
  try {
    lint.parseOptions([...args]);
  } catch {
    // An option missing its value at the end: the options before it were read.
  }
  for (const file of flagOutputs(lint.opts<LintCommandOptions>())) removeStaleOutput(file);
}
