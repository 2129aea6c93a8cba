// Writing a finished report in every format asked for, and the exit code it gives: the same for `odlint lint` and for
// `odlint merge`, whose merged report must give what one whole run would.
import type { LintReport, LabelTranslate } from '../model/report.js';
import { formatReport, formatterOptions } from '../run/format.js';
import { OdlintError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { writeOutput } from '../util/write-atomic.js';
import { EXIT_FINDINGS, EXIT_OK, wantColor, type Io } from './context.js';
import type { OutputTarget } from './outputs.js';

export async function writeReports(report: LintReport, targets: readonly OutputTarget[], io: Io, options: { color?: boolean; translate?: LabelTranslate }): Promise<void> {
  const plain = { ...formatterOptions(process.cwd()), translate: options.translate };
  for (const target of targets) {
    if (target.file === undefined) {
      io.stdout(formatReport(report, target.format, { ...plain, color: wantColor(options.color, io) }));
      continue;
    }
    const text = formatReport(report, target.format, plain);
    try {
      await writeOutput(target.file, text);
    } catch (err) {
      if (err instanceof OdlintError) throw new OdlintError(`cannot write the ${target.format} report: ${err.message}`, err.hint);
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw new OdlintError(`${displayPath(target.file)}: cannot write the ${target.format} report (${code}).`, 'Give a file path in a folder you can write to.');
    }
  }
}

/** 1 for errors, or for more warnings than allowed (said on standard error, naming what set the limit); else 0. */
export function exitCodeOf(report: LintReport, io: Io, maxWarnings: { value: number; from: string } | undefined): number {
  const tooManyWarnings = maxWarnings !== undefined && report.summary.warnings > maxWarnings.value;
  if (tooManyWarnings) io.stderr(`odlint: ${report.summary.warnings} warnings found, more than ${maxWarnings.from} ${maxWarnings.value}.\n`);
  return report.summary.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}
