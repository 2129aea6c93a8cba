import { createHash } from 'node:crypto';
import { CATEGORIES, type Category, type Finding, type Severity } from '../../model/finding.js';
import type { Formatter, LintReport } from '../../model/report.js';
import type { Band, Scorecard, ScorecardDataset, ScorecardDepartment, Score } from '../../model/scorecard.js';
import { attributeFindings, countsByCategory, formatScore, scoreChange, scorecardOf, type AttributedFindings } from '../scorecard.js';
import { englishLabels, type ReportLabel, type Translate } from '../../locale/report-labels.js';
import type { MessageData } from '../../util/message-template.js';
import { linkingMatrix } from '../linking-matrix.js';
import { methodItems } from '../scoring-method-text.js';
import { SCRIPT } from './html/script.js';
import { STYLE } from './html/style.js';

/** Text for HTML content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The page's words in the report's language: labels escaped, `backtick spans` as code, and HTML put in as it is. */
class Words {
  constructor(readonly t: Translate) {}
  /** A label as HTML; `html` fills placeholders with markup as it is (escaped already by the caller). */
  l(key: ReportLabel, data: MessageData = {}, html: Record<string, string> = {}): string {
    const names = Object.keys(html);
    const marked: Record<string, string | number> = { ...data };
    names.forEach((name, i) => (marked[name] = `\u0001${i}\u0002`));
    const text = codeSpans(escapeHtml(this.t(key, marked)));
    return text.replace(/\u0001(\d+)\u0002/g, (_m, i: string) => html[names[Number(i)]!]!);
  }
  band(band: Band): string {
    return escapeHtml(this.t(band === 'not-assessed' ? 'report.band.notAssessed' : `report.band.${band}`));
  }
  category(c: Category): string {
    return escapeHtml(this.t(`report.html.category.${c}`));
  }
  severity(s: Severity): string {
    return escapeHtml(this.t(`report.severity.${s}`));
  }
}

/** The value a column sorts on: the exact score, '' (last) when not assessed. */
function sortValue(score: Score): string {
  return score === null ? '' : String(score);
}

function scoreCell(w: Words, score: Score, band: Band, attrs = ''): string {
  return `<td class="score band-${band}" data-v="${sortValue(score)}"${attrs}><span class="score-value">${formatScore(score)}</span> <span class="score-band">${w.band(band)}</span></td>`;
}

/** A column header; sortable ones hold a button (keyboard accessible) and say how they sort in aria-sort. */
function th(label: string, sort: 'num' | 'text' | undefined, cls = ''): string {
  const c = cls ? ` class="${cls}"` : '';
  return sort ? `<th scope="col"${c} aria-sort="none" data-sort="${sort}"><button type="button">${label}</button></th>` : `<th scope="col"${c}>${label}</th>`;
}

/** '▲ 12' / '▼ 4' / '=' / '—', with the sort value of the change and a class for its colour. */
function changeCell(current: Score, previous: Score): string {
  const shown = scoreChange(current, previous);
  const delta = current === null || previous === null ? '' : String(Math.round(current) - Math.round(previous));
  const cls = shown.startsWith('▲') ? ' up' : shown.startsWith('▼') ? ' down' : '';
  return `<td class="change${cls}" data-v="${delta}">${shown}</td>`;
}

/** The overall score in the earlier report. */
function previousCell(score: Score): string {
  return `<td class="num previous" data-v="${sortValue(score)}">${formatScore(score)}</td>`;
}

/** Why a dataset's category lost points (the scorecard's rules), as one line of text; '' when it lost none. */
function whyText(w: Words, rules: ScorecardDataset['rules'][Category]): string {
  return [
    rules.fails.length ? w.t('report.html.whyFails', { rules: rules.fails.join(', ') }) : '',
    rules.errors.length ? w.t('report.html.whyErrors', { rules: rules.errors.join(', ') }) : '',
    rules.warnings.length ? w.t('report.html.whyWarnings', { rules: rules.warnings.join(', ') }) : '',
  ].filter(Boolean).join('; ');
}

/** What a search matches: a dataset's title, name and department. */
function datasetSearch(d: ScorecardDataset): string {
  return escapeHtml([d.title, d.name, d.department].filter(Boolean).join(' '));
}

function safeHref(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

/** The CSP source for an inline element: its hash, so nothing else (nor anything injected) can run or load. */
function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function overview(w: Words, report: LintReport, card: Scorecard): string {
  const s = report.summary;
  const band = card.overall.band;
  const prev = card.overall.previous;
  const change = prev ? `<span class="change" id="overall-change">${w.l('report.html.changeSince', { change: scoreChange(card.overall.score, prev.scores.overall), date: prev.report.now })}</span>` : '';
  const cards = [
    `<div class="card overall band-${band}" id="overall-score"><span class="label">${w.l('report.html.card.overall')}</span><span class="value"><span class="score-value">${formatScore(card.overall.score)}</span><span class="unit"> / 100</span></span><span class="band-text">${w.band(band)}</span>${change}</div>`,
    `<div class="card"><span class="label">${w.l('report.markdown.errors')}</span><span class="value" id="total-errors">${s.errors}</span></div>`,
    `<div class="card"><span class="label">${w.l('report.markdown.warnings')}</span><span class="value" id="total-warnings">${s.warnings}</span></div>`,
    `<div class="card"><span class="label">${w.l('report.markdown.infos')}</span><span class="value" id="total-infos">${s.infos}</span></div>`,
    `<div class="card"><span class="label">${w.l('report.html.card.departments')}</span><span class="value">${card.departments.length}</span></div>`,
    `<div class="card"><span class="label">${w.l('report.html.card.datasetsFiles')}</span><span class="value">${s.datasets} · ${s.files}</span></div>`,
  ];
  const byCategory = countsByCategory(report);
  const rows = CATEGORIES.map((c) => `<tr><th scope="row">${w.category(c)}</th><td class="num">${byCategory[c].errors}</td><td class="num">${byCategory[c].warnings}</td><td class="num">${byCategory[c].infos}</td>${scoreCell(w, card.overall.scores[c], card.overall.bands[c], ` data-category="${c}"`)}</tr>`);
  const notes: string[] = [];
  if (prev) {
    const newDeps = card.departments.filter((d) => !d.previous).length;
    const compared = w.l('report.html.compared', { date: prev.report.now, standard: prev.report.standard, then: formatScore(prev.scores.overall), now: formatScore(card.overall.score), newFindings: prev.newFindings, fixedFindings: prev.fixedFindings });
    notes.push(`<span id="compared-with">${compared}${newDeps ? ` ${w.l('report.html.comparedNewDepartments', { n: newDeps })}` : ''}</span>`);
  }
  if (s.omitted) notes.push(w.l('report.html.omitted', { n: s.omitted }));
  if (report.baseline) notes.push(w.l('report.html.baselineAccepted', { n: s.suppressed, file: report.baseline.file }));
  return `<section class="block" id="overview" aria-labelledby="overview-title">
<h2 id="overview-title">${w.l('report.html.overview')}</h2>
<div class="cards">${cards.join('')}</div>
<div class="table-scroll"><table class="by-category">
<thead><tr><th scope="col">${w.l('report.markdown.category')}</th><th scope="col" class="num">${w.l('report.markdown.errors')}</th><th scope="col" class="num">${w.l('report.markdown.warnings')}</th><th scope="col" class="num">${w.l('report.markdown.infos')}</th><th scope="col">${w.l('report.html.scoreAllDepartments')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
<tfoot><tr><th scope="row">${w.l('report.markdown.total')}</th><td class="num">${s.errors}</td><td class="num">${s.warnings}</td><td class="num">${s.infos}</td>${scoreCell(w, card.overall.score, card.overall.band, ' data-category="overall"')}</tr></tfoot>
</table></div>
${notes.map((n) => `<p class="lead">${n}</p>`).join('\n')}
</section>`;
}

/** The one bar of search and filters (shown by the script only), above everything it filters. */
function controls(w: Words, report: LintReport, card: Scorecard, found: Map<string, DatasetFindings>): string {
  const severityCounts = Object.fromEntries(SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  const categoryCounts = Object.fromEntries(CATEGORIES.map((c) => [c, report.findings.filter((f) => f.category === c).length])) as Record<Category, number>;
  const box = (name: string, value: string, label: string, n: number) =>
    `<label><input type="checkbox" name="${name}" value="${value}" checked> ${label} <span class="zero">(${n})</span></label>`;
  const options = card.departments.map((d) => `<option value="${escapeHtml(d.name)}">${escapeHtml(d.name)}</option>`);
  const withFindings = card.datasets.filter((d) => !isClean(found.get(d.name))).length;
  const status = w.l('report.html.showing', { departmentsTotal: card.departments.length, datasetsTotal: card.datasets.length, sectionsTotal: withFindings, findingsTotal: report.findings.length }, {
    departments: `<span id="shown-departments">${card.departments.length}</span>`,
    datasets: `<span id="shown-datasets">${card.datasets.length}</span>`,
    sections: `<span id="shown-sections">${withFindings}</span>`,
    findings: `<span id="visible-count">${report.findings.length}</span>`,
  });
  return `<div class="filters" id="controls" hidden role="search" aria-label="${w.l('report.html.controls')}">
<label class="field" for="search">${w.l('report.html.search')} <input type="search" id="search" placeholder="${w.l('report.html.searchPlaceholder')}" autocomplete="off"></label>
<label class="field" for="department-filter">${w.l('report.markdown.department')} <select id="department-filter"><option value="">${w.l('report.html.allDepartments')}</option>${options.join('')}</select></label>
<fieldset><legend>${w.l('report.markdown.severity')}</legend>${SEVERITIES.map((s) => box('severity', s, w.severity(s), severityCounts[s])).join('')}</fieldset>
<fieldset><legend>${w.l('report.markdown.category')}</legend>${CATEGORIES.map((c) => box('category', c, w.category(c), categoryCounts[c])).join('')}</fieldset>
<p class="filter-status" id="filter-status" aria-live="polite">${status}</p>
</div>`;
}

function scorecardSection(w: Words, card: Scorecard): string {
  const compared = card.overall.previous !== undefined;
  const withMqa = card.departments.some((d) => d.mqa !== undefined);
  const head = [
    th(w.l('report.markdown.department'), 'text'),
    th(w.l('report.markdown.datasets'), 'num', 'num'),
    ...CATEGORIES.map((c) => th(w.category(c), 'num')),
    th(w.l('report.markdown.overall'), 'num'),
    th(w.l('report.markdown.errors'), 'num', 'num'),
    th(w.l('report.markdown.warnings'), 'num', 'num'),
    ...(withMqa ? [th(w.l('report.html.mqa'), 'num')] : []),
    ...(compared ? [th(w.l('report.html.previous'), 'num'), th(w.l('report.markdown.change'), 'num'), th(w.l('report.markdown.new'), 'num', 'num'), th(w.l('report.markdown.fixed'), 'num', 'num')] : []),
  ].join('');
  const mqaCell = (d: ScorecardDepartment) =>
    d.mqa ? `<td class="mqa" data-v="${d.mqa.points}" title="${w.l('report.html.mqaTitle', { n: d.mqa.datasets })}">${Math.round(d.mqa.points)} / ${d.mqa.max}<span class="score-band">${w.l(`report.html.mqa.${d.mqa.band}`)}</span></td>` : '<td class="mqa" data-v="">—</td>';
  const compareCells = (d: ScorecardDepartment) => {
    const p = d.previous;
    if (!p) return `<td class="num previous" data-v="">—</td><td class="change" data-v=""><span class="badge-new">${w.l('report.markdown.new')}</span></td><td class="num" data-v="">—</td><td class="num" data-v="">—</td>`;
    return `${previousCell(p.scores.overall)}${changeCell(d.scores.overall, p.scores.overall)}<td class="num">${p.newFindings}</td><td class="num">${p.fixedFindings}</td>`;
  };
  const rows = card.departments.map((d) => {
    const cells = CATEGORIES.map((c) => scoreCell(w, d.scores[c], d.bands[c], ` data-category="${c}"`)).join('');
    return `<tr class="department" data-department="${escapeHtml(d.name)}"><th scope="row">${escapeHtml(d.name)}</th><td class="num">${d.datasets}</td>${cells}${scoreCell(w, d.scores.overall, d.bands.overall, ' data-category="overall"')}<td class="num">${d.errors}</td><td class="num">${d.warnings}</td>${withMqa ? mqaCell(d) : ''}${compared ? compareCells(d) : ''}</tr>`;
  });
  const o = card.overall;
  const op = o.previous;
  const footCompare = op ? `${previousCell(op.scores.overall)}${changeCell(o.score, op.scores.overall)}<td class="num">${op.newFindings}</td><td class="num">${op.fixedFindings}</td>` : '';
  const foot = `<tr class="overall"><th scope="row">${w.l('report.html.allDepartmentsMean')}</th><td class="num">${o.datasets}</td>${CATEGORIES.map((c) => scoreCell(w, o.scores[c], o.bands[c], ` data-category="${c}"`)).join('')}${scoreCell(w, o.score, o.band, ' data-category="overall"')}<td class="num">${o.errors}</td><td class="num">${o.warnings}</td>${withMqa ? '<td></td>' : ''}${footCompare}</tr>`;
  const m = card.method;
  const compareNote = op ? ` ${w.l('report.html.scorecardCompared', { date: op.report.now })}` : '';
  const lead = w.l('report.html.scorecardLead', { good: m.bands.good, fair: m.bands.fair, goodMinusOne: m.bands.good - 1, goodLabel: w.t('report.band.good'), fairLabel: w.t('report.band.fair'), poorLabel: w.t('report.band.poor'), withKeys: o.datasetsWithKeys, datasets: o.datasets });
  return `<section class="block" id="scorecard" aria-labelledby="scorecard-title">
<h2 id="scorecard-title">${w.l('report.html.scorecard')}</h2>
<p class="lead">${lead}${compareNote} ${w.l('report.html.sortHint')}</p>
<div class="table-scroll"><table class="scorecard sortable">
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot>${foot}</tfoot>
</table></div>
<div class="method" id="method">
<h3>${w.l('report.html.methodHeading', { title: m.title })} <code>${escapeHtml(m.id)}</code></h3>
<p class="lead">${escapeHtml(m.rationale)}</p>
<ol>
${methodItems(m, w.t).map((item) => `<li>${codeSpans(escapeHtml(item))}</li>`).join('\n')}
</ol>
<p class="lead">${m.declaredIn ? w.l('report.html.methodDeclared', { standard: m.declaredIn }) : w.l('report.html.methodDefault')}</p>
</div>
</section>`;
}

/** Backtick spans of escaped text as code. */
function codeSpans(escaped: string): string {
  return escaped.replace(/`([^`]*)`/g, '<code>$1</code>');
}

function linkingSection(w: Words, card: Scorecard): string {
  const breaks = linkingMatrix(card.linkingBreaks);
  const intro = `<p class="lead">${w.l('report.html.linkingLead')}</p>`;
  if (breaks.rows.length === 0) {
    const none = card.linkingUnattributed ? '' : `<p>${w.l('report.html.linkingNone')}</p>`;
    return `<section class="block" id="linking" aria-labelledby="linking-title"><h2 id="linking-title">${w.l('report.html.linking')}</h2>${intro}${none}${unattributedNote(w, card.linkingUnattributed)}</section>`;
  }
  const heads = breaks.columns.map((c) => {
    const label = c.kind === 'department' ? escapeHtml(c.label) : w.l(c.kind === 'register' ? 'report.html.linkingRegister' : 'report.html.linkingNotFound', {}, { name: `<code>${escapeHtml(c.label)}</code>` });
    return `<th scope="col" class="num" data-target-kind="${c.kind}">${label}</th>`;
  });
  const rows = breaks.rows.map((r) => {
    const cells = r.counts.map((n, i) => {
      const col = breaks.columns[i]!;
      const own = col.kind === 'department' && col.label === r.department;
      const cls = ['num', ...(n === 0 ? ['zero'] : []), ...(own ? ['own'] : [])].join(' ');
      return `<td class="${cls}">${n === 0 ? '·' : n}</td>`;
    });
    return `<tr data-department="${escapeHtml(r.department)}"><th scope="row">${escapeHtml(r.department)}</th>${cells.join('')}<td class="num"><strong>${r.total}</strong></td></tr>`;
  });
  return `<section class="block" id="linking" aria-labelledby="linking-title">
<h2 id="linking-title">${w.l('report.html.linking')}</h2>
${intro}
<div class="table-scroll"><table class="linking-breaks">
<thead><tr><th scope="col">${w.l('report.html.linkingFrom')}</th>${heads.join('')}<th scope="col" class="num">${w.l('report.markdown.total')}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
${unattributedNote(w, card.linkingUnattributed)}
</section>`;
}

function unattributedNote(w: Words, n: number): string {
  return n ? `<p class="lead">${w.l('report.html.linkingUnattributed', { n })}</p>` : '';
}


/** Each dataset's listed findings (report order) and what the cap left out of it, by dataset name. */
interface DatasetFindings {
  listed: Finding[];
  notListed: AttributedFindings[];
}

function findingsByDataset(report: LintReport, card: Scorecard): Map<string, DatasetFindings> {
  const out = new Map<string, DatasetFindings>(card.datasets.map((d) => [d.name, { listed: [], notListed: [] }]));
  // Listed findings come first in attributeFindings, in report order, index for index.
  attributeFindings(report).forEach((a, k) => {
    const mine = out.get(a.dataset);
    if (!mine) return;
    if (a.listed) mine.listed.push(report.findings[k]!);
    else mine.notListed.push(a);
  });
  return out;
}

function isClean(found: DatasetFindings | undefined): boolean {
  return !found || (found.listed.length === 0 && found.notListed.length === 0);
}

function datasetsSection(w: Words, card: Scorecard, found: Map<string, DatasetFindings>): string {
  const rows = card.datasets.map((d, i) => {
    const target = isClean(found.get(d.name)) ? `clean-${i + 1}` : `dataset-${i + 1}`;
    const title = d.title ? `<a href="#${target}">${escapeHtml(d.title)}</a><br><code class="name">${escapeHtml(d.name)}</code>` : `<a href="#${target}"><code>${escapeHtml(d.name)}</code></a>`;
    const cats = CATEGORIES.map((c) => {
      const why = whyText(w, d.rules[c]);
      return scoreCell(w, d.scores[c], d.bands[c], ` data-category="${c}"${why ? ` title="${escapeHtml(why)}"` : ''}`);
    }).join('');
    return `<tr data-dataset="${escapeHtml(d.name)}" data-department="${escapeHtml(d.department)}" data-search="${datasetSearch(d)}"><td>${title}</td><td>${escapeHtml(d.department)}</td><td class="num">${d.files.length}</td><td class="num">${d.errors}</td><td class="num">${d.warnings}</td><td class="num">${d.infos}</td>${cats}${scoreCell(w, d.scores.overall, d.bands.overall, ' data-category="overall"')}</tr>`;
  });
  const head = [
    th(w.l('report.markdown.dataset'), 'text'),
    th(w.l('report.markdown.department'), 'text'),
    th(w.l('report.markdown.files'), 'num', 'num'),
    th(w.l('report.markdown.errors'), 'num', 'num'),
    th(w.l('report.markdown.warnings'), 'num', 'num'),
    th(w.l('report.markdown.infos'), 'num', 'num'),
    ...CATEGORIES.map((c) => th(w.category(c), 'num')),
    th(w.l('report.markdown.scoreColumn'), 'num'),
  ].join('');
  return `<section class="block" id="datasets" aria-labelledby="datasets-title">
<h2 id="datasets-title">${w.l('report.html.datasets')}</h2>
<p class="lead">${w.l('report.html.datasetsLead', { n: card.datasets.length })} ${w.l('report.html.sortHint')}</p>
<div class="table-scroll"><table class="datasets sortable">
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
</section>`;
}

function baselineSection(w: Words, report: LintReport): string {
  const b = report.baseline;
  if (!b) return '';
  const fixed = b.fixed.map((e) => `<tr><td class="mono">${escapeHtml(e.file)}</td><td class="mono">${escapeHtml(e.ruleId)}</td><td>${escapeHtml(e.message)}</td><td class="num">${e.count}</td></tr>`);
  const table = fixed.length
    ? `<p>${w.l('report.html.baselineFixed', { n: fixed.length, file: b.file })}</p><div class="table-scroll"><table><thead><tr><th scope="col">${w.l('report.html.file')}</th><th scope="col">${w.l('report.markdown.rule')}</th><th scope="col">${w.l('report.markdown.message')}</th><th scope="col" class="num">${w.l('report.html.fewer')}</th></tr></thead><tbody>${fixed.join('\n')}</tbody></table></div>`
    : `<p>${w.l('report.html.baselineNoneFixed')}</p>`;
  return `<section class="block" id="baseline" aria-labelledby="baseline-title"><h2 id="baseline-title">${w.l('report.html.baseline')}</h2><p class="lead">${w.l('report.html.baselineLead', { file: b.file, n: b.suppressed })}</p>${table}</section>`;
}

function findingRow(w: Words, f: Finding, helpUri: string | undefined): string {
  const position = f.line === undefined ? '—' : f.column === undefined ? `${f.line}` : `${f.line}:${f.column}`;
  const href = safeHref(helpUri);
  const rule = href ? `<a href="${escapeHtml(href)}" class="mono">${escapeHtml(f.ruleId)}</a>` : `<span class="mono">${escapeHtml(f.ruleId)}</span>`;
  const hint = f.hint ? `<span class="hint">↳ ${escapeHtml(f.hint)}</span>` : '';
  return `<tr class="finding" data-severity="${f.severity}" data-category="${f.category}"><td class="pos">${position}</td><td class="sevcell"><span class="sev sev-${f.severity}">${w.severity(f.severity)}</span></td><td class="cat">${escapeHtml(w.t(`report.category.${f.category}`))}</td><td class="rule">${rule}</td><td class="msg">${escapeHtml(f.message)}${hint}</td></tr>`;
}


function findingsSection(w: Words, report: LintReport, card: Scorecard, found: Map<string, DatasetFindings>): string {
  const helpUris = new Map((report.rules ?? []).map((r) => [r.id, r.helpUri]));
  const sections: string[] = [];
  const clean: string[] = [];
  card.datasets.forEach((d, i) => {
    const { listed: mine, notListed } = found.get(d.name) ?? { listed: [], notListed: [] };
    const attrs = `data-dataset="${escapeHtml(d.name)}" data-department="${escapeHtml(d.department)}" data-search="${datasetSearch(d)}"`;
    const heading = d.title ? `${escapeHtml(d.title)}<span class="name mono">${escapeHtml(d.name)}</span>` : `<span class="mono">${escapeHtml(d.name)}</span>`;
    if (mine.length === 0 && notListed.length === 0) {
      clean.push(`<li id="clean-${i + 1}" ${attrs}>${heading} <span class="ds-dept">· ${escapeHtml(d.department)} · ${w.l('report.html.scoreBadge', { score: formatScore(d.scores.overall) })}</span></li>`);
      return;
    }
    const files = [...new Set([...mine.map((f) => f.file), ...notListed.map((a) => a.file)])];
    const blocks = files.map((file) => {
      const rows = mine.filter((f) => f.file === file).map((f) => findingRow(w, f, helpUris.get(f.ruleId)));
      const omitted = notListed.filter((a) => a.file === file).map((a) => `<p class="omitted">${w.l('report.html.omittedInFile', { n: a.count, rule: a.ruleId, severity: w.t(`report.severity.${a.severity}`) })}</p>`);
      const head = ['report.markdown.line', 'report.markdown.severity', 'report.markdown.category', 'report.markdown.rule', 'report.markdown.message'] as const;
      const table = rows.length
        ? `<div class="table-scroll"><table class="findings"><colgroup><col class="c-pos"><col class="c-sev"><col class="c-cat"><col class="c-rule"><col></colgroup><thead><tr>${head.map((k) => `<th scope="col">${w.l(k)}</th>`).join('')}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`
        : '';
      return `<div class="file" data-file="${escapeHtml(file)}"><h4>${escapeHtml(file)}</h4>${table}${omitted.join('')}</div>`;
    });
    const cleanFiles = d.files.filter((f) => !files.includes(f));
    const cleanNote = cleanFiles.length ? `<p class="clean">${w.l('report.html.cleanFiles', {}, { files: cleanFiles.map((f) => `<code>${escapeHtml(f)}</code>`).join(', ') })}</p>` : '';
    const counts = SEVERITIES.map((s) => {
      const n = s === 'error' ? d.errors : s === 'warning' ? d.warnings : d.infos;
      return n ? `<span class="sev sev-${s}">${w.l(`report.count.${s}s`, { n })}</span>` : '';
    }).join('');
    const why = CATEGORIES.map((c) => [c, whyText(w, d.rules[c])] as const).filter(([, text]) => text).map(([c, text]) => `<li>${w.category(c)} ${formatScore(d.scores[c])}: ${escapeHtml(text)}</li>`);
    // The script rewrites the count under filters from data-some: the words are the report's, the number its own.
    const count = `<span class="dataset-count" data-some="${w.l('report.html.findingsShown', { shown: '{shown}', n: mine.length })}">${w.l('report.html.findingsListed', { n: mine.length })}</span>`;
    const meta = [d.metadataFile ? w.l('report.html.metadata', { file: d.metadataFile }) : w.l('report.html.noMetadata'), count];
    sections.push(`<details class="dataset" id="dataset-${i + 1}" ${attrs}><summary><span class="ds-title">${heading}</span><span class="ds-dept">${escapeHtml(d.department)}</span><span class="ds-counts">${counts}<span class="ds-score band-${d.bands.overall}">${w.l('report.html.scoreBadge', { score: formatScore(d.scores.overall) })}</span></span></summary>
<div class="ds-body"><p class="dataset-meta">${meta.join(' · ')}</p>${why.length ? `<ul class="why" aria-label="${w.l('report.html.why')}">${why.join('')}</ul>` : ''}${blocks.join('\n')}${cleanNote}</div></details>`);
  });
  const cleanBlock = clean.length
    ? `<details class="clean-datasets" id="clean-datasets"><summary id="clean-count" data-some="${w.l('report.html.cleanDatasetsShown', { shown: '{shown}', n: clean.length })}">${w.l('report.html.cleanDatasets', { n: clean.length })}</summary><ul>${clean.join('')}</ul></details>`
    : '';
  return `<section class="block" id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">${w.l('report.html.findings')}</h2>
<p class="lead">${w.l('report.html.findingsLead', { n: sections.length })}</p>
${sections.join('\n')}
<p class="no-match" id="no-findings-match" hidden>${w.l('report.html.noMatch')}</p>
${cleanBlock}
</section>`;
}

/**
 * One self-contained HTML page for auditors, made to hold a national audit of 60+ departments: the summary first,
 * then one bar of search and filters (department, severity, category), the scorecard by department (sortable, with
 * the change since an earlier report under --compare) and how it is computed, the linking breaks between
 * departments, the datasets (sortable), and each dataset's findings collapsed with its counts, the datasets without
 * findings folded into one count. No network at all (a Content-Security-Policy with the hashes of its own style and
 * script forbids anything else), printable, and the same bytes for the same report.
 */
export function renderHtml(report: LintReport, t: Translate = englishLabels): string {
  const w = new Words(t);
  const card = scorecardOf(report);
  const found = findingsByDataset(report, card);
  const standardName = report.standard.title ?? report.standard.id;
  const csp = `default-src 'none'; style-src ${cspHash(STYLE)}; script-src ${cspHash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const meta = [
    [w.l('report.html.meta.standard'), `<code>${escapeHtml(report.standard.id)}</code> ${escapeHtml(report.standard.version)}`],
    [w.l('report.html.meta.now'), escapeHtml(report.now)],
    [w.l('report.html.meta.checkedBy'), `${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}`],
    [w.l('report.html.meta.scope'), w.l('report.scope', { files: report.summary.files, datasets: report.summary.datasets })],
  ];
  return `<!DOCTYPE html>
<html lang="${escapeHtml(report.locale ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">
<title>${w.l('report.html.title', { standard: standardName, now: report.now })}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<header class="masthead"><div class="wrap">
<p class="eyebrow">${w.l('report.html.eyebrow')}</p>
<h1>${escapeHtml(standardName)}</h1>
<dl class="meta">${meta.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>
</div></header>
<main class="wrap">
${overview(w, report, card)}
${controls(w, report, card, found)}
${scorecardSection(w, card)}
${linkingSection(w, card)}
${datasetsSection(w, card, found)}
${baselineSection(w, report)}
${findingsSection(w, report, card, found)}
</main>
<footer class="wrap"><p>${w.l('report.html.footer', { tool: report.tool.name, version: report.tool.version, standard: report.standard.id, standardVersion: report.standard.version, now: report.now })}</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const html: Formatter = (report, { translate }) => renderHtml(report, translate);
export default html;
