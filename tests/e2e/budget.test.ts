/**
 * Byte budgets (docs/design.md, "Byte budgets"): a lesson page's first visit, on the median-length lesson, fetches at most
 * 20,480 bytes on the wire in all and at most 5,120 bytes of JavaScript, in the real course and in the course grown
 * by 240 generated lessons (pages must not grow with the course). Bytes are deterministic, so these are tests; times
 * are not, so they live in the benchmark.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { generateContent, lessonsPerModule, maxLessonsPerModule } from '../../scripts/lib/generatedCourse.ts';
import { lessonWordCounts, medianAndLongest } from '../../scripts/lib/lessonWords.ts';
import { startStaticServer, type RunningServer } from '../../scripts/lib/staticServer.ts';
import { measurePage } from '../checks/pageWeight.ts';
import { buildSite, projectRoot, tempDir } from './harness/buildSite.ts';
import { launchBrowser } from './harness/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const { median } = medianAndLongest(lessonWordCounts(join(projectRoot, 'content')));

/** Weighs the median lesson of the site at `siteUrl` and checks it against the budgets. */
async function checkBudget(siteUrl: string) {
  const weight = await measurePage(browser, siteUrl + median.path.slice(1));
  const report = weight.entries.map((e) => `${e.bytes} ${e.type} ${new URL(e.url).pathname}`).join('\n');
  expect(weight.entries.some((e) => e.type === 'document')).toBe(true);
  expect(weight.entries.filter((e) => e.type === 'image'), `no images on a lesson page:\n${report}`).toEqual([]);
  expect(weight.entries.filter((e) => e.url.includes('/pagefind/')), 'search loads on intent only').toEqual([]);
  // One module for the course's elements and the search button; the rest of search loads on first use.
  expect(weight.entries.filter((e) => e.type === 'script'), `one script:\n${report}`).toHaveLength(1);
  expect(weight.byType['script'] ?? 0, `JavaScript bytes:\n${report}`).toBeLessThanOrEqual(5120);
  expect(weight.total, `all bytes:\n${report}`).toBeLessThanOrEqual(20480);
}

test(`the median lesson (${median.id}, ${median.words} words) stays within 20 KB in all and 5 KB of JavaScript`, async () => {
  // Without the security headers: the budget counts what a page needs, on any host.
  await checkBudget(inject('plainRootUrl'));
});

describe('with 240 generated lessons', () => {
  const generated = 240;
  let work = '';
  let server: RunningServer | undefined;
  let out = '';
  let content = '';

  // One extra build: the real course plus generated lessons spread over the modules (scripts/lib/generatedCourse.ts).
  beforeAll(async () => {
    work = tempDir('ab-budget-size-');
    content = generateContent(join(projectRoot, 'content'), join(work, 'content'), generated);
    out = join(work, 'dist');
    buildSite({ outDir: out, contentDir: content });
    server = await startStaticServer({ root: out });
  }, 900_000);
  afterAll(async () => {
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('the build holds them all, no module over the size of a real one', () => {
    const sizes = [...lessonsPerModule(content).values()];
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(lessonWordCounts(join(projectRoot, 'content')).length + generated);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(maxLessonsPerModule);
    const last = `generated-${String(generated).padStart(4, '0')}`;
    expect(existsSync(join(out, 'lessons', last, 'index.html')), `${last} is built`).toBe(true);
  });

  test(`the real course's median lesson (${median.id}) stays within 20 KB in all and 5 KB of JavaScript`, async () => {
    await checkBudget(server!.url);
  });
});
