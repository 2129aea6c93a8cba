// The HTML report of a national audit (60 departments, test/helpers/national-audit.ts) in a real headless browser,
// with --compare against an earlier run of the same folder: sorting the scorecard and the datasets table, the search
// box, the department, severity and category filters, datasets without findings collapsed into a count, and the
// change per department. Every expectation comes from the JSON report of the same run. Saves screenshots to
// test-artifacts/html-audit-60*.png for people to look at.
//
// Without /usr/bin/chromium the test fails when CI is set and is skipped otherwise, as html-report.test.ts does.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Score } from '../../src/model/scorecard.js';
import { formatScore, scoreChange } from '../../src/report/scorecard.js';
import { writeNationalAudit } from '../helpers/national-audit.js';
import { haveChromium, openReport, requireChromiumInCi } from './browser.js';
import { cleanupTempDirs, expectNoCrash, lintJson, makeTempDir, NOW, odlint, REPO_ROOT, type Report } from './helpers.js';

const PAGE_URL = 'http://odlint.test/audit.html';
const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');
const SET = { departments: 60, datasetsPerDepartment: 3, rows: 30, looseFiles: 3 };

/** Indexes in the order the page sorts: by value (not assessed last either way), ties in report order. */
function sortedOrder(values: Score[], dir: 'ascending' | 'descending'): number[] {
  const sign = dir === 'ascending' ? 1 : -1;
  return values.map((v, i) => ({ v, i })).sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
    return sign * (a.v - b.v) || a.i - b.i;
  }).map((x) => x.i);
}

describe('HTML report of 60 departments in a browser', () => {
  requireChromiumInCi();

  describe.skipIf(!haveChromium)('lint <national audit> --compare earlier.json -f html', () => {
    let browser: Browser;
    let page: Page;
    let report: Report;
    let consoleErrors: string[] = [];
    let foreignRequests: string[] = [];

    beforeAll(async () => {
      // The same folder twice (findings are matched by file): first as it was, then as it is, compared.
      const root = makeTempDir('odlint-audit60-');
      const set = path.join(root, 'set');
      writeNationalAudit(set, SET);
      const earlier = lintJson(['set'], { cwd: root });
      expectNoCrash(earlier.run);
      writeFileSync(path.join(root, 'earlier.json'), earlier.run.stdout);
      rmSync(set, { recursive: true });
      writeNationalAudit(set, { ...SET, later: true });
      report = lintJson(['set', '--compare', 'earlier.json'], { cwd: root }).report;
      const run = odlint(['lint', 'set', '--compare', 'earlier.json', '--format', 'html', '--now', NOW], { cwd: root });
      expectNoCrash(run);
      expect(run.code).toBe(1);

      ({ browser, page, consoleErrors, foreignRequests } = await openReport(run.stdout, PAGE_URL));
    });

    afterAll(async () => {
      await browser?.close();
      cleanupTempDirs();
    });

    const depRows = () => page.locator('table.scorecard tbody tr.department');
    const visibleDepartments = () => page.locator('table.scorecard tbody tr.department:visible th').allTextContents();
    const visibleDatasets = () => page.locator('table.datasets tbody tr:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-dataset')));
    const visibleSections = () => page.locator('#findings details.dataset:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-dataset')));
    const openAll = () => page.evaluate(`document.querySelectorAll('#findings details').forEach((d) => { d.open = true; })`);

    it('renders every department of the JSON scorecard, with no console error and no request but the page', async () => {
      const card = report.scorecard!;
      expect(card.departments.length).toBeGreaterThanOrEqual(61);
      expect(await depRows().locator('th').allTextContents()).toEqual(card.departments.map((d) => d.name));
      expect(await depRows().locator('td[data-category="overall"] .score-value').allTextContents()).toEqual(card.departments.map((d) => formatScore(d.scores.overall)));
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'html-audit-60.png'), fullPage: true });
    });

    it('shows the change since the earlier report per department: ▲/▼, new and fixed findings', async () => {
      const card = report.scorecard!;
      const changes = await depRows().locator('td.change').allTextContents();
      const expected = card.departments.map((d) => (d.previous ? scoreChange(d.scores.overall, d.previous.scores.overall) : 'New'));
      expect(changes).toEqual(expected);
      expect(expected.some((c) => c.startsWith('▲'))).toBe(true);
      expect(expected.some((c) => c.startsWith('▼'))).toBe(true);
      // Department 002 fixed what it had; department 004 broke what it had not.
      const at = (name: string) => card.departments.findIndex((d) => d.name === name);
      expect(changes[at('Department 002')]).toMatch(/^▲ \d+$/);
      expect(changes[at('Department 004')]).toMatch(/^▼ \d+$/);
      const newCounts = await depRows().evaluateAll((rows) => rows.map((r) => [r.cells[r.cells.length - 2]!.textContent, r.cells[r.cells.length - 1]!.textContent]));
      expect(newCounts).toEqual(card.departments.map((d) => (d.previous ? [String(d.previous.newFindings), String(d.previous.fixedFindings)] : ['—', '—'])));
      expect(newCounts[at('Department 002')]![1]).not.toBe('0');
      expect(newCounts[at('Department 004')]![0]).not.toBe('0');
      const o = card.overall;
      expect(await page.locator('#overall-change').textContent()).toBe(`${scoreChange(o.score, o.previous!.scores.overall)} since ${o.previous!.report.now}`);
    });

    it('sorts the scorecard by a score column both ways, and by name', async () => {
      const card = report.scorecard!;
      const header = page.locator('table.scorecard thead th', { hasText: 'Overall' });
      const names = (order: number[]) => order.map((i) => card.departments[i]!.name);
      const overall = card.departments.map((d) => d.scores.overall);
      expect(await header.getAttribute('aria-sort')).toBe('none');

      await header.locator('button').click();
      expect(await header.getAttribute('aria-sort')).toBe('ascending');
      expect(await depRows().locator('th').allTextContents()).toEqual(names(sortedOrder(overall, 'ascending')));
      await header.locator('button').press('Enter');
      expect(await header.getAttribute('aria-sort')).toBe('descending');
      expect(await depRows().locator('th').allTextContents()).toEqual(names(sortedOrder(overall, 'descending')));
      // Linking is not assessed for departments without keys: "—" comes last both ways.
      const linking = page.locator('table.scorecard thead th', { hasText: 'Linking' });
      await linking.locator('button').click();
      expect(await header.getAttribute('aria-sort')).toBe('none');
      expect(await linking.getAttribute('aria-sort')).toBe('ascending');
      const shown = await depRows().locator('td[data-category="linking"] .score-value').allTextContents();
      expect(shown).toEqual(sortedOrder(card.departments.map((d) => d.scores.linking), 'ascending').map((i) => formatScore(card.departments[i]!.scores.linking)));
      expect(shown.at(-1)).toBe('—');

      const department = page.locator('table.scorecard thead th', { hasText: 'Department' });
      await department.locator('button').click();
      await department.locator('button').click();
      expect(await department.getAttribute('aria-sort')).toBe('descending');
      expect(await depRows().locator('th').allTextContents()).toEqual(card.departments.map((d) => d.name).sort((a, b) => b.localeCompare(a, 'en', { numeric: true, sensitivity: 'base' })));
      await department.locator('button').click();
      expect(await depRows().locator('th').allTextContents()).toEqual(card.departments.map((d) => d.name).sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })));
    });

    it('sorts the datasets table by score', async () => {
      const card = report.scorecard!;
      const header = page.locator('table.datasets thead th', { hasText: 'Score' });
      await header.locator('button').click();
      await header.locator('button').click();
      expect(await header.getAttribute('aria-sort')).toBe('descending');
      expect(await visibleDatasets()).toEqual(sortedOrder(card.datasets.map((d) => d.scores.overall), 'descending').map((i) => card.datasets[i]!.name));
    });

    it('collapses datasets without findings into one count, and each dataset\'s findings into details', async () => {
      const card = report.scorecard!;
      const clean = card.datasets.filter((d) => d.errors + d.warnings + d.infos === 0);
      expect(clean.length).toBeGreaterThan(0);
      expect(await page.locator('#clean-count').textContent()).toBe(`${clean.length} datasets without findings`);
      expect(await page.locator('#clean-datasets').getAttribute('open')).toBeNull();
      expect(await page.locator('#clean-datasets li:visible').count()).toBe(0);
      expect(await visibleSections()).toEqual(card.datasets.filter((d) => d.errors + d.warnings + d.infos > 0).map((d) => d.name));
      expect(await page.locator('tr.finding:visible').count()).toBe(0);
      expect(await page.locator('.none-match').count()).toBe(0);
    });

    it('narrows departments and datasets with the search box, and counts what shows', async () => {
      const card = report.scorecard!;
      const search = page.locator('input[type="search"]');
      await search.fill('department 012');
      const mine = card.datasets.filter((d) => d.department === 'Department 012');
      expect(await visibleDepartments()).toEqual(['Department 012']);
      expect(await visibleDatasets()).toEqual(expect.arrayContaining(mine.map((d) => d.name)));
      expect((await visibleDatasets()).length).toBe(mine.length);
      expect(await visibleSections()).toEqual(mine.filter((d) => d.errors + d.warnings + d.infos > 0).map((d) => d.name));
      expect(await page.locator('#filter-status').textContent()).toContain(`Showing 1 of ${card.departments.length} departments · ${mine.length} of ${card.datasets.length} datasets`);
      await page.screenshot({ path: path.join(ARTIFACTS, 'html-audit-60-search.png') });

      // A dataset title finds the dataset, and its department.
      await search.fill('Department 033 dataset 2');
      expect(await visibleDatasets()).toEqual(['d033-ds2']);
      expect(await visibleDepartments()).toEqual(['Department 033']);

      await search.fill('no such thing');
      expect(await visibleDepartments()).toEqual([]);
      expect(await visibleSections()).toEqual([]);
      expect(await page.locator('#no-findings-match').isVisible()).toBe(true);
      await search.fill('');
      expect(await page.locator('table.scorecard tbody tr.department:visible').count()).toBe(card.departments.length);
    });

    it('filters by department', async () => {
      const card = report.scorecard!;
      await page.locator('#department-filter').selectOption('Department 004');
      const mine = card.datasets.filter((d) => d.department === 'Department 004');
      expect(await visibleDepartments()).toEqual(['Department 004']);
      expect((await visibleDatasets()).sort()).toEqual(mine.map((d) => d.name).sort());
      expect(await visibleSections()).toEqual(mine.filter((d) => d.errors + d.warnings + d.infos > 0).map((d) => d.name));
      expect(await page.locator('table.linking-breaks tbody tr:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-department')))).toEqual(
        card.linkingBreaks.some((b) => b.department === 'Department 004') ? ['Department 004'] : [],
      );
      await page.locator('#department-filter').selectOption('');
      expect(await page.locator('table.scorecard tbody tr.department:visible').count()).toBe(card.departments.length);
    });

    it('filters findings by severity and category, hiding datasets with none left', async () => {
      await openAll();
      const total = report.findings.length;
      const visible = () => page.locator('tr.finding:visible').count();
      expect(await visible()).toBe(total);
      const datasetsOf = (keep: (f: Report['findings'][number]) => boolean) => new Set(report.findings.filter(keep).map((f) => f.dataset));

      await page.locator('input[name="severity"][value="error"]').uncheck();
      const notErrors = (f: Report['findings'][number]) => f.severity !== 'error';
      expect(await visible()).toBe(report.findings.filter(notErrors).length);
      expect(await page.locator('#visible-count').textContent()).toBe(String(report.findings.filter(notErrors).length));
      expect(new Set(await visibleSections())).toEqual(datasetsOf(notErrors));

      await page.locator('input[name="severity"][value="error"]').check();
      await page.locator('input[name="category"][value="format"]').uncheck();
      await page.locator('input[name="category"][value="licence"]').uncheck();
      await page.locator('input[name="category"][value="freshness"]').uncheck();
      const linkingOnly = (f: Report['findings'][number]) => f.category === 'linking';
      expect(report.findings.filter(linkingOnly).length).toBeGreaterThan(0);
      expect(await visible()).toBe(report.findings.filter(linkingOnly).length);
      expect(new Set(await visibleSections())).toEqual(datasetsOf(linkingOnly));
      expect(await page.locator('.file:visible tr.finding:visible').count()).toBe(report.findings.filter(linkingOnly).length);
      await page.screenshot({ path: path.join(ARTIFACTS, 'html-audit-60-filtered.png'), fullPage: true });

      // Printing shows everything, open, and puts the filters back after.
      await page.evaluate(`window.dispatchEvent(new Event('beforeprint'))`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.filters').isVisible()).toBe(false);
      expect(await visible()).toBe(total);
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(`window.dispatchEvent(new Event('afterprint'))`);
      expect(await visible()).toBe(report.findings.filter(linkingOnly).length);
      for (const c of ['format', 'licence', 'freshness']) await page.locator(`input[name="category"][value="${c}"]`).check();
      expect(await visible()).toBe(total);
    });
  });
});
