/**
 * Driving the site's search like a learner does, for the search tests and the benchmark.
 * The hooks are documented in src/scripts/search/panel.ts: `[data-search-open]` (header button),
 * `dialog[data-search-dialog]`, `[data-search-panel]` with `data-search-status`, `data-search-count`,
 * `data-search-query`, `data-search-key` and `data-search-shown`, `[data-search-input]`, `[data-search-results] [role="option"]`
 * and `[data-search-more]`.
 * Performance marks: `search:open` (intent), `search:pagefind-ready`, `search:first-results`.
 */
import type { Locator, Page } from 'playwright-core';

export const selectors = {
  openButton: '[data-search-open]',
  dialog: 'dialog[data-search-dialog]',
  input: '[data-search-input]',
  results: '[data-search-results]',
  /** A page result (not a sub-result that jumps to a heading). */
  hit: '[data-search-results] [role="group"] > [role="option"]:not([data-search-sub])',
  option: '[data-search-results] [role="option"]',
  subResult: '[data-search-results] [data-search-sub]',
  /** The "Show more results" button (its row is hidden when every result is shown). */
  more: '[data-search-more]',
} as const;

/** The open search panel: the dialog's, or the /search/ page's. */
export function panel(page: Page): Locator {
  return page.locator('dialog[data-search-dialog][open] [data-search-panel], [data-search-panel="page"]').first();
}

/** Opens the dialog with the header button, "/" or Ctrl+K; resolves when its field has focus. */
export async function openSearch(page: Page, how: 'click' | 'slash' | 'ctrl-k' = 'click'): Promise<Locator> {
  if (how === 'click') await page.click(selectors.openButton);
  else await page.keyboard.press(how === 'slash' ? '/' : 'Control+k');
  const input = page.locator(`${selectors.dialog}[open] ${selectors.input}`);
  await input.waitFor({ state: 'visible' });
  await page.waitForFunction((sel) => document.activeElement?.matches(sel) ?? false, `${selectors.dialog} ${selectors.input}`);
  return input;
}

/**
 * Waits until the panel shows the results for `query` (ready or empty), and returns the count.
 * Works for both the dialog and the /search/ page.
 */
export async function waitForResults(page: Page, query: string, timeout = 15_000): Promise<number> {
  const root = panel(page);
  await page.waitForFunction(
    ({ query }) => {
      const el = document.querySelector<HTMLElement>('dialog[data-search-dialog][open] [data-search-panel], [data-search-panel="page"]');
      const status = el?.dataset['searchStatus'];
      return el?.dataset['searchQuery'] === query && (status === 'ready' || status === 'empty');
    },
    { query: query.trim() },
    { timeout },
  );
  return Number(await root.getAttribute('data-search-count'));
}

/** Waits until the panel shows the results of a whole search ("?q=fee&type=lesson"); returns the count. */
export async function waitForSearch(page: Page, key: string, timeout = 15_000): Promise<number> {
  await page.waitForFunction(
    (key) => {
      const el = document.querySelector<HTMLElement>('dialog[data-search-dialog][open] [data-search-panel], [data-search-panel="page"]');
      return el?.dataset['searchKey'] === key;
    },
    key,
    { timeout },
  );
  return Number(await panel(page).getAttribute('data-search-count'));
}

/** Replaces the field's text with `query` (as typing does) and waits for its results. */
export async function searchFor(page: Page, query: string): Promise<number> {
  const input = panel(page).locator(selectors.input);
  await input.fill(query);
  return waitForResults(page, query);
}

/** Paths of the page results in order, without the highlight parameter ("/course/platforms/ebay/"). */
export async function hitPaths(page: Page): Promise<string[]> {
  const hrefs = await panel(page).locator(selectors.hit).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((href) => new URL(href).pathname);
}
