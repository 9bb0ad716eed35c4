/**
 * The comparison page in a browser: sorting and filtering change the table and live in the URL;
 * without JavaScript the table is complete; on a phone only the table's own region scrolls sideways;
 * the CSV holds the same platforms.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './harness/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A small RFC 4180 reader: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/** Platform ids from the built site: every platform has a lesson page. */
const platformIds = () => readdirSync(join(inject('rootDir'), 'platforms'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

const visibleRows = (page: Page) =>
  page.locator('table[data-comparison] tbody tr').evaluateAll((rows) =>
    rows.filter((r) => !(r as HTMLElement).hidden).map((r) => ({
      id: r.getAttribute('data-row')!,
      model: r.getAttribute('data-model')!,
      profiles: r.getAttribute('data-profiles')!,
      founded: r.getAttribute('data-sort-founded')!,
    })),
  );

describe('the platform table', () => {
  test('sorting by a column reorders the rows and marks the column', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}compare/`);
    const before = (await visibleRows(page)).map((r) => r.id);
    const founded = page.locator('th[data-sort-key="founded"]');
    await founded.getByRole('button').click();
    await expect(founded.getAttribute('aria-sort')).resolves.toBe('ascending');
    const asc = await visibleRows(page);
    const years = asc.map((r) => r.founded).filter(Boolean).map(Number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    // Platforms without a founding year go last.
    expect(asc.findIndex((r) => !r.founded)).toBeGreaterThanOrEqual(asc.length - asc.filter((r) => !r.founded).length);
    expect(asc.map((r) => r.id)).not.toEqual(before);
    await founded.getByRole('button').click();
    await expect(founded.getAttribute('aria-sort')).resolves.toBe('descending');
    const descYears = (await visibleRows(page)).map((r) => r.founded).filter(Boolean).map(Number);
    expect(descYears).toEqual([...descYears].sort((a, b) => b - a));
    expect(page.url()).toContain('sort=founded&dir=desc');
    await expect(page.locator('[data-status]').innerText()).resolves.toMatch(/Founded, descending/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('filters by model and by seller profile, and keeps them in the URL', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}compare/`);
    const all = await visibleRows(page);
    expect(all.map((r) => r.id).sort()).toEqual(platformIds().sort());

    const model = all[0]!.model;
    await page.getByLabel('Model', { exact: true }).selectOption(model);
    const byModel = await visibleRows(page);
    expect(byModel.length).toBe(all.filter((r) => r.model === model).length);
    expect(byModel.every((r) => r.model === model)).toBe(true);
    expect(page.url()).toContain(`model=${model}`);

    await page.getByLabel('Model', { exact: true }).selectOption('');
    await page.getByLabel('Seller profile').selectOption('manufacturer');
    const byProfile = await visibleRows(page);
    expect(byProfile.length).toBe(all.filter((r) => r.profiles.split(' ').includes('manufacturer')).length);
    expect(byProfile.length).toBeLessThan(all.length);
    await expect(page.locator('[data-status]').innerText()).resolves.toContain(`Showing ${byProfile.length} of ${all.length}`);

    // The same URL opens the same view.
    await page.goto(page.url());
    await expect(page.getByLabel('Seller profile').inputValue()).resolves.toBe('manufacturer');
    expect((await visibleRows(page)).length).toBe(byProfile.length);

    await page.getByRole('button', { name: 'Show all' }).click();
    expect((await visibleRows(page)).length).toBe(all.length);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('without JavaScript the whole table is there as plain HTML', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${inject('rootUrl')}compare/`);
    const rows = await visibleRows(page);
    expect(rows.map((r) => r.id).sort()).toEqual(platformIds().sort());
    // Every cell says something, even if only "Not found" or "Not identified".
    const empty = await page.locator('table[data-comparison] tbody td').evaluateAll((cells) => cells.filter((c) => !c.textContent!.trim()).length);
    expect(empty).toBe(0);
    await expect(page.locator('fieldset[data-filters]').isVisible()).resolves.toBe(false);
    await expect(page.locator('table[data-comparison] th button').count()).resolves.toBe(0);
    const models = await page.locator('table[data-model-comparison] thead th').count();
    expect(models).toBeGreaterThan(1);
    await context.close();
  });

  test('on a phone the page does not scroll sideways; the table region does, and takes keyboard focus', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 375, height: 800 } });
    await page.goto(`${inject('rootUrl')}compare/`);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    const region = page.locator('section[tabindex="0"]:has(table[data-comparison])');
    await expect(region.getAttribute('aria-label')).resolves.toBeTruthy();
    const scroll = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll[0]).toBeGreaterThan(scroll[1]!);
    await region.focus();
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('section[tabindex="0"]') ?? false)).toBe(true);
    await page.keyboard.press('ArrowRight');
    // Keyboard scrolling may be smooth and run over several frames: poll until it has moved.
    await expect.poll(() => region.evaluate((el) => el.scrollLeft), { timeout: 15_000 }).toBeGreaterThan(0);
    // The platform column stays in view while the rest scrolls.
    const firstCell = page.locator('table[data-comparison] tbody th').first();
    await expect(firstCell.evaluate((el) => getComputedStyle(el).position)).resolves.toBe('sticky');
    await context.close();
  });
});

describe('the CSV download', () => {
  test.each([
    ['root', () => inject('rootUrl'), '/'],
    ['/course/', () => inject('courseUrl'), '/course/'],
  ])('is linked from the page and lists every platform (%s)', async (_name, siteUrl, base) => {
    const { page, context } = await openPage(browser);
    await page.goto(`${siteUrl()}compare/`);
    const href = await page.getByRole('link', { name: 'Download this table as CSV' }).getAttribute('href');
    expect(href).toBe(`${base}compare.csv`);
    const response = await page.request.get(new URL(href!, siteUrl()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/text\/csv/);
    const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(rows[0]!.slice(0, 5)).toEqual(['id', 'platform', 'lesson_url', 'model', 'status']);
    for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(platformIds().sort());
    await context.close();
  });
});
