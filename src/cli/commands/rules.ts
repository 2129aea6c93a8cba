// `odlint rules`: the resolved standard's rules, where each came from and its effective severity.
import { Option, type Command } from 'commander';
import { loadProject } from '../../config/project.js';
import { OdlintError } from '../../util/errors.js';
import { EXIT_OK, type CommandContext, type Io } from '../context.js';

interface RulesOptions { standard?: string; config?: string | false; format: string }

async function runRules(opts: RulesOptions, io: Io): Promise<number> {
  const { standard } = await loadProject({ standard: opts.standard, config: opts.config });
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

export function registerRulesCommand(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('rules')
    .description("List the active standard's rules: id, category, severity, description.")
    .option('-s, --standard <path>', 'standard folder or root file (default: the bundled standard)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: RulesOptions) => {
      setExit(await runRules(opts, io));
    });
}
