/**
 * Search through the real interface, in Chromium, on the built site (root and /course/):
 * query → expected page, keyboard-only use, filters, the /search/ page, and landing highlights.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/lib/staticServer.ts';
import { watchNetwork } from '../checks/networkQuiet.ts';
import { launchBrowser, openPage } from './harness/browser.ts';
import { hitPaths, openSearch, panel, searchFor, selectors, waitForResults, waitForSearch } from './harness/search.ts';
import { parseHeadersFile } from '../../src/integrations/securityHeaders.ts';

/**
 * Terms a learner searches for, and the lesson that teaches each one: it must be among the top 3.
 * Each target page is about the term (a platform's own program or fee, a model's trait).
 */
const expectations: [query: string, path: string][] = [
  ['Trade Assurance', '/platforms/alibaba/'],
  ['Gold Supplier', '/platforms/alibaba/'],
  ['FBA', '/platforms/amazon/'],
  ['referral fee', '/platforms/amazon/'],
  ['Professional plan', '/platforms/amazon/'],
  ['final value fee', '/platforms/ebay/'],
  // "managed payments" now finds its home first, the payments lesson; Buy It Now is eBay's own.
  ['Buy It Now', '/platforms/ebay/'],
  ['payout reserve', '/lessons/payments-and-payouts/'],
  ['insertion fee', '/platforms/ebay/'],
  ['Choice', '/platforms/aliexpress/'],
  ['Cainiao', '/platforms/aliexpress/'],
  ['Offsite Ads', '/platforms/etsy/'],
  ['ContextLogic', '/platforms/wish/'],
  ['DHgate', '/platforms/dhgate/'],
  ['Made-in-China.com', '/platforms/made-in-china/'],
  ['Global Sources', '/platforms/global-sources/'],
  ['Speed Trade World', '/platforms/speed-trade-world/'],
  ['bulk orders', '/models/b2b/'],
  ['Shopify', '/models/independent-website/'],
  ['live stream', '/models/live-commerce/'],
  ['micro-business', '/models/social-commerce/'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The filters a built page carries (SearchMeta.astro), read from its HTML. */
function builtFilters(dir: string, path: string): Record<string, string[]> {
  const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
  const filters: Record<string, string[]> = {};
  for (const [, key, value] of html.matchAll(/data-pagefind-filter="([a-z]+):([^"]*)"/g)) {
    (filters[key!] ??= []).push(value!.replace(/&amp;/g, '&'));
  }
  return filters;
}

async function activeOption(page: Page) {
  return page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement;
    const id = input.getAttribute('aria-activedescendant');
    const option = id ? document.getElementById(id) : null;
    return { id, selected: option?.getAttribute('aria-selected'), href: (option as HTMLAnchorElement | null)?.href };
  });
}

describe('query → expected page in the top 3', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(browser));
    await page.goto(`${inject('rootUrl')}lessons/introduction/`);
    await openSearch(page);
  });

  test.each(expectations)('%s → %s', async (query, path) => {
    const count = await searchFor(page, query);
    expect(count).toBeGreaterThan(0);
    expect((await hitPaths(page)).slice(0, 3)).toContain(path);
  });
});

describe('the search dialog', () => {
  test('keyboard only: "/" opens it, typing shows results, arrows move, Enter opens, the words are highlighted', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}lessons/introduction/`);
    await page.keyboard.press('/');
    const input = page.locator(`${selectors.dialog}[open] ${selectors.input}`);
    await input.waitFor();
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await page.keyboard.type('insertion fee');
    const count = await waitForResults(page, 'insertion fee');
    expect(count).toBeGreaterThan(0);
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(panel(page).locator('[role="status"]').innerText()).resolves.toContain(`${count} result`);

    const options = panel(page).locator(selectors.option);
    const first = await options.nth(0).getAttribute('id');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeOption(page)).toMatchObject({ id: first, selected: 'true' });
    // The eBay lesson comes with sub-results, so there is a second option to step to.
    expect(await options.count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    const second = await options.nth(1).getAttribute('id');
    await expect.poll(async () => (await activeOption(page)).id).toBe(second);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await activeOption(page)).id).toBe(first);
    const target = await activeOption(page);
    expect(target.id).toBe(first);

    await Promise.all([page.waitForURL(target.href!), page.keyboard.press('Enter')]);
    const landed = new URL(page.url());
    expect(landed.searchParams.getAll('highlight')).toEqual(['insertion', 'fee']);
    await page.waitForFunction(() => Number(document.documentElement.dataset['searchHighlights']) > 0);
    const mark = page.locator('mark.pagefind-highlight').first();
    await expect(mark.evaluate((m) => m.closest('[data-pagefind-body]') !== null)).resolves.toBe(true);
    await expect(
      mark.evaluate((m) => {
        const r = m.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    ).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('ArrowDown pressed as soon as the query is typed moves into its results', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}lessons/introduction/`);
    await openSearch(page, 'slash');
    // No pause: the search for the typed words has not run yet when the arrow is pressed.
    await page.keyboard.type('payment');
    await page.keyboard.press('ArrowDown');
    expect(await waitForResults(page, 'payment')).toBeGreaterThan(0);
    const first = await panel(page).locator(selectors.option).first().getAttribute('id');
    await expect.poll(() => activeOption(page)).toMatchObject({ id: first, selected: 'true' });

    // The same on the /search/ page, whose field starts with the results of its URL.
    await page.goto(`${inject('rootUrl')}search/?q=fee`);
    await waitForResults(page, 'fee');
    const input = panel(page).locator(selectors.input);
    await input.selectText();
    await page.keyboard.type('escrow');
    await page.keyboard.press('ArrowDown');
    expect(await waitForResults(page, 'escrow')).toBeGreaterThan(0);
    const firstNew = await panel(page).locator(selectors.option).first().getAttribute('id');
    await expect.poll(() => activeOption(page)).toMatchObject({ id: firstNew, selected: 'true' });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('Ctrl+K opens it; Esc closes it and focus returns where it was', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}platforms/alibaba/`);
    const link = page.locator('main a[href]').first();
    await link.focus();
    const input = await openSearch(page, 'ctrl-k');
    await input.fill('escrow');
    await page.keyboard.press('Escape');
    await expect(page.locator(selectors.dialog).evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(false);
    await expect(link.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // Opened with the button, focus returns to the button; "/" typed in the field is text, not a shortcut.
    await openSearch(page, 'click');
    await page.keyboard.type('a/b');
    await expect(page.locator(`${selectors.dialog} ${selectors.input}`).inputValue()).resolves.toBe('a/b');
    await page.keyboard.press('Escape');
    await expect(page.locator(selectors.openButton).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(page.locator(selectors.openButton).getAttribute('aria-haspopup')).resolves.toBe('dialog');
    await context.close();
  });

  test('results show the module, a highlighted excerpt, and sub-results that jump to a heading', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}platforms/ebay/`);
    await openSearch(page);
    await searchFor(page, 'Trade Assurance');
    const hit = panel(page).locator(selectors.hit).first();
    await expect(hit.locator('[data-search-context]').innerText()).resolves.not.toBe('');
    expect(await hit.locator('mark').count()).toBeGreaterThan(0);
    const sub = panel(page).locator(selectors.subResult).first();
    const href = await sub.getAttribute('href');
    expect(href).toMatch(/\?highlight=trade&highlight=assurance#[\w-]+$/i);
    await Promise.all([page.waitForURL(/#/), sub.click()]);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${id}"]`).count()).resolves.toBe(1);
    await page.waitForFunction(() => Number(document.documentElement.dataset['searchHighlights']) > 0);
    await context.close();
  });

  test('a sub-result on the page already open closes the dialog and scrolls to its heading', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}platforms/alibaba/?highlight=trade&highlight=assurance`);
    await openSearch(page);
    await searchFor(page, 'Trade Assurance');
    const sub = panel(page).locator(`${selectors.subResult}[href^="/platforms/alibaba/?highlight=trade&highlight=assurance#"]`).first();
    const href = (await sub.getAttribute('href'))!;
    await sub.click();
    await page.waitForFunction((hash) => location.hash === hash, href.slice(href.indexOf('#')));
    await expect(page.locator(selectors.dialog).evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(false);
    await context.close();
  });

  test('filter chips narrow the results, and their counts say by how much', async () => {
    const { page, context } = await openPage(browser);
    const dir = inject('rootDir');
    await page.goto(`${inject('rootUrl')}lessons/introduction/`);
    await openSearch(page);
    const all = await searchFor(page, 'fee');
    expect(all).toBeGreaterThan(5);
    // More results than the dialog shows: it links to the same search on the /search/ page.
    const seeAll = panel(page).locator('[data-search-all]');
    await expect(seeAll.getAttribute('href')).resolves.toBe('/search/?q=fee');

    const chip = panel(page).locator('[data-search-filter="model"] button[data-filter-value="C2C"]');
    const shown = Number(await chip.locator('[data-count]').evaluate((el) => el.firstChild?.textContent));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    await chip.click();
    await expect(chip.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await waitForSearch(page, '?q=fee&model=C2C')).toBe(shown);
    for (const path of await hitPaths(page)) expect(builtFilters(dir, path).model).toContain('C2C');

    const lessons = panel(page).locator('[data-search-filter="type"] button[data-filter-value="lesson"]');
    await lessons.click();
    await waitForSearch(page, '?q=fee&type=lesson&model=C2C');
    for (const path of await hitPaths(page)) expect(builtFilters(dir, path)).toMatchObject({ type: ['lesson'], model: ['C2C'] });

    // Without the model filter there are again more lessons than the dialog shows; the link keeps the filter.
    await chip.click();
    expect(await waitForSearch(page, '?q=fee&type=lesson')).toBeGreaterThan(5);
    await expect(seeAll.getAttribute('href')).resolves.toBe('/search/?q=fee&type=lesson');
    await context.close();
  });
});

/** Paths of the Pagefind fragment files requested so far (one per result whose data was loaded). */
const fragmentFiles = (requests: string[]) =>
  requests.map((u) => new URL(u).pathname).filter((path) => path.includes('/pagefind/fragment/'));

/** Where focus is, and which option the field marks active. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      focusedId: active?.id ?? '',
      focusedRole: active?.getAttribute('role') ?? '',
      focusedSelected: active?.getAttribute('aria-selected') ?? '',
      activeDescendant: document.querySelector('dialog[open] [data-search-input], [data-search-panel="page"] [data-search-input]')?.getAttribute('aria-activedescendant') ?? '',
    };
  });
}

describe('results load a page at a time, with the data of the results shown only', () => {
  // Each page's fragment is a file of its own in this index (Pagefind can group the fragments of small
  // pages into one file; none are grouped here), so results loaded = fragment files fetched.
  test('the dialog fetches five results’ fragments; "Show more results" (keyboard) fetches only the next five and focuses the first', async () => {
    const { page, context, requests, errors } = await openPage(browser);
    const network = watchNetwork(page);
    await page.goto(`${inject('rootUrl')}lessons/introduction/`);
    await openSearch(page);
    const total = await searchFor(page, 'payment');
    expect(total).toBeGreaterThan(10);
    await network.settled();
    const root = panel(page);
    await expect(root.locator(selectors.hit).count()).resolves.toBe(5);
    await expect(root.getAttribute('data-search-shown')).resolves.toBe('5');
    const first = fragmentFiles(requests);
    expect(first).toHaveLength(5);
    expect(new Set(first).size).toBe(5);
    const status = root.locator('[role="status"]');
    const announced = await status.innerText();
    expect(announced).toBe(`${total} results for “payment”`);

    // The button is reached with Tab from the field (results are not tab stops: ↑/↓ move through them).
    const more = root.locator(selectors.more);
    await expect(more.evaluate((el) => el.tagName)).resolves.toBe('BUTTON');
    await expect(more.innerText()).resolves.toBe('Show more results');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await more.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    const sixthId = await root.locator(selectors.hit).nth(0).getAttribute('id').then((id) => id!.replace(/-r0$/, '-r5'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('dialog[open] [data-search-panel]')?.dataset['searchShown'] === '10');
    await network.settled();
    await expect(root.locator(selectors.hit).count()).resolves.toBe(10);
    const all = fragmentFiles(requests);
    expect(all).toHaveLength(10);
    const added = all.slice(5);
    expect(new Set(added).size).toBe(5);
    for (const file of added) expect(first).not.toContain(file);
    // The count announced is still the whole search's; the first new result has focus and is the active option.
    await expect(status.innerText()).resolves.toBe(announced);
    await expect(root.getAttribute('data-search-count')).resolves.toBe(String(total));
    await expect(focusState(page)).resolves.toEqual({ focusedId: sixthId, focusedRole: 'option', focusedSelected: 'true', activeDescendant: sixthId });

    // ↓ goes on from it, back in the field; Enter opens the option it marks.
    const ids = await root.locator(selectors.option).evaluateAll((options) => options.map((o) => o.id));
    const next = ids[ids.indexOf(sixthId) + 1]!;
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusState(page)).toMatchObject({ focusedRole: 'combobox', activeDescendant: next });
    const href = await page.locator(`[id="${next}"]`).evaluate((a) => (a as HTMLAnchorElement).href);
    await Promise.all([page.waitForURL(href), page.keyboard.press('Enter')]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the last "Show more results" hides the button and leaves focus on the first new result', async () => {
    const { page, context, requests } = await openPage(browser);
    const network = watchNetwork(page);
    await page.goto(`${inject('rootUrl')}lessons/introduction/`);
    await openSearch(page);
    const total = await searchFor(page, 'payment');
    const root = panel(page);
    const more = root.locator(selectors.more);
    for (let shown = 5; shown < total; shown += 5) {
      await more.click();
      await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('dialog[open] [data-search-panel]')?.dataset['searchShown']) === n, Math.min(shown + 5, total));
    }
    await network.settled();
    await expect(root.locator(selectors.hit).count()).resolves.toBe(total);
    await expect(more.isVisible()).resolves.toBe(false);
    await expect(root.locator('[data-search-all]').isVisible()).resolves.toBe(false);
    expect(new Set(fragmentFiles(requests)).size).toBe(total);
    const lastPage = Math.floor((total - 1) / 5) * 5;
    await expect(focusState(page)).resolves.toMatchObject({ focusedId: expect.stringMatching(new RegExp(`-r${lastPage}$`)), focusedRole: 'option' });
    await context.close();
  });

  test('the /search/ page does the same ten at a time', async () => {
    const { page, context, requests } = await openPage(browser);
    const network = watchNetwork(page);
    await page.goto(`${inject('rootUrl')}search/?q=payment`);
    const total = await waitForResults(page, 'payment');
    expect(total).toBeGreaterThan(10);
    await network.settled();
    await expect(panel(page).locator(selectors.hit).count()).resolves.toBe(10);
    expect(fragmentFiles(requests)).toHaveLength(10);
    await panel(page).locator(selectors.more).click();
    const shown = Math.min(20, total);
    await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('[data-search-panel="page"]')?.dataset['searchShown']) === n, shown);
    await network.settled();
    expect(fragmentFiles(requests)).toHaveLength(shown);
    expect(new Set(fragmentFiles(requests)).size).toBe(shown);
    await expect(focusState(page)).resolves.toMatchObject({ focusedId: expect.stringMatching(/-r10$/), focusedRole: 'option' });
    await context.close();
  });
});

describe('the /search/ page', () => {
  test('shows the results of ?q= and its filters on load, and keeps the URL in step', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}search/?q=Trade+Assurance&model=B2B`);
    const count = await waitForResults(page, 'Trade Assurance');
    expect(count).toBeGreaterThan(0);
    const input = page.locator(`[data-search-panel="page"] ${selectors.input}`);
    await expect(input.inputValue()).resolves.toBe('Trade Assurance');
    await expect(page.locator('[data-search-filter="model"] button[data-filter-value="B2B"]').getAttribute('aria-pressed')).resolves.toBe('true');
    expect((await hitPaths(page)).slice(0, 3)).toContain('/platforms/alibaba/');
    for (const path of await hitPaths(page)) expect(builtFilters(inject('rootDir'), path).model).toContain('B2B');

    await input.fill('Gold Supplier');
    await waitForResults(page, 'Gold Supplier');
    expect(new URL(page.url()).search).toBe('?q=Gold+Supplier&model=B2B');
    // "/" on this page goes to its own field rather than opening the dialog.
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(page.locator(selectors.dialog).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('under a sub-path (/course/)', () => {
  test('search loads its index under /course/, shows results and opens them', async () => {
    const { page, context, requests, errors } = await openPage(browser);
    const courseUrl = inject('courseUrl');
    await page.goto(`${courseUrl}platforms/ebay/`);
    await openSearch(page);
    await searchFor(page, 'Trade Assurance');
    const top = (await hitPaths(page)).slice(0, 3);
    expect(top).toContain('/course/platforms/alibaba/');
    const first = await panel(page).locator(selectors.hit).first().getAttribute('href');
    expect(first).toMatch(/^\/course\//);

    await page.keyboard.press('ArrowDown');
    const expected = new URL(first!, courseUrl).pathname;
    const navigation = page.waitForResponse((r) => r.request().isNavigationRequest() && new URL(r.url()).pathname === expected);
    await Promise.all([page.waitForURL((u) => u.pathname === expected), page.keyboard.press('Enter')]);
    expect((await navigation).status()).toBe(200);
    await page.waitForFunction(() => Number(document.documentElement.dataset['searchHighlights']) > 0);

    const searchFiles = requests.filter((u) => u.includes('/pagefind/')).map((u) => new URL(u).pathname);
    expect(searchFiles.length).toBeGreaterThan(0);
    expect(searchFiles.filter((p) => !p.startsWith('/course/pagefind/'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the /course/search/ page reads ?q=', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${inject('courseUrl')}search/?q=FBA`);
    await waitForResults(page, 'FBA');
    expect((await hitPaths(page)).slice(0, 3)).toContain('/course/platforms/amazon/');
    await context.close();
  });
});

describe('accessibility and security', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 A/AA violation in the open dialog with results (${scheme})`, async () => {
      const { page, context } = await openPage(browser, { colorScheme: scheme });
      await page.goto(`${inject('rootUrl')}platforms/alibaba/`);
      await openSearch(page);
      await searchFor(page, 'fee');
      await page.keyboard.press('ArrowDown');
      const dialog = await new AxeBuilder({ page })
        .include(selectors.dialog)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(dialog.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      await page.goto(`${inject('rootUrl')}search/?q=fee&type=lesson`);
      await waitForResults(page, 'fee');
      const searchPage = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(searchPage.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }

  test('search and highlighting work under the site’s own Content-Security-Policy', async () => {
    const dir = inject('rootDir');
    const headers = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
    expect(headers['Content-Security-Policy']).toContain("script-src 'self'");
    const server = await startStaticServer({ root: dir, headers });
    try {
      const { page, context, errors } = await openPage(browser);
      await page.goto(`${server.url}platforms/ebay/`);
      await openSearch(page);
      expect(await searchFor(page, 'Trade Assurance')).toBeGreaterThan(0);
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL(/[?&]highlight=/), page.keyboard.press('Enter')]);
      await page.waitForFunction(() => Number(document.documentElement.dataset['searchHighlights']) > 0);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await server.close();
    }
  });
});
