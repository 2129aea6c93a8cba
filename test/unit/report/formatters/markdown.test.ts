import { describe, expect, it } from 'vitest';
import { AT_REPO_ROOT } from '../../../helpers/format-reports.js';
import { sortFindings } from '../../../../src/report/finding-order.js';
import markdown, { GITHUB_COMMENT_LIMIT, renderMarkdown, TOP_FINDINGS } from '../../../../src/report/formatters/markdown.js';
import { escapeUntrustedMarkdown as escapeMarkdown } from '../../../../src/util/markdown.js';
import { summarise } from '../../../../src/report/summary.js';
import type { LintReport } from '../../../../src/model/report.js';
import { finding, sampleAuditReport } from '../sample-audit-report.js';

const HOSTILE = 'bad | cell <script>alert(1)</script> `code` *em* _u_ [link](javascript:x) @octocat &amp; $x$\nnext row';

/** The report with one hostile finding in x/a.csv and a hostile dataset title and publisher. */
function hostileReport(): LintReport {
  const report = sampleAuditReport();
  report.findings = sortFindings([...report.findings, finding('format/type', 'error', 'x/a.csv', 'a', 9, { message: HOSTILE, hint: '<b>hint</b> | x' })]);
  report.summary = summarise(report.findings, report.omitted, 4, 4);
  report.datasets![0]!.title = 'A <i>title</i> | pipe';
  report.datasets![0]!.publisher = 'Dept X';
  return report;
}

describe('escapeUntrustedMarkdown', () => {
  it('neutralises HTML, table pipes, emphasis, code, links, mentions and line breaks', () => {
    const out = escapeMarkdown(HOSTILE);
    expect(out).not.toMatch(/<|>/);
    expect(out).not.toMatch(/(^|[^\\])\|/);
    expect(out).not.toMatch(/(^|[^\\])[`*_[\]$]/);
    expect(out).not.toContain('\n');
    expect(out).toContain('@&#8203;octocat');
    expect(out).toContain('&amp;amp;');
    expect(out).toBe('bad \\| cell &lt;script&gt;alert(1)&lt;/script&gt; \\`code\\` \\*em\\* \\_u\\_ \\[link\\](javascript:x) @&#8203;octocat &amp;amp; \\$x\\$ next row');
  });

  it('escapes a leading list or heading marker, so a list item or heading keeps its structure', () => {
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('12. not ordered')).toBe('12\\. not ordered');
    expect(escapeMarkdown('+ not a list')).toBe('\\+ not a list');
    expect(escapeMarkdown('a - b # c')).toBe('a - b # c');
    expect(escapeMarkdown('1.1.0')).toBe('1.1.0');
    expect(escapeMarkdown('#1')).toBe('#1');
  });
});

describe('markdown formatter', () => {
  it('opens with the totals, the standard and the date, then a table by category and one by dataset', () => {
    const report = sampleAuditReport();
    const out = markdown(report, AT_REPO_ROOT);
    const lines = out.split('\n');
    expect(lines[0]).toBe('## odlint: ✖ 21 problems (18 errors, 2 warnings, 1 info) — National Open Data Standard (national-open-data 1.1.0), 2026-11-27');
    expect(out).toContain('4 files in 4 datasets · checked by odlint 0.1.0 · 11 not listed (--max-findings-per-rule).');
    expect(out).toContain('| format | 10 | 2 | 1 |');
    expect(out).toContain('| linking | 7 | 0 | 0 |');
    expect(out).toContain('| **Total** | **18** | **2** | **1** |');
    expect(out).toContain('| Dept X | a — Dataset A | 1 | 17 | 1 | 1 |');
    expect(out).toContain('| No publisher declared | loose.csv | 1 | 0 | 1 | 0 |');
    expect(out.indexOf('| Dept X |')).toBeLessThan(out.indexOf('| Dept Y |'));
    expect(out.indexOf('| Dept Y |')).toBeLessThan(out.indexOf('| No publisher declared |'));
  });

  it('lists each file with its findings (line, severity, linked rule, message) and what the cap left out', () => {
    const out = markdown(sampleAuditReport(), AT_REPO_ROOT);
    expect(out).toContain('### x/a.csv\n\n15 errors, 1 warning, 1 info · 5 more format/type not listed');
    expect(out).toContain('| 2 | error | [format/type](https://example.org/rules/format/type.md) | format/type on line 2 |');
    expect(out).toContain('| — | warning | [format/metadata-missing](https://example.org/rules/format/metadata-missing.md) | format/metadata-missing on line - |');
    expect(out).not.toContain('<details>');
  });

  it(`shows the first ${TOP_FINDINGS} findings of a file and collapses the rest into <details>`, () => {
    const report = sampleAuditReport();
    const many = Array.from({ length: 14 }, (_, i) => finding('format/type', 'error', 'y/c.csv', 'c', i + 10));
    report.findings = sortFindings([...report.findings, ...many]);
    report.summary = summarise(report.findings, report.omitted, 4, 4);
    const out = markdown(report, AT_REPO_ROOT);
    const section = out.slice(out.indexOf('### y/c.csv'), out.indexOf('### ', out.indexOf('### y/c.csv') + 1));
    const [top, rest] = section.split('<details>');
    expect(top!.match(/^\| \d+ \|/gm)).toHaveLength(TOP_FINDINGS);
    expect(rest).toContain('<summary>5 more findings in this file</summary>\n\n| Line |');
    expect(rest!.match(/^\| \d+ \|/gm)).toHaveLength(15 - TOP_FINDINGS);
    expect(rest).toContain('</details>');
  });

  it('escapes user text in every place it appears, keeping each finding one table row', () => {
    const out = markdown(hostileReport(), AT_REPO_ROOT);
    expect(out).not.toMatch(/<script|<b>|<i>/);
    const row = out.split('\n').find((l) => l.includes('bad \\| cell'))!;
    expect(row).toMatch(/^\| 9 \| error \| .* \|$/);
    // Five cells: the pipes that are not escaped are exactly the cell borders.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    expect(row).toContain('<br>↳ &lt;b&gt;hint&lt;/b&gt; \\| x');
    expect(out).toContain('| Dept X | a — A &lt;i&gt;title&lt;/i&gt; \\| pipe |');
  });

  it('links only http(s) help pages, with characters that would end the link encoded', () => {
    const report = sampleAuditReport();
    report.rules![4]!.helpUri = 'https://example.org/a (b)|c';
    report.rules![0]!.helpUri = 'javascript:alert(1)';
    const out = markdown(report, AT_REPO_ROOT);
    expect(out).toContain('[format/type](https://example.org/a%20%28b%29%7Cc)');
    expect(out).toContain('| 5 | warning | format/blank-row |');
    expect(out).not.toContain('javascript:');
  });

  it('reports the baseline: suppressed count and fixed entries', () => {
    const report = sampleAuditReport();
    report.summary.suppressed = 3;
    report.baseline = { file: '.odlint-baseline.json', suppressed: 3, fixed: [{ file: 'x/a.csv', ruleId: 'format/type', fingerprint: 'f1', message: 'gone | now', count: 2 }] };
    const out = markdown(report, AT_REPO_ROOT);
    expect(out).toContain('3 findings suppressed by the baseline .odlint-baseline.json');
    expect(out).toContain('**Baseline** .odlint-baseline.json: 3 findings suppressed; 1 entry is fixed (run with --baseline-write .odlint-baseline.json to prune it).');
    expect(out).toContain('- x/a.csv format/type: gone \\| now (2 fewer)');
  });

  it('stays under the GitHub comment limit, saying how many findings and files it left out', () => {
    const report = sampleAuditReport();
    const files = Array.from({ length: 40 }, (_, k) => `bulk/file-${String(k).padStart(2, '0')}.csv`);
    const bulk = files.flatMap((file) => Array.from({ length: 60 }, (_, i) => finding('format/type', 'error', file, 'b', i + 2, { message: `'value ${i}' in field 'amount' is not a number, and this message is long enough to matter` })));
    report.findings = sortFindings([...report.findings, ...bulk]);
    report.summary = summarise(report.findings, report.omitted, 4, 44);
    const out = renderMarkdown(report);
    expect(out.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    const note = out.trimEnd().split('\n').at(-1)!;
    expect(note).toMatch(/^> \*\*Truncated\*\* to stay within GitHub's 65,536-character comment limit/);
    const shownRows = out.split('\n').filter((l) => /^\| (\d+|—)(:\d+)? \| (error|warning|info) \|/.test(l)).length;
    const partial = Number(/(\d+) more findings? of the last file shown/.exec(note)?.[1] ?? 0);
    const [, skipped, skippedFiles] = /(\d+) findings? in (\d+) further files?/.exec(note)!;
    expect(shownRows + partial + Number(skipped)).toBe(report.findings.length);
    const fileHeadings = out.split('\n').filter((l) => l.startsWith('### ')).length;
    expect(fileHeadings + Number(skippedFiles)).toBe(new Set(report.findings.map((f) => f.file)).size);
    expect(out.split('<details>').length).toBe(out.split('</details>').length);
  });

  it('never ends a truncated report, or leaves any place in it, with a table that has no rows (issue 14)', () => {
    const report = sampleAuditReport();
    const bulk = Array.from({ length: 30 }, (_, i) => finding('format/type', 'error', 'bulk/file.csv', 'b', i + 2, { message: `'value ${i}' in field 'amount' is not a number` }));
    report.findings = sortFindings([...report.findings, ...bulk]);
    report.summary = summarise(report.findings, report.omitted, 4, 44);
    let truncated = 0;
    for (let limit = 1500; limit <= 9000; limit += 23) {
      const lines = renderMarkdown(report, limit).split('\n');
      if (lines.some((l) => l.startsWith('> **Truncated**'))) truncated++;
      lines.forEach((line, i) => {
        if (/^\|-/.test(line)) expect(lines[i + 1], `limit ${limit}: a table head without rows`).toMatch(/^\| /);
      });
    }
    expect(truncated).toBeGreaterThan(100); // the limits really cut the report, at every place
  });

  it('is deterministic: the same report gives the same bytes', () => {
    expect(markdown(hostileReport(), AT_REPO_ROOT)).toBe(markdown(hostileReport(), { ...AT_REPO_ROOT, color: true }));
  });
});
