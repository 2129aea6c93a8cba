// The commands of the CLI, each in its own module, in the order `odlint --help` lists them.
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { registerLintCommand } from './lint.js';
import { registerMergeCommand } from './merge.js';
import { registerRulesCommand } from './rules.js';
import { registerExplainCommand } from './explain.js';
import { registerInitCommand } from './init.js';
import { registerPrintConfigCommand } from './print-config.js';

export const COMMANDS: ((program: Command, ctx: CommandContext) => void)[] = [
  registerLintCommand,
  registerMergeCommand,
  registerRulesCommand,
  registerExplainCommand,
  registerPrintConfigCommand,
  registerInitCommand,
];
