/**
 * The decision guide in a browser: answers round-trip through the URL, the ranking updates live,
 * the page works without JavaScript (static guide table; submitting the form still lands on a working page),
 * and the guide's script loads on the guide page only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

const ranked = (page: Page, list: 'models' | 'platforms') =>
  page.locator(`[data-guide-list="${list}"] li[data-candidate]`).evaluateAll((items) => items.map((i) => i.getAttribute('data-candidate')!));

const answers = { profile: 'maker', buyers: 'consumers', order: 'single-item', product: 'handmade-vintage' };

describe.each([
  ['root', () => inject('rootUrl')],
  ['/course/', () => inject('courseUrl')],
])('the guide (%s)', (_name, siteUrl) => {
  test('answers update the ranking live and round-trip through the URL', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${siteUrl()}guide/`);
    await expect(page.locator('[data-guide-status]').innerText()).resolves.toMatch(/Answer at least one question/);
    for (const [question, value] of Object.entries(answers)) await page.locator(`select[name="${question}"]`).selectOption(value);

    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual(answers);
    const models = await ranked(page, 'models');
    const platforms = await ranked(page, 'platforms');
    expect(models.length).toBeGreaterThan(0);
    expect(platforms.length).toBeGreaterThan(0);
    // Every reason names the frontmatter field it comes from.
    const fields = await page.locator('[data-guide-results] li[data-outcome] code').evaluateAll((codes) => codes.map((c) => c.textContent!));
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) expect(f).toMatch(/^(fit\.\w+|fees\[\]\.type|traits\.revenueTypes|buyerMarkets\.regions)$/);
    await expect(page.locator('[data-share]').getAttribute('href')).resolves.toBe(`${url.pathname}${url.search}`);

    // A fresh visit to the shared link restores the answers and the same ranking.
    const { page: shared, context: sharedContext } = await openPage(browser);
    await shared.goto(url.href);
    for (const [question, value] of Object.entries(answers)) {
      await expect(shared.locator(`select[name="${question}"]`).inputValue()).resolves.toBe(value);
    }
    expect(await ranked(shared, 'models')).toEqual(models);
    expect(await ranked(shared, 'platforms')).toEqual(platforms);
    await sharedContext.close();

    await page.getByRole('button', { name: 'Clear answers' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect(page.locator('[data-guide-results] li').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

test('a handmade maker sees a platform for handmade goods first', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${inject('rootUrl')}guide/?${new URLSearchParams(answers)}`);
  await page.locator('[data-guide-list="platforms"] li[data-candidate]').first().waitFor();
  const [first] = await ranked(page, 'platforms');
  const rows = readFileSync(join(inject('rootDir'), 'compare.csv'), 'utf8').split('\r\n');
  // The precondition: the course has a platform for handmade goods (Etsy, one of its major platforms).
  expect(rows.find((l) => l.startsWith('etsy,'))).toMatch(/handmade-vintage/);
  expect(first).toBeDefined();
  expect(rows.find((l) => l.startsWith(`${first},`))).toMatch(/handmade-vintage/);
  await context.close();
});

describe('without JavaScript', () => {
  test('the page shows the static guide table, complete', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${inject('rootUrl')}guide/`);
    await expect(page.locator('noscript').count()).resolves.toBeGreaterThan(0);
    const rows = page.locator('table[data-static-guide] tbody tr');
    await expect(rows.count()).resolves.toBe(6);
    for (const row of await rows.all()) {
      await expect(row.locator('td').nth(0).locator('li').count()).resolves.toBeGreaterThan(0);
      await expect(row.locator('td').nth(1).locator('li').count()).resolves.toBeGreaterThan(0);
      await expect(row.locator('th a').getAttribute('href')).resolves.toMatch(/^\/guide\/\?profile=/);
    }
    await context.close();
  });

  test('submitting the form lands on a working page at the static guide', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${inject('courseUrl')}guide/`);
    await page.locator('select[name="profile"]').selectOption('manufacturer');
    await page.locator('select[name="buyers"]').selectOption('businesses');
    const response = await Promise.all([page.waitForURL(/profile=manufacturer/), page.getByRole('button', { name: 'Show my matches' }).click()]).then(
      () => page.reload(),
    );
    expect(response?.status()).toBe(200);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/course/guide/');
    expect(url.searchParams.get('buyers')).toBe('businesses');
    expect(url.hash).toBe('#static-guide');
    await expect(page.locator('table[data-static-guide] tbody tr').count()).resolves.toBe(6);
    await context.close();
  });
});

test("the guide's script loads on the guide page only", async () => {
  const { page, context } = await openPage(browser);
  // Each body is read before the next navigation, so no response is still pending when the list is checked.
  let bodies: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') bodies.push(r.text());
  });
  const scriptsOf = async (path: string) => {
    bodies = [];
    await page.goto(`${inject('rootUrl')}${path}`, { waitUntil: 'networkidle' });
    return Promise.all(bodies);
  };
  const lesson = readdirSync(join(inject('rootDir'), 'platforms'))[0];
  for (const path of [`platforms/${lesson}/`, 'compare/', 'glossary/']) {
    const scripts = await scriptsOf(path);
    expect(scripts.length, `${path} loads scripts`).toBeGreaterThan(0);
    expect(scripts.some((s) => s.includes('decision-guide')), path).toBe(false);
  }
  expect((await scriptsOf('guide/')).some((s) => s.includes('decision-guide'))).toBe(true);
  await context.close();
});
