/**
 * Figures quoted in a lesson's prose (`<Fact id>`): in real Chromium, each reads exactly as its row on the
 * lesson's facts-and-sources page, and its superscript marker opens that row, under the base path too.
 * Expectations come from content/ (every `<Fact>` a body writes), never from a list of today's figures.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { figureRuleLessons } from '../../src/lib/contentRules.ts';
import { factRefs } from '../../src/lib/factRefs.ts';
import { launchBrowser, openPage } from './harness/browser.ts';
import { feeLabels, lessonBody } from './harness/course.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The value a fact element shows, without its source note or marker. */
const valueOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('sup, [data-pagefind-ignore]').forEach((n) => n.remove());
      // A prose figure is named by its marker's link (#fact-<id>), a row by its data-fact.
      const id = el.getAttribute('data-fact') ?? el.querySelector(':scope > sup > a')?.getAttribute('href')?.split('#fact-')[1] ?? '';
      return { id, text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim() };
    }),
  );

describe('a figure in the prose and in the facts section cannot disagree', () => {
  test.each([...figureRuleLessons])('%s', async (key) => {
    const base = inject('courseUrl');
    const basePath = new URL(base).pathname;
    const written = factRefs(lessonBody(key)).map((r) => r.id);
    expect(written.length, `${key} quotes no figure through <Fact>`).toBeGreaterThan(0);

    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}${key}/`);
    const prose = '[data-lesson-body] span:has(> sup > a[href*="#fact-"])';
    const quoted = await valueOf(page, prose);
    expect(quoted.map((q) => q.id)).toEqual(written);
    for (const q of quoted) expect(q.text.length, `empty figure for ${q.id}`).toBeGreaterThan(0);

    // Each marker is a superscript link, kept out of search excerpts, whose name gives the source's date.
    const markers = page.locator(`${prose} > sup`);
    expect(await markers.count()).toBe(written.length);
    const links = await markers.evaluateAll((sups) =>
      sups.map((sup) => ({
        ignored: sup.hasAttribute('data-pagefind-ignore'),
        href: sup.querySelector('a')?.getAttribute('href') ?? '',
        name: sup.querySelector('a')?.getAttribute('aria-label') ?? '',
      })),
    );
    for (const [i, link] of links.entries()) {
      expect(link.ignored).toBe(true);
      expect(link.href).toBe(`${basePath}sources/${key}/#fact-${written[i]}`);
      expect(link.name).toMatch(/^(Source, as of [A-Z][a-z]+ \d{4}|n\.d\. \(undated source, checked [A-Z][a-z]+ \d{1,2}, \d{4}\))/);
    }

    // The row on the facts-and-sources page shows the same value; a fee's row names the fee first ("Label: amount").
    await page.goto(`${base}sources/${key}/`);
    const rows = new Map((await valueOf(page, '[data-facts] [data-fact]')).map((r) => [r.id, r.text]));
    const fees = feeLabels(key);
    for (const q of quoted) {
      const label = fees.get(q.id);
      expect(rows.get(q.id), `row of ${q.id}`).toBe(label ? `${label}: ${q.text}` : q.text);
    }

    // Following the first marker lands on its row.
    await page.goto(`${base}${key}/`);
    const first = markers.first().locator('a');
    await Promise.all([page.waitForURL((u) => u.hash === `#fact-${written[0]}`), first.click()]);
    expect(new URL(page.url()).pathname).toBe(`${basePath}sources/${key}/`);
    const target = page.locator(`#fact-${written[0]}`);
    expect(await target.count()).toBe(1);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
