/**
 * Teaching comes first: on every lesson, the first paragraph of the lesson text starts within the first
 * 1,000 px of a 1280x800 desktop and the first 1,700 px of a 390x844 phone, so a learner reads before any
 * data sheet (docs/design.md, "Content"). A layout measure, not a time: it holds on any machine.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './harness/browser.ts';
import { lessonFiles, syllabus } from './harness/course.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const screens = [
  { name: 'desktop 1280x800', viewport: { width: 1280, height: 800 }, limit: 1000 },
  { name: 'phone 390x844', viewport: { width: 390, height: 844 }, limit: 1700 },
];

const lessons = syllabus(inject('rootDir'));

test('the syllabus lists every lesson', () => {
  // Without this, a lesson missing from the syllabus would silently escape the measure below.
  expect(lessons.map((l) => l.key).sort()).toEqual(lessonFiles().sort());
});

describe.each(screens)('on a $name screen', ({ viewport, limit }) => {
  test(`every lesson's first paragraph starts within ${limit} px`, async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const late: string[] = [];
    for (const lesson of lessons) {
      await page.goto(inject('rootUrl') + lesson.path);
      // The first paragraph of the lesson text itself, not one inside a card, list or figure in it.
      const top = await page.locator('[data-lesson-body] > p').first().evaluate((p) => p.getBoundingClientRect().top + window.scrollY);
      if (top > limit) late.push(`${lesson.key}: ${Math.round(top)} px`);
    }
    expect(late).toEqual([]);
    await context.close();
  }, 180_000);
});

test('"On this page" is folded above the text on a phone and open beside it on a desktop', async () => {
  const lesson = lessons.find((l) => l.key.startsWith('platforms/'))!;
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await page.goto(inject('rootUrl') + lesson.path);
  const firstLink = page.locator('.toc a').first();
  await expect(firstLink.isVisible()).resolves.toBe(false);
  await page.locator('.toc summary').click();
  await expect(firstLink.isVisible()).resolves.toBe(true);
  await phone.close();

  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const wide = await desktop.newPage();
  await wide.goto(inject('rootUrl') + lesson.path);
  await expect(wide.locator('.toc a').first().isVisible()).resolves.toBe(true);
  await expect(wide.locator('.toc .toc-label').isVisible()).resolves.toBe(true);
  await desktop.close();
});
