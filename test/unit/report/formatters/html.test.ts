import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AT_REPO_ROOT } from '../../../helpers/format-reports.js';
import { sortFindings } from '../../../../src/report/finding-order.js';
import html, { escapeHtml, renderHtml } from '../../../../src/report/formatters/html.js';
import { summarise } from '../../../../src/report/summary.js';
import type { LintReport } from '../../../../src/model/report.js';
import { computeScorecard, scorecardOf, formatScore } from '../../../../src/report/scorecard.js';
import { defaultScoringMethod } from '../../../../src/standard/scoring.js';
import { finding, sampleAuditReport } from '../sample-audit-report.js';

const ATTACK = `<img src=x onerror="alert('x')">&amp;`;

/** User text with markup in every place the report shows: file, message, hint, rule link, dataset, publisher, standard. */
function hostileReport(): LintReport {
  const report = sampleAuditReport();
  const file = `x/<b>evil</b>&"q'.csv`;
  report.findings = sortFindings([...report.findings, finding('format/type', 'error', file, 'a', 9, { message: `${ATTACK} message`, hint: `${ATTACK} hint`, target: ATTACK })]);
  report.summary = summarise(report.findings, report.omitted, 4, 5);
  const a = report.datasets![0]!;
  a.files.push(file);
  a.title = `${ATTACK} title`;
  a.publisher = `${ATTACK} publisher`;
  report.datasets![3]!.name = `${ATTACK}.csv`;
  report.findings.find((f) => f.ruleId === 'format/metadata-missing')!.dataset = `${ATTACK}.csv`;
  report.standard.title = `${ATTACK} standard`;
  report.rules![4]!.helpUri = 'javascript:alert(1)';
  report.baseline = { file: `${ATTACK}.json`, suppressed: 1, fixed: [{ file, ruleId: 'format/type', fingerprint: 'f', message: ATTACK, count: 1 }] };
  return report;
}

function inlineContent(page: string, tag: 'script' | 'style'): string[] {
  return [...page.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
}

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});

describe('html formatter', () => {
  it('escapes user text everywhere: no markup from the report reaches the page', () => {
    const page = html(hostileReport(), AT_REPO_ROOT);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>evil');
    expect(page).not.toContain('onerror="');
    expect(page).not.toContain('javascript:');
    expect(page).toContain('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;amp; message');
    expect(page).toContain('data-file="x/&lt;b&gt;evil&lt;/b&gt;&amp;&quot;q&#39;.csv"');
    expect(page).toContain('<h1>&lt;img src=x');
    // The only elements are the page's own: one script, one style, no other resource.
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page.match(/<style/g)).toHaveLength(1);
  });

  it('loads nothing: no external resources, and a CSP that allows only its own hashed style and script', () => {
    const page = html(sampleAuditReport(), AT_REPO_ROOT);
    expect(page).not.toMatch(/<link[^>]+rel="stylesheet"|<script[^>]+src=|<img|<iframe|@import|url\(|@font-face/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!;
    expect(csp).toMatch(/^default-src 'none';/);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(inlineContent(page, 'script')[0]!)}`);
    expect(csp).toContain(`style-src ${hash(inlineContent(page, 'style')[0]!)}`);
  });

  it('shows the standard, the date, the tool, the overall score and one scorecard row per department', () => {
    const report = sampleAuditReport();
    const page = html(report, AT_REPO_ROOT);
    const card = scorecardOf(report);
    expect(page).toContain('<h1>National Open Data Standard</h1>');
    expect(page).toContain('<code>national-open-data</code> 1.1.0');
    expect(page).toContain('<dd>2026-11-27</dd>');
    expect(page).toContain('<dd>odlint 0.1.0</dd>');
    expect(page).toContain(`<span class="score-value">${formatScore(card.overall.score)}</span><span class="unit"> / 100</span>`);
    const rows = [...page.matchAll(/<tr class="department" data-department="([^"]*)">([\s\S]*?)<\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual(['Dept X', 'Dept Y', 'No publisher declared']);
    const shown = (row: string) => [...row.matchAll(/<span class="score-value">([^<]*)<\/span>/g)].map((m) => m[1]);
    card.departments.forEach((d, i) => {
      expect(shown(rows[i]![2]!)).toEqual([d.scores.format, d.scores.licence, d.scores.freshness, d.scores.linking, d.scores.overall].map(formatScore));
    });
    expect(rows[2]![2]).toContain('<span class="score-band">Not assessed</span>');
    expect(page).toContain('<h3>How the score is computed: Compliance share, with mandatory metadata as pass or fail <code>odlint-share-2026</code></h3>');
    // The method is explained from the numbers it uses: the report carries them.
    expect(page).toContain(`costs, once however many findings it has, ${card.method.penalties.error.least} to ${card.method.penalties.error.most} points at error severity`);
    expect(page).toContain('<code>licence/declared</code>, <code>licence/open</code>');
  });

  it('tabulates linking breaks by department, register and unresolved reference', () => {
    const page = html(sampleAuditReport(), AT_REPO_ROOT);
    const table = /<table class="linking-breaks">([\s\S]*?)<\/table>/.exec(page)![1]!;
    expect(table).toContain('<th scope="col" class="num" data-target-kind="department">Dept Y</th>');
    expect(table).toContain('data-target-kind="register">Register <code>za-provinces</code>');
    expect(table).toContain('data-target-kind="unresolved">Not found: <code>../land-register</code>');
    expect(table).toContain('<tr data-department="Dept X"><th scope="row">Dept X</th><td class="num">5</td><td class="num zero">·</td><td class="num">1</td><td class="num"><strong>6</strong></td></tr>');
  });

  it('lists every finding as a filterable row, with filters that only script reveals and a print stylesheet', () => {
    const report = sampleAuditReport();
    const page = html(report, AT_REPO_ROOT);
    const rows = [...page.matchAll(/<tr class="finding" data-severity="(\w+)" data-category="(\w+)">/g)];
    expect(rows).toHaveLength(report.findings.length);
    expect(rows.map((r) => `${r[1]} ${r[2]}`).sort()).toEqual(report.findings.map((f) => `${f.severity} ${f.category}`).sort());
    expect(page).toContain('<div class="filters" id="controls" hidden');
    for (const value of ['error', 'warning', 'info', 'format', 'licence', 'freshness', 'linking']) expect(page).toMatch(new RegExp(`<input type="checkbox" name="\\w+" value="${value}" checked>`));
    expect(page).toContain('… 5 more format/type findings (error) not listed');
    // Dataset b has no finding: it is not listed with the others but in one collapsed list.
    expect(page).not.toContain('<details class="dataset" id="dataset-2"');
    expect(page).toMatch(/<details class="clean-datasets" id="clean-datasets"><summary id="clean-count" data-some="\{shown\} of 1 dataset without findings">1 dataset without findings<\/summary><ul><li id="clean-2" data-dataset="b" data-department="Dept X"/);
    expect(page).not.toContain('none-match');
    const style = inlineContent(page, 'style')[0]!;
    expect(style).toMatch(/@media print\{[\s\S]*\.filters[^{]*\{display:none!important\}[\s\S]*tr\.finding\[hidden\][^{]*\{display:table-row!important\}[\s\S]*details::details-content\{content-visibility:visible/);
  });

  it('is deterministic, dated only by the report', () => {
    const page = renderHtml(hostileReport());
    expect(renderHtml(hostileReport())).toBe(page);
    const dates = new Set(page.match(/\b\d{4}-\d{2}-\d{2}\b/g));
    expect([...dates]).toEqual(['2026-11-27']);
  });

  it('sorts every column of the scorecard and the datasets table with a button in its header', () => {
    const page = html(sampleAuditReport(), AT_REPO_ROOT);
    const scorecard = /<table class="scorecard sortable">\s*<thead>([\s\S]*?)<\/thead>/.exec(page)![1]!;
    expect(scorecard).toContain('<th scope="col" aria-sort="none" data-sort="text"><button type="button">Department</button></th>');
    expect(scorecard).toContain('<th scope="col" aria-sort="none" data-sort="num"><button type="button">Overall</button></th>');
    expect(scorecard.match(/aria-sort="none"/g)).toHaveLength(9);
    // No MQA and no comparison in this report: no column for them.
    expect(scorecard).not.toContain('MQA');
    expect(scorecard).not.toContain('Change');
    const datasets = /<table class="datasets sortable">\s*<thead>([\s\S]*?)<\/thead>/.exec(page)![1]!;
    expect(datasets.match(/aria-sort="none"/g)).toHaveLength(11);
    // Scores sort on their exact value; not assessed sorts last ('').
    const card = scorecardOf(sampleAuditReport());
    expect(page).toContain(`<td class="score band-${card.departments[0]!.bands.overall}" data-v="${card.departments[0]!.scores.overall}" data-category="overall">`);
    expect(page).toContain('data-v="" data-category="linking"');
  });

  it('has one search box, a department filter and the severity and category filters, in one bar the script reveals', () => {
    const page = html(sampleAuditReport(), AT_REPO_ROOT);
    expect(page.match(/<input type="search"/g)).toHaveLength(1);
    expect(page).toContain('<select id="department-filter"><option value="">All departments</option><option value="Dept X">Dept X</option><option value="Dept Y">Dept Y</option><option value="No publisher declared">No publisher declared</option></select>');
    expect(page).toContain('Showing <span id="shown-departments">3</span> of 3 departments · <span id="shown-datasets">4</span> of 4 datasets · <span id="shown-sections">3</span> of 3 with findings');
    expect(page).toContain('data-search="Dataset A a Dept X"');
  });

  it('collapses each dataset with findings into details with its counts, score and why it lost points', () => {
    const report = sampleAuditReport();
    const page = html(report, AT_REPO_ROOT);
    const details = [...page.matchAll(/<details class="dataset" id="dataset-(\d+)" data-dataset="([^"]*)"[^>]*><summary>([\s\S]*?)<\/summary>/g)];
    expect(details.map((d) => d[2])).toEqual(['a', 'c', 'loose.csv']);
    const a = scorecardOf(report).datasets.find((d) => d.name === 'a')!;
    expect(details[0]![3]).toContain(`<span class="sev sev-error">${a.errors} errors</span>`);
    expect(details[0]![3]).toContain(`score ${formatScore(a.scores.overall)}`);
    expect(page).toContain(`<li>Licence ${formatScore(a.scores.licence)}: fails: licence/open</li>`);
    expect(page).toMatch(/data-category="licence" title="fails: licence\/open"/);
  });

  it('shows the change since an earlier report (--compare): overall, per department, new and fixed findings, new departments', () => {
    const report = sampleAuditReport();
    const card = computeScorecard(report, defaultScoringMethod());
    const [x, y] = card.departments;
    const totals = { errors: 1, warnings: 0, infos: 0, datasets: 2 };
    x!.previous = { ...totals, scores: { ...x!.scores, overall: x!.scores.overall! - 12 }, bands: x!.bands, newFindings: 5, fixedFindings: 2 };
    y!.previous = { ...totals, scores: { ...y!.scores, overall: y!.scores.overall! + 4 }, bands: y!.bands, newFindings: 0, fixedFindings: 3 };
    card.overall.previous = { ...totals, scores: { ...card.overall.scores, overall: card.overall.score! - 1 }, bands: card.overall.bands, newFindings: 5, fixedFindings: 5, report: { now: '2026-10-01', standard: 'national-open-data 1.0.0' } };
    report.scorecard = card;
    const page = html(report, AT_REPO_ROOT);
    expect(page).toContain('<span class="change" id="overall-change">▲ 1 since 2026-10-01</span>');
    expect(page).toContain('Compared with the report of 2026-10-01');
    const rows = [...page.matchAll(/<tr class="department" data-department="([^"]*)">([\s\S]*?)<\/tr>/g)];
    expect(rows[0]![2]).toContain('<td class="change up" data-v="12">▲ 12</td><td class="num">5</td><td class="num">2</td>');
    expect(rows[1]![2]).toContain('<td class="change down" data-v="-4">▼ 4</td><td class="num">0</td><td class="num">3</td>');
    expect(rows[2]![2]).toContain('<span class="badge-new">New</span>');
    for (const label of ['Previous', 'Change', 'New', 'Fixed']) expect(page).toContain(`<button type="button">${label}</button>`);
  });

  it('adds an MQA column when a department has an MQA score', () => {
    const report = sampleAuditReport();
    const card = computeScorecard(report, defaultScoringMethod());
    card.departments[1]!.mqa = { datasets: 1, points: 201.5, max: 405, band: 'sufficient' };
    report.scorecard = card;
    const page = html(report, AT_REPO_ROOT);
    expect(page).toContain('<button type="button">MQA</button>');
    expect(page).toContain('<td class="mqa" data-v="201.5" title="Mean of 1 dataset with DCAT metadata">202 / 405<span class="score-band">Sufficient</span></td>');
    expect(page.match(/<td class="mqa" data-v="">—<\/td>/g)).toHaveLength(2);
  });

  it('stays under 2 MB for 200 datasets of 60 departments with over 1,000 findings', () => {
    const page = renderHtml(largeReport(200, 60));
    expect(page.match(/<tr class="finding"/g)!.length).toBeGreaterThanOrEqual(1000);
    expect(page.match(/<tr class="department"/g)).toHaveLength(60);
    expect(page.match(/<details class="dataset"/g)).toHaveLength(150);
    expect(page).toContain('<summary id="clean-count" data-some="{shown} of 50 datasets without findings">50 datasets without findings</summary>');
    expect(Buffer.byteLength(page, 'utf8')).toBeLessThan(2_000_000);
  });
});

/** `count` datasets of `departments` departments; three in four have seven findings, with messages and hints. */
function largeReport(count: number, departments: number): LintReport {
  const base = sampleAuditReport();
  const findings = [];
  const datasets = [];
  for (let i = 0; i < count; i++) {
    const dept = `Ministry of Public Affairs ${String((i % departments) + 1).padStart(3, '0')}`;
    const name = `dataset-${String(i + 1).padStart(3, '0')}`;
    const file = `${name}/data.csv`;
    datasets.push({ name, title: `Monthly expenditure by municipality ${i + 1}`, publisher: dept, metadataFile: `${name}/datapackage.json`, files: [file], keys: 2, records: 1000 });
    if (i % 4 === 0) continue;
    const hint = 'Use a number with a dot as the decimal separator, or leave the cell empty if the value is unknown.';
    for (let r = 0; r < 4; r++) findings.push(finding('format/type', 'error', file, name, 10 + r, { message: `Value "n/a" in column "amount" is not a number (type number).`, hint, record: 9 + r }));
    findings.push(finding('format/blank-row', 'warning', file, name, 40, { message: 'Row 40 is blank: every cell is empty.' }));
    findings.push(finding('linking/foreign-key', 'error', file, name, 50, { message: 'Value "M999" in column "municipality" is not a code of the register.', record: 49, target: 'national-register', targetKind: 'dataset' }));
    findings.push(finding('format/bom', 'info', file, name, 1, { message: 'The file starts with a byte order mark.' }));
  }
  const sorted = sortFindings(findings);
  return { ...base, findings: sorted, omitted: [], summary: summarise(sorted, [], count, count), datasets };
}

