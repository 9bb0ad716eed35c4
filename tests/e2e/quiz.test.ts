/**
 * The self-check: questions on the lesson page, answers on the lesson's facts-and-sources page ("#answers").
 * With JavaScript a choice gets its feedback at once (the answers fetched on first use) and a score; without
 * it the link leads to the answers. The right answer is read from the answers page's visible text
 * ("Answer: …"), which the build writes from frontmatter, not from the attribute the script uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

interface ShownAnswer {
  /** The right option's index, found by its text among the lesson's options. */
  right: number;
  explanation: string;
  /** Each option's "why", by option index. */
  why: string[];
}

/** What the answers page shows for each question, in order, matched to the lesson page's options. */
async function shownAnswers(page: Page, lessonPath: string): Promise<ShownAnswer[]> {
  await page.goto(inject('rootUrl') + lessonPath);
  const options = await page.locator('self-check fieldset').evaluateAll((sets) =>
    sets.map((s) => [...s.querySelectorAll('label')].map((l) => l.textContent!.trim())),
  );
  await page.locator('[data-answers-link]').click();
  await page.waitForURL(/#answers$/);
  const items = page.locator('[data-quiz-answers] > ol > li');
  expect(await items.count()).toBe(options.length);
  const shown: ShownAnswer[] = [];
  for (let i = 0; i < options.length; i++) {
    const item = items.nth(i);
    const answer = (await item.locator('p').nth(1).innerText()).trim();
    const right = options[i]!.findIndex((o) => answer.startsWith(`${strings.quiz.answer} ${o}.`));
    expect(right, `question ${i + 1}: the answer names one of the options: ${answer}`).toBeGreaterThanOrEqual(0);
    expect(await item.locator('[data-explanation]').isVisible()).toBe(true);
    shown.push({
      right,
      explanation: (await item.locator('[data-explanation]').textContent())!,
      why: await item.locator('[data-option]').evaluateAll((lis) => lis.map((li) => li.querySelector('[data-why]')?.textContent ?? '')),
    });
  }
  return shown;
}

describe('with JavaScript', () => {
  test('a wrong and a right answer get the right feedback and explanation at once, then a score', async () => {
    const { page, context, errors } = await openPage(browser);
    const lesson = quizLesson();
    const answers = await shownAnswers(page, lesson);
    await page.goto(inject('rootUrl') + lesson);
    const questions = page.locator('self-check fieldset');
    const total = await questions.count();
    expect(total).toBe(answers.length);

    // The lesson page holds no answer: they come from the answers page on first use.
    const html = readFileSync(join(inject('rootDir'), lesson, 'index.html'), 'utf8');
    expect(html).not.toContain(answers[0]!.explanation.slice(0, 40));

    // Wrong first.
    const first = questions.nth(0);
    const { right: right0, explanation: explanation0 } = answers[0]!;
    const rightText0 = (await first.locator('label').nth(right0).textContent())!.trim();
    const wrong0 = right0 === 0 ? 1 : 0;
    const why0 = answers[0]!.why[wrong0]!;
    expect(why0.length).toBeGreaterThan(10);
    await first.locator('input').nth(wrong0).check();
    const status0 = first.locator('[role="status"]');
    await expect.poll(() => status0.textContent()).toBe(`${fill(strings.quiz.incorrect, { answer: rightText0 })} ${why0} ${explanation0}`);
    await expect(first.getAttribute('data-state')).resolves.toBe('wrong');
    await expect(first.locator('label').nth(right0).getAttribute('data-state')).resolves.toBe('right');

    // Then right, by keyboard: focus an option and move with the arrow keys until the right one is chosen.
    const second = questions.nth(1);
    const right1 = answers[1]!.right;
    await second.locator('input').first().focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < right1; i++) await page.keyboard.press('ArrowDown');
    await expect(second.locator('input').nth(right1).isChecked()).resolves.toBe(true);
    await expect.poll(() => second.locator('[role="status"]').textContent()).toBe(`${strings.quiz.correct} ${answers[1]!.why[right1]} ${answers[1]!.explanation}`);

    // No score until every question has an answer; then the score counts the right ones.
    const score = page.locator('[data-score-text]');
    await expect(score.textContent()).resolves.toBe('');
    for (let i = 2; i < total; i++) await questions.nth(i).locator('input').nth(answers[i]!.right).check();
    await expect.poll(() => score.textContent()).toBe(fill(strings.quiz.score, { score: total - 1, total }));
    await expect(score.getAttribute('aria-live')).resolves.toBe('polite');

    // Changing an answer updates its feedback and the score.
    await first.locator('input').nth(right0).check();
    await expect.poll(() => status0.textContent()).toBe(`${strings.quiz.correct} ${answers[0]!.why[right0]} ${explanation0}`);
    await expect.poll(() => score.textContent()).toBe(fill(strings.quiz.score, { score: total, total }));
    expect(errors).toEqual([]);
    await context.close();
  });

  test('when the answers cannot be fetched, the status says so and the link to them stays', async () => {
    const { page, context } = await openPage(browser);
    await page.route('**/sources/**', (route) => route.abort());
    await page.goto(inject('rootUrl') + quizLesson());
    const first = page.locator('self-check fieldset').first();
    await first.locator('input').first().check();
    await expect.poll(() => first.locator('[role="status"]').textContent()).toBe(strings.quiz.unavailable);
    await expect(page.locator('[data-answers-link]').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('without JavaScript', () => {
  test('the link below the questions leads to every answer and explanation', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    const answers = await shownAnswers(page, quizLesson());
    expect(answers.length).toBeGreaterThanOrEqual(3);
    for (const a of answers) expect(a.explanation.length).toBeGreaterThan(10);
    // And back to the questions.
    await page.getByRole('link', { name: strings.quiz.backToQuestions }).click();
    await page.waitForURL(/#self-check$/);
    await expect(page.locator('self-check fieldset').count()).resolves.toBe(answers.length);
    await context.close();
  });
});

test('search indexes the questions but not the options; the answers page is not indexed', () => {
  const dir = inject('rootDir');
  const lesson = quizLesson();
  const html = readFileSync(join(dir, lesson, 'index.html'), 'utf8');
  const quiz = html.slice(html.indexOf('<self-check'), html.indexOf('</self-check>'));
  const fieldsets = quiz.split('<fieldset').slice(1);
  expect(fieldsets.length).toBeGreaterThanOrEqual(3);
  for (const f of fieldsets) expect(f).toMatch(/<legend>[^<]+<\/legend><div data-pagefind-ignore[^>]*><label>/);
  expect(html.indexOf('data-pagefind-body')).toBeLessThan(html.indexOf('<self-check'));
  const answersPage = readFileSync(join(dir, 'sources', lesson, 'index.html'), 'utf8');
  expect(answersPage).toContain('data-quiz-answers');
  expect(answersPage).not.toContain('data-pagefind-body');
});
