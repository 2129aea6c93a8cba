import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AT_REPO_ROOT } from '../../../helpers/format-reports.js';
import { sortFindings } from '../../../../src/report/finding-order.js';
import html, { escapeHtml, renderHtml } from '../../../../src/report/formatters/html.js';
import { summarise } from '../../../../src/report/summary.js';
import type { LintReport } from '../../../../src/model/report.js';
import { scorecardOf, formatScore } from '../../../../src/report/scorecard.js';
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
    expect(page).toContain('<div class="filters" hidden');
    for (const value of ['error', 'warning', 'info', 'format', 'licence', 'freshness', 'linking']) expect(page).toMatch(new RegExp(`<input type="checkbox" name="\\w+" value="${value}" checked>`));
    expect(page).toContain('… 5 more format/type findings (error) not listed');
    expect(page).toContain('<p class="clean">No findings in <code>x2/b.csv</code>.</p>');
    const style = inlineContent(page, 'style')[0]!;
    expect(style).toMatch(/@media print\{[\s\S]*\.filters[^{]*\{display:none!important\}[\s\S]*tr\.finding\[hidden\]\{display:table-row!important\}/);
  });

  it('is deterministic, dated only by the report', () => {
    const page = renderHtml(hostileReport());
    expect(renderHtml(hostileReport())).toBe(page);
    const dates = new Set(page.match(/\b\d{4}-\d{2}-\d{2}\b/g));
    expect([...dates]).toEqual(['2026-11-27']);
  });
});
