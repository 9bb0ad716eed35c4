/**
 * Search loads on intent only (docs/design.md, "Byte budgets"): no page load fetches anything from
 * pagefind/ or the search interface's own chunks until search is opened. The two exceptions are
 * /search/?q=… (Pagefind, to show results) and a page opened with ?highlight=… (the highlight script).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { watchNetwork } from '../checks/networkQuiet.ts';
import { launchBrowser, openPage } from './harness/browser.ts';
import { openSearch, searchFor } from './harness/search.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pagefindFiles = (requests: string[]) => requests.filter((u) => new URL(u).pathname.includes('/pagefind/'));
/** The lazily loaded interface chunks (the dialog, panel and engine modules). */
const searchChunks = (requests: string[]) =>
  requests.filter((u) => /\/_astro\/(dialog|panel|engine|highlight)\.[\w-]+\.js$/.test(new URL(u).pathname));

/** Loads a page and waits until it is quiet: no request in flight across the page's own idle periods. */
async function loadQuietly(url: string) {
  const recorded = await openPage(browser);
  const network = watchNetwork(recorded.page);
  await recorded.page.goto(url, { waitUntil: 'networkidle' });
  await network.settled();
  return { ...recorded, network };
}

describe.each([
  ['root', () => inject('rootUrl')],
  ['/course/', () => inject('courseUrl')],
])('on the %s build', (_name, siteUrl) => {
  test.each(['', 'lessons/introduction/', 'platforms/alibaba/', 'models/c2c/', 'modules/b2b-platforms/', 'search/', 'no-such-page/'])(
    'loading /%s fetches nothing of search',
    async (path) => {
      const { context, requests, page, network } = await loadQuietly(siteUrl() + path);
      expect(requests.length).toBeGreaterThan(0);
      expect(pagefindFiles(requests)).toEqual([]);
      // The search page's own interface is its content; everywhere else it loads on intent.
      if (path !== 'search/') expect(searchChunks(requests)).toEqual([]);
      // Scrolling and moving the pointer are not intent either.
      await page.mouse.move(300, 300);
      await page.mouse.wheel(0, 600);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      await network.settled();
      expect(pagefindFiles(requests)).toEqual([]);
      await context.close();
    },
  );

  test('opening search fetches Pagefind, from under the site base', async () => {
    const { context, requests, page } = await loadQuietly(`${siteUrl()}platforms/alibaba/`);
    expect(pagefindFiles(requests)).toEqual([]);
    await openSearch(page);
    await searchFor(page, 'fee');
    const files = pagefindFiles(requests).map((u) => new URL(u).pathname);
    const base = new URL(siteUrl()).pathname;
    expect(files).toContain(`${base}pagefind/pagefind.js`);
    expect(files.filter((p) => !p.startsWith(`${base}pagefind/`))).toEqual([]);
    await context.close();
  });

  test.each([
    ['focusing', (page: Page) => page.focus('[data-search-open]')],
    ['pointing at', (page: Page) => page.hover('[data-search-open]')],
    ['pressing', (page: Page) => page.dispatchEvent('[data-search-open]', 'pointerdown')],
  ])('%s the search button is intent: it starts loading', async (_name, intent) => {
    const { context, requests, page } = await loadQuietly(`${siteUrl()}platforms/alibaba/`);
    expect(pagefindFiles(requests)).toEqual([]);
    const loaded = page.waitForResponse((r) => r.url().endsWith('/pagefind/pagefind.js'));
    await intent(page);
    await loaded;
    expect(pagefindFiles(requests).length).toBeGreaterThan(0);
    await context.close();
  });

  test('/search/?q= loads Pagefind to show results', async () => {
    const { context, requests } = await loadQuietly(`${siteUrl()}search/?q=fee`);
    expect(pagefindFiles(requests).some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await context.close();
  });

  test('a page opened from a result loads only the highlight script', async () => {
    const { context, requests, page } = await loadQuietly(`${siteUrl()}platforms/alibaba/?highlight=Trade%20Assurance`);
    const files = pagefindFiles(requests).map((u) => new URL(u).pathname.replace(/^.*\/pagefind\//, ''));
    expect(files).toEqual(['pagefind-highlight.js']);
    await expect(page.evaluate(() => Number(document.documentElement.dataset['searchHighlights']))).resolves.toBeGreaterThan(0);
    await context.close();
  });
});
