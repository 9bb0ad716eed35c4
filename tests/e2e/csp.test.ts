/**
 * The site's own Content-Security-Policy (dist/_headers, written by the build): its shape, and theme,
 * progress, quiz and search all working under it. The test servers apply `_headers` to every browser
 * test (global-setup.ts); quality.test.ts visits every page of both builds under it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { parseHeaderRules, parseHeadersFile } from '../../src/integrations/securityHeaders.ts';
import { launchBrowser, openPage, watchCspViolations } from './harness/browser.ts';

let browser: Browser;
let headers: Record<string, string>;

beforeAll(async () => {
  headers = parseHeadersFile(readFileSync(join(inject('rootDir'), '_headers'), 'utf8'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the policy has no unsafe-inline or unsafe-eval, and hashes what runs inline', () => {
  const csp = headers['Content-Security-Policy']!;
  expect(csp).toMatch(/script-src 'self' ('sha256-[^']+' )+'wasm-unsafe-eval'/);
  expect(csp).toContain("style-src 'self';");
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
  expect(headers['Referrer-Policy']).toBeDefined();
  expect(headers['Permissions-Policy']).toBeDefined();
});

test('hashed assets are cached for a year, and only they', () => {
  const rules = parseHeaderRules(readFileSync(join(inject('rootDir'), '_headers'), 'utf8'));
  const cached = rules.filter((r) => r.headers['Cache-Control']);
  expect(cached.map((r) => [r.pattern, r.headers['Cache-Control']])).toEqual([
    ['/_astro/*', 'public, max-age=31536000, immutable'],
  ]);
});

test('the test server sends the policy on pages and the cache header on hashed assets', async () => {
  const { page, context } = await openPage(browser);
  const assets: Record<string, string | undefined>[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/course/_astro/')) assets.push(r.headers());
  });
  const response = await page.goto(`${inject('courseUrl')}platforms/etsy/`, { waitUntil: 'load' });
  expect(response?.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);
  expect(response?.headers()['cache-control']).toBeUndefined();
  expect(assets.length).toBeGreaterThan(0);
  expect(assets.map((h) => h['cache-control'])).toEqual(assets.map(() => 'public, max-age=31536000, immutable'));
  await context.close();
});

test('theme, progress, quiz and search work with the CSP applied, with no violation', async () => {
  const { page, context, errors } = await openPage(browser);
  const violations = await watchCspViolations(page);
  const response = await page.goto(`${inject('rootUrl')}platforms/etsy/`);
  expect(response?.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);

  // Theme: the toggle flips the class and is remembered across a reload.
  const toggle = page.locator('theme-toggle button');
  const wasDark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
  await toggle.click();
  await page.reload();
  await expect(page.evaluate(() => document.documentElement.classList.contains('dark'))).resolves.toBe(!wasDark);

  // Progress: marking the lesson complete survives a reload.
  await page.locator('progress-toggle button').click();
  await page.reload();
  await expect(page.locator('progress-toggle button[data-done]').count()).resolves.toBe(1);

  // Quiz: choosing an option loads the feedback code and the answers (fetched), then gives feedback.
  const question = page.locator('self-check fieldset').first();
  await question.locator('input').first().check();
  await expect.poll(() => question.locator('[role="status"]').textContent()).not.toBe('');
  await expect(question.getAttribute('data-state')).resolves.toMatch(/^(right|wrong)$/);

  // Search: Pagefind's WebAssembly and worker run, and results show.
  await page.click('[data-search-open]');
  const input = page.locator('dialog [data-search-input]');
  await input.fill('commission');
  await page.locator('dialog [data-search-results] [role="option"]').first().waitFor();

  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
