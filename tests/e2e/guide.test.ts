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
    // Every reason is a sentence in plain words (no raw field names) with a link into the course.
    const reasons = await page.locator('[data-guide-results] li[data-outcome]').evaluateAll((items) =>
      items.map((i) => ({ text: i.textContent!, href: i.querySelector('a')?.getAttribute('href') ?? '' })),
    );
    expect(reasons.length).toBeGreaterThan(0);
    const base = new URL(siteUrl()).pathname;
    for (const r of reasons) {
      expect(r.text).not.toMatch(/fit\.|fees\[\]|buyerMarkets|traits\./);
      expect(r.text).toMatch(/^\S+ ?.+\. \([+−]?\d+\) /);
      expect(r.href.startsWith(`${base}platforms/`) || r.href.startsWith(`${base}models/`) || r.href.startsWith(`${base}sources/`), r.href).toBe(true);
    }
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

test('"Why not?" explains a platform’s place, keeps the choice in the URL, and links to the risk it cites', async () => {
  const { page, context, errors } = await openPage(browser);
  const retailer = { profile: 'small-retailer', buyers: 'consumers', order: 'single-item', product: 'general-merchandise' };
  await page.goto(`${inject('rootUrl')}guide/?${new URLSearchParams(retailer)}`);
  await page.locator('[data-guide-list="platforms"] li[data-candidate]').first().waitFor();
  const platforms = await ranked(page, 'platforms');
  await page.getByLabel('Pick a platform or model').selectOption('wish');
  await expect.poll(() => new URL(page.url()).searchParams.get('why')).toBe('wish');
  const output = page.locator('[data-why-output]');
  // Its place in the output is its place in the list.
  await expect(output.locator('[data-why-position]').getAttribute('data-why-position')).resolves.toBe(String(platforms.indexOf('wish') + 1));
  await expect(output.innerText()).resolves.toMatch(/^Wish is number \d+ of \d+ platforms for your answers, \d+ points behind /);
  const riskLinks = output.locator('li[data-outcome="risk"] a');
  expect(await riskLinks.count()).toBeGreaterThan(0);

  // The shared link restores the choice and the explanation.
  const { page: shared, context: sharedContext } = await openPage(browser);
  await shared.goto(page.url());
  await expect(shared.locator('#guide-why').inputValue()).resolves.toBe('wish');
  await expect(shared.locator('[data-why-output]').innerText()).resolves.toBe(await output.innerText());
  await sharedContext.close();

  // The reason's link lands on the risk in the Wish lesson.
  const href = (await riskLinks.first().getAttribute('href'))!;
  expect(href).toMatch(/^\/platforms\/wish\/#risk-/);
  await Promise.all([page.waitForURL(/\/platforms\/wish\//), riskLinks.first().click()]);
  await expect(page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`).count()).resolves.toBe(1);
  expect(errors).toEqual([]);
  await context.close();
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
    // The weights stay on the page, and "Why not?" (a live feature) stays hidden rather than dead.
    await expect(page.locator('[data-guide-weights] tbody tr').count()).resolves.toBeGreaterThan(7);
    await expect(page.locator('[data-why-not]').isHidden()).resolves.toBe(true);
    // It sends the learner on to the closing lesson and to the three case studies.
    await expect(page.getByRole('link', { name: 'Choosing where to sell' }).count()).resolves.toBeGreaterThan(0);
    const cases = await page.locator('[data-case-studies] a').evaluateAll((links) => links.map((a) => a.textContent!));
    expect(cases).toHaveLength(3);
    for (const c of cases) expect(c).toMatch(/^Case study: /);
    const rows = page.locator('table[data-static-guide] tbody tr');
    await expect(rows.count()).resolves.toBe(8);
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
    await expect(page.locator('table[data-static-guide] tbody tr').count()).resolves.toBe(8);
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
