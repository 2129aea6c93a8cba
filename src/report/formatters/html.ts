import { createHash } from 'node:crypto';
import { CATEGORIES, type Category, type Finding, type Severity } from '../../model/finding.js';
import type { Formatter, LintReport } from '../../model/report.js';
import type { Band, Scorecard, ScorecardDataset, Score } from '../../model/scorecard.js';
import { attributeFindings, BAND_LABELS, countsByCategory, formatScore, NO_PUBLISHER, scorecardOf } from '../scorecard.js';
import { linkingMatrix } from '../linking-matrix.js';
import { methodItems } from '../scoring-method-text.js';
import { plural } from '../../util/plural.js';

/** Text for HTML content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const CATEGORY_LABELS: Record<Category, string> = { format: 'Format', licence: 'Licence', freshness: 'Freshness', linking: 'Linking' };


function scoreCell(score: Score, band: Band, attrs = ''): string {
  return `<td class="score band-${band}"${attrs}><span class="score-value">${formatScore(score)}</span> <span class="score-band">${BAND_LABELS[band]}</span></td>`;
}

function safeHref(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

const STYLE = `
:root{--ink:#1d2433;--muted:#4b5565;--line:#d9dee7;--soft:#f5f7fa;--accent:#1f4e8c;
--good-bg:#d3f3df;--good-ink:#0b5130;--fair-bg:#fdeac0;--fair-ink:#6b3410;--poor-bg:#fbdcd9;--poor-ink:#8a1c13;--none-bg:#eceff3;--none-ink:#4b5565;
--error-bg:#fbdcd9;--error-ink:#8a1c13;--warning-bg:#fdeac0;--warning-ink:#6b3410;--info-bg:#dbe8fb;--info-ink:#163d79}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--soft);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
header.masthead{background:#14284b;color:#fff;padding:28px 0 24px}
.wrap{max-width:1180px;margin:0 auto;padding:0 24px}
.eyebrow{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:12px;font-weight:600;color:#c5d3ea}
h1{margin:4px 0 12px;font-size:28px;line-height:1.2;font-weight:650}
.meta{display:flex;flex-wrap:wrap;gap:6px 28px;margin:0;font-size:14px}
.meta div{display:flex;gap:6px}.meta dt{color:#c5d3ea}.meta dd{margin:0;font-weight:600}
main{padding:8px 0 40px}
section.block{background:#fff;border:1px solid var(--line);border-radius:8px;padding:20px 24px;margin:20px 0}
h2{font-size:20px;margin:0 0 12px;line-height:1.3}
h3{font-size:16px;margin:20px 0 8px}
h4{font-size:14px;margin:16px 0 6px;font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-weight:600;overflow-wrap:anywhere}
p{margin:8px 0}
.lead{color:var(--muted);max-width:80ch}
code,.mono{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:.92em;overflow-wrap:anywhere}
a{color:var(--accent)}
.cards{display:grid;grid-template-columns:2fr repeat(5,1fr);gap:12px;margin-bottom:16px}
.card{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:#fff}
.card .label{display:block;font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600}
.card .value{display:block;font-size:28px;font-weight:700;line-height:1.2;margin-top:4px}
.card.overall .value{font-size:40px}.card .score-value{min-width:0}.card .unit{font-size:20px;font-weight:600}
.card.band-good{background:var(--good-bg);color:var(--good-ink);border-color:transparent}
.card.band-fair{background:var(--fair-bg);color:var(--fair-ink);border-color:transparent}
.card.band-poor{background:var(--poor-bg);color:var(--poor-ink);border-color:transparent}
.card.band-not-assessed{background:var(--none-bg);color:var(--none-ink);border-color:transparent}
.card[class*=band-] .label{color:inherit}
.card .band-text{font-weight:600}
.table-scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border-bottom:2px solid var(--line);white-space:nowrap}
tbody th{font-weight:600}
tfoot th,tfoot td{border-top:2px solid var(--line);border-bottom:0;font-weight:700}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.score{font-variant-numeric:tabular-nums;text-align:center;line-height:1.25}
td.score .score-value{font-weight:700;font-size:16px}
td.score .score-band{display:block;font-size:11px;font-weight:600;letter-spacing:.02em}
table.scorecard td.score{width:11%}
table.by-category td.score{width:18%}
td.band-good{background:var(--good-bg);color:var(--good-ink)}
td.band-fair{background:var(--fair-bg);color:var(--fair-ink)}
td.band-poor{background:var(--poor-bg);color:var(--poor-ink)}
td.band-not-assessed{background:var(--none-bg);color:var(--none-ink)}
table.scorecard td.score{border-left:2px solid #fff}
.zero{color:#8a94a6}
td.own{font-style:italic}
.sev{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:700;white-space:nowrap}
.sev-error{background:var(--error-bg);color:var(--error-ink)}
.sev-warning{background:var(--warning-bg);color:var(--warning-ink)}
.sev-info{background:var(--info-bg);color:var(--info-ink)}
.method ol{padding-left:22px;max-width:90ch}.method li{margin:6px 0}
.filters{position:sticky;top:0;z-index:1;background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:12px 0;display:flex;flex-wrap:wrap;gap:8px 28px;align-items:center;box-shadow:0 2px 6px rgba(20,40,75,.08)}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px;align-items:center}
.filters legend{float:left;margin-right:8px;font-weight:700;font-size:13px}
.filters label{font-size:14px;cursor:pointer;white-space:nowrap}
.filters input{margin:0 4px 0 0;vertical-align:-1px}
.filter-status{margin:0 0 0 auto;font-weight:600;font-size:14px}
.dataset{border-top:1px solid var(--line);padding-top:4px;margin-top:18px}
.dataset h3 .name{font-weight:400;color:var(--muted);font-size:13px;margin-left:6px}
.dataset-meta{color:var(--muted);font-size:13px;margin:0}
table.findings td.pos{font-variant-numeric:tabular-nums;color:var(--muted)}
table.findings td.msg{overflow-wrap:anywhere}
.hint{display:block;color:var(--muted);font-size:13px;margin-top:2px}
.omitted,.clean,.none-match{color:var(--muted);font-size:13px}
footer{color:var(--muted);font-size:13px;padding:0 0 32px}
table.linking-breaks thead th{white-space:normal;text-transform:none;letter-spacing:0;font-size:13px;vertical-align:bottom}
table.linking-breaks td.num{width:14%}
table.linking-breaks th code{white-space:nowrap}
tr.group th{background:var(--soft);font-size:13px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em;padding-top:10px}
table.findings{table-layout:fixed}
table.findings col.c-pos{width:76px}table.findings col.c-sev{width:92px}table.findings col.c-cat{width:92px}table.findings col.c-rule{width:210px}
table.findings td.rule a,table.findings td.rule span{overflow-wrap:anywhere}
@media (max-width:900px){.cards{grid-template-columns:repeat(3,1fr)}.card.overall{grid-column:span 3}h1{font-size:22px}}
@media print{
@page{margin:14mm 12mm}
body{background:#fff;font-size:10pt}
header.masthead{background:#fff;color:#000;padding:0 0 8px;border-bottom:2px solid #000}
.eyebrow,.meta dt{color:#333}
.wrap{max-width:none;padding:0}
section.block{border:0;padding:0;margin:14px 0}
.filters,.none-match,.no-print{display:none!important}
tr.finding[hidden]{display:table-row!important}
.file table[hidden]{display:table!important}
.file[hidden],.dataset[hidden]{display:block!important}
thead{display:table-header-group}
tr,.card{break-inside:avoid}
.cards{grid-template-columns:2fr repeat(5,1fr)!important}.card.overall{grid-column:auto!important}.card .value{font-size:20px}.card.overall .value{font-size:28px}
h2,h3,h4{break-after:avoid}
#findings{break-before:page}
.table-scroll{overflow:visible}
a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

// Filters without JS stay hidden and every row shows; printing drops the filters (beforeprint shows every row, so
// the counts printed match the rows printed).
const SCRIPT = `
(function () {
  var root = document.getElementById('findings');
  if (!root) return;
  var bar = root.querySelector('.filters');
  var boxes = Array.prototype.slice.call(bar.querySelectorAll('input[type=checkbox]'));
  var status = document.getElementById('visible-count');
  function update() {
    var on = { severity: {}, category: {} };
    boxes.forEach(function (b) { on[b.name][b.value] = b.checked; });
    var total = 0;
    root.querySelectorAll('.dataset').forEach(function (ds) {
      var shown = 0, all = 0;
      ds.querySelectorAll('.file').forEach(function (file) {
        var k = 0;
        var rows = file.querySelectorAll('tr.finding');
        rows.forEach(function (tr) {
          var visible = on.severity[tr.getAttribute('data-severity')] === true && on.category[tr.getAttribute('data-category')] === true;
          tr.hidden = !visible;
          if (visible) k++;
        });
        var table = file.querySelector('table');
        if (table) table.hidden = k === 0;
        var none = file.querySelector('.none-match');
        if (none) none.hidden = k > 0 || rows.length === 0;
        shown += k;
        all += rows.length;
      });
      var count = ds.querySelector('.dataset-count');
      if (count) count.textContent = shown === all ? all + (all === 1 ? ' finding listed' : ' findings listed') : shown + ' of ' + all + ' findings shown';
      total += shown;
    });
    status.textContent = String(total);
  }
  boxes.forEach(function (b) { b.addEventListener('change', update); });
  var saved = null;
  window.addEventListener('beforeprint', function () {
    saved = boxes.map(function (b) { return b.checked; });
    boxes.forEach(function (b) { b.checked = true; });
    update();
  });
  window.addEventListener('afterprint', function () {
    if (saved) boxes.forEach(function (b, i) { b.checked = saved[i]; });
    saved = null;
    update();
  });
  bar.hidden = false;
  update();
})();
`;

/** The CSP source for an inline element: its hash, so nothing else (nor anything injected) can run or load. */
function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function overview(report: LintReport, card: Scorecard): string {
  const s = report.summary;
  const band = card.overall.band;
  const cards = [
    `<div class="card overall band-${band}" id="overall-score"><span class="label">Overall compliance score</span><span class="value"><span class="score-value">${formatScore(card.overall.score)}</span><span class="unit"> / 100</span></span><span class="band-text">${BAND_LABELS[band]}</span></div>`,
    `<div class="card"><span class="label">Errors</span><span class="value" id="total-errors">${s.errors}</span></div>`,
    `<div class="card"><span class="label">Warnings</span><span class="value" id="total-warnings">${s.warnings}</span></div>`,
    `<div class="card"><span class="label">Infos</span><span class="value" id="total-infos">${s.infos}</span></div>`,
    `<div class="card"><span class="label">Departments</span><span class="value">${card.departments.length}</span></div>`,
    `<div class="card"><span class="label">Datasets · files</span><span class="value">${s.datasets} · ${s.files}</span></div>`,
  ];
  const byCategory = countsByCategory(report);
  const rows = CATEGORIES.map((c) => `<tr><th scope="row">${CATEGORY_LABELS[c]}</th><td class="num">${byCategory[c].errors}</td><td class="num">${byCategory[c].warnings}</td><td class="num">${byCategory[c].infos}</td>${scoreCell(card.overall.scores[c], card.overall.bands[c], ` data-category="${c}"`)}</tr>`);
  const notes: string[] = [];
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

function scorecardSection(card: Scorecard): string {
  const head = `<tr><th scope="col">Department</th><th scope="col" class="num">Datasets</th>${CATEGORIES.map((c) => `<th scope="col">${CATEGORY_LABELS[c]}</th>`).join('')}<th scope="col">Overall</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th></tr>`;
  const rows = card.departments.map((d) => {
    const cells = CATEGORIES.map((c) => scoreCell(d.scores[c], d.bands[c], ` data-category="${c}"`)).join('');
    return `<tr class="department" data-department="${escapeHtml(d.name)}"><th scope="row">${escapeHtml(d.name)}</th><td class="num">${d.datasets}</td>${cells}${scoreCell(d.scores.overall, d.bands.overall, ' data-category="overall"')}<td class="num">${d.errors}</td><td class="num">${d.warnings}</td></tr>`;
  });
  const o = card.overall;
  const foot = `<tr class="overall"><th scope="row">All departments (mean)</th><td class="num">${o.datasets}</td>${CATEGORIES.map((c) => scoreCell(o.scores[c], o.bands[c], ` data-category="${c}"`)).join('')}${scoreCell(o.score, o.band, ' data-category="overall"')}<td class="num">${o.errors}</td><td class="num">${o.warnings}</td></tr>`;
  const m = card.method;
  return `<section class="block" id="scorecard" aria-labelledby="scorecard-title">
<h2 id="scorecard-title">Scorecard by department</h2>
<p class="lead">Each department (the publisher its datasets declare) scored from 0 to 100 in the standard's four categories. Bands: ${m.bands.good}–100 Good, ${m.bands.fair}–${m.bands.good - 1} Fair, below ${m.bands.fair} Poor; “—” means not assessed. ${plural(o.datasetsWithKeys, 'dataset')} of ${o.datasets} declare keys; linking is assessed for those.</p>
<div class="table-scroll"><table class="scorecard">
<thead>${head}</thead>
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

function datasetsSection(card: Scorecard): string {
  const ordered = card.datasets;
  const rows = ordered.flatMap((d, i) => {
    const title = d.title ? `<a href="#dataset-${i + 1}">${escapeHtml(d.title)}</a><br><code class="name">${escapeHtml(d.name)}</code>` : `<a href="#dataset-${i + 1}"><code>${escapeHtml(d.name)}</code></a>`;
    const cats = CATEGORIES.map((c) => scoreCell(d.scores[c], d.bands[c], ` data-category="${c}"`)).join('');
    const row = `<tr data-dataset="${escapeHtml(d.name)}"><td>${title}</td><td class="num">${d.files.length}</td><td class="num">${d.errors}</td><td class="num">${d.warnings}</td><td class="num">${d.infos}</td>${cats}${scoreCell(d.scores.overall, d.bands.overall, ' data-category="overall"')}</tr>`;
    // A department's name once, above its datasets, leaves the width to the dataset titles.
    return i === 0 || ordered[i - 1]!.department !== d.department ? [`<tr class="group"><th scope="rowgroup" colspan="${6 + CATEGORIES.length}">${escapeHtml(d.department)}</th></tr>`, row] : [row];
  });
  return `<section class="block" id="datasets" aria-labelledby="datasets-title">
<h2 id="datasets-title">Datasets</h2>
<p class="lead">${plural(card.datasets.length, 'dataset')}, by department; the scores that make up each department's.</p>
<div class="table-scroll"><table class="datasets">
<thead><tr><th scope="col">Dataset</th><th scope="col" class="num">Files</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Infos</th>${CATEGORIES.map((c) => `<th scope="col">${CATEGORY_LABELS[c]}</th>`).join('')}<th scope="col">Score</th></tr></thead>
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

function findingsSection(report: LintReport, ordered: readonly ScorecardDataset[]): string {
  const attributed = attributeFindings(report);
  const helpUris = new Map((report.rules ?? []).map((r) => [r.id, r.helpUri]));
  const severityCounts = Object.fromEntries(SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  const categoryCounts = Object.fromEntries(CATEGORIES.map((c) => [c, report.findings.filter((f) => f.category === c).length])) as Record<Category, number>;
  const box = (name: string, value: string, label: string, n: number) =>
    `<label><input type="checkbox" name="${name}" value="${value}" checked> ${label} <span class="zero">(${n})</span></label>`;
  const filters = `<div class="filters" hidden role="group" aria-label="Filter findings">
<fieldset><legend>Severity</legend>${SEVERITIES.map((s) => box('severity', s, s, severityCounts[s])).join('')}</fieldset>
<fieldset><legend>Category</legend>${CATEGORIES.map((c) => box('category', c, CATEGORY_LABELS[c], categoryCounts[c])).join('')}</fieldset>
<p class="filter-status" aria-live="polite">Showing <span id="visible-count">${report.findings.length}</span> of ${report.findings.length} listed findings</p>
</div>`;

  const sections = ordered.map((d, i) => {
    // Listed findings come first in attributeFindings, in report order, index for index.
    const mine = report.findings.filter((_f, k) => attributed[k]!.dataset === d.name);
    const notListed = attributed.filter((a) => !a.listed && a.dataset === d.name);
    const files = [...new Set([...mine.map((f) => f.file), ...notListed.map((a) => a.file)])];
    const blocks = files.map((file) => {
      const rows = mine.filter((f) => f.file === file).map((f) => findingRow(f, helpUris.get(f.ruleId)));
      const omitted = notListed.filter((a) => a.file === file).map((a) => `<p class="omitted">… ${plural(a.count, `more ${escapeHtml(a.ruleId)} finding`)} (${a.severity}) not listed (<code>--max-findings-per-rule</code>).</p>`);
      const table = rows.length
        ? `<div class="table-scroll"><table class="findings"><colgroup><col class="c-pos"><col class="c-sev"><col class="c-cat"><col class="c-rule"><col></colgroup><thead><tr><th scope="col">Line</th><th scope="col">Severity</th><th scope="col">Category</th><th scope="col">Rule</th><th scope="col">Message</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`
        : '';
      return `<div class="file" data-file="${escapeHtml(file)}"><h4>${escapeHtml(file)}</h4>${table}<p class="none-match" hidden>No findings in this file match the filters.</p>${omitted.join('')}</div>`;
    });
    const clean = d.files.filter((f) => !files.includes(f));
    const cleanNote = clean.length ? `<p class="clean">No findings in ${clean.map((f) => `<code>${escapeHtml(f)}</code>`).join(', ')}.</p>` : '';
    const meta = [escapeHtml(d.department), d.metadataFile ? `metadata <code>${escapeHtml(d.metadataFile)}</code>` : 'no metadata', `<span class="dataset-count">${plural(mine.length, 'finding')} listed</span>`];
    const heading = d.title ? `${escapeHtml(d.title)}<span class="name mono">${escapeHtml(d.name)}</span>` : `<span class="mono">${escapeHtml(d.name)}</span>`;
    return `<section class="dataset" id="dataset-${i + 1}" data-dataset="${escapeHtml(d.name)}"><h3>${heading}</h3><p class="dataset-meta">${meta.join(' · ')}</p>${blocks.join('\n')}${cleanNote}</section>`;
  });
  return `<section class="block" id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">Findings by dataset</h2>
<p class="lead">Every listed finding, by dataset and file, in report order: line (and column) where the problem is, severity, category, the rule (linked to its documentation), and what to do.</p>
${filters}
${sections.join('\n')}
</section>`;
}

/**
 * One self-contained HTML page for auditors: the scorecard by department and how it is computed, the linking
 * breaks between departments, every dataset's findings with severity and category filters. No network at all (a
 * Content-Security-Policy with the hashes of its own style and script forbids anything else), printable, and the
 * same bytes for the same report.
 */
export function renderHtml(report: LintReport): string {
  const card = scorecardOf(report);
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
${scorecardSection(card)}
${linkingSection(card)}
${datasetsSection(card)}
${baselineSection(report)}
${findingsSection(report, card.datasets)}
</main>
<footer class="wrap"><p>Generated by ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)} against ${escapeHtml(report.standard.id)} ${escapeHtml(report.standard.version)}, reference date ${escapeHtml(report.now)}. This file is self-contained: it loads nothing from the network and works offline.</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const html: Formatter = (report) => renderHtml(report);
export default html;
