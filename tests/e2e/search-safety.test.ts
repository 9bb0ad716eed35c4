/**
 * Search that fails safely and never dead-ends, in Chromium on the built site (root and /course/):
 * a search dialog whose code cannot load, crafted URLs (a malformed fragment, invented filter values),
 * visitors without JavaScript, and excerpts worth reading.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './harness/browser.ts';
import { panel, selectors, waitForResults, waitForSearch } from './harness/search.ts';
import { strings } from '../../src/lib/strings.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Uncaught exceptions and unhandled rejections (a blocked chunk also logs a console error, which is expected). */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

describe('when the search dialog cannot load', () => {
  for (const build of ['root', 'course'] as const) {
    test(`the search button and the shortcuts go to the /search/ page (${build} build)`, async () => {
      const site = inject(build === 'root' ? 'rootUrl' : 'courseUrl');
      const searchPath = new URL('search/', site).pathname;
      const { page, context } = await openPage(browser);
      const errors = pageErrors(page);
      const blocked: string[] = [];
      // A redeploy removed the chunk the cached page names, or the connection dropped.
      await page.route(/\/_astro\/dialog\.[\w-]+\.js$/, (route) => {
        blocked.push(route.request().url());
        return route.abort();
      });
      await page.goto(`${site}platforms/ebay/`);

      // Focus alone preloads the dialog: its failure is swallowed, and the page stays put.
      await page.focus(selectors.openButton);
      await expect.poll(() => blocked.length).toBe(1);
      expect(new URL(page.url()).pathname).toBe(new URL('platforms/ebay/', site).pathname);

      await Promise.all([page.waitForURL((u) => u.pathname === searchPath), page.click(selectors.openButton)]);
      // The page it lands on works: its search is a different module.
      await panel(page).locator(selectors.input).fill('escrow');
      expect(await waitForResults(page, 'escrow')).toBeGreaterThan(0);

      // The keyboard shortcut falls back the same way.
      await page.goto(`${site}platforms/ebay/`);
      const before = blocked.length;
      await Promise.all([page.waitForURL((u) => u.pathname === searchPath), page.keyboard.press('Control+k')]);
      expect(blocked.length).toBe(before + 1);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('crafted URLs', () => {
  test('a malformed fragment with ?highlight= raises no page error, and the words are still highlighted', async () => {
    const { page, context } = await openPage(browser);
    const errors = pageErrors(page);
    await page.goto(`${inject('rootUrl')}platforms/alibaba/?highlight=trade#%E0%A4%A`);
    await page.waitForFunction(() => Number(document.documentElement.dataset['searchHighlights']) > 0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('/search/ shows no chip for a filter value the index does not know, and drops it from the URL', async () => {
    const { page, context, errors } = await openPage(browser);
    const spoof = 'Call +1-555-0100 to unlock';
    await page.goto(`${inject('rootUrl')}search/?type=${encodeURIComponent(spoof)}&model=${encodeURIComponent(spoof)}`);
    // The chips of the index are there, and the URL has been rewritten without the invented value.
    await page.waitForFunction(() => document.querySelectorAll('[data-search-filter] button').length > 0 && location.search === '');
    await expect(page.locator('[data-search-filter="type"] button[data-filter-value="lesson"]').count()).resolves.toBe(1);
    expect(await page.locator('main').innerText()).not.toContain('555-0100');
    await expect(page.locator('[data-search-filter] button[aria-pressed="true"]').count()).resolves.toBe(0);

    // Next to a real value, only the real one is searched for and pressed.
    await page.goto(`${inject('rootUrl')}search/?q=fee&model=${encodeURIComponent(spoof)}&model=B2B`);
    expect(await waitForSearch(page, '?q=fee&model=B2B')).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe('?q=fee&model=B2B');
    const pressed = await page.locator('[data-search-filter] button[aria-pressed="true"]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-filter-value')));
    expect(pressed).toEqual(['B2B']);
    expect(await page.locator('main').innerText()).not.toContain('555-0100');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  for (const build of ['root', 'course'] as const) {
    test(`the header's search submits to /search/, which says search needs JavaScript and links onward (${build} build)`, async () => {
      const site = inject(build === 'root' ? 'rootUrl' : 'courseUrl');
      const { page, context } = await openPage(browser, { javaScriptEnabled: false });
      await page.goto(`${site}platforms/ebay/`);
      const button = page.locator(`form[method="get"] button[type="submit"]${selectors.openButton}`);
      await expect(button.count()).resolves.toBe(1);
      await Promise.all([page.waitForURL((u) => u.pathname === new URL('search/', site).pathname), button.click()]);

      const main = page.locator('main');
      await expect(main.innerText()).resolves.toContain(strings.search.noScript.lead);
      const links = await main.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
      expect(links).toEqual([
        [strings.search.noScript.syllabus, new URL(site).pathname],
        [strings.search.noScript.glossary, new URL('glossary/', site).pathname],
      ]);
      // The syllabus is on the home page.
      await Promise.all([page.waitForURL(site), main.locator('a').first().click()]);
      await expect(page.locator('main h2', { hasText: strings.course.syllabus }).count()).resolves.toBe(1);
      await context.close();
    });
  }
});

describe('search forms and results', () => {
  test('every search form has a submit button, in the dialog and on /search/', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}search/`);
    const pageForms = page.locator('[data-search-panel] form');
    await expect(pageForms.count()).resolves.toBe(1);
    await expect(pageForms.locator('button[type="submit"]').count()).resolves.toBe(1);

    await page.goto(`${inject('rootUrl')}lessons/introduction/`);
    await page.click(selectors.openButton);
    const dialogForm = page.locator(`${selectors.dialog}[open] form`);
    await dialogForm.waitFor();
    await expect(dialogForm.locator('button[type="submit"]').count()).resolves.toBe(1);
    await context.close();
  });

  test('excerpts do not start mid-citation, and every sub-result has text of its own', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}search/?q=payment`);
    expect(await waitForResults(page, 'payment')).toBeGreaterThan(3);
    const results = panel(page).locator(selectors.results);
    const subs = results.locator('[data-search-sub]');
    expect(await subs.count()).toBeGreaterThan(3);
    // A sub-result is its heading (one span) and its excerpt (another).
    const texts = await subs.evaluateAll((links) => links.map((a) => [...a.children].map((c) => c.textContent?.trim() ?? '')));
    for (const [heading, excerpt] of texts) expect(excerpt, `sub-result ${heading}`).toBeTruthy();
    const excerpts = await results.locator('[role="option"]').evaluateAll((links) => links.map((a) => a.lastElementChild?.textContent ?? ''));
    const citation = `; ${strings.lesson.source})`;
    expect(excerpts.filter((e) => e.includes(citation))).toEqual([]);
    await context.close();
  });
});
