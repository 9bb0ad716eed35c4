/**
 * Taking the course: from the home page to the last lesson by "Next" alone, and every lesson complete
 * (text, facts, takeaways, navigation) without JavaScript. Expectations come from the built home page's
 * syllabus and from content/, never from today's lesson list.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { strings } from '../../src/lib/strings.ts';
import { countWords } from '../../src/lib/words.ts';
import { launchBrowser, openPage } from './harness/browser.ts';
import { lessonBody, lessonFiles, moduleOrder, syllabus } from './harness/course.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const path = (page: Page) => new URL(page.url()).pathname;

describe('the syllabus', () => {
  test('lists every lesson of content/ once', () => {
    const keys = syllabus(inject('rootDir')).map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(lessonFiles().sort());
  });
});

describe('following "Next"', () => {
  for (const build of ['root', 'course'] as const) {
    test(`from the home page visits every lesson in course order and ends on the last (${build} build)`, async () => {
      const base = inject(build === 'root' ? 'rootUrl' : 'courseUrl');
      const basePath = new URL(base).pathname;
      const expected = syllabus(inject(build === 'root' ? 'rootDir' : 'courseDir'));
      const { page, context, errors } = await openPage(browser);
      await page.goto(base);
      await page.getByRole('link', { name: strings.home.start }).click();
      const visited: string[] = [];
      const modules: string[] = [];
      for (;;) {
        await page.waitForLoadState();
        visited.push(path(page));
        modules.push(await page.locator('.crumbs li').nth(1).innerText());
        expect(await page.locator('h1').innerText()).toBe(expected[visited.length - 1]?.title);
        const next = page.locator('a[rel="next"]');
        if ((await next.count()) === 0 || visited.length > expected.length) break;
        await Promise.all([page.waitForURL((u) => u.pathname !== visited.at(-1)), next.click()]);
      }
      expect(visited).toEqual(expected.map((l) => basePath + l.path));
      // Modules come in their order, each once, and so do their lessons.
      const moduleRuns = modules.filter((m, i) => m !== modules[i - 1]);
      expect(new Set(moduleRuns).size).toBe(moduleRuns.length);
      expect(moduleRuns.length).toBe(moduleOrder().length);
      // The first lesson has no "Previous", the last no "Next".
      expect(await page.locator('a[rel="next"]').count()).toBe(0);
      await page.goto(base + expected[0]!.path);
      expect(await page.locator('a[rel="prev"]').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('without JavaScript', () => {
  test('every lesson renders its full text, facts, takeaways and navigation', async () => {
    const lessons = syllabus(inject('rootDir'));
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    const problems: string[] = [];
    for (const [i, lesson] of lessons.entries()) {
      const check = (ok: boolean, what: string) => ok || problems.push(`${lesson.path}: ${what}`);
      await page.goto(inject('rootUrl') + lesson.path);
      const article = page.locator('article[data-pagefind-body]');

      // Text: the title, objectives, reading time, the whole body, takeaways, the review date.
      check((await page.locator('h1').innerText()) === lesson.title, 'title');
      check((await article.locator('[data-objectives] li').count()) >= 2, 'objectives');
      check(/\d+ min read/.test(await article.locator('header').innerText()), 'reading time');
      const bodyWords = countWords(await article.locator('[data-lesson-body]').innerText());
      const sourceWords = countWords(lessonBody(lesson.key));
      check(bodyWords >= sourceWords * 0.9, `body has ${bodyWords} of ${sourceWords} words`);
      const takeaways = article.locator('[data-takeaways] li');
      check((await takeaways.count()) >= 2 && (await takeaways.first().isVisible()), 'takeaways');
      check((await article.locator('time').last().isVisible()) === true, 'dates');

      // Facts: every platform has its card at a glance; every source the lesson cites is listed on its
      // facts-and-sources page (checked at the end, after the navigation checks on this page).
      if (lesson.key.startsWith('platforms/')) {
        // Folded after the objectives, so the lesson text comes first; one click opens it.
        const facts = article.locator('[data-platform-facts]');
        await facts.locator('summary').click();
        check((await facts.isVisible()) && /Model[\s\S]*Status/.test(await facts.locator('dl').innerText()), 'platform facts at a glance');
      }
      // Every citation on the lesson page is a marker that opens its entry on the facts-and-sources page.
      const markers = await article
        .locator('[data-facts] sup a, [data-claims] sup a, [data-timeline] sup a, [data-risks] sup a, [data-lesson-body] sup a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      check(!(await article.locator('[data-claims] a[rel~="external"], [data-timeline] a[rel~="external"], [data-risks] a[rel~="external"]').count()), 'citations as markers');
      const allFacts = await article.locator('[data-all-facts] p a').getAttribute('href');
      check(allFacts === `/sources/${lesson.path}`, 'link to all facts and sources');

      // Navigation: the tree (visible beside the lesson), breadcrumbs, table of contents, previous/next.
      const current = page.locator('.sidebar nav a[aria-current="page"]');
      check((await current.count()) === 1 && (await current.getAttribute('href')) === `/${lesson.path}`, 'current lesson in the tree');
      check(await current.isVisible(), 'course tree visible on a wide screen');
      check((await page.locator('.crumbs a').count()) === 3, 'breadcrumbs');
      const tocTargets = await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
      const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), tocTargets);
      check(tocTargets.length > 0 && missing.length === 0, `table of contents (missing ${missing.join(', ')})`);
      const headingsWithoutAnchor = await article
        .locator('h2, h3')
        .evaluateAll((hs) => hs.filter((h) => !h.closest('.toc') && !h.querySelector(`a[href="#${h.id}"]`)).map((h) => h.textContent));
      check(headingsWithoutAnchor.length === 0, `anchors on headings (${headingsWithoutAnchor.join(', ')})`);
      check((await page.locator('a[rel="prev"]').count()) === (i > 0 ? 1 : 0), 'previous link');
      check((await page.locator('a[rel="next"]').count()) === (i < lessons.length - 1 ? 1 : 0), 'next link');
      if (i < lessons.length - 1) check((await page.locator('a[rel="next"]').getAttribute('href')) === `/${lessons[i + 1]!.path}`, 'next is the next lesson');

      // Controls that need JavaScript are not shown.
      check(!(await page.locator('progress-toggle').isVisible()), 'no progress button');

      await page.goto(inject('rootUrl') + `sources/${lesson.path}`);
      const listed = await page.locator('.sources a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      check(listed.length > 0, 'sources on the facts-and-sources page');
      const targets = markers.map((href) => new URL(href, page.url()));
      check(targets.every((t) => t.pathname === `/sources/${lesson.path}`), 'markers open this lesson’s facts-and-sources page');
      const unlisted = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), targets.map((t) => t.hash.slice(1)));
      check(unlisted.length === 0, `marker targets on the facts-and-sources page (missing ${unlisted.join(', ')})`);
      check((await page.locator('[data-facts] dt').count()) > 0, 'facts on the facts-and-sources page');
    }
    expect(problems).toEqual([]);
    await context.close();
    // Two pages per lesson with a dozen checks each: a guard for a busy two-core machine, not a time to meet.
  }, 240_000);

  test('module pages introduce the module and list its lessons with reading times', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    const expected = syllabus(inject('rootDir'));
    const listed: string[] = [];
    for (const id of moduleOrder()) {
      const response = await page.goto(`${inject('rootUrl')}modules/${id}/`);
      expect(response?.status()).toBe(200);
      const article = page.locator('article[data-pagefind-body]');
      expect((await article.locator('> p').nth(1).innerText()).length).toBeGreaterThan(40);
      const items = article.locator('> ol > li');
      for (const text of await items.allInnerTexts()) expect(text).toMatch(/\d+ min/);
      listed.push(...(await items.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)))));
      expect(await page.locator('.sidebar a[aria-current="page"]').getAttribute('href')).toBe(`/modules/${id}/`);
    }
    expect(listed).toEqual(expected.map((l) => l.path));
    await context.close();
  });
});
