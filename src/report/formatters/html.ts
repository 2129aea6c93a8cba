import { createHash } from 'node:crypto';
import { CATEGORIES, type Category, type Finding, type Severity } from '../../model/finding.js';
import type { Formatter, LintReport } from '../../model/report.js';
import type { Band, Scorecard, ScorecardDataset, ScorecardDepartment, Score } from '../../model/scorecard.js';
import { attributeFindings, BAND_LABELS, countsByCategory, formatScore, MQA_BAND_LABELS, scoreChange, scorecardOf, type AttributedFindings } from '../scorecard.js';
import { linkingMatrix } from '../linking-matrix.js';
import { methodItems } from '../scoring-method-text.js';
import { plural } from '../../util/plural.js';
import { SCRIPT } from './html/script.js';
import { STYLE } from './html/style.js';

/** Text for HTML content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const CATEGORY_LABELS: Record<Category, string> = { format: 'Format', licence: 'Licence', freshness: 'Freshness', linking: 'Linking' };

/** The value a column sorts on: the exact score, '' (last) when not assessed. */
function sortValue(score: Score): string {
  return score === null ? '' : String(score);
}

function scoreCell(score: Score, band: Band, attrs = ''): string {
  return `<td class="score band-${band}" data-v="${sortValue(score)}"${attrs}><span class="score-value">${formatScore(score)}</span> <span class="score-band">${BAND_LABELS[band]}</span></td>`;
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
function whyText(rules: ScorecardDataset['rules'][Category]): string {
  return [
    rules.fails.length ? `fails: ${rules.fails.join(', ')}` : '',
    rules.errors.length ? `errors: ${rules.errors.join(', ')}` : '',
    rules.warnings.length ? `warnings: ${rules.warnings.join(', ')}` : '',
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

function overview(report: LintReport, card: Scorecard): string {
  const s = report.summary;
  const band = card.overall.band;
  const prev = card.overall.previous;
  const change = prev ? `<span class="change" id="overall-change">${scoreChange(card.overall.score, prev.scores.overall)} since ${escapeHtml(prev.report.now)}</span>` : '';
  const cards = [
    `<div class="card overall band-${band}" id="overall-score"><span class="label">Overall compliance score</span><span class="value"><span class="score-value">${formatScore(card.overall.score)}</span><span class="unit"> / 100</span></span><span class="band-text">${BAND_LABELS[band]}</span>${change}</div>`,
    `<div class="card"><span class="label">Errors</span><span class="value" id="total-errors">${s.errors}</span></div>`,
    `<div class="card"><span class="label">Warnings</span><span class="value" id="total-warnings">${s.warnings}</span></div>`,
    `<div class="card"><span class="label">Infos</span><span class="value" id="total-infos">${s.infos}</span></div>`,
    `<div class="card"><span class="label">Departments</span><span class="value">${card.departments.length}</span></div>`,
    `<div class="card"><span class="label">Datasets · files</span><span class="value">${s.datasets} · ${s.files}</span></div>`,
  ];
  const byCategory = countsByCategory(report);
  const rows = CATEGORIES.map((c) => `<tr><th scope="row">${CATEGORY_LABELS[c]}</th><td class="num">${byCategory[c].errors}</td><td class="num">${byCategory[c].warnings}</td><td class="num">${byCategory[c].infos}</td>${scoreCell(card.overall.scores[c], card.overall.bands[c], ` data-category="${c}"`)}</tr>`);
  const notes: string[] = [];
  if (prev) {
    const newDeps = card.departments.filter((d) => !d.previous).length;
    notes.push(`<span id="compared-with">Compared with the report of ${escapeHtml(prev.report.now)} (<code>${escapeHtml(prev.report.standard)}</code>): overall ${formatScore(prev.scores.overall)} then, ${formatScore(card.overall.score)} now; ${plural(prev.newFindings, 'new finding')}, ${plural(prev.fixedFindings, 'fixed finding')}${newDeps ? `; ${plural(newDeps, 'department')} not in it` : ''}.</span>`);
  }
  if (s.omitted) notes.push(`${plural(s.omitted, 'finding')} counted but not listed below (<code>--max-findings-per-rule</code>); they count in every total and score.`);
  if (report.baseline) notes.push(`${plural(s.suppressed, 'finding')} accepted by the baseline <code>${escapeHtml(report.baseline.file)}</code> are not counted.`);
  return `<section class="block" id="overview" aria-labelledby="overview-title">
<h2 id="overview-title">Overview</h2>
<div class="cards">${cards.join('')}</div>
<div class="table-scroll"><table class="by-category">
<thead><tr><th scope="col">Category</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Infos</th><th scope="col">Score (all departments)</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
<tfoot><tr><th scope="row">Total</th><td class="num">${s.errors}</td><td class="num">${s.warnings}</td><td class="num">${s.infos}</td>${scoreCell(card.overall.score, card.overall.band, ' data-category="overall"')}</tr></tfoot>
</table></div>
${notes.map((n) => `<p class="lead">${n}</p>`).join('\n')}
</section>`;
}

/** The one bar of search and filters (shown by the script only), above everything it filters. */
function controls(report: LintReport, card: Scorecard, found: Map<string, DatasetFindings>): string {
  const severityCounts = Object.fromEntries(SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  const categoryCounts = Object.fromEntries(CATEGORIES.map((c) => [c, report.findings.filter((f) => f.category === c).length])) as Record<Category, number>;
  const box = (name: string, value: string, label: string, n: number) =>
    `<label><input type="checkbox" name="${name}" value="${value}" checked> ${label} <span class="zero">(${n})</span></label>`;
  const options = card.departments.map((d) => `<option value="${escapeHtml(d.name)}">${escapeHtml(d.name)}</option>`);
  const withFindings = card.datasets.filter((d) => !isClean(found.get(d.name))).length;
  return `<div class="filters" id="controls" hidden role="search" aria-label="Search and filter departments, datasets and findings">
<label class="field" for="search">Search <input type="search" id="search" placeholder="Department, dataset title or name" autocomplete="off"></label>
<label class="field" for="department-filter">Department <select id="department-filter"><option value="">All departments</option>${options.join('')}</select></label>
<fieldset><legend>Severity</legend>${SEVERITIES.map((s) => box('severity', s, s, severityCounts[s])).join('')}</fieldset>
<fieldset><legend>Category</legend>${CATEGORIES.map((c) => box('category', c, CATEGORY_LABELS[c], categoryCounts[c])).join('')}</fieldset>
<p class="filter-status" id="filter-status" aria-live="polite">Showing <span id="shown-departments">${card.departments.length}</span> of ${plural(card.departments.length, 'department')} · <span id="shown-datasets">${card.datasets.length}</span> of ${plural(card.datasets.length, 'dataset')} · <span id="shown-sections">${withFindings}</span> of ${withFindings} with findings · <span id="visible-count">${report.findings.length}</span> of ${report.findings.length} listed findings</p>
</div>`;
}

function scorecardSection(card: Scorecard): string {
  const compared = card.overall.previous !== undefined;
  const withMqa = card.departments.some((d) => d.mqa !== undefined);
  const head = [
    th('Department', 'text'),
    th('Datasets', 'num', 'num'),
    ...CATEGORIES.map((c) => th(CATEGORY_LABELS[c], 'num')),
    th('Overall', 'num'),
    th('Errors', 'num', 'num'),
    th('Warnings', 'num', 'num'),
    ...(withMqa ? [th('MQA', 'num')] : []),
    ...(compared ? [th('Previous', 'num'), th('Change', 'num'), th('New', 'num', 'num'), th('Fixed', 'num', 'num')] : []),
  ].join('');
  const mqaCell = (d: ScorecardDepartment) =>
    d.mqa ? `<td class="mqa" data-v="${d.mqa.points}" title="Mean of ${plural(d.mqa.datasets, 'dataset')} with DCAT metadata">${Math.round(d.mqa.points)} / ${d.mqa.max}<span class="score-band">${MQA_BAND_LABELS[d.mqa.band]}</span></td>` : '<td class="mqa" data-v="">—</td>';
  const compareCells = (d: ScorecardDepartment) => {
    const p = d.previous;
    if (!p) return `<td class="num previous" data-v="">—</td><td class="change" data-v=""><span class="badge-new">New</span></td><td class="num" data-v="">—</td><td class="num" data-v="">—</td>`;
    return `${previousCell(p.scores.overall)}${changeCell(d.scores.overall, p.scores.overall)}<td class="num">${p.newFindings}</td><td class="num">${p.fixedFindings}</td>`;
  };
  const rows = card.departments.map((d) => {
    const cells = CATEGORIES.map((c) => scoreCell(d.scores[c], d.bands[c], ` data-category="${c}"`)).join('');
    return `<tr class="department" data-department="${escapeHtml(d.name)}"><th scope="row">${escapeHtml(d.name)}</th><td class="num">${d.datasets}</td>${cells}${scoreCell(d.scores.overall, d.bands.overall, ' data-category="overall"')}<td class="num">${d.errors}</td><td class="num">${d.warnings}</td>${withMqa ? mqaCell(d) : ''}${compared ? compareCells(d) : ''}</tr>`;
  });
  const o = card.overall;
  const op = o.previous;
  const footCompare = op ? `${previousCell(op.scores.overall)}${changeCell(o.score, op.scores.overall)}<td class="num">${op.newFindings}</td><td class="num">${op.fixedFindings}</td>` : '';
  const foot = `<tr class="overall"><th scope="row">All departments (mean)</th><td class="num">${o.datasets}</td>${CATEGORIES.map((c) => scoreCell(o.scores[c], o.bands[c], ` data-category="${c}"`)).join('')}${scoreCell(o.score, o.band, ' data-category="overall"')}<td class="num">${o.errors}</td><td class="num">${o.warnings}</td>${withMqa ? '<td></td>' : ''}${footCompare}</tr>`;
  const m = card.method;
  const compareNote = op ? ` Previous, Change, New and Fixed (findings) compare each department with the report of ${escapeHtml(op.report.now)} (findings matched by fingerprint); “New” marks a department that was not in it.` : '';
  return `<section class="block" id="scorecard" aria-labelledby="scorecard-title">
<h2 id="scorecard-title">Scorecard by department</h2>
<p class="lead">Each department (the publisher its datasets declare) scored from 0 to 100 in the standard's four categories. Bands: ${m.bands.good}–100 Good, ${m.bands.fair}–${m.bands.good - 1} Fair, below ${m.bands.fair} Poor; “—” means not assessed. ${plural(o.datasetsWithKeys, 'dataset')} of ${o.datasets} declare keys; linking is assessed for those.${compareNote} Sort by any column with its header.</p>
<div class="table-scroll"><table class="scorecard sortable">
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot>${foot}</tfoot>
</table></div>
<div class="method" id="method">
<h3>How the score is computed: ${escapeHtml(m.title)} <code>${escapeHtml(m.id)}</code></h3>
<p class="lead">${escapeHtml(m.rationale)}</p>
<ol>
${methodItems(m).map((item) => `<li>${codeSpans(escapeHtml(item))}</li>`).join('\n')}
</ol>
<p class="lead">${m.declaredIn ? `Declared by the standard <code>${escapeHtml(m.declaredIn)}</code>` : 'odlint\'s default method'}; a standard changes it in its <code>scoring</code> file.</p>
</div>
</section>`;
}

/** Backtick spans of escaped text as code. */
function codeSpans(escaped: string): string {
  return escaped.replace(/`([^`]*)`/g, '<code>$1</code>');
}

function linkingSection(card: Scorecard): string {
  const breaks = linkingMatrix(card.linkingBreaks);
  const intro = `<p class="lead">Values in one department's data that fail to join what they reference: a dataset published by another department (or by the same one, in <em>italics</em>), a code register of the standard, or a package that was not found among the linted paths. Rows: the department whose data fails to join; columns: what it fails to join.</p>`;
  if (breaks.rows.length === 0) {
    const none = card.linkingUnattributed ? '' : '<p>No linking breaks: every foreign key and register code that was checked joins.</p>';
    return `<section class="block" id="linking" aria-labelledby="linking-title"><h2 id="linking-title">Linking breaks between departments</h2>${intro}${none}${unattributedNote(card.linkingUnattributed)}</section>`;
  }
  const heads = breaks.columns.map((c) => {
    const label = c.kind === 'department' ? escapeHtml(c.label) : c.kind === 'register' ? `Register <code>${escapeHtml(c.label)}</code>` : `Not found: <code>${escapeHtml(c.label)}</code>`;
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
<h2 id="linking-title">Linking breaks between departments</h2>
${intro}
<div class="table-scroll"><table class="linking-breaks">
<thead><tr><th scope="col">Department (fails to join)</th>${heads.join('')}<th scope="col" class="num">Total</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
${unattributedNote(card.linkingUnattributed)}
</section>`;
}

function unattributedNote(n: number): string {
  return n ? `<p class="lead">${plural(n, 'further linking finding')} left out by <code>--max-findings-per-rule</code> cannot be placed in this table: the findings listed for the same rule and file join different targets.</p>` : '';
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

function datasetsSection(card: Scorecard, found: Map<string, DatasetFindings>): string {
  const rows = card.datasets.map((d, i) => {
    const target = isClean(found.get(d.name)) ? `clean-${i + 1}` : `dataset-${i + 1}`;
    const title = d.title ? `<a href="#${target}">${escapeHtml(d.title)}</a><br><code class="name">${escapeHtml(d.name)}</code>` : `<a href="#${target}"><code>${escapeHtml(d.name)}</code></a>`;
    const cats = CATEGORIES.map((c) => {
      const why = whyText(d.rules[c]);
      return scoreCell(d.scores[c], d.bands[c], ` data-category="${c}"${why ? ` title="${escapeHtml(why)}"` : ''}`);
    }).join('');
    return `<tr data-dataset="${escapeHtml(d.name)}" data-department="${escapeHtml(d.department)}" data-search="${datasetSearch(d)}"><td>${title}</td><td>${escapeHtml(d.department)}</td><td class="num">${d.files.length}</td><td class="num">${d.errors}</td><td class="num">${d.warnings}</td><td class="num">${d.infos}</td>${cats}${scoreCell(d.scores.overall, d.bands.overall, ' data-category="overall"')}</tr>`;
  });
  const head = [th('Dataset', 'text'), th('Department', 'text'), th('Files', 'num', 'num'), th('Errors', 'num', 'num'), th('Warnings', 'num', 'num'), th('Infos', 'num', 'num'), ...CATEGORIES.map((c) => th(CATEGORY_LABELS[c], 'num')), th('Score', 'num')].join('');
  return `<section class="block" id="datasets" aria-labelledby="datasets-title">
<h2 id="datasets-title">Datasets</h2>
<p class="lead">${plural(card.datasets.length, 'dataset')}, by department; the scores that make up each department's. A category score's tooltip names the rules that cost it points. Sort by any column with its header.</p>
<div class="table-scroll"><table class="datasets sortable">
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
</section>`;
}

function baselineSection(report: LintReport): string {
  const b = report.baseline;
  if (!b) return '';
  const fixed = b.fixed.map((e) => `<tr><td class="mono">${escapeHtml(e.file)}</td><td class="mono">${escapeHtml(e.ruleId)}</td><td>${escapeHtml(e.message)}</td><td class="num">${e.count}</td></tr>`);
  const table = fixed.length
    ? `<p>${plural(fixed.length, 'baseline entry')} no longer occur${fixed.length === 1 ? 's' : ''}: run with <code>--baseline-write ${escapeHtml(b.file)}</code> to prune them.</p><div class="table-scroll"><table><thead><tr><th scope="col">File</th><th scope="col">Rule</th><th scope="col">Message</th><th scope="col" class="num">Fewer</th></tr></thead><tbody>${fixed.join('\n')}</tbody></table></div>`
    : '<p>No baseline entry is fixed.</p>';
  return `<section class="block" id="baseline" aria-labelledby="baseline-title"><h2 id="baseline-title">Baseline</h2><p class="lead">The baseline <code>${escapeHtml(b.file)}</code> accepted ${plural(b.suppressed, 'known finding')}; they are not counted in this report.</p>${table}</section>`;
}

function findingRow(f: Finding, helpUri: string | undefined): string {
  const position = f.line === undefined ? '—' : f.column === undefined ? `${f.line}` : `${f.line}:${f.column}`;
  const href = safeHref(helpUri);
  const rule = href ? `<a href="${escapeHtml(href)}" class="mono">${escapeHtml(f.ruleId)}</a>` : `<span class="mono">${escapeHtml(f.ruleId)}</span>`;
  const hint = f.hint ? `<span class="hint">↳ ${escapeHtml(f.hint)}</span>` : '';
  return `<tr class="finding" data-severity="${f.severity}" data-category="${f.category}"><td class="pos">${position}</td><td class="sevcell"><span class="sev sev-${f.severity}">${f.severity}</span></td><td class="cat">${f.category}</td><td class="rule">${rule}</td><td class="msg">${escapeHtml(f.message)}${hint}</td></tr>`;
}


function findingsSection(report: LintReport, card: Scorecard, found: Map<string, DatasetFindings>): string {
  const helpUris = new Map((report.rules ?? []).map((r) => [r.id, r.helpUri]));
  const sections: string[] = [];
  const clean: string[] = [];
  card.datasets.forEach((d, i) => {
    const { listed: mine, notListed } = found.get(d.name) ?? { listed: [], notListed: [] };
    const attrs = `data-dataset="${escapeHtml(d.name)}" data-department="${escapeHtml(d.department)}" data-search="${datasetSearch(d)}"`;
    const heading = d.title ? `${escapeHtml(d.title)}<span class="name mono">${escapeHtml(d.name)}</span>` : `<span class="mono">${escapeHtml(d.name)}</span>`;
    if (mine.length === 0 && notListed.length === 0) {
      clean.push(`<li id="clean-${i + 1}" ${attrs}>${heading} <span class="ds-dept">· ${escapeHtml(d.department)} · score ${formatScore(d.scores.overall)}</span></li>`);
      return;
    }
    const files = [...new Set([...mine.map((f) => f.file), ...notListed.map((a) => a.file)])];
    const blocks = files.map((file) => {
      const rows = mine.filter((f) => f.file === file).map((f) => findingRow(f, helpUris.get(f.ruleId)));
      const omitted = notListed.filter((a) => a.file === file).map((a) => `<p class="omitted">… ${plural(a.count, `more ${escapeHtml(a.ruleId)} finding`)} (${a.severity}) not listed (<code>--max-findings-per-rule</code>).</p>`);
      const table = rows.length
        ? `<div class="table-scroll"><table class="findings"><colgroup><col class="c-pos"><col class="c-sev"><col class="c-cat"><col class="c-rule"><col></colgroup><thead><tr><th scope="col">Line</th><th scope="col">Severity</th><th scope="col">Category</th><th scope="col">Rule</th><th scope="col">Message</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`
        : '';
      return `<div class="file" data-file="${escapeHtml(file)}"><h4>${escapeHtml(file)}</h4>${table}${omitted.join('')}</div>`;
    });
    const cleanFiles = d.files.filter((f) => !files.includes(f));
    const cleanNote = cleanFiles.length ? `<p class="clean">No findings in ${cleanFiles.map((f) => `<code>${escapeHtml(f)}</code>`).join(', ')}.</p>` : '';
    const counts = SEVERITIES.map((s) => {
      const n = s === 'error' ? d.errors : s === 'warning' ? d.warnings : d.infos;
      return n ? `<span class="sev sev-${s}">${plural(n, s)}</span>` : '';
    }).join('');
    const why = CATEGORIES.map((c) => [c, whyText(d.rules[c])] as const).filter(([, w]) => w).map(([c, w]) => `<li>${CATEGORY_LABELS[c]} ${formatScore(d.scores[c])}: ${escapeHtml(w)}</li>`);
    const meta = [d.metadataFile ? `metadata <code>${escapeHtml(d.metadataFile)}</code>` : 'no metadata', `<span class="dataset-count">${plural(mine.length, 'finding')} listed</span>`];
    sections.push(`<details class="dataset" id="dataset-${i + 1}" ${attrs}><summary><span class="ds-title">${heading}</span><span class="ds-dept">${escapeHtml(d.department)}</span><span class="ds-counts">${counts}<span class="ds-score band-${d.bands.overall}">score ${formatScore(d.scores.overall)}</span></span></summary>
<div class="ds-body"><p class="dataset-meta">${meta.join(' · ')}</p>${why.length ? `<ul class="why" aria-label="Why points were lost">${why.join('')}</ul>` : ''}${blocks.join('\n')}${cleanNote}</div></details>`);
  });
  const cleanBlock = clean.length
    ? `<details class="clean-datasets" id="clean-datasets"><summary id="clean-count">${plural(clean.length, 'dataset without findings', 'datasets without findings')}</summary><ul>${clean.join('')}</ul></details>`
    : '';
  return `<section class="block" id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">Findings by dataset</h2>
<p class="lead">${plural(sections.length, 'dataset')} with findings: open one for its findings by file, in report order: line (and column) where the problem is, severity, category, the rule (linked to its documentation), and what to do. Datasets without findings are listed together below.</p>
${sections.join('\n')}
<p class="no-match" id="no-findings-match" hidden>No dataset matches the search and filters.</p>
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
export function renderHtml(report: LintReport): string {
  const card = scorecardOf(report);
  const found = findingsByDataset(report, card);
  const standardName = report.standard.title ?? report.standard.id;
  const csp = `default-src 'none'; style-src ${cspHash(STYLE)}; script-src ${cspHash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const meta = [
    ['Standard', `<code>${escapeHtml(report.standard.id)}</code> ${escapeHtml(report.standard.version)}`],
    ['Reference date', escapeHtml(report.now)],
    ['Checked by', `${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}`],
    ['Scope', `${plural(report.summary.files, 'file')} in ${plural(report.summary.datasets, 'dataset')}`],
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">
<title>Open data compliance report: ${escapeHtml(standardName)}, ${escapeHtml(report.now)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<header class="masthead"><div class="wrap">
<p class="eyebrow">Open data compliance report</p>
<h1>${escapeHtml(standardName)}</h1>
<dl class="meta">${meta.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>
</div></header>
<main class="wrap">
${overview(report, card)}
${controls(report, card, found)}
${scorecardSection(card)}
${linkingSection(card)}
${datasetsSection(card, found)}
${baselineSection(report)}
${findingsSection(report, card, found)}
</main>
<footer class="wrap"><p>Generated by ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)} against ${escapeHtml(report.standard.id)} ${escapeHtml(report.standard.version)}, reference date ${escapeHtml(report.now)}. This file is self-contained: it loads nothing from the network and works offline.</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const html: Formatter = (report) => renderHtml(report);
export default html;
