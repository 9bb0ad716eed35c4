/**
 * Quality gates over every page the build makes (issue 7): links and anchors, HTML validity,
 * accessibility (axe, WCAG 2.2 A/AA, light and dark), and privacy (no request leaves the site).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { validateSite } from '../checks/htmlCheck.ts';
import { checkLinks } from '../checks/linkCheck.ts';
import { builtPages } from '../checks/siteFiles.ts';
import { foreignRequests, launchBrowser, openPage } from './harness/browser.ts';

const site = 'http://localhost:4321';

describe('links and anchors', () => {
  test('every internal link and anchor resolves in the root build', () => {
    const report = checkLinks(inject('rootDir'), { site });
    expect(report.internal).toBeGreaterThan(100);
    expect(report.problems).toEqual([]);
  });
  test('every internal link and anchor resolves in the /course/ build', () => {
    const report = checkLinks(inject('courseDir'), { base: '/course/', site });
    expect(report.internal).toBeGreaterThan(100);
    expect(report.problems).toEqual([]);
  });
});

describe('HTML validity', () => {
  test('every built page is valid HTML (html-validate:standard)', async () => {
    const { pages, problems } = await validateSite(inject('rootDir'));
    expect(pages).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});

describe('accessibility and privacy on every page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 A/AA violation in ${scheme} mode, and no page requests anything outside the site`, async () => {
      const { page, context, requests } = await openPage(browser, { colorScheme: scheme });
      const failures: string[] = [];
      const pages = builtPages(inject('rootDir'));
      for (const { path } of pages) {
        await page.goto(inject('rootUrl') + path.slice(1), { waitUntil: 'networkidle' });
        const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
        expect(dark, `${path} follows the system ${scheme} preference`).toBe(scheme === 'dark');
        const result = await new AxeBuilder({ page }).withTags(tags).analyze();
        for (const v of result.violations) {
          failures.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        }
      }
      await context.close();
      expect(pages.length).toBeGreaterThan(10);
      expect(failures).toEqual([]);
      expect(foreignRequests(requests)).toEqual([]);
    }, 300_000);
  }
});
