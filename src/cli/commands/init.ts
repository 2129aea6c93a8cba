// `odlint init`: writes a starter project config and, on request, a datapackage.json inferred from CSV files.
// Nothing is ever overwritten without --force, and every target is checked before anything is read or written.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CONFIG_FILE_NAMES, CONFIG_MODULE } from '../../config/files.js';
import { buildDescriptor, descriptorText, inferResources, planDatapackage, type InferredResource } from '../../init/datapackage.js';
import { DEFAULT_STANDARD, STARTER_CONFIG_FILE, starterConfig } from '../../init/starter-config.js';
import { OdlintError } from '../../util/errors.js';
import { displayPath } from '../../util/paths.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { EXIT_OK, type CommandContext, type Io } from '../context.js';

interface InitOptions {
  standard: string;
  datapackage?: string[];
  skipConfig?: boolean;
  force?: boolean;
}

/** A config file other than the one init writes, in the current folder: it would compete with the new one. */
function otherConfigIn(folder: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    if (name === STARTER_CONFIG_FILE) continue;
    const file = path.join(folder, name);
    if (!existsSync(file)) continue;
    if (name !== 'package.json') return name;
    try {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (typeof pkg === 'object' && pkg !== null && CONFIG_MODULE in pkg) return `package.json (its "${CONFIG_MODULE}" key)`;
    } catch {
      // An unreadable package.json holds no config that init could compete with.
    }
  }
  return undefined;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma-separated', ';': 'semicolon-separated', '\t': 'tab-separated', '|': 'pipe-separated' };

function describeResource(r: InferredResource, cwd: string): string[] {
  const how = `${DELIMITER_NAMES[r.delimiter] ?? `separated by '${r.delimiter}'`}, ${r.encoding}${r.table.header ? '' : ', no header row'}`;
  const lines = [`${displayPath(r.file, cwd)} → resource '${r.name}' (${r.table.rows} row${r.table.rows === 1 ? '' : 's'}, ${how})`];
  const width = r.table.fields.reduce((w, f) => Math.max(w, f.name.length), 0); // no spread: a header can be very wide
  for (const f of r.table.fields) {
    const extra = [f.format, f.name === r.table.primaryKey ? 'primary key' : undefined].filter((x) => x !== undefined).join(', ');
    lines.push(`  ${f.name.padEnd(width)}  ${extra ? `${f.type.padEnd(9)}  ${extra}` : f.type}`);
  }
  for (const note of r.table.notes) lines.push(`  note: ${note}`);
  return lines;
}

async function runInit(opts: InitOptions, io: Io): Promise<number> {
  const cwd = process.cwd();
  const csvPaths = opts.datapackage ?? [];
  if (opts.standard.trim() === '') throw new OdlintError('--standard: the name or path of the standard is empty.', `Give a bundled standard's name (${DEFAULT_STANDARD}), a path or an npm package.`);
  if (opts.skipConfig && csvPaths.length === 0) {
    throw new OdlintError('--skip-config without --datapackage: there is nothing to write.', 'Name CSV files with --datapackage, or leave out --skip-config.');
  }

  // Every target is checked before anything is read or written, so a refusal leaves the folder as it was.
  const configFile = opts.skipConfig ? undefined : path.join(cwd, STARTER_CONFIG_FILE);
  if (configFile) {
    const other = otherConfigIn(cwd);
    if (other) {
      throw new OdlintError(
        `${other} already holds an odlint config in this folder; a ${STARTER_CONFIG_FILE} beside it would compete with it. Nothing was written.`,
        `Edit ${other.split(' ')[0]} instead; to write only a datapackage.json, add --skip-config.`,
      );
    }
  }
  const plan = csvPaths.length > 0 ? planDatapackage(csvPaths, cwd) : undefined;
  const targets = [plan?.file, configFile].filter((f): f is string => f !== undefined);
  const existing = targets.filter((f) => existsSync(f)).map((f) => displayPath(f, cwd));
  if (existing.length > 0 && !opts.force) {
    const which = existing.join(' and ');
    throw new OdlintError(
      `${which} already exist${existing.length === 1 ? 's' : ''}; odlint init does not overwrite files. Nothing was written.`,
      `Use --force to overwrite ${existing.length === 1 ? 'it' : 'them'}${configFile && plan ? ', or --skip-config to write only the datapackage.json' : ''}.`,
    );
  }

  const resources = plan ? await inferResources(plan, cwd) : [];
  const written: string[] = [];
  const write = (file: string, text: string, what: string): void => {
    try {
      writeFileAtomic(file, text);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      const done = written.length > 0 ? ` (already written: ${written.join(', ')})` : '';
      throw new OdlintError(`${displayPath(file, cwd)}: cannot write the ${what} (${code})${done}.`, 'Run odlint init in a folder you can write to.');
    }
    written.push(displayPath(file, cwd));
  };
  if (plan) write(plan.file, descriptorText(buildDescriptor(plan, resources)), 'datapackage.json');
  if (configFile) write(configFile, starterConfig(opts.standard), 'project config');

  const out: string[] = [];
  if (configFile) out.push(`Wrote ${STARTER_CONFIG_FILE}: the project config (standard: ${opts.standard}).`);
  if (plan) {
    const shownPackage = displayPath(plan.file, cwd);
    out.push(`Wrote ${shownPackage}: ${resources.length} resource${resources.length === 1 ? '' : 's'}, fields and types inferred from the data.`, '');
    for (const r of resources) out.push(...describeResource(r, cwd));
    out.push(
      '',
      'Next:',
      `  1. Replace every "TODO" in ${shownPackage}: title, description, publisher, licenses, modified and`,
      '     accrualPeriodicity. Until then odlint lint reports them (licence/recognised, freshness/modified,',
      '     freshness/update-frequency).',
      '  2. Check the inferred types and primary keys, and add what only you know: field titles and descriptions,',
      '     constraints (required, pattern, enum), foreign keys to registers.',
      '  3. Run: odlint lint',
    );
  } else {
    out.push(
      '',
      'Next:',
      `  1. Adjust ${STARTER_CONFIG_FILE} if you need to (every key is explained in it).`,
      '  2. Describe your CSV files: odlint init --datapackage <csv files> --skip-config writes a datapackage.json',
      '     inferred from them, with TODO placeholders for the licence and update schedule.',
      '  3. Run: odlint lint',
    );
  }
  io.stdout(`${out.join('\n')}\n`);
  return EXIT_OK;
}

const INIT_EXAMPLES = `
Examples:
  $ odlint init                                          write .odlintrc.yaml in the current folder
  $ odlint init --datapackage data/spend.csv             also write data/datapackage.json, inferred from the CSV
  $ odlint init --skip-config --datapackage data/*.csv   only the datapackage.json (the files must share a folder)
  $ odlint init --standard ./standards/city --force      point at another standard, overwriting the config

Nothing is overwritten without --force; a refusal exits with code 2 and writes nothing.`;

export function registerInitCommand(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('init')
    .description('Write a starter project config (.odlintrc.yaml) and, with --datapackage, a datapackage.json inferred from CSV files.')
    .option('-s, --standard <name-or-path>', "what the config's 'standard:' says: a bundled standard, a path or an npm package", DEFAULT_STANDARD)
    .option('--datapackage <csv...>', 'CSV files in one folder: write a datapackage.json there describing them')
    .option('--skip-config', `write no ${STARTER_CONFIG_FILE} (only the datapackage.json)`)
    .option('--force', 'overwrite existing files')
    .addHelpText('after', INIT_EXAMPLES)
    .action(async (opts: InitOptions) => {
      setExit(await runInit(opts, io));
    });
}
