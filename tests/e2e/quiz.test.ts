/**
 * The self-check: immediate feedback and a score with JavaScript, answers in disclosures without it,
 * and answers kept out of the search index. The right answer is read from the no-JavaScript disclosure
 * ("Answer: …"), which the build writes from frontmatter, not from the attribute the script uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
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

/** The first lesson in course order with at least three questions. */
function quizLesson(): string {
  const dir = inject('rootDir');
  const lesson = syllabus(dir).find((l) => readFileSync(join(dir, l.path, 'index.html'), 'utf8').split('<fieldset').length > 3);
  if (!lesson) throw new Error('no lesson has a quiz of three questions');
  return lesson.path;
}

/** Index of the right option of a question, from the text of its disclosure. */
async function rightOption(question: Locator): Promise<number> {
  const answer = (await question.locator('details p').textContent())!;
  const options = await question.locator('label').allTextContents();
  const index = options.findIndex((o) => answer.startsWith(`${strings.quiz.answer} ${o.trim()}.`));
  expect(index, `the disclosure names one of the options: ${answer}`).toBeGreaterThanOrEqual(0);
  return index;
}

describe('with JavaScript', () => {
  test('a wrong and a right answer get the right feedback and explanation at once, then a score', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(inject('rootUrl') + quizLesson());
    const questions = page.locator('self-check fieldset');
    const total = await questions.count();

    // The answers are not shown before a choice.
    await expect(questions.first().locator('details').isVisible()).resolves.toBe(false);

    // Wrong first.
    const first = questions.nth(0);
    const right0 = await rightOption(first);
    const explanation0 = (await first.locator('[data-explanation]').textContent())!;
    const rightText0 = (await first.locator('label').nth(right0).textContent())!.trim();
    const wrong0 = right0 === 0 ? 1 : 0;
    // The chosen option's own "why", then the question's explanation.
    const why0 = (await first.locator(`[data-option="${wrong0}"] [data-why]`).textContent())!;
    expect(why0.length).toBeGreaterThan(10);
    await first.locator('input').nth(wrong0).check();
    const status0 = first.locator('[role="status"]');
    await expect(status0.textContent()).resolves.toBe(`${fill(strings.quiz.incorrect, { answer: rightText0 })} ${why0} ${explanation0}`);
    await expect(first.getAttribute('data-state')).resolves.toBe('wrong');
    await expect(first.locator('label').nth(right0).getAttribute('data-state')).resolves.toBe('right');

    // Then right, by keyboard: focus an option and move with the arrow keys until the right one is chosen.
    const second = questions.nth(1);
    const right1 = await rightOption(second);
    await second.locator('input').first().focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < right1; i++) await page.keyboard.press('ArrowDown');
    await expect(second.locator('input').nth(right1).isChecked()).resolves.toBe(true);
    const explanation1 = (await second.locator('[data-explanation]').textContent())!;
    const why1 = (await second.locator(`[data-option="${right1}"] [data-why]`).textContent())!;
    await expect(second.locator('[role="status"]').textContent()).resolves.toBe(`${strings.quiz.correct} ${why1} ${explanation1}`);

    // No score until every question has an answer; then the score counts the right ones.
    const score = page.locator('[data-score-text]');
    await expect(score.textContent()).resolves.toBe('');
    for (let i = 2; i < total; i++) {
      const q = questions.nth(i);
      await q.locator('input').nth(await rightOption(q)).check();
    }
    await expect(score.textContent()).resolves.toBe(fill(strings.quiz.score, { score: total - 1, total }));
    await expect(score.getAttribute('aria-live')).resolves.toBe('polite');

    // Changing an answer updates its feedback and the score.
    await first.locator('input').nth(right0).check();
    const whyRight0 = (await first.locator(`[data-option="${right0}"] [data-why]`).textContent())!;
    await expect(status0.textContent()).resolves.toBe(`${strings.quiz.correct} ${whyRight0} ${explanation0}`);
    await expect(score.textContent()).resolves.toBe(fill(strings.quiz.score, { score: total, total }));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  test('every question’s answer and explanation are readable in a disclosure', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(inject('rootUrl') + quizLesson());
    const questions = page.locator('self-check fieldset');
    const total = await questions.count();
    expect(total).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < total; i++) {
      const q = questions.nth(i);
      const summary = q.locator('summary');
      await expect(summary.innerText()).resolves.toBe(strings.quiz.showAnswer);
      await expect(q.locator('[data-explanation]').isVisible()).resolves.toBe(false);
      await summary.click();
      await expect(q.locator('[data-explanation]').isVisible()).resolves.toBe(true);
      await rightOption(q);
      expect((await q.locator('[data-explanation]').innerText()).length).toBeGreaterThan(10);
    }
    await context.close();
  });
});

test('search indexes the questions but not the options, answers or explanations', () => {
  const html = readFileSync(join(inject('rootDir'), quizLesson(), 'index.html'), 'utf8');
  const quiz = html.slice(html.indexOf('<self-check'), html.indexOf('</self-check>'));
  const fieldsets = quiz.split('<fieldset').slice(1);
  expect(fieldsets.length).toBeGreaterThanOrEqual(3);
  for (const f of fieldsets) {
    expect(f).toMatch(/<legend>[^<]+<\/legend><div data-pagefind-ignore[^>]*><label>/);
    expect(f).toMatch(/<details data-pagefind-ignore[^>]*><summary>/);
  }
  expect(html.indexOf('data-pagefind-body')).toBeLessThan(html.indexOf('<self-check'));
});
