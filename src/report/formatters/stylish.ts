import { Chalk, type ChalkInstance } from 'chalk';
import { CATEGORIES, type Category, type Finding } from '../../model/finding.js';
import type { Formatter, LintReport, ReportBaseline } from '../../model/report.js';
import { terminalSafe as safe } from '../../util/terminal-safe.js';

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** Messages longer than this are wrapped beneath their rule id (shorter ones stay on one line with it). */
const LONG_MESSAGE = 200;
const WRAP_AT = 100;

/** Lines of at most `width` characters, broken at spaces (a word longer than a line is cut). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    let at = rest.lastIndexOf(' ', width);
    if (at <= 0) at = width;
    lines.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) lines.push(rest);
  return lines;
}

/**
 * Grouped by file, one line a finding (line:column severity message ruleId; a message over 200 characters wrapped
 * beneath the rule id), hints beneath, a summary line; with a
 * baseline, how many findings it suppressed and which of its entries are fixed. Text that can come from the data
 * goes through `terminalSafe`, so no control character reaches the terminal raw.
 */
const stylish: Formatter = (report, { color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const out: string[] = [];
  for (const [file, findings] of byFile) {
    out.push(c.underline(safe(file)));
    const positions = findings.map((f) => (f.line === undefined ? '-' : f.column === undefined ? `${f.line}` : `${f.line}:${f.column}`));
    const width = positions.reduce((w, p) => Math.max(w, p.length), 0); // no spread: a file can have millions
    findings.forEach((f, i) => {
      const sev = f.severity === 'error' ? c.red(pad('error', 7)) : f.severity === 'warning' ? c.yellow(pad('warning', 7)) : c.blue(pad('info', 7));
      const message = safe(f.message);
      if (message.length <= LONG_MESSAGE) {
        out.push(`  ${c.dim(pad(positions[i]!, width))}  ${sev}  ${message}  ${c.dim(safe(f.ruleId))}`);
      } else {
        // A terminal wrapping a long line would split the rule id: it comes first, the message wrapped beneath it.
        out.push(`  ${c.dim(pad(positions[i]!, width))}  ${sev}  ${c.dim(safe(f.ruleId))}`);
        for (const segment of wrap(message, WRAP_AT)) out.push(`  ${' '.repeat(width)}           ${segment}`);
      }
      if (f.hint) out.push(`  ${' '.repeat(width)}           ${c.dim(`↳ ${safe(f.hint)}`)}`);
    });
    for (const o of report.omitted) {
      if (o.file !== file) continue;
      out.push(`  ${' '.repeat(width)}  ${c.dim(`… ${o.count} more ${safe(o.ruleId)} finding${o.count === 1 ? '' : 's'} not listed (--max-findings-per-rule)`)}`);
    }
    out.push('');
  }
  const s = report.summary;
  const total = s.errors + s.warnings + s.infos;
  const scope = `${s.files} file${s.files === 1 ? '' : 's'} in ${s.datasets} dataset${s.datasets === 1 ? '' : 's'}`;
  const standard = safe(`${report.standard.id} ${report.standard.version}`);
  if (total === 0 && s.suppressed === 0) {
    out.push(c.green(`✔ No problems: ${scope} ${s.files === 1 ? 'meets' : 'meet'} ${standard}.`));
  } else if (total === 0) {
    // Known problems remain, so the files do not meet the standard yet: only nothing new was found.
    out.push(c.green(`✔ No new problems: ${scope} checked against ${standard}.`));
  } else {
    const parts = [`${s.errors} error${s.errors === 1 ? '' : 's'}`, `${s.warnings} warning${s.warnings === 1 ? '' : 's'}`];
    if (s.infos) parts.push(`${s.infos} info${s.infos === 1 ? '' : 's'}`);
    const notListed = s.omitted ? `; ${s.omitted} not listed` : '';
    const problems = `${report.baseline ? 'new ' : ''}problem${total === 1 ? '' : 's'}`;
    const line = `✖ ${total} ${problems} (${parts.join(', ')}${notListed}) in ${scope}, checked against ${standard}.`;
    out.push(s.errors ? c.red.bold(line) : c.yellow.bold(line));
    out.push(c.dim(`  by category: ${categoryCounts(report).join(', ')}`));
  }
  if (report.baseline) out.push(...baselineLines(report.baseline, c));
  return `${out.join('\n')}\n`;
};
export default stylish;

/** Findings per category, listed or not ("format 38 (30 errors)"), in the standard's category order. */
function categoryCounts(report: LintReport): string[] {
  const counts = new Map<Category, { all: number; errors: number }>(CATEGORIES.map((k) => [k, { all: 0, errors: 0 }]));
  const add = (category: Category, severity: string, n: number) => {
    const c = counts.get(category)!;
    c.all += n;
    if (severity === 'error') c.errors += n;
  };
  for (const f of report.findings) add(f.category, f.severity, 1);
  for (const o of report.omitted) add((o.ruleId.split('/')[0] ?? 'format') as Category, o.severity, o.count);
  return CATEGORIES.map((k) => {
    const { all, errors } = counts.get(k)!;
    return `${k} ${all}${all ? ` (${errors} error${errors === 1 ? '' : 's'})` : ''}`;
  });
}

/** Fixed baseline entries listed one by one before "and N more": enough to act on, short enough to read. */
const FIXED_LISTED = 10;

function baselineLines(baseline: ReportBaseline, c: ChalkInstance): string[] {
  const n = baseline.suppressed;
  const out = [c.dim(`${n} finding${n === 1 ? '' : 's'} suppressed by the baseline ${safe(baseline.file)}.`)];
  const k = baseline.fixed.length;
  if (k === 0) return out;
  out.push(c.yellow(`${k} baseline entr${k === 1 ? 'y is' : 'ies are'} fixed — run with --baseline-write ${safe(baseline.file)} to prune ${k === 1 ? 'it' : 'them'}:`));
  for (const e of baseline.fixed.slice(0, FIXED_LISTED)) {
    out.push(`  ${safe(e.file)}  ${c.dim(safe(e.ruleId))}  ${safe(e.message)}${e.count > 1 ? c.dim(` (${e.count} fewer)`) : ''}`);
  }
  if (k > FIXED_LISTED) out.push(c.dim(`  … and ${k - FIXED_LISTED} more`));
  return out;
}
