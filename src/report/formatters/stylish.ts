import { Chalk } from 'chalk';
import type { Finding } from '../finding.js';
import type { Formatter } from '../report.js';

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** Grouped by file, one line a finding (line:column severity message ruleId), hints beneath, a summary line. */
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
    out.push(c.underline(file));
    const positions = findings.map((f) => (f.line === undefined ? '-' : f.column === undefined ? `${f.line}` : `${f.line}:${f.column}`));
    const width = Math.max(...positions.map((p) => p.length));
    findings.forEach((f, i) => {
      const sev = f.severity === 'error' ? c.red(pad('error', 7)) : f.severity === 'warning' ? c.yellow(pad('warning', 7)) : c.blue(pad('info', 7));
      out.push(`  ${c.dim(pad(positions[i]!, width))}  ${sev}  ${f.message}  ${c.dim(f.ruleId)}`);
      if (f.hint) out.push(`  ${' '.repeat(width)}           ${c.dim(`↳ ${f.hint}`)}`);
    });
    for (const o of report.omitted) {
      if (o.file !== file) continue;
      out.push(`  ${' '.repeat(width)}  ${c.dim(`… ${o.count} more ${o.ruleId} finding${o.count === 1 ? '' : 's'} not listed (--max-findings-per-rule)`)}`);
    }
    out.push('');
  }
  const s = report.summary;
  const total = s.errors + s.warnings + s.infos;
  const scope = `${s.files} file${s.files === 1 ? '' : 's'} in ${s.datasets} dataset${s.datasets === 1 ? '' : 's'}`;
  const standard = `${report.standard.id} ${report.standard.version}`;
  if (total === 0) {
    out.push(c.green(`✔ No problems: ${scope} ${s.files === 1 ? 'meets' : 'meet'} ${standard}.`));
  } else {
    const parts = [`${s.errors} error${s.errors === 1 ? '' : 's'}`, `${s.warnings} warning${s.warnings === 1 ? '' : 's'}`];
    if (s.infos) parts.push(`${s.infos} info${s.infos === 1 ? '' : 's'}`);
    const notListed = s.omitted ? `; ${s.omitted} not listed` : '';
    const line = `✖ ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}${notListed}) in ${scope}, checked against ${standard}.`;
    out.push(s.errors ? c.red.bold(line) : c.yellow.bold(line));
  }
  return `${out.join('\n')}\n`;
};
export default stylish;
