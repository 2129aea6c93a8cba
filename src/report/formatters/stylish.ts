import { Chalk, type ChalkInstance } from 'chalk';
import { CATEGORIES, type Category, type Finding } from '../../model/finding.js';
import type { Formatter, LintReport, ReportBaseline } from '../../model/report.js';
import { terminalSafe as safe } from '../../util/terminal-safe.js';
import { englishLabels, type Translate } from '../../locale/report-labels.js';

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
const stylish: Formatter = (report, { color, translate }) => {
  const t = translate ?? englishLabels;
  const c = new Chalk({ level: color ? 1 : 0 });
  const severities = { error: t('report.severity.error'), warning: t('report.severity.warning'), info: t('report.severity.info') };
  // The severity column is as wide as its longest word in the report's language ('warning': 7 in English).
  const sevWidth = Math.max(...Object.values(severities).map((w) => w.length));
  const indent = ' '.repeat(sevWidth + 4);
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
      const word = pad(severities[f.severity], sevWidth);
      const sev = f.severity === 'error' ? c.red(word) : f.severity === 'warning' ? c.yellow(word) : c.blue(word);
      const message = safe(f.message);
      if (message.length <= LONG_MESSAGE) {
        out.push(`  ${c.dim(pad(positions[i]!, width))}  ${sev}  ${message}  ${c.dim(safe(f.ruleId))}`);
      } else {
        // A terminal wrapping a long line would split the rule id: it comes first, the message wrapped beneath it.
        out.push(`  ${c.dim(pad(positions[i]!, width))}  ${sev}  ${c.dim(safe(f.ruleId))}`);
        for (const segment of wrap(message, WRAP_AT)) out.push(`  ${' '.repeat(width)}${indent}${segment}`);
      }
      if (f.hint) out.push(`  ${' '.repeat(width)}${indent}${c.dim(`↳ ${safe(f.hint)}`)}`);
    });
    for (const o of report.omitted) {
      if (o.file !== file) continue;
      out.push(`  ${' '.repeat(width)}  ${c.dim(t('report.notListedInFile', { n: o.count, rule: safe(o.ruleId) }))}`);
    }
    out.push('');
  }
  const s = report.summary;
  const total = s.errors + s.warnings + s.infos;
  const scope = t('report.scope', { files: s.files, datasets: s.datasets });
  const standard = safe(`${report.standard.id} ${report.standard.version}`);
  if (total === 0 && s.suppressed === 0) {
    out.push(c.green(t('report.noProblems', { scope, files: s.files, standard })));
  } else if (total === 0) {
    // Known problems remain, so the files do not meet the standard yet: only nothing new was found.
    out.push(c.green(t('report.noNewProblems', { scope, standard })));
  } else {
    const parts = [t('report.count.errors', { n: s.errors }), t('report.count.warnings', { n: s.warnings })];
    if (s.infos) parts.push(t('report.count.infos', { n: s.infos }));
    const notListed = s.omitted ? t('report.notListed', { n: s.omitted }) : '';
    const line = t(report.baseline ? 'report.newProblems' : 'report.problems', { total, counts: parts.join(', '), notListed, scope, standard });
    out.push(s.errors ? c.red.bold(line) : c.yellow.bold(line));
    out.push(c.dim(`  ${t('report.byCategory', { counts: categoryCounts(report, t).join(', ') })}`));
  }
  if (report.baseline) out.push(...baselineLines(report.baseline, c, t));
  return `${out.join('\n')}\n`;
};
export default stylish;

/** Findings per category, listed or not ("format 38 (30 errors)"), in the standard's category order. */
function categoryCounts(report: LintReport, t: Translate): string[] {
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
    const category = t(`report.category.${k}`);
    return all ? t('report.categoryCountErrors', { category, n: all, errors }) : t('report.categoryCount', { category, n: all });
  });
}

/** Fixed baseline entries listed one by one before "and N more": enough to act on, short enough to read. */
const FIXED_LISTED = 10;

function baselineLines(baseline: ReportBaseline, c: ChalkInstance, t: Translate): string[] {
  const n = baseline.suppressed;
  const out = [c.dim(t('report.baseline.suppressed', { n, file: safe(baseline.file) }))];
  const k = baseline.fixed.length;
  if (k === 0) return out;
  out.push(c.yellow(t('report.baseline.fixed', { n: k, file: safe(baseline.file) })));
  // A fixed entry's message is the baseline file's, written in English when the baseline was.
  for (const e of baseline.fixed.slice(0, FIXED_LISTED)) {
    out.push(`  ${safe(e.file)}  ${c.dim(safe(e.ruleId))}  ${safe(e.message)}${e.count > 1 ? c.dim(` ${t('report.baseline.fewer', { n: e.count })}`) : ''}`);
  }
  if (k > FIXED_LISTED) out.push(c.dim(`  ${t('report.andMore', { n: k - FIXED_LISTED })}`));
  return out;
}
