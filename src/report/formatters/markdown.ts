import { CATEGORIES, type Finding } from '../../model/finding.js';
import type { Formatter, LintReport } from '../../model/report.js';
import type { SeverityTotals as SeverityCounts } from '../../model/scorecard.js';
import { BAND_LABELS, countsByCategory, formatScore, scoreChange, scorecardOf } from '../scorecard.js';
import { escapeUntrustedMarkdown } from '../../util/markdown.js';
import { englishLabels, type Translate } from '../../locale/report-labels.js';

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


function countsPhrase(c: SeverityCounts, t: Translate): string {
  return `${t('report.count.errors', { n: c.errors })}, ${t('report.count.warnings', { n: c.warnings })}, ${t('report.count.infos', { n: c.infos })}`;
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

function findingRow(f: Finding, helpUri: (ruleId: string) => string | undefined, t: Translate): string {
  const position = f.line === undefined ? '—' : f.column === undefined ? `${f.line}` : `${f.line}:${f.column}`;
  const url = safeUrl(helpUri(f.ruleId));
  const rule = url ? `[${escapeUntrustedMarkdown(f.ruleId)}](${url})` : escapeUntrustedMarkdown(f.ruleId);
  const hint = f.hint ? `<br>↳ ${escapeUntrustedMarkdown(f.hint)}` : '';
  return `| ${position} | ${t(`report.severity.${f.severity}`)} | ${rule} | ${escapeUntrustedMarkdown(f.message)}${hint} |`;
}

function findingsTableHead(t: Translate): string {
  return `| ${t('report.markdown.line')} | ${t('report.markdown.severity')} | ${t('report.markdown.rule')} | ${t('report.markdown.message')} |\n|---:|---|---|---|`;
}

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
export function renderMarkdown(report: LintReport, limit = GITHUB_COMMENT_LIMIT, t: Translate = englishLabels): string {
  const out = new Budget(limit);
  const FINDINGS_TABLE_HEAD = findingsTableHead(t);
  const bandLabels: Record<keyof typeof BAND_LABELS, string> = { good: t('report.band.good'), fair: t('report.band.fair'), poor: t('report.band.poor'), 'not-assessed': t('report.band.notAssessed') };
  const s = report.summary;
  const total = s.errors + s.warnings + s.infos;
  const standard = `${report.standard.title ? `${escapeUntrustedMarkdown(report.standard.title)} ` : ''}(${escapeUntrustedMarkdown(report.standard.id)} ${escapeUntrustedMarkdown(report.standard.version)})`;
  const verdict = total === 0 ? t('report.markdown.noProblems') : t('report.markdown.problems', { total, counts: countsPhrase(s, t) });
  out.force(`## ${t('report.markdown.title', { verdict, standard, now: escapeUntrustedMarkdown(report.now) })}`);
  out.force('');
  const scope = [t('report.scope', { files: s.files, datasets: s.datasets }), t('report.markdown.checkedBy', { tool: escapeUntrustedMarkdown(report.tool.name), version: escapeUntrustedMarkdown(report.tool.version) })];
  if (s.omitted) scope.push(t('report.markdown.notListed', { n: s.omitted }));
  if (report.baseline) scope.push(t('report.markdown.suppressed', { n: s.suppressed, file: escapeUntrustedMarkdown(report.baseline.file) }));
  out.force(`${scope.join(' · ')}.`);
  out.force('');

  const byCategory = countsByCategory(report);
  out.force(`| ${t('report.markdown.category')} | ${t('report.markdown.errors')} | ${t('report.markdown.warnings')} | ${t('report.markdown.infos')} |\n|---|---:|---:|---:|`);
  for (const c of CATEGORIES) out.force(`| ${t(`report.category.${c}`)} | ${byCategory[c].errors} | ${byCategory[c].warnings} | ${byCategory[c].infos} |`);
  out.force(`| **${t('report.markdown.total')}** | **${s.errors}** | **${s.warnings}** | **${s.infos}** |`);
  out.force('');

  const card = scorecardOf(report);
  const o = card.overall;
  const compared = o.previous !== undefined;
  const score = (v: number | null, band: keyof typeof BAND_LABELS) => (v === null ? '—' : `${formatScore(v)} ${bandLabels[band]}`);
  const change = compared ? ` (${t('report.markdown.scoreChange', { change: scoreChange(o.score, o.previous!.scores.overall), date: escapeUntrustedMarkdown(o.previous!.report.now), newFindings: o.previous!.newFindings, fixedFindings: o.previous!.fixedFindings })})` : '';
  const method = t('report.markdown.method', { method: escapeUntrustedMarkdown(card.method.id), good: card.method.bands.good, goodLabel: bandLabels.good, fair: card.method.bands.fair, fairLabel: bandLabels.fair });
  out.force(`**${t('report.markdown.score', { score: score(o.score, o.band) })}**${change} · ${t('report.markdown.departments', { n: o.departments })} · ${t('report.markdown.withKeys', { n: o.datasetsWithKeys, datasets: o.datasets })} · ${method}.`);
  out.force('');
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const categoryHeads = CATEGORIES.map((c) => capital(t(`report.category.${c}`))).join(' | ');
  const departmentHead = `| ${t('report.markdown.department')} | ${t('report.markdown.datasets')} | ${categoryHeads} | ${t('report.markdown.overall')} | ${t('report.markdown.errors')} | ${t('report.markdown.warnings')} |${compared ? ` ${t('report.markdown.change')} | ${t('report.markdown.new')} | ${t('report.markdown.fixed')} |` : ''}\n|---|---:|---|---|---|---|---|---:|---:|${compared ? '---|---:|---:|' : ''}`;
  const departmentsShown = addTable(out, departmentHead, card.departments.map((d) => {
    const cells = CATEGORIES.map((c) => score(d.scores[c], d.bands[c])).join(' | ');
    const p = d.previous;
    const change = !compared ? '' : p ? ` ${scoreChange(d.scores.overall, p.scores.overall)} | ${p.newFindings} | ${p.fixedFindings} |` : ` ${t('report.markdown.newDepartment')} | — | — |`;
    return `| ${escapeUntrustedMarkdown(d.name)} | ${d.datasets} | ${cells} | ${score(d.scores.overall, d.bands.overall)} | ${d.errors} | ${d.warnings} |${change}`;
  }));
  out.add('');
  const datasets = card.datasets;
  const datasetsShown = addTable(out, `| ${t('report.markdown.publisher')} | ${t('report.markdown.dataset')} | ${t('report.markdown.files')} | ${t('report.markdown.errors')} | ${t('report.markdown.warnings')} | ${t('report.markdown.infos')} | ${t('report.markdown.scoreColumn')} |\n|---|---|---:|---:|---:|---:|---|`, datasets.map((d) => {
    const name = d.title ? `${escapeUntrustedMarkdown(d.name)} — ${escapeUntrustedMarkdown(d.title)}` : escapeUntrustedMarkdown(d.name);
    return `| ${escapeUntrustedMarkdown(d.department)} | ${name} | ${d.files.length} | ${d.errors} | ${d.warnings} | ${d.infos} | ${score(d.scores.overall, d.bands.overall)} |`;
  }));
  const truncation: string[] = [];
  if (departmentsShown < card.departments.length) truncation.push(t('report.markdown.moreDepartments', { n: card.departments.length - departmentsShown }));
  if (datasetsShown < datasets.length) truncation.push(t('report.markdown.moreDatasets', { n: datasets.length - datasetsShown }));
  out.add('');

  if (report.baseline) {
    const b = report.baseline;
    const k = b.fixed.length;
    const file = escapeUntrustedMarkdown(b.file);
    out.add(t('report.markdown.baseline', { file, suppressed: b.suppressed, fixed: k === 0 ? t('report.markdown.baselineNoneFixed') : t('report.markdown.baselineFixed', { n: k, file }) }));
    for (const e of b.fixed.slice(0, TOP_FINDINGS)) out.add(`- ${escapeUntrustedMarkdown(e.file)} ${escapeUntrustedMarkdown(e.ruleId)}: ${escapeUntrustedMarkdown(e.message)}${e.count > 1 ? ` ${t('report.baseline.fewer', { n: e.count })}` : ''}`);
    if (k > TOP_FINDINGS) out.add(`- ${t('report.andMore', { n: k - TOP_FINDINGS })}`);
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
    const notListed = omitted.map((o) => ` · ${t('report.markdown.notListedInFile', { n: o.count, rule: escapeUntrustedMarkdown(o.ruleId) })}`).join('');
    if (stopped || !out.add(`### ${escapeUntrustedMarkdown(file)}\n\n${countsPhrase(counts, t)}${notListed}\n`)) {
      stopped = true;
      filesSkipped++;
      findingsSkipped += findings.length;
      continue;
    }
    const rows = findings.map((f) => findingRow(f, helpUri, t));
    const top = rows.slice(0, TOP_FINDINGS);
    const rest = rows.slice(TOP_FINDINGS);
    let shown = addTable(out, FINDINGS_TABLE_HEAD, top);
    // GitHub renders a table inside <details> only with blank lines around it; closed only once opened.
    if (shown === TOP_FINDINGS && rest.length > 0) {
      const more = addTable(out, `\n<details><summary>${t('report.markdown.moreInFile', { n: rest.length })}</summary>\n\n${FINDINGS_TABLE_HEAD}`, rest);
      if (more > 0) out.force('\n</details>');
      shown += more;
    }
    out.force('');
    if (shown < rows.length) {
      stopped = true;
      truncation.push(t('report.markdown.moreFindingsLast', { n: rows.length - shown }));
    }
  }
  if (filesSkipped > 0) truncation.push(t('report.markdown.moreFiles', { findings: findingsSkipped, files: filesSkipped }));
  if (truncation.length > 0) {
    out.force(`> ${t('report.markdown.truncated', { limit: GITHUB_COMMENT_LIMIT.toLocaleString('en-US'), what: truncation.join('; ') })}`);
  }
  return out.text();
}

const markdown: Formatter = (report, { translate }) => renderMarkdown(report, GITHUB_COMMENT_LIMIT, translate);
export default markdown;
