import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { foreignRequests, launchBrowser, openPage } from './harness/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built site', () => {
  test('the home page loads and links to the first lesson', async () => {
    const { page, context, errors } = await openPage(browser);
    const response = await page.goto(inject('rootUrl'));
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toContain('Across Borders');
    expect(await page.locator('main a[href="/lessons/introduction/"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the Alibaba.com lesson shows its title and facts', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}platforms/alibaba/`);
    await expect(page.locator('h1').innerText()).resolves.toContain('Alibaba.com');
    const glance = page.locator('[data-platform-facts]');
    await glance.locator('summary').click();
    await expect(glance.innerText()).resolves.toMatch(/Founded[\s\S]*1999/);
    // The headquarters is among all the facts, on the lesson's facts-and-sources page.
    await page.goto(`${inject('rootUrl')}sources/platforms/alibaba/`);
    const facts = page.locator('[data-platform-facts]');
    await expect(facts.innerText()).resolves.toMatch(/Founded[\s\S]*1999/);
    await expect(facts.innerText()).resolves.toMatch(/Hangzhou/);
    await context.close();
  });

  test('no request leaves 127.0.0.1', async () => {
    const { page, context, requests } = await openPage(browser);
    for (const path of ['', 'platforms/alibaba/', 'models/b2b/', 'modules/b2b-platforms/', 'no-such-page/']) {
      await page.goto(inject('rootUrl') + path, { waitUntil: 'networkidle' });
    }
    expect(requests.length).toBeGreaterThan(5);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  test('the site under /course/ links and loads its assets under /course/', async () => {
    const { page, context, requests } = await openPage(browser);
    await page.goto(`${inject('courseUrl')}platforms/alibaba/`, { waitUntil: 'networkidle' });
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith('/course/'))).toEqual([]);
    const local = requests.filter((u) => u.startsWith('http://127.0.0.1')).map((u) => new URL(u).pathname);
    expect(local.filter((p) => !p.startsWith('/course/'))).toEqual([]);
    await context.close();
  });
});
