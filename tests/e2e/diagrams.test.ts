/**
 * The diagrams drawn from frontmatter, in the built site: on every page that has one, each diagram's labels
 * equal the lesson files' data, each sits in a <figure> with a caption and a text alternative, and none
 * overflows its figure (or the page) on a 320 px wide screen. Axe in light and dark runs in quality.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { mapModelIds } from '../../src/lib/diagramData.ts';
import { money } from '../../src/lib/fees.ts';
import { lessonFiles, splitFrontmatter } from '../../src/lib/lessonFiles.ts';
import { strings } from '../../src/lib/strings.ts';
import { launchBrowser, openPage } from './harness/browser.ts';
import { syllabus } from './harness/course.ts';
import { projectRoot } from './harness/buildSite.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Data = Record<string, any>;
const lessons = lessonFiles(join(projectRoot, 'content')).map((l) => ({ ...l, data: parse(splitFrontmatter(readFileSync(l.file, 'utf8')).frontmatter) as Data }));
const byKey = new Map(lessons.map((l) => [l.key, l]));
const j = strings.diagrams.journey;

/** Text of every SVG label of the groups with `data-role=role` inside `scope`, in order. */
const roleTexts = (page: Page, scope: string, role: string) => page.locator(`${scope} svg [data-role="${role}"] text`).allTextContents();
/** Wrapped lines joined back into the text they came from. */
const joined = (lines: string[]) => lines.join(' ').replace(/- /g, '');

async function open(path: string, width = 1280) {
  const opened = await openPage(browser, { viewport: { width, height: 800 } });
  await opened.page.goto(inject('rootUrl') + path.replace(/^\//, ''));
  return opened;
}

const journeyModels = lessons.filter((l) => l.folder === 'models');
/** A model's order journey is drawn on its lesson page. */
const journeyPage = (m: (typeof lessons)[number]) => `/${m.key}/`;
const timelineLessons = lessons.filter((l) => (l.data.timeline ?? []).length > 0);
const caseStudies = lessons.filter((l) => (l.data.workedExamples ?? []).length > 0);
const intro = () => syllabus(inject('rootDir'))[0]!;

describe('labels equal the frontmatter', () => {
  test('there is something to check: six model journeys, three case studies, the timelines', () => {
    expect(journeyModels.length).toBe(6);
    expect(timelineLessons.length).toBeGreaterThanOrEqual(15);
    for (const m of journeyModels) expect((m.data.journey ?? []).length, `${m.key} has no journey`).toBe(6);
    expect(caseStudies.length).toBe(3);
  });

  test.each(journeyModels.map((m) => [m.key, m] as const))('the order journey of %s, on its lesson page', async (_key, m) => {
    const { page, context } = await open(journeyPage(m));
    const fig = `figure[data-diagram="journey"][data-model="${m.slug}"]`;
    const steps = m.data.journey as { step: keyof typeof j.steps; who: (keyof typeof j.actors)[]; note: string }[];
    await expect(roleTexts(page, fig, 'step')).resolves.toEqual(steps.map((s) => j.steps[s.step]));
    await expect(roleTexts(page, fig, 'who')).resolves.toEqual(steps.flatMap((s) => s.who.map((w) => j.actors[w])));
    expect(joined(await roleTexts(page, fig, 'note'))).toBe(steps.map((s) => s.note).join(' '));
    await context.close();
  });

  test.each(timelineLessons.map((l) => [l.key, l] as const))('the timeline of %s: a dot per event, numbered as the list, on its years', async (_key, l) => {
    const { page, context } = await open(`/${l.key}/`);
    const fig = 'figure[data-diagram="timeline"]';
    // Oldest first, as the lesson shows them ('2023' before '2023-02-15'; a stable sort keeps a day's order).
    const events = [...(l.data.timeline as { id: string; date: string }[])].sort((a, b) => a.date.localeCompare(b.date));
    // The list is the text alternative: one item per frontmatter event.
    await expect(page.locator(`${fig} ol > li`).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')))).resolves.toEqual(events.map((e) => e.id));
    const scheduled = await page.locator(`${fig} ol > li`).evaluateAll((lis) => lis.map((li) => li.hasAttribute('data-scheduled')));
    const dots = [...(await roleTexts(page, fig, 'event')), ...(await roleTexts(page, fig, 'event-scheduled'))].map(Number).sort((a, b) => a - b);
    expect(dots).toEqual(events.map((_e, i) => i + 1));
    expect((await roleTexts(page, fig, 'event-scheduled')).map(Number)).toEqual(scheduled.flatMap((s, i) => (s ? [i + 1] : [])));
    // The axis runs from the first event's year to the last's (or the year after, for a late date).
    const years = (await roleTexts(page, fig, 'year')).map(Number);
    const eventYears = events.map((e) => Number(e.date.slice(0, 4)));
    expect(years[0]).toBe(Math.min(...eventYears));
    expect(years.at(-1)! - Math.max(...eventYears)).toBeGreaterThanOrEqual(0);
    expect(years.at(-1)! - Math.max(...eventYears)).toBeLessThanOrEqual(1);
    await context.close();
  });

  test('the map of the models in the introduction', async () => {
    const { page, context } = await open(intro().path);
    const fig = 'figure[data-diagram="model-map"]';
    const models = mapModelIds.map((id) => byKey.get(`models/${id}`)!.data);
    await expect(roleTexts(page, fig, 'model')).resolves.toEqual(models.map((m) => m.shortName));
    const sellers = models.flatMap((m) => (m.fit.sellerProfiles as (keyof typeof strings.labels.sellerProfiles)[]).map((s) => strings.labels.sellerProfiles[s]));
    expect(joined(await roleTexts(page, fig, 'seller'))).toBe(sellers.join(' '));
    const buyers = models.flatMap((m) => (m.fit.buyerTypes as (keyof typeof strings.labels.buyerTypes)[]).map((b) => strings.labels.buyerTypes[b]));
    expect(joined(await roleTexts(page, fig, 'buyer'))).toBe(buyers.join(' '));
    await context.close();
  });

  test.each(caseStudies.map((c) => [c.key, c] as const))('the fee chart of %s: the worked examples’ fees and payouts', async (_key, c) => {
    const { page, context } = await open(c.path);
    const fig = page.locator('figure[data-diagram="fee-chart"]');
    const examples = c.data.workedExamples as { id: string; total: number; payout: number; sale: { currency: 'USD' } }[];
    await expect(fig.locator('tr[data-sale]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-sale'), r.getAttribute('data-total'), r.getAttribute('data-payout')]))).resolves.toEqual(
      examples.map((e) => [e.id, e.total.toFixed(2), e.payout.toFixed(2)]),
    );
    // One bar per sale; its legend's payout line is the example's payout, and its fee lines add up to its total.
    const legend = joined(await roleTexts(page, 'figure[data-diagram="fee-chart"]', 'legend'));
    const payouts = [...legend.matchAll(new RegExp(`${strings.fees.payout}: US\\$([\\d.]+)`, 'g'))].map((m) => Number(m[1]));
    expect(payouts).toEqual(examples.map((e) => e.payout));
    const amounts = legend.split(new RegExp(`${strings.fees.payout}: US\\$[\\d.]+`)).slice(0, -1).map((part) => [...part.matchAll(/US\$([\d.]+)/g)].reduce((s, m) => s + Number(m[1]), 0));
    expect(amounts.map((a) => a.toFixed(2))).toEqual(examples.map((e) => e.total.toFixed(2)));
    await expect(roleTexts(page, 'figure[data-diagram="fee-chart"]', 'bar').then((b) => b.length)).resolves.toBeGreaterThanOrEqual(examples.length);
    await context.close();
  });

  test('the fee charts of the calculator’s presets match their tables', async () => {
    const { page, context } = await open('/fees/');
    const figures = page.locator('figure[data-diagram="fee-preset"]');
    await expect(figures.count()).resolves.toBe(3);
    for (const fig of await figures.all()) {
      const table = page.locator(`#${await fig.getAttribute('data-alternative')}`);
      const priced = await table.locator('tr[data-total]').evaluateAll((rows) =>
        rows.map((r) => ({ name: r.querySelector('th')!.textContent!.trim(), total: Number(r.getAttribute('data-total')) })),
      );
      expect(priced.length).toBeGreaterThan(3);
      await expect(fig.locator('svg [data-role="bar"] text').allTextContents()).resolves.toEqual(priced.map((p) => p.name));
      const legend = await fig.locator('svg [data-role="legend"] text').allTextContents();
      expect(legend.filter((l) => l.startsWith(strings.fees.total))).toEqual(priced.map((p) => `${strings.fees.total}: ${money(p.total, 'USD')}`));
    }
    await context.close();
  });
});

/** Every page with a diagram: the lessons with a journey or a timeline, the introduction, the case studies, the fee page. */
const diagramPages = () =>
  [...new Set([...journeyModels.map(journeyPage), ...timelineLessons.map((l) => `/${l.key}/`), intro().path, ...caseStudies.map((c) => c.path), '/fees/'].map((p) => p.replace(/^\/?/, '/')))];

describe('each figure at 320 px: caption, text alternative, no overflow', () => {
  test('every diagram page', async () => {
    const pages = diagramPages();
    // The six model lessons and the other lessons with a timeline, the introduction, three case studies, the fees.
    expect(pages.length).toBeGreaterThanOrEqual(new Set([...journeyModels, ...timelineLessons].map((l) => l.key)).size + 2);
    const problems: string[] = [];
    for (const path of pages) {
      const { page, context } = await open(path, 320);
      const found = await page.evaluate(() => {
        const out: string[] = [];
        const figures = [...document.querySelectorAll('figure[data-diagram]')];
        if (!figures.length) out.push('no diagram');
        for (const fig of figures) {
          const name = fig.getAttribute('data-diagram');
          const caption = fig.querySelector(':scope > figcaption');
          if (!caption?.textContent?.trim()) out.push(`${name}: no caption`);
          const svg = fig.querySelector('svg')!;
          if (svg.getAttribute('aria-hidden') === 'true') {
            const alt = fig.getAttribute('data-alternative');
            const table = alt ? document.getElementById(alt) : fig.querySelector('table, ol');
            if (!table || !table.textContent?.trim()) out.push(`${name}: hidden SVG without a table or list beside it`);
          } else {
            const ids = (a: string) => (svg.getAttribute(a) ?? '').split(/\s+/).filter(Boolean);
            const text = (a: string) => ids(a).map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
            if (svg.getAttribute('role') !== 'img' || !text('aria-labelledby')) out.push(`${name}: SVG has no accessible name`);
            if (text('aria-describedby').length < 40) out.push(`${name}: SVG has no text alternative`);
          }
          const f = fig.getBoundingClientRect();
          const s = svg.getBoundingClientRect();
          if (s.width < 100) out.push(`${name}: SVG is ${s.width}px wide`);
          if (s.left < f.left - 0.5 || s.right > f.right + 0.5) out.push(`${name}: SVG (${s.left}–${s.right}) overflows its figure (${f.left}–${f.right})`);
          for (const el of svg.querySelectorAll('text, rect, circle, path')) {
            const b = el.getBoundingClientRect();
            if (b.left < s.left - 0.5 || b.right > s.right + 0.5 || b.top < s.top - 0.5 || b.bottom > s.bottom + 0.5) {
              out.push(`${name}: "${el.textContent || el.tagName}" (${Math.round(b.left)}–${Math.round(b.right)}) leaves the SVG (${Math.round(s.left)}–${Math.round(s.right)})`);
            }
          }
        }
        if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px`);
        return out;
      });
      problems.push(...found.map((p) => `${path}: ${p}`));
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
