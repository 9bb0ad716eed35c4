/**
 * Progress: "Mark as complete" survives a reload and shows in the course tree and on the home page;
 * reset clears it; and every page still works when localStorage throws.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { PROGRESS_KEY } from '../../src/lib/progress.ts';
import { strings } from '../../src/lib/strings.ts';
import { fill } from '../../src/lib/template.ts';
import { launchBrowser, openPage } from './harness/browser.ts';
import { syllabus } from './harness/course.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const p = strings.progress;

/** Paths of the ticked lesson links in a list, and whether each says so to screen readers. */
function ticked(page: Page, list: string) {
  return page.locator(`${list} a[data-done]`).evaluateAll((as, label) =>
    as.map((a) => `${a.getAttribute('href')}${a.querySelector('.sr-only')?.textContent === ` ${label}` ? '' : ' (no label)'}`),
  p.done);
}

describe('marking lessons complete', () => {
  test('survives a reload, shows in the course tree and on the home page, and reset clears it', async () => {
    const lessons = syllabus(inject('rootDir'));
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = lessons as [(typeof lessons)[0], (typeof lessons)[0], (typeof lessons)[0]];
    const base = inject('rootUrl');
    const { page, context, errors } = await openPage(browser);

    await page.goto(base + first.path);
    const button = page.locator('progress-toggle button');
    await expect(button.innerText()).resolves.toBe(p.mark);
    await button.click();
    await expect(button.innerText()).resolves.toBe(p.unmark);
    await expect(page.locator('progress-toggle [role="status"]').innerText()).resolves.toBe(p.marked);
    await expect(ticked(page, '.sidebar')).resolves.toEqual([`/${first.path}`]);

    await page.locator('a[rel="next"]').click();
    await page.waitForURL(base + second.path);
    await page.locator('progress-toggle button').click();

    // After a reload: the button, the tree and the stored value.
    await page.reload();
    await expect(button.innerText()).resolves.toBe(p.unmark);
    // A lesson page's tree lists its own module's lessons only: the first lesson sits in another module.
    await expect(ticked(page, '.sidebar')).resolves.toEqual([`/${second.path}`]);
    const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    expect(JSON.parse(stored!)).toEqual([first.key, second.key]);

    // The module page ticks its completed lessons too.
    await page.locator('.crumbs a').nth(1).click();
    const moduleTicks = await ticked(page, 'article');
    expect(moduleTicks.length).toBeGreaterThan(0);
    expect([`/${first.path}`, `/${second.path}`]).toEqual(expect.arrayContaining(moduleTicks));

    // The home page offers to continue with the first lesson not yet complete.
    await page.goto(base);
    const cta = page.locator('course-start a');
    await expect(cta.innerText()).resolves.toBe(fill(strings.home.continue, { title: third.title }));
    await expect(cta.getAttribute('href')).resolves.toBe(`/${third.path}`);
    await expect(page.locator('course-start p').innerText()).resolves.toBe(fill(strings.home.completed, { done: 2, total: lessons.length }));
    await expect(ticked(page, '#syllabus')).resolves.toEqual([`/${first.path}`, `/${second.path}`]);

    // Reset.
    await page.getByRole('button', { name: strings.home.reset }).click();
    await expect(cta.innerText()).resolves.toBe(strings.home.start);
    await expect(cta.getAttribute('href')).resolves.toBe(`/${first.path}`);
    await expect(page.locator('course-start p').innerText()).resolves.toBe(strings.home.resetDone);
    await expect(ticked(page, '#syllabus')).resolves.toEqual([]);
    await expect(page.locator('course-start button').isVisible()).resolves.toBe(false);
    await expect(page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).resolves.toBeNull();
    await page.reload();
    await expect(cta.innerText()).resolves.toBe(strings.home.start);

    await page.goto(base + first.path);
    await expect(button.innerText()).resolves.toBe(p.mark);
    await expect(ticked(page, '.sidebar')).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('unmarking a lesson takes its tick away', async () => {
    const [first] = syllabus(inject('rootDir'));
    const { page, context } = await openPage(browser);
    await page.goto(inject('rootUrl') + first!.path);
    const button = page.locator('progress-toggle button');
    await button.click();
    await button.click();
    await expect(button.innerText()).resolves.toBe(p.mark);
    await expect(page.locator('progress-toggle [role="status"]').innerText()).resolves.toBe(p.unmarked);
    await expect(ticked(page, '.sidebar')).resolves.toEqual([]);
    await context.close();
  });

  test('finishing every lesson says so on the home page', async () => {
    const lessons = syllabus(inject('rootDir'));
    const { page, context } = await openPage(browser);
    await page.goto(inject('rootUrl'));
    await page.evaluate(([key, keys]) => localStorage.setItem(key!, JSON.stringify(keys)), [PROGRESS_KEY, lessons.map((l) => l.key)] as const);
    await page.reload();
    await expect(page.locator('course-start a').innerText()).resolves.toBe(strings.home.finished);
    await expect(ticked(page, '#syllabus')).resolves.toHaveLength(lessons.length);
    await context.close();
  });
});

describe('when storage is unavailable', () => {
  test('pages load without errors, and progress and the theme still work for the page', async () => {
    const [first] = syllabus(inject('rootDir'));
    const { page, context, errors } = await openPage(browser);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(inject('rootUrl'));
    await expect(page.locator('course-start a').innerText()).resolves.toBe(strings.home.start);
    await page.goto(inject('rootUrl') + first!.path);
    const button = page.locator('progress-toggle button');
    await button.click();
    await expect(button.innerText()).resolves.toBe(p.unmark);
    await expect(ticked(page, '.sidebar')).resolves.toEqual([`/${first!.path}`]);
    await page.locator('theme-toggle button').click();
    await expect(page.locator('theme-toggle button').getAttribute('aria-pressed')).resolves.toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });
});
