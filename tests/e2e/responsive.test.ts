/**
 * Small screens, print and keyboard: the course menu at 360x740, no horizontal scroll at 320 px on any
 * page, a clean printed lesson, the skip link and visible focus, reduced motion, and the 404 page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { strings } from '../../src/lib/strings.ts';
import { builtPages } from '../checks/siteFiles.ts';
import { launchBrowser, openPage } from './harness/browser.ts';
import { syllabus } from './harness/course.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const phone = { viewport: { width: 360, height: 740 } };

describe('the course menu at 360x740', () => {
  test('opens, shows the course tree with the current lesson, and closes with Escape', async () => {
    const lesson = syllabus(inject('rootDir'))[1]!;
    const { page, context, errors } = await openPage(browser, phone);
    await page.goto(inject('rootUrl') + lesson.path);
    const summary = page.locator('.sidebar summary');
    const tree = page.locator('.sidebar nav');
    await expect(summary.innerText()).resolves.toBe(strings.nav.menu);
    await expect(tree.isVisible()).resolves.toBe(false);

    await summary.click();
    await expect(tree.isVisible()).resolves.toBe(true);
    await expect(tree.locator('a[aria-current="page"]').isVisible()).resolves.toBe(true);
    // A lesson page lists every module and the lessons of its own module (the full tree is on the syllabus).
    const modules = await page.locator('.sidebar nav .tree > li').count();
    expect(modules).toBeGreaterThanOrEqual(8);
    await expect(tree.locator('.tree > li > ol a').count()).resolves.toBeGreaterThan(0);
    await expect(tree.locator('.tree > li > ol').count()).resolves.toBe(1);
    // The disclosure tells assistive technology that it is open.
    const expanded = await page.locator('.sidebar details').evaluate((d) => (d as HTMLDetailsElement).open);
    expect(expanded).toBe(true);

    await tree.locator('a').first().focus();
    await page.keyboard.press('Escape');
    await expect(tree.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');

    // Keyboard alone opens it again.
    await page.keyboard.press('Enter');
    await expect(tree.isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('opens without JavaScript too', async () => {
    const { page, context } = await openPage(browser, { ...phone, javaScriptEnabled: false });
    await page.goto(inject('rootUrl') + syllabus(inject('rootDir'))[0]!.path);
    await page.locator('.sidebar summary').click();
    await expect(page.locator('.sidebar nav a[aria-current="page"]').isVisible()).resolves.toBe(true);
    await context.close();
  });

  test('is an always-open tree beside the lesson on a wide screen', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, context } = await openPage(browser, { javaScriptEnabled });
      await page.goto(inject('rootUrl') + syllabus(inject('rootDir'))[0]!.path);
      await expect(page.locator('.sidebar summary').isVisible()).resolves.toBe(false);
      await expect(page.locator('.sidebar nav a[aria-current="page"]').isVisible()).resolves.toBe(true);
      const [tree, main] = await Promise.all([page.locator('.sidebar').boundingBox(), page.locator('main').boundingBox()]);
      expect(tree!.x + tree!.width).toBeLessThanOrEqual(main!.x);
      await context.close();
    }
  });
});

describe('at 320 px wide', () => {
  test('no page scrolls horizontally, with the menu and the quiz feedback open too', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const { path } of builtPages(inject('rootDir'))) {
      await page.goto(inject('rootUrl') + path.slice(1));
      if ((await overflow()) > 0) wide.push(path);
    }
    const lesson = syllabus(inject('rootDir')).find((l) => l.key.startsWith('platforms/'))!;
    await page.goto(inject('rootUrl') + lesson.path);
    await page.locator('.sidebar summary').click();
    const questions = page.locator('self-check fieldset');
    for (let i = 0; i < (await questions.count()); i++) await questions.nth(i).locator('input').first().check();
    // The feedback arrives once the answers are fetched: measure with all of it shown.
    for (const status of await questions.locator('[role="status"]').all()) await expect.poll(() => status.textContent()).not.toBe('');
    if ((await overflow()) > 0) wide.push(`${lesson.path} (menu and quiz open)`);
    expect(wide).toEqual([]);
    await context.close();
  });
});

describe('print', () => {
  test('a lesson prints without navigation or controls, and its facts page with the URLs of its sources', async () => {
    const lesson = syllabus(inject('rootDir')).find((l) => l.key.startsWith('platforms/'))!;
    const { page, context } = await openPage(browser);
    await page.goto(inject('rootUrl') + lesson.path);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.sidebar', '.crumbs', '.toc', '.pager', 'progress-toggle', 'theme-toggle', '.site-footer']) {
      await expect(page.locator(chrome).first().isVisible(), chrome).resolves.toBe(false);
    }
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-lesson-body]').isVisible()).resolves.toBe(true);
    // Every fact and source of the lesson is on its facts-and-sources page, which prints each URL in full.
    await page.emulateMedia({ media: 'screen' });
    await page.goto(inject('rootUrl') + `sources/${lesson.path}`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.sources li a').evaluateAll((as) =>
      as.map((a) => [(a as HTMLAnchorElement).href, getComputedStyle(a, '::after').content] as const),
    );
    expect(printed.length).toBeGreaterThan(0);
    for (const [href, after] of printed) expect(after).toContain(href);
    // On screen the URLs are not repeated.
    await page.emulateMedia({ media: 'screen' });
    const onScreen = await page.locator('.sources li a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(onScreen).toBe('none');
    await context.close();
  });
});

describe('keyboard and motion', () => {
  test('the first Tab reaches a visible skip link that leads to the content; focus is always visible', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(inject('rootUrl') + syllabus(inject('rootDir'))[0]!.path);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip.innerText()).resolves.toBe(strings.skipToContent);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    // The jump to the fragment lands a moment after the key press on a busy machine: wait for it.
    await expect.poll(() => new URL(page.url()).hash).toBe('#main');
    // Each focused control has an outline of its own.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return `${s.outlineStyle} ${parseFloat(s.outlineWidth)}`;
      });
      expect(outline).not.toMatch(/^none|\s0$/);
    }
    await context.close();
  });

  test('reduced motion turns transitions and smooth scrolling off', async () => {
    const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(inject('rootUrl'));
    const style = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.transition = 'opacity 2s';
      document.body.append(probe);
      return { transition: getComputedStyle(probe).transitionDuration, scroll: getComputedStyle(document.documentElement).scrollBehavior };
    });
    expect(style).toEqual({ transition: '1e-05s', scroll: 'auto' });
    await context.close();
  });
});

describe('the 404 page', () => {
  test('answers with status 404 and offers search and the syllabus', async () => {
    const { page, context } = await openPage(browser);
    const response = await page.goto(`${inject('courseUrl')}no-such-lesson/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe(strings.notFound.title);
    const form = page.locator('main form[role="search"]');
    await expect(form.getAttribute('action')).resolves.toBe('/course/search/');
    await page.getByLabel(strings.notFound.searchLabel).fill('escrow');
    await Promise.all([page.waitForURL(/\/course\/search\/\?q=escrow$/), form.locator('button').click()]);
    await page.goBack();
    const lessons = await page.locator('#syllabus a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(lessons).toEqual(expect.arrayContaining(syllabus(inject('courseDir')).map((l) => `/course/${l.path}`)));
    await context.close();
  });
});
