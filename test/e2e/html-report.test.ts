// The HTML report of `lint fixtures` in a real headless browser (Debian's chromium, driven by playwright-core): it
// renders without console errors or any network request, shows the scores the scoring module computes from the
// JSON report of the same run, its filters hide and show rows, and it has a print stylesheet. Saves a screenshot to
// test-artifacts/html-report.png for people to look at.
//
// Without /usr/bin/chromium the test fails when CI is set (.ci/run installs chromium, so CI never silently skips
// it) and is skipped otherwise, so a developer without chromium can still run the rest of the suite.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/model/finding.js';
import { formatScore } from '../../src/report/scorecard.js';
import { haveChromium, openReport, requireChromiumInCi } from './browser.js';
import { expectNoCrash, lintJson, NOW, odlint, REPO_ROOT } from './helpers.js';

const PAGE_URL = 'http://odlint.test/report.html';
const SCREENSHOT = path.join(REPO_ROOT, 'test-artifacts', 'html-report.png');

describe('HTML report in a browser', () => {
  requireChromiumInCi();

  describe.skipIf(!haveChromium)('lint fixtures -f html', () => {
    let browser: Browser;
    let page: Page;
    let consoleErrors: string[] = [];
    let foreignRequests: string[] = [];
    const { report } = lintJson(['fixtures']);

    beforeAll(async () => {
      const run = odlint(['lint', 'fixtures', '--format', 'html', '--now', NOW]);
      expectNoCrash(run);
      expect(run.code).toBe(1);
      ({ browser, page, consoleErrors, foreignRequests } = await openReport(run.stdout, PAGE_URL));
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('renders with no console error and no request but the page itself', async () => {
      expect(await page.locator('h1').textContent()).toBe(report.standard.title ?? report.standard.id);
      expect(await page.locator('#total-errors').textContent()).toBe(String(report.summary.errors));
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });

    it('shows the scores the scoring module computes from the JSON report of the same run', async () => {
      const card = report.scorecard!;
      expect(await page.locator('#overall-score .score-value').textContent()).toBe(formatScore(card.overall.score));
      const rows = page.locator('table.scorecard tbody tr.department');
      expect(await rows.count()).toBe(card.departments.length);
      for (const [i, dep] of card.departments.entries()) {
        const row = rows.nth(i);
        expect(await row.locator('th').textContent()).toBe(dep.name);
        for (const c of CATEGORIES) expect(await row.locator(`td[data-category="${c}"] .score-value`).textContent(), `${dep.name} ${c}`).toBe(formatScore(dep.scores[c]));
        expect(await row.locator('td[data-category="overall"] .score-value').textContent()).toBe(formatScore(dep.scores.overall));
      }
      expect(card.departments.map((d) => d.name)).toContain('No publisher declared');
    });

    it('filters rows by severity and category, and counts what is visible', async () => {
      const visible = () => page.locator('tr.finding:visible').count();
      const status = () => page.locator('#visible-count').textContent();
      const total = report.findings.length;
      expect(await page.locator('.filters').isVisible()).toBe(true);
      // Each dataset's findings are collapsed: none shows until it is opened.
      expect(await visible()).toBe(0);
      await page.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
      expect(await visible()).toBe(total);

      await page.locator('input[name="severity"][value="error"]').uncheck();
      const notErrors = report.findings.filter((f) => f.severity !== 'error').length;
      expect(await visible()).toBe(notErrors);
      expect(await status()).toBe(String(notErrors));

      await page.locator('input[name="category"][value="format"]').uncheck();
      const rest = report.findings.filter((f) => f.severity !== 'error' && f.category !== 'format').length;
      expect(rest).toBeGreaterThan(0);
      expect(await visible()).toBe(rest);
      expect(await status()).toBe(String(rest));

      await page.locator('input[name="severity"][value="error"]').check();
      await page.locator('input[name="category"][value="format"]').check();
      expect(await visible()).toBe(total);
    });

    it('has a print stylesheet: no filters, every row shown, collapsed or not', async () => {
      // A string, evaluated in the page: the test project has no DOM types.
      const printRules = await page.evaluate<number>(`(() => {
        let n = 0;
        for (const sheet of Array.from(document.styleSheets)) {
          for (const rule of Array.from(sheet.cssRules)) if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('print')) n += rule.cssRules.length;
        }
        return n;
      })()`);
      expect(printRules).toBeGreaterThan(0);
      // A filter left on screen, or a dataset left closed, still prints every row.
      await page.locator('input[name="severity"][value="warning"]').uncheck();
      await page.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = false; })`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.filters').isVisible()).toBe(false);
      expect(await page.locator('tr.finding:visible').count()).toBe(report.findings.length);
      await page.emulateMedia({ media: 'screen' });
      await page.locator('input[name="severity"][value="warning"]').check();
    });

    it('saves a screenshot for people to look at', async () => {
      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      const png = await page.screenshot({ path: SCREENSHOT, fullPage: true });
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(existsSync(SCREENSHOT)).toBe(true);
    });
  });
});
