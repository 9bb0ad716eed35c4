/**
 * Dark mode: the system preference decides on a first visit, before first paint; the toggle overrides
 * it, and the choice holds across pages and reloads.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { builtPages } from '../checks/siteFiles.ts';
import { launchBrowser, openPage } from './harness/browser.ts';
import { moduleOrder, syllabus } from './harness/course.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const isDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('dark'));

describe('on a first visit', () => {
  for (const scheme of ['dark', 'light'] as const) {
    test(`the system ${scheme} preference is in place before the first paint`, async () => {
      const { page, context } = await openPage(browser, { colorScheme: scheme });
      // Record the theme at the first animation frame, which comes before the first paint.
      await context.addInitScript(() => {
        requestAnimationFrame(() => {
          (window as unknown as { firstFrameDark: boolean }).firstFrameDark = document.documentElement.classList.contains('dark');
        });
      });
      await page.goto(inject('rootUrl') + syllabus(inject('rootDir'))[0]!.path);
      await expect(page.evaluate(() => (window as unknown as { firstFrameDark: boolean }).firstFrameDark)).resolves.toBe(scheme === 'dark');
      await expect(isDark(page)).resolves.toBe(scheme === 'dark');
      await expect(page.locator('theme-toggle button').getAttribute('aria-pressed')).resolves.toBe(String(scheme === 'dark'));
      await context.close();
    });
  }

  test('the theme is set by the one inline script, in <head> before the linked stylesheet, on every page', () => {
    for (const { file, path } of builtPages(inject('rootDir'))) {
      const html = readFileSync(file, 'utf8');
      // Executable inline scripts only (structured data is not code).
      const inline = [...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>/g)];
      expect(inline, path).toHaveLength(1);
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head.indexOf('ab-theme'), path).toBeGreaterThan(0);
      // Every page links its stylesheet (never inline: the CSP allows no <style>), after the theme script.
      const stylesheet = head.indexOf('rel="stylesheet"');
      expect(stylesheet, `${path} links a stylesheet in <head>`).toBeGreaterThan(0);
      expect(head.indexOf('ab-theme'), path).toBeLessThan(stylesheet);
      expect(html, `${path} has no inline <style>`).not.toMatch(/<style\b/i);
    }
  });
});

describe('the toggle', () => {
  for (const scheme of ['dark', 'light'] as const) {
    test(`overrides the system ${scheme} preference, across pages and reloads`, async () => {
      const lessons = syllabus(inject('rootDir'));
      const base = inject('rootUrl');
      const { page, context, errors } = await openPage(browser, { colorScheme: scheme });
      await page.goto(base + lessons[0]!.path);
      const toggle = page.locator('theme-toggle button');
      await toggle.click();
      const chosen = scheme !== 'dark';
      await expect(isDark(page)).resolves.toBe(chosen);
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe(String(chosen));
      await expect(page.evaluate(() => localStorage.getItem('ab-theme'))).resolves.toBe(chosen ? 'dark' : 'light');
      await page.reload();
      await expect(isDark(page)).resolves.toBe(chosen);
      for (const path of ['', lessons.at(-1)!.path, `modules/${moduleOrder()[0]}/`]) {
        await page.goto(base + path);
        await expect(isDark(page)).resolves.toBe(chosen);
      }
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe(String(chosen));
      // Toggled back, the page follows the learner's choice again, not just the system.
      await toggle.click();
      await expect(isDark(page)).resolves.toBe(!chosen);
      await expect(page.evaluate(() => localStorage.getItem('ab-theme'))).resolves.toBe(chosen ? 'light' : 'dark');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  test('is not shown without JavaScript, where it could not work', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(inject('rootUrl'));
    await expect(page.locator('theme-toggle').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
