/**
 * The site works under its own Content-Security-Policy (dist/_headers, written by the build):
 * theme, progress, quiz and search all run, and the browser reports no violation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { startStaticServer, type RunningServer } from '../../scripts/lib/staticServer.ts';
import { parseHeadersFile } from '../../src/integrations/securityHeaders.ts';
import { launchBrowser, openPage, watchCspViolations } from './harness/browser.ts';

let browser: Browser;
let server: RunningServer;
let headers: Record<string, string>;

beforeAll(async () => {
  const dir = inject('rootDir');
  headers = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
  server = await startStaticServer({ root: dir, headers });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the policy has no unsafe-inline or unsafe-eval for scripts, and hashes what runs inline', () => {
  const csp = headers['Content-Security-Policy']!;
  expect(csp).toMatch(/script-src 'self' ('sha256-[^']+' )+'wasm-unsafe-eval'/);
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
  expect(headers['Referrer-Policy']).toBeDefined();
  expect(headers['Permissions-Policy']).toBeDefined();
});

test('theme, progress, quiz and search work with the CSP applied, with no violation', async () => {
  const { page, context, errors } = await openPage(browser);
  const violations = await watchCspViolations(page);
  const response = await page.goto(`${server.url}platforms/etsy/`);
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

  // Quiz: choosing an option gives feedback.
  const question = page.locator('self-check fieldset').first();
  await question.locator('input').first().check();
  await expect(question.locator('[role="status"]').textContent()).resolves.not.toBe('');

  // Search: Pagefind's WebAssembly and worker run, and results show.
  await page.click('[data-search-open]');
  const input = page.locator('dialog [data-search-input]');
  await input.fill('commission');
  await page.locator('dialog [data-search-results] [role="option"]').first().waitFor();

  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
