// `odlint merge`: joins the JSON reports of a run's shards (`odlint lint --shard i/n -f json`) into the report of the
// whole run, in any format, with the exit code the whole run would give.
import type { Command } from 'commander';
import { loadProject } from '../../config/project.js';
import { FORMAT_NAMES } from '../../run/format.js';
import { mergeReportFiles } from '../../run/merge.js';
import { chooseLocale } from '../../locale/locale.js';
import { labelsOf, standardLocaliser } from '../../locale/standard.js';
import { OdlintError } from '../../util/errors.js';
import { removeStaleOutput } from '../../util/write-atomic.js';
import { planOutputs } from '../outputs.js';
import { collect, parseCount, projectOptions, type CommandContext, type Io, type ProjectFlags } from '../context.js';
import { exitCodeOf, writeReports } from '../write-reports.js';

interface MergeCommandOptions extends ProjectFlags {
  format?: string[];
  outputFile?: string[];
  output?: string;
  maxWarnings?: number;
  compare?: string;
  color?: boolean;
}

async function runMerge(files: string[], opts: MergeCommandOptions, io: Io): Promise<number> {
  const cwd = process.cwd();
  const targets = planOutputs({ formats: opts.format, outputFiles: opts.outputFile, output: opts.output, known: [...FORMAT_NAMES], cwd });
  for (const t of targets) if (t.file !== undefined) removeStaleOutput(t.file);
  const report = mergeReportFiles(files, { compare: opts.compare, notice: (message) => io.stderr(`odlint: ${message}\n`) });
  // The report labels come from the standard's catalogues: the standard the shards ran, found as lint finds it.
  const project = await loadProject({ standard: opts.standard, config: opts.config });
  const { standard } = project;
  if (standard.id !== report.standard.id || standard.version !== report.standard.version) {
    throw new OdlintError(
      `odlint merge: the shards were run with the standard ${report.standard.id} ${report.standard.version}, but here the standard is ${standard.id} ${standard.version}.`,
      'Give the standard (--standard) or config (--config) the shards were run with.',
    );
  }
  const localiser = standardLocaliser(standard, project.checks, chooseLocale(report.locale ?? 'en', undefined));
  await writeReports(report, targets, io, { color: opts.color, translate: labelsOf(localiser) });
  const maxWarnings = opts.maxWarnings ?? project.settings.maxWarnings;
  return exitCodeOf(report, io, maxWarnings === undefined ? undefined : { value: maxWarnings, from: opts.maxWarnings !== undefined ? '--max-warnings' : 'maxWarnings (config)' });
}

const MERGE_EXAMPLES = `
Examples:
  $ odlint lint data --shard 1/2 -f json -o shard-1.json     in one CI job …
  $ odlint lint data --shard 2/2 -f json -o shard-2.json     … and in another
  $ odlint merge shard-1.json shard-2.json -f html -o audit.html --output-file sarif=odlint.sarif

The merged report is the report one run without --shard would give, byte for byte, and so is the exit code:
0 no errors (and warnings within --max-warnings), 1 findings at error severity or too many warnings,
2 reports that are not the shards of one run (another standard, odlint, --now, --locale or shard count, or a shard
missing), or a usage error.`;

export function registerMergeCommand(program: Command, { io, setExit }: CommandContext): void {
  projectOptions(program
    .command('merge')
    .description("Join the JSON reports of a run's shards (odlint lint --shard i/n -f json) into the whole run's report.")
    .argument('<reports...>', 'the JSON report of every shard'))
    .option('-f, --format <name>', `output format, repeatable: ${FORMAT_NAMES.join(', ')} (default: stylish)`, collect)
    .option('--output-file <format=path>', 'write that format to a file (atomically), repeatable', collect)
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('--compare <report.json>', "put each department's scores in an earlier JSON report beside the merged ones")
    .option('--no-color', 'no colour (also NO_COLOR=1; FORCE_COLOR=1 forces it)')
    .addHelpText('after', MERGE_EXAMPLES)
    .action(async (files: string[], opts: MergeCommandOptions) => {
      setExit(await runMerge(files, opts, io));
    });
}
