// Rendering a report in a named format, with the options a formatter needs worked out here (formatters never look at
// the disk or the process).
import path from 'node:path';
import type { FormatterOptions, LintReport } from '../model/report.js';
import { FORMATTERS } from '../report/formatters/index.js';
import { OdlintError } from '../util/errors.js';
import { repositoryRoot } from '../util/paths.js';

/** The names of the report formats. */
export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATTERS);

/** The formatter options for a run in `cwd`: paths relative to it, and the repository root above it (or cwd). */
export function formatterOptions(cwd = process.cwd(), color = false): FormatterOptions {
  const abs = path.resolve(cwd);
  return { color, cwd: abs, repositoryRoot: repositoryRoot(abs) ?? abs };
}

/** A report as text in one of the formats (stylish, json, sarif, junit, github, gitlab, markdown, html). */
export function formatReport(report: LintReport, format: string, options: Partial<FormatterOptions> = {}): string {
  const formatter = Object.hasOwn(FORMATTERS, format) ? FORMATTERS[format] : undefined;
  if (!formatter) throw new OdlintError(`'${format}' is not a report format.`, `Use one of: ${FORMAT_NAMES.join(', ')}.`);
  const defaults = formatterOptions(options.cwd, options.color);
  return formatter(report, {
    ...defaults,
    repositoryRoot: options.repositoryRoot === undefined ? defaults.repositoryRoot : path.resolve(options.repositoryRoot),
    ...(options.translate ? { translate: options.translate } : {}),
  });
}
