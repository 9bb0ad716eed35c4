/**
 * Byte budgets (docs/design.md, "Byte budgets"): a lesson page's first visit, on the median-length lesson, fetches at most
 * 20,480 bytes on the wire in all and at most 5,120 bytes of JavaScript. Bytes are deterministic, so these
 * are tests; times are not, so they live in the benchmark.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { lessonWordCounts, medianAndLongest } from '../../scripts/lib/lessonWords.ts';
import { measurePage } from '../checks/pageWeight.ts';
import { projectRoot } from './harness/buildSite.ts';
import { launchBrowser } from './harness/browser.ts';
import { join } from 'node:path';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const { median } = medianAndLongest(lessonWordCounts(join(projectRoot, 'content')));

test(`the median lesson (${median.id}, ${median.words} words) stays within 20 KB in all and 5 KB of JavaScript`, async () => {
  // Without the security headers: the budget counts what a page needs, on any host.
  const weight = await measurePage(browser, inject('plainRootUrl') + median.path.slice(1));
  const report = weight.entries.map((e) => `${e.bytes} ${e.type} ${new URL(e.url).pathname}`).join('\n');
  expect(weight.entries.some((e) => e.type === 'document')).toBe(true);
  expect(weight.entries.filter((e) => e.type === 'image'), `no images on a lesson page:\n${report}`).toEqual([]);
  expect(weight.entries.filter((e) => e.url.includes('/pagefind/')), 'search loads on intent only').toEqual([]);
  // One module for the course's elements and the search button; the rest of search loads on first use.
  expect(weight.entries.filter((e) => e.type === 'script'), `one script:\n${report}`).toHaveLength(1);
  expect(weight.byType['script'] ?? 0, `JavaScript bytes:\n${report}`).toBeLessThanOrEqual(5120);
  expect(weight.total, `all bytes:\n${report}`).toBeLessThanOrEqual(20480);
});
