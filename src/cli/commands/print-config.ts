// `odlint print-config <path>`: the effective configuration for one file — the config file and standard in force,
// whether the file is ignored, which overrides apply, the settings, and every rule as it applies to that file.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { loadProject } from '../../config/project.js';
import { displayPath } from '../../util/paths.js';
import { EXIT_OK, ignoreOptions, projectOptions, type CommandContext, type IgnoreFlags, type Io, type ProjectFlags } from '../context.js';
import { describeChange, ruleJson, ruleOrigin, standardLineage } from './describe-rules.js';

interface PrintConfigOptions extends ProjectFlags, IgnoreFlags { format: string }

async function runPrintConfig(file: string, opts: PrintConfigOptions, io: Io): Promise<number> {
  const project = await loadProject({ standard: opts.standard, config: opts.config, ignorePatterns: opts.ignorePattern, ignore: opts.ignore });
  const abs = path.resolve(file);
  const shown = displayPath(abs);
  const exists = existsSync(abs);
  const ignored = project.ignore.ignored(abs, exists && statSync(abs).isDirectory());
  const overrides = project.policy.matching(shown);
  const rules = [...project.policy.rulesFor(shown).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const configFile = project.config ? displayPath(project.config.file) : null;
  // Paths as the working folder sees them, like every other path odlint prints.
  const shownSetting = (k: string, v: unknown): unknown => (k === 'output' || k === 'baseline' ? displayPath(v as string)
    : k === 'cacheLocation' ? `${displayPath(v as string)}${(v as string).endsWith(path.sep) ? '/' : ''}`
    : k === 'outputFiles' ? Object.fromEntries(Object.entries(v as Record<string, string>).map(([f, p]) => [f, displayPath(p)])) : v);
  const settings = Object.fromEntries(Object.entries(project.settings).filter(([, v]) => v !== undefined).map(([k, v]) => [k, shownSetting(k, v)]));

  if (opts.format === 'json') {
    io.stdout(`${JSON.stringify({
      file: shown,
      exists,
      config: configFile,
      standard: { id: project.standard.id, version: project.standard.version, rootFile: project.standard.rootFile, layers: project.standard.layers },
      ignored: ignored ?? null,
      overrides: overrides.map((o) => ({ index: o.index + 1, files: o.files })),
      settings,
      rules: rules.map(ruleJson),
    }, null, 2)}\n`);
    return EXIT_OK;
  }
  const lines = [
    `File:      ${shown}${exists ? '' : ' (no such file yet)'}`,
    `Config:    ${configFile ?? 'none'}`,
    `Standard:  ${standardLineage(project.standard)} (${project.standard.rootFile})`,
    `Ignored:   ${ignored ? `yes, by '${ignored.pattern}' (${ignored.source}); --no-ignore lints it` : 'no'}`,
    `Overrides: ${overrides.length ? overrides.map((o) => `${o.index + 1}. ${o.files.join(', ')}`).join('; ') : 'none apply'}`,
  ];
  if (Object.keys(settings).length) lines.push(`Settings:  ${Object.entries(settings).map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(', ')}`);
  lines.push('', `Rules (${rules.filter((r) => r.severity !== 'off').length} on, ${rules.filter((r) => r.severity === 'off').length} off):`);
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    const options = Object.keys(r.options).length ? `  ${JSON.stringify(r.options)}` : '';
    lines.push(`  ${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${ruleOrigin(r)}${options}`);
    for (const c of r.changes) lines.push(`  ${''.padEnd(idWidth)}    ${describeChange(c)}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

export function registerPrintConfigCommand(program: Command, { io, setExit }: CommandContext): void {
  ignoreOptions(projectOptions(program.command('print-config')))
    .description('Show the effective configuration for one file: config, standard, ignored or not, overrides, and every rule as it applies.')
    .argument('<path>', 'a data or metadata file (it need not exist yet)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (file: string, opts: PrintConfigOptions) => {
      setExit(await runPrintConfig(file, opts, io));
    });
}
