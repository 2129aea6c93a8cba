// What every command shares: the streams it writes to, exit codes, and the parsers of common flag values.
import { parseByteSize } from '../util/byte-size.js';
import { InvalidArgumentError, type Command } from 'commander';
import { isCalendarDate } from '../util/calendar.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stdout is a terminal that can show colour. */
  stdoutColor: boolean;
  /** Whether stderr is a terminal: progress lines go there only then. */
  stderrTTY?: boolean;
}

/** What a command module gets when it registers itself on the program. */
export interface CommandContext {
  io: Io;
  /** Sets the process's exit code once the command's action has run. */
  setExit: (code: number) => void;
}

export function parseNow(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError(`'${value}' is not a date in the form YYYY-MM-DD.`);
  return value;
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`'${value}' is not a whole number of 0 or more.`);
  return Number(value);
}

export function parseSize(value: string): number {
  const bytes = parseByteSize(value);
  if (bytes === undefined) throw new InvalidArgumentError(`'${value}' is not a size: write bytes, or a number with a unit such as 64MiB, 512KB or 1GiB.`);
  return bytes;
}

export function parsePositive(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`'${value}' is not a whole number of 1 or more.`);
  return Number(value);
}

/** Collects a repeatable option's values. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Colour: --no-color and NO_COLOR switch it off, FORCE_COLOR on; otherwise only on a terminal. */
export function wantColor(flag: boolean | undefined, io: Io): boolean {
  if (flag === false) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (force === '0' || force === 'false') return false;
  return io.stdoutColor;
}

/** --standard, --config and --no-config as commander gives them. */
export interface ProjectFlags {
  standard?: string;
  /** A file, or false for --no-config. */
  config?: string | false;
}

/** The options that choose the project, the same for every command that loads one (lint, rules, explain, print-config). */
export function projectOptions(command: Command): Command {
  return command
    .option('-s, --standard <ref>', "standard: bundled name, folder or root file, or npm package (default: the config's, else national-open-data)")
    .option('-c, --config <file>', 'use this config file instead of looking for one up to the repository root')
    .option('--no-config', 'use no config file');
}

/** --ignore-pattern and --no-ignore as commander gives them. */
export interface IgnoreFlags {
  ignorePattern?: string[];
  /** False for --no-ignore. */
  ignore: boolean;
}

/** The options that change what is ignored (lint, print-config). */
export function ignoreOptions(command: Command): Command {
  return command
    .option('--ignore-pattern <glob>', 'also ignore files matching this glob (repeatable)', collect)
    .option('--no-ignore', 'ignore nothing: no ignore patterns, not even node_modules and .git');
}
