// Opening an HTML report in Debian's headless chromium (driven by playwright-core, which downloads no browser), for the
// browser tests: the page is served from a fake origin, every other request is recorded and refused, and console
// errors are collected. Without /usr/bin/chromium a browser test fails when CI is set (.ci/run installs chromium, so
// CI never silently skips it) and is skipped otherwise.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, it } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);

/** In a describe block: a failing test when chromium is missing under CI. */
export function requireChromiumInCi(): void {
  if (!haveChromium && process.env.CI) {
    it('needs chromium in CI', () => {
      expect.fail(`${CHROMIUM} is missing: install it (apt-get install -y chromium; .ci/run does) to run the HTML report's browser tests.`);
    });
  }
}

export interface OpenPage {
  browser: Browser;
  page: Page;
  /** Console errors and uncaught exceptions of the page. */
  consoleErrors: string[];
  /** Every request but the page itself (a self-contained report makes none). */
  foreignRequests: string[];
}

/** Opens `html` at `url` in a 1280×900 viewport. */
export async function openReport(html: string, url: string): Promise<OpenPage> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    foreignRequests.push(requested);
    return route.abort();
  });
  page.on('request', (r) => {
    if (r.url() !== url && !r.url().startsWith('data:')) foreignRequests.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { browser, page, consoleErrors, foreignRequests };
}
