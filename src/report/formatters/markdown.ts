import { CATEGORIES, type Finding } from '../../model/finding.js';
import type { Formatter, LintReport } from '../../model/report.js';
import type { SeverityTotals as SeverityCounts } from '../../model/scorecard.js';
import { BAND_LABELS, countsByCategory, formatScore, scoreChange, scorecardOf } from '../scorecard.js';
import { escapeUntrustedMarkdown } from '../../util/markdown.js';
import { plural } from '../../util/plural.js';

/** GitHub rejects comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Kept free for the truncation note and the closing lines, so the note always fits. */
const RESERVE = 1_000;
/** Findings per file shown before the rest collapse into <details>. */
export const TOP_FINDINGS = 10;

/** A link destination from report data: http(s) only, with anything that could end the link percent-encoded. */
function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\//i.test(url)) return undefined;
  // encodeURIComponent leaves ( ) ' alone, and they matter here: encode ASCII by hand.
  return url.replace(/[\s<>()"'`\\|[\]]/g, (ch) => (ch.charCodeAt(0) < 0x80 ? `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(ch)));
}


function countsPhrase(c: SeverityCounts): string {
  return `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')}`;
}

/** Grows the output while it stays under the limit; `add` refuses what would not leave room for the closing note. */
class Budget {
  private readonly parts: string[] = [];
  private used = 0;
  constructor(private readonly limit: number) {}
  fits(text: string): boolean {
    return this.used + text.length + 1 <= this.limit - RESERVE;
  }
  add(text: string): boolean {
    if (!this.fits(text)) return false;
    this.force(text);
    return true;
  }
  /** For the closing lines, which RESERVE keeps room for. */
  force(text: string): void {
    this.parts.push(text);
    this.used += text.length + 1;
  }
  text(): string {
    return `${this.parts.join('\n')}\n`;
  }
}

function findingRow(f: Finding, helpUri: (ruleId: string) => string | undefined): string {
  const position = f.line === undefined ? '—' : f.column === undefined ? `${f.line}` : `${f.line}:${f.column}`;
  const url = safeUrl(helpUri(f.ruleId));
  const rule = url ? `[${escapeUntrustedMarkdown(f.ruleId)}](${url})` : escapeUntrustedMarkdown(f.ruleId);
  const hint = f.hint ? `<br>↳ ${escapeUntrustedMarkdown(f.hint)}` : '';
  return `| ${position} | ${f.severity} | ${rule} | ${escapeUntrustedMarkdown(f.message)}${hint} |`;
}

const FINDINGS_TABLE_HEAD = '| Line | Severity | Rule | Message |\n|---:|---|---|---|';

/**
 * Writes a table while it fits: its head only with its first row, so a truncated report never ends with an empty
 * table. Returns the number of rows written.
 */
function addTable(out: Budget, head: string, rows: readonly string[]): number {
  if (rows.length === 0 || !out.add(`${head}\n${rows[0]}`)) return 0;
  let shown = 1;
  while (shown < rows.length && out.add(rows[shown]!)) shown++;
  return shown;
}

/**
 * For pull-request comments and filed reports: totals, a table by category and one by dataset, then each file's
 * first findings with the rest collapsed. Stays under GitHub's comment limit, saying what it left out.
 */
export function renderMarkdown(report: LintReport, limit = GITHUB_COMMENT_LIMIT): string {
  const out = new Budget(limit);
  const s = report.summary;
  const total = s.errors + s.warnings + s.infos;
  const standard = `${report.standard.title ? `${escapeUntrustedMarkdown(report.standard.title)} ` : ''}(${escapeUntrustedMarkdown(report.standard.id)} ${escapeUntrustedMarkdown(report.standard.version)})`;
  const verdict = total === 0 ? '✔ No problems' : `✖ ${plural(total, 'problem')} (${countsPhrase(s)})`;
  out.force(`## odlint: ${verdict} — ${standard}, ${escapeUntrustedMarkdown(report.now)}`);
  out.force('');
  const scope = [`${plural(s.files, 'file')} in ${plural(s.datasets, 'dataset')}`, `checked by ${escapeUntrustedMarkdown(report.tool.name)} ${escapeUntrustedMarkdown(report.tool.version)}`];
  if (s.omitted) scope.push(`${s.omitted} not listed (--max-findings-per-rule)`);
  if (report.baseline) scope.push(`${plural(s.suppressed, 'finding')} suppressed by the baseline ${escapeUntrustedMarkdown(report.baseline.file)}`);
  out.force(`${scope.join(' · ')}.`);
  out.force('');

  const byCategory = countsByCategory(report);
  out.force('| Category | Errors | Warnings | Infos |\n|---|---:|---:|---:|');
  for (const c of CATEGORIES) out.force(`| ${c} | ${byCategory[c].errors} | ${byCategory[c].warnings} | ${byCategory[c].infos} |`);
  out.force(`| **Total** | **${s.errors}** | **${s.warnings}** | **${s.infos}** |`);
  out.force('');

  const card = scorecardOf(report);
  const o = card.overall;
  const compared = o.previous !== undefined;
  const score = (v: number | null, band: keyof typeof BAND_LABELS) => (v === null ? '—' : `${formatScore(v)} ${BAND_LABELS[band]}`);
  out.force(`**Compliance score ${score(o.score, o.band)}**${compared ? ` (${scoreChange(o.score, o.previous!.scores.overall)} since ${escapeUntrustedMarkdown(o.previous!.report.now)}: ${plural(o.previous!.newFindings, 'new finding')}, ${plural(o.previous!.fixedFindings, 'fixed finding')})` : ''} · ${plural(o.departments, 'department')} · ${o.datasetsWithKeys} of ${plural(o.datasets, 'dataset')} declare keys · method ${escapeUntrustedMarkdown(card.method.id)} (bands: ${card.method.bands.good}+ Good, ${card.method.bands.fair}+ Fair; — not assessed).`);
  out.force('');
  const departmentHead = `| Department | Datasets | Format | Licence | Freshness | Linking | Overall | Errors | Warnings |${compared ? ' Change | New | Fixed |' : ''}\n|---|---:|---|---|---|---|---|---:|---:|${compared ? '---|---:|---:|' : ''}`;
  const departmentsShown = addTable(out, departmentHead, card.departments.map((d) => {
    const cells = CATEGORIES.map((c) => score(d.scores[c], d.bands[c])).join(' | ');
    const p = d.previous;
    const change = !compared ? '' : p ? ` ${scoreChange(d.scores.overall, p.scores.overall)} | ${p.newFindings} | ${p.fixedFindings} |` : ' new | — | — |';
    return `| ${escapeUntrustedMarkdown(d.name)} | ${d.datasets} | ${cells} | ${score(d.scores.overall, d.bands.overall)} | ${d.errors} | ${d.warnings} |${change}`;
  }));
  out.add('');
  const datasets = card.datasets;
  const datasetsShown = addTable(out, '| Publisher | Dataset | Files | Errors | Warnings | Infos | Score |\n|---|---|---:|---:|---:|---:|---|', datasets.map((d) => {
    const name = d.title ? `${escapeUntrustedMarkdown(d.name)} — ${escapeUntrustedMarkdown(d.title)}` : escapeUntrustedMarkdown(d.name);
    return `| ${escapeUntrustedMarkdown(d.department)} | ${name} | ${d.files.length} | ${d.errors} | ${d.warnings} | ${d.infos} | ${score(d.scores.overall, d.bands.overall)} |`;
  }));
  const truncation: string[] = [];
  if (departmentsShown < card.departments.length) truncation.push(`${plural(card.departments.length - departmentsShown, 'more department')} in the scorecard`);
  if (datasetsShown < datasets.length) truncation.push(`${plural(datasets.length - datasetsShown, 'more dataset')} in the table above`);
  out.add('');

  if (report.baseline) {
    const b = report.baseline;
    const k = b.fixed.length;
    out.add(`**Baseline** ${escapeUntrustedMarkdown(b.file)}: ${plural(b.suppressed, 'finding')} suppressed; ${k === 0 ? 'no entry is fixed' : `${k} entr${k === 1 ? 'y is' : 'ies are'} fixed (run with --baseline-write ${escapeUntrustedMarkdown(b.file)} to prune ${k === 1 ? 'it' : 'them'})`}.`);
    for (const e of b.fixed.slice(0, TOP_FINDINGS)) out.add(`- ${escapeUntrustedMarkdown(e.file)} ${escapeUntrustedMarkdown(e.ruleId)}: ${escapeUntrustedMarkdown(e.message)}${e.count > 1 ? ` (${e.count} fewer)` : ''}`);
    if (k > TOP_FINDINGS) out.add(`- … and ${k - TOP_FINDINGS} more`);
    out.add('');
  }

  const helpUris = new Map((report.rules ?? []).map((r) => [r.id, r.helpUri]));
  const helpUri = (ruleId: string) => helpUris.get(ruleId);
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const o of report.omitted) if (!byFile.has(o.file)) byFile.set(o.file, []);
  let stopped = false;
  let filesSkipped = 0;
  let findingsSkipped = 0;
  for (const file of byFile.keys()) {
    const findings = byFile.get(file)!;
    const omitted = report.omitted.filter((o) => o.file === file);
    const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
    const key = { error: 'errors', warning: 'warnings', info: 'infos' } as const;
    for (const f of findings) counts[key[f.severity]]++;
    for (const o of omitted) counts[key[o.severity]] += o.count;
    const notListed = omitted.map((o) => ` · ${o.count} more ${escapeUntrustedMarkdown(o.ruleId)} not listed (--max-findings-per-rule)`).join('');
    if (stopped || !out.add(`### ${escapeUntrustedMarkdown(file)}\n\n${countsPhrase(counts)}${notListed}\n`)) {
      stopped = true;
      filesSkipped++;
      findingsSkipped += findings.length;
      continue;
    }
    const rows = findings.map((f) => findingRow(f, helpUri));
    const top = rows.slice(0, TOP_FINDINGS);
    const rest = rows.slice(TOP_FINDINGS);
    let shown = addTable(out, FINDINGS_TABLE_HEAD, top);
    // GitHub renders a table inside <details> only with blank lines around it; closed only once opened.
    if (shown === TOP_FINDINGS && rest.length > 0) {
      const more = addTable(out, `\n<details><summary>${plural(rest.length, 'more finding')} in this file</summary>\n\n${FINDINGS_TABLE_HEAD}`, rest);
      if (more > 0) out.force('\n</details>');
      shown += more;
    }
    out.force('');
    if (shown < rows.length) {
      stopped = true;
      truncation.push(`${plural(rows.length - shown, 'more finding')} of the last file shown`);
    }
  }
  if (filesSkipped > 0) truncation.push(`${plural(findingsSkipped, 'finding')} in ${plural(filesSkipped, 'further file')}`);
  if (truncation.length > 0) {
    out.force(`> **Truncated** to stay within GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')}-character comment limit: not shown are ${truncation.join('; ')}. Run \`odlint lint -f html\` or \`-f json\` for the full report.`);
  }
  return out.text();
}

const markdown: Formatter = (report) => renderMarkdown(report);
export default markdown;
