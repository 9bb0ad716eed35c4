/**
 * The fee calculator in a browser (issue 15): inputs change the totals, the answers round-trip through the URL,
 * the CSV holds what the screen shows, every fee line has a source link and a date, and without JavaScript the
 * page shows its three worked examples.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './harness/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const totals = (page: Page) =>
  page.locator('[data-fee-results] [data-platform][data-total]').evaluateAll((cards) =>
    Object.fromEntries(cards.map((c) => [c.getAttribute('data-platform')!, c.getAttribute('data-total')!])),
  );

describe.each([
  ['root', () => inject('rootUrl')],
  ['/course/', () => inject('courseUrl')],
])('the fee calculator (%s)', (_name, siteUrl) => {
  test('inputs change the totals and round-trip through the URL', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${siteUrl()}fees/?price=100&shipping=0&tax=0&currency=USD&market=us&category=general&orders=30`);
    await expect.poll(() => totals(page), { timeout: 20_000 }).toMatchObject({ amazon: '15.99', ebay: '14.00', etsy: '9.95' });
    await page.locator('input[name="price"]').fill('25');
    await expect.poll(() => totals(page).then((t) => t.ebay), { timeout: 20_000 }).toBe('3.80');
    await expect.poll(() => new URL(page.url()).searchParams.get('price'), { timeout: 20_000 }).toBe('25');
    const shared = new URL(page.url()).href;
    const before = await totals(page);

    const { page: again, context: againContext } = await openPage(browser);
    await again.goto(shared);
    await expect(again.locator('input[name="price"]').inputValue()).resolves.toBe('25');
    await expect.poll(() => totals(again), { timeout: 20_000 }).toEqual(before);
    await againContext.close();

    // A platform without published figures is said to have none, not priced.
    await expect(page.locator('[data-fee-results] [data-platform="aliexpress"]').innerText()).resolves.toMatch(/No published fee figures/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('every fee line shown has a source link and a date', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${siteUrl()}fees/`);
    const lines = page.locator('[data-fee-results] [data-fee-line]');
    await expect.poll(() => lines.count(), { timeout: 20_000 }).toBeGreaterThan(5);
    const checked = await lines.evaluateAll((items) =>
      items.map((li) => ({ href: li.querySelector('a[rel~="external"]')?.getAttribute('href') ?? '', time: li.querySelector('time')?.getAttribute('datetime') ?? '' })),
    );
    for (const c of checked) {
      expect(c.href).toMatch(/^https?:\/\//);
      expect(c.time).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    await context.close();
  });

  test('the CSV download holds the totals on screen', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${siteUrl()}fees/?price=100&shipping=10&tax=8&currency=USD&market=us&category=consumer-electronics&orders=50`);
    const screen = await (async () => {
      await expect.poll(() => totals(page).then((t) => Object.keys(t).length), { timeout: 20_000 }).toBeGreaterThan(2);
      return totals(page);
    })();
    const href = (await page.locator('[data-fee-csv]').getAttribute('href'))!;
    expect(href).toMatch(/^data:text\/csv;charset=utf-8,/);
    const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    const fromCsv = Object.fromEntries(
      csv.trim().split(/\r\n/).slice(1).map((row) => row.split(',')).filter((cells) => cells[2] === 'total').map((cells) => [cells[0], cells[3]]),
    );
    expect(fromCsv).toEqual(screen);
    await context.close();
  });
});

test('without JavaScript the page shows its three worked examples, each fee with its source', async () => {
  const { page, context } = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(`${inject('rootUrl')}fees/`);
  await expect(page.locator('[data-fee-presets] table[data-preset]').count()).resolves.toBe(3);
  await expect(page.locator('table[data-preset="item-100"] tr[data-platform="ebay"]').getAttribute('data-total')).resolves.toBe('14.00');
  await expect(page.locator('[data-fee-results-section]').isHidden()).resolves.toBe(true);
  await expect(page.locator('[data-advice-notice]').innerText()).resolves.toMatch(/not tax, legal or customs advice/);
  const lines = await page.locator('[data-fee-presets] [data-fee-line]').count();
  expect(lines).toBeGreaterThan(5);
  await expect(page.locator('[data-fee-presets] [data-fee-line] a[rel~="external"]').count()).resolves.toBe(lines);
  await context.close();
});
