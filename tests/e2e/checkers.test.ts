/**
 * The browser-side checks catch what they are for, shown once on a deliberately broken page
 * (tests/fixtures/broken-site/bad/): the byte budget, privacy, axe and the Content-Security-Policy
 * (an inline script it does not hash, and an inline <style> block it does not allow).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startStaticServer, type RunningServer } from '../../scripts/lib/staticServer.ts';
import { contentSecurityPolicy } from '../../src/integrations/securityHeaders.ts';
import { measurePage } from '../checks/pageWeight.ts';
import { foreignRequests, launchBrowser, openPage, watchCspViolations } from './harness/browser.ts';

const root = join(import.meta.dirname, '../fixtures/broken-site');
let browser: Browser;
let server: RunningServer;
let strict: RunningServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer({ root });
  // The site's policy, with no hash for the fixture's inline script.
  strict = await startStaticServer({ root, headers: { 'Content-Security-Policy': contentSecurityPolicy([]) } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await strict?.close();
});

test('the byte budget measure sees a page over 20 KB', async () => {
  const weight = await measurePage(browser, `${server.url}bad/`);
  expect(weight.total).toBeGreaterThan(20480);
});

test('the privacy check sees a request to another host', async () => {
  const { page, context, requests } = await openPage(browser);
  await page.goto(`${server.url}bad/`, { waitUntil: 'load' });
  expect(foreignRequests(requests)).toEqual(['https://example.com/tracker.png']);
  await context.close();
});

test('axe reports an image without a text alternative', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}bad/`);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(violations.map((v) => v.id)).toContain('image-alt');
  await context.close();
});

test('the CSP check sees an inline script the policy does not hash', async () => {
  const { page, context } = await openPage(browser);
  const violations = await watchCspViolations(page);
  await page.goto(`${strict.url}bad/`);
  await expect(page.evaluate(() => document.body.dataset['inline'])).resolves.toBeUndefined();
  expect(violations.some((v) => v.includes('script-src'))).toBe(true);
  await context.close();
});

test('the CSP check sees an inline <style> block the policy blocks', async () => {
  const h1Color = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('h1')!).color);
  // Without the policy the block applies, so the colour below is the fixture's own.
  const plain = await openPage(browser);
  await plain.page.goto(`${server.url}bad/`);
  await expect(h1Color(plain.page)).resolves.toBe('rgb(1, 2, 3)');
  await plain.context.close();

  const { page, context } = await openPage(browser);
  const violations = await watchCspViolations(page);
  await page.goto(`${strict.url}bad/`);
  await expect(h1Color(page)).resolves.not.toBe('rgb(1, 2, 3)');
  expect(violations.some((v) => v.includes('style-src'))).toBe(true);
  await context.close();
});
