/**
 * The browser-side checks catch what they are for, shown once on a deliberately broken page
 * (tests/fixtures/broken-site/bad/): the byte budget, privacy, axe and the Content-Security-Policy.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
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
