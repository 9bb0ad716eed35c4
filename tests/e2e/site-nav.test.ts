/**
 * The header on every page links to the parts of the site (Course, Compare, Guide, Fees, Glossary) under the
 * base path and marks the section the page belongs to; on a phone the links stay visible without a menu.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { currentSection, sectionRoutes, siteSections } from '../../src/lib/navigation.ts';
import { builtPages } from '../checks/siteFiles.ts';
import { launchBrowser } from './harness/browser.ts';

describe.each([
  { build: 'root', dir: () => inject('rootDir'), base: '/' },
  { build: '/course/', dir: () => inject('courseDir'), base: '/course/' },
])('the header of every page of the $build build', ({ dir, base }) => {
  test('links to every section and marks the current one', () => {
    const pages = builtPages(dir(), base);
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const { file, path } of pages) {
      const html = readFileSync(file, 'utf8');
      const nav = /<nav aria-label="Site" class="site-nav">([\s\S]*?)<\/nav>/.exec(html)?.[1];
      if (!nav) {
        problems.push(`${path}: no site navigation`);
        continue;
      }
      const links = [...nav.matchAll(/<a href="([^"]+)"( aria-current="(page|true)")?>([^<]+)<\/a>/g)].map((m) => ({ href: m[1], current: m[3] }));
      const expected = siteSections.map((s) => base + sectionRoutes[s].slice(1));
      if (JSON.stringify(links.map((l) => l.href)) !== JSON.stringify(expected)) problems.push(`${path}: links ${links.map((l) => l.href).join(' ')}`);
      const section = currentSection('/' + path.slice(base.length));
      const marked = links.filter((l) => l.current).map((l) => l.href);
      const want = section ? [base + sectionRoutes[section].slice(1)] : [];
      if (JSON.stringify(marked) !== JSON.stringify(want)) problems.push(`${path}: marks ${marked.join(' ') || 'nothing'}, expected ${want.join(' ') || 'nothing'}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('every section link is visible at 320 px, without a menu, and the page does not scroll sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of ['', 'platforms/amazon/', 'compare/', 'glossary/']) {
      await page.goto(inject('rootUrl') + path);
      const links = page.locator('nav.site-nav a');
      await expect(links.count()).resolves.toBe(siteSections.length);
      for (const link of await links.all()) await expect(link.isVisible(), `${path} ${await link.innerText()}`).resolves.toBe(true);
      await expect(page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth)).resolves.toBe(true);
    }
    await context.close();
  });
});
