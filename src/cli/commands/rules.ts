// `odlint rules`: the resolved standard's rules, where each came from and its effective severity.
import { Option, type Command } from 'commander';
import { loadProject } from '../../config/project.js';
import { displayPath } from '../../util/paths.js';
import { EXIT_OK, projectOptions, type CommandContext, type Io, type ProjectFlags } from '../context.js';
import { describeChange, ruleJson, ruleOrigin, standardLineage } from './describe-rules.js';

interface RulesOptions extends ProjectFlags { format: string }

async function runRules(opts: RulesOptions, io: Io): Promise<number> {
  const { standard, config, policy } = await loadProject({ standard: opts.standard, config: opts.config });
  const configFile = config && displayPath(config.file);
  if (opts.format === 'json') {
    io.stdout(`${JSON.stringify({
      standard: { id: standard.id, version: standard.version, title: standard.title, rootFile: standard.rootFile },
      layers: standard.layers,
      config: configFile ?? null,
      rules: standard.rules.map(ruleJson),
      overrides: policy.overrides.map((o) => ({ files: o.files, rules: Object.fromEntries(o.entries.map((e) => [e.id, e.entry])) })),
    }, null, 2)}\n`);
    return EXIT_OK;
  }
  const count = `${standard.rules.length} rule${standard.rules.length === 1 ? '' : 's'}`;
  const lines = [`${standard.title} (${standardLineage(standard)}), ${count} from ${standard.rootFile}`];
  if (configFile) lines.push(`With the project config ${configFile}.`);
  lines.push('');
  const idWidth = Math.max(...standard.rules.map((r) => r.id.length));
  const originWidth = Math.max(...standard.rules.map((r) => ruleOrigin(r).length));
  for (const r of standard.rules) {
    lines.push(`${r.id.padEnd(idWidth)}  ${r.category.padEnd(9)}  ${r.severity.padEnd(7)}  ${ruleOrigin(r).padEnd(originWidth)}  ${r.description}`);
  }
  const changed = standard.rules.filter((r) => r.changes.length);
  if (changed.length) {
    lines.push('', 'Changes to inherited rules:');
    for (const r of changed) for (const c of r.changes) lines.push(`  ${r.id}: ${describeChange(c)}`);
  }
  if (policy.overrides.length) {
    lines.push('', `Overrides in ${configFile} (per file; odlint print-config <file> shows the rules for one file):`);
    for (const o of policy.overrides) {
      lines.push(`  ${o.index + 1}. ${o.files.join(', ')}: ${o.entries.map((e) => `${e.id} ${typeof e.entry === 'string' ? e.entry : JSON.stringify(e.entry)}`).join('; ')}`);
    }
  }
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

export function registerRulesCommand(program: Command, { io, setExit }: CommandContext): void {
  projectOptions(program.command('rules'))
    .description("List the resolved standard's rules: id, category, effective severity, where each comes from, description.")
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: RulesOptions) => {
      setExit(await runRules(opts, io));
    });
}
