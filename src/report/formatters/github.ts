// GitHub Actions workflow commands: one ::error / ::warning / ::notice annotation per listed finding, at its file
// (relative to the repository root, as GitHub annotates) and line, then a plain summary line.
//
// GitHub turns only the first 10 commands of each level in a step into annotations; the rest still show in the log.
// The summary is a plain line, not a ::notice::, so it never takes an annotation's place and is always the log's last
// line; it says how many findings of each level were not annotated.
import type { Severity } from '../../model/finding.js';
import type { Formatter, LintReport } from '../../model/report.js';
import { characterColumn, repositoryPaths } from './locations.js';
import { plural } from '../../util/plural.js';
import { terminalSafe, terminalSafeKeepingLineBreaks as safe } from '../../util/terminal-safe.js';

/** Annotations GitHub shows per level and step. */
export const GITHUB_ANNOTATIONS_PER_LEVEL = 10;

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** A command's message: '%', CR and LF would end or corrupt the command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: as data, and ':' and ',' too, which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function summaryLine(report: LintReport, notAnnotated: Record<Severity, number>): string {
  const s = report.summary;
  const total = s.errors + s.warnings + s.infos;
  const scope = `${plural(s.files, 'file')} in ${plural(s.datasets, 'dataset')}, checked against ${terminalSafe(`${report.standard.id} ${report.standard.version}`)}`;
  const parts: string[] = [];
  if (total === 0) parts.push(`odlint: no ${report.baseline ? 'new ' : ''}problems in ${scope}.`);
  else {
    const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}`;
    parts.push(`odlint: ${plural(total, report.baseline ? 'new problem' : 'problem')} (${counts}) in ${scope}.`);
  }
  if (s.omitted > 0) parts.push(`${s.omitted} not listed (--max-findings-per-rule).`);
  if (report.baseline) parts.push(`${report.baseline.suppressed} suppressed by the baseline ${terminalSafe(report.baseline.file)}.`);
  const hidden = (['error', 'warning', 'info'] as const).filter((sev) => notAnnotated[sev] > 0).map((sev) => plural(notAnnotated[sev], sev));
  if (hidden.length > 0) {
    parts.push(`GitHub annotates ${GITHUB_ANNOTATIONS_PER_LEVEL} per level and step: ${hidden.join(', ')} not annotated; the log above lists every finding.`);
  }
  return parts.join(' ');
}

const github: Formatter = (report, options) => {
  const paths = repositoryPaths(options);
  const perLevel: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const out: string[] = [];
  for (const f of report.findings) {
    perLevel[f.severity]++;
    const props = [`file=${escapeProperty(safe(paths.relative(f.file)))}`];
    if (f.line !== undefined) props.push(`line=${f.line}`);
    const col = characterColumn(f);
    if (col !== undefined) props.push(`col=${col}`);
    props.push(`title=${escapeProperty(safe(f.ruleId))}`);
    // Controls from the data shown escaped (the log prints them raw); CR and LF are the command's to escape, as %0D %0A.
    const message = f.hint === undefined ? safe(f.message) : `${safe(f.message)}\nHint: ${safe(f.hint)}`;
    out.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(message)}`);
  }
  const notAnnotated: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const sev of ['error', 'warning', 'info'] as const) notAnnotated[sev] = Math.max(0, perLevel[sev] - GITHUB_ANNOTATIONS_PER_LEVEL);
  // A summary line starting with '::' would be read as a command.
  out.push(summaryLine(report, notAnnotated));
  return `${out.join('\n')}\n`;
};
export default github;
