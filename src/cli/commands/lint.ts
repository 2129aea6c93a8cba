// `odlint lint`: discover datasets, check them against the standard, write the report, decide the exit code.
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import path from 'node:path';
import { applyBaseline, createBaseline, readBaseline, toReportBaseline, writeBaseline } from '../../baseline/baseline.js';
import { loadProject } from '../../config/project.js';
import { discover } from '../../datasets/discover.js';
import { DEFAULT_MAX_FINDINGS_PER_RULE, Engine } from '../../engine/lint.js';
import { FindingCollector } from '../../report/collector.js';
import { reportDatasets, reportRules } from '../../report/rule-meta.js';
import { FORMATTERS } from '../../report/formatters/index.js';
import { summarise, type LintReport } from '../../report/report.js';
import { OdlintError } from '../../util/errors.js';
import { displayPath } from '../../util/paths.js';
import { planOutputs } from '../outputs.js';
import { TerminalProgress } from '../progress.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { collect, EXIT_FINDINGS, EXIT_OK, ignoreOptions, parseCount, parseNow, parsePositive, projectOptions, today, toolVersion, wantColor, type CommandContext, type IgnoreFlags, type Io, type ProjectFlags } from '../context.js';

interface LintCommandOptions extends ProjectFlags, IgnoreFlags {
  format?: string[];
  outputFile?: string[];
  output?: string;
  now?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  jobs?: number;
  maxFindingsPerRule?: number;
  baseline?: string | false;
  baselineWrite?: string;
}

async function runLint(paths: string[], opts: LintCommandOptions, io: Io): Promise<number> {
  const project = await loadProject({ standard: opts.standard, config: opts.config, ignorePatterns: opts.ignorePattern, ignore: opts.ignore });
  const { standard, checks, settings } = project;
  // Flags win over the config; the config over the defaults.
  const configFile = project.config && displayPath(project.config.file);
  const cwd = process.cwd();
  const targets = planOutputs({
    formats: opts.format,
    outputFiles: opts.outputFile,
    output: opts.output,
    config: project.config && { formats: settings.formats, output: settings.output, outputFiles: settings.outputFiles, label: configFile! },
    known: Object.keys(FORMATTERS),
    cwd,
  });
  const maxWarnings = opts.maxWarnings ?? settings.maxWarnings;
  const now = opts.now ?? settings.now ?? today();

  // A baseline needs every finding: the cap would make those it leaves out look fixed, or leave them out of the file.
  const writeTo = opts.baselineWrite !== undefined ? path.resolve(cwd, opts.baselineWrite) : undefined;
  const baselineFile = writeTo ?? (opts.baseline === false ? undefined : opts.baseline !== undefined ? path.resolve(cwd, opts.baseline) : settings.baseline);
  const cap = opts.maxFindingsPerRule ?? settings.maxFindingsPerRule;

  // odlint's own files (the config, the baseline, the report) are never linted as data, wherever they are kept.
  const own = new Set([project.config?.file, baselineFile, ...targets.map((t) => t.file)].filter((f): f is string => f !== undefined));
  const OWN = "odlint's own config, baseline or report";
  const ignore = { ignored: (abs: string, isDir?: boolean) => (own.has(abs) ? { pattern: '', source: OWN } : project.ignore.ignored(abs, isDir)) };
  const { datasets, ignored } = discover(paths, cwd, { ignore });
  for (const i of ignored) {
    const why = i.source === OWN ? `${OWN}, so it is not linted as data.` : `is ignored (pattern '${i.pattern}', ${i.source === 'default' ? 'ignored by default' : i.source}), so it is not linted. Use --no-ignore to lint it.`;
    io.stderr(`odlint: ${i.path} ${i.source === OWN ? `is ${why}` : why}\n`);
  }
  if (ignored.length > 0 && ignored.length === (paths.length || 1)) {
    throw new OdlintError('every path given is ignored, so there is nothing to lint.', 'Remove the pattern that ignores them, or run with --no-ignore.');
  }
  const splitMinBytes = process.env.ODLINT_SPLIT_MIN_BYTES ? Number(process.env.ODLINT_SPLIT_MIN_BYTES) : undefined;
  // ODLINT_PROGRESS_AFTER_MS (tests, development) shows the progress line and the slowest files sooner than 2 s.
  const after = process.env.ODLINT_PROGRESS_AFTER_MS ? Number(process.env.ODLINT_PROGRESS_AFTER_MS) : undefined;
  const progress = io.stderrTTY ? new TerminalProgress(io.stderr, after === undefined ? {} : { showAfterMs: after, redrawMs: 0, summaryAfterMs: after }) : undefined;
  const result = await new Engine(standard, checks, project.policy).lint(datasets, {
    now,
    progress,
    jobs: opts.jobs ?? settings.jobs,
    maxFindingsPerRule: baselineFile ? 0 : cap,
    splitMinBytes,
  });

  let findings = result.findings;
  let omitted = result.omitted;
  let baseline: LintReport['baseline'];
  let suppressed = 0;
  if (baselineFile) {
    const location = { baselineFile, cwd };
    let recorded;
    if (writeTo) {
      recorded = createBaseline(result.findings, { ...location, standard: { id: standard.id, version: standard.version } });
      writeBaseline(writeTo, cwd, recorded);
      io.stderr(`odlint: recorded ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} as ${recorded.entries.length} entr${recorded.entries.length === 1 ? 'y' : 'ies'} in the baseline ${displayPath(writeTo)}.\n`);
    } else {
      recorded = readBaseline(baselineFile, cwd);
      if (recorded.standard.id !== standard.id || recorded.standard.version !== standard.version) {
        io.stderr(`odlint: the baseline ${displayPath(baselineFile)} was written for ${recorded.standard.id} ${recorded.standard.version}, not ${standard.id} ${standard.version}; findings whose wording changed will show as new.\n`);
      }
    }
    const applied = applyBaseline(result.findings, recorded, location);
    baseline = toReportBaseline(applied, location);
    suppressed = applied.suppressed;
    // The cap applies to what is reported: the new findings.
    const collector = new FindingCollector(cap ?? DEFAULT_MAX_FINDINGS_PER_RULE);
    for (const f of applied.findings) collector.add(f);
    ({ findings, omitted } = collector.result());
  }
  // --quiet drops warnings and infos from the report and from --max-warnings alike: what is shown decides the exit.
  if (opts.quiet) {
    findings = findings.filter((f) => f.severity === 'error');
    omitted = omitted.filter((o) => o.severity === 'error');
  }
  const report: LintReport = {
    tool: { name: 'odlint', version: toolVersion() },
    standard: { id: standard.id, version: standard.version, title: standard.title },
    now,
    summary: summarise(findings, omitted, result.datasets, result.files, suppressed),
    findings,
    omitted,
  };
  if (baseline) report.baseline = baseline;
  report.rules = reportRules(standard);
  report.datasets = reportDatasets(datasets);
  const slowest = progress?.finish();
  // Every output renders the same report: the findings that decide the exit code.
  for (const target of targets) {
    const formatter = FORMATTERS[target.format]!;
    if (target.file === undefined) {
      io.stdout(formatter(report, { color: wantColor(opts.color, io), cwd }));
      continue;
    }
    try {
      writeFileAtomic(target.file, formatter(report, { color: false, cwd }));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw new OdlintError(`${displayPath(target.file)}: cannot write the ${target.format} report (${code}).`, 'Give a file path in a folder you can write to.');
    }
  }
  if (slowest) io.stderr(slowest);
  const tooManyWarnings = maxWarnings !== undefined && report.summary.warnings > maxWarnings;
  if (tooManyWarnings) {
    io.stderr(`odlint: ${report.summary.warnings} warnings found, more than ${opts.maxWarnings !== undefined ? '--max-warnings' : `maxWarnings (${configFile})`} ${maxWarnings}.\n`);
  }
  return report.summary.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
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

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings at error severity or too many warnings,
2 usage, config, standard or internal error.`;


export function registerLintCommand(program: Command, { io, setExit }: CommandContext): void {
  ignoreOptions(projectOptions(program
    .command('lint')
    .description('Check datasets (files, folders, globs; default: the current folder) against the standard.')
    .argument('[paths...]', 'files, folders or glob patterns', [])))
    .option('-f, --format <name>', `output format, repeatable: ${Object.keys(FORMATTERS).join(', ')} (default: stylish)`, collect)
    .option('--output-file <format=path>', 'write that format to a file (atomically), repeatable: --output-file sarif=out/odlint.sarif', collect)
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .option('--now <YYYY-MM-DD>', 'reference date for every time-dependent check (default: today)', parseNow)
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('-q, --quiet', 'report errors only')
    .option('-j, --jobs <n>', `worker threads for large CSV files (default: the number of cores, ${availableParallelism()} here; 1: none)`, parsePositive)
    .option('--max-findings-per-rule <n>', `findings kept per rule and file; the rest are counted (default ${DEFAULT_MAX_FINDINGS_PER_RULE}; 0: keep all)`, parseCount)
    .option('--baseline <file>', 'report only findings not recorded in this baseline file, and which of its entries are fixed')
    .option('--no-baseline', "ignore the config's baseline")
    .option('--baseline-write <file>', 'record every finding of this run in a baseline file (then report against it)')
    .option('--no-color', 'no colour (also NO_COLOR=1; FORCE_COLOR=1 forces it)')
    .addHelpText('after', LINT_EXAMPLES)
    .action(async (paths: string[], opts: LintCommandOptions) => {
      setExit(await runLint(paths, opts, io));
    });
}
