/**
 * The comparison page in a browser: sorting and filtering change the table and live in the URL;
 * without JavaScript the table is complete; the column chooser shows every column, with or without
 * JavaScript; at 1280x800 the table fits the page, its header row stays in view and nothing shifts as the
 * script upgrades the page; on a phone only the table's own region scrolls sideways; the CSV holds the
 * same platforms.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './harness/browser.ts';
import { parseCsv } from '../checks/csv.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});


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

/** Shows an optional column through the column chooser, as a reader would. */
async function showColumn(page: Page, key: string) {
  const chooser = page.locator('details[data-columns]');
  if (!(await chooser.evaluate((d) => (d as HTMLDetailsElement).open))) await chooser.locator('summary').click();
  await chooser.locator(`input[data-column-toggle="${key}"]`).check();
  await chooser.locator('summary').click();
}

describe('the platform table', () => {
  test('sorting by a column reorders the rows and marks the column', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}compare/`);
    const before = (await visibleRows(page)).map((r) => r.id);
    // Founded is not in the compact default view.
    const founded = page.locator('th[data-sort-key="founded"]');
    await expect(founded.isVisible()).resolves.toBe(false);
    await showColumn(page, 'founded');
    await expect(founded.isVisible()).resolves.toBe(true);
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
    // By role: the column chooser has a "Model" checkbox too.
    await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption(model);
    const byModel = await visibleRows(page);
    expect(byModel.length).toBe(all.filter((r) => r.model === model).length);
    expect(byModel.every((r) => r.model === model)).toBe(true);
    expect(page.url()).toContain(`model=${model}`);

    await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption('');
    await page.getByRole('combobox', { name: 'Seller profile' }).selectOption('manufacturer');
    const byProfile = await visibleRows(page);
    expect(byProfile.length).toBe(all.filter((r) => r.profiles.split(' ').includes('manufacturer')).length);
    expect(byProfile.length).toBeLessThan(all.length);
    await expect(page.locator('[data-status]').innerText()).resolves.toContain(`Showing ${byProfile.length} of ${all.length}`);

    // The same URL opens the same view.
    await page.goto(page.url());
    await expect(page.getByRole('combobox', { name: 'Seller profile' }).inputValue()).resolves.toBe('manufacturer');
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
    // The column chooser is CSS only: a hidden column can be shown without JavaScript.
    const headquarters = page.locator('table[data-comparison] td[data-col="headquarters"]').first();
    await expect(headquarters.isVisible()).resolves.toBe(false);
    await showColumn(page, 'headquarters');
    await expect(headquarters.isVisible()).resolves.toBe(true);
    await context.close();
  });

  test('the column chooser shows and hides every column but the platform, by keyboard', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}compare/`);
    const headings = page.locator('table[data-comparison] thead th');
    const keys = await headings.evaluateAll((ths) => ths.map((th) => th.getAttribute('data-col')!));
    const toggles = page.locator('details[data-columns] input[data-column-toggle]');
    // One checkbox for every column but the platform's, which is always shown.
    expect((await toggles.evaluateAll((inputs) => inputs.map((i) => i.getAttribute('data-column-toggle')))).sort()).toEqual(keys.filter((k) => k !== 'platform').sort());
    const shownBefore = await headings.evaluateAll((ths) => ths.filter((th) => th.getClientRects().length > 0).length);
    expect(shownBefore).toBeLessThan(keys.length);

    await page.locator('details[data-columns] summary').focus();
    await page.keyboard.press('Enter');
    await expect(toggles.first().isVisible()).resolves.toBe(true);
    for (const toggle of await toggles.all()) {
      const key = (await toggle.getAttribute('data-column-toggle'))!;
      const cells = page.locator(`table[data-comparison] [data-col="${key}"]`);
      const cellCount = await cells.count();
      expect(cellCount).toBe((await visibleRows(page)).length + 1);
      const checked = await toggle.isChecked();
      await toggle.focus();
      await page.keyboard.press('Space');
      await expect(toggle.isChecked()).resolves.toBe(!checked);
      // Every cell of the column follows its box: the heading and each row.
      const shown = await cells.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
      expect(shown).toBe(checked ? 0 : cellCount);
    }
    // Escape closes the chooser and gives focus back to its button.
    await page.keyboard.press('Escape');
    await expect(toggles.first().isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.matches('details[data-columns] > summary') ?? false)).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('shows the textbook name where it differs from today’s name', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}compare/`);
    const diytrade = page.locator('tr[data-row="diytrade"] th[data-col="platform"]');
    await expect(diytrade.locator('a').innerText()).resolves.toBe('DIYTrade');
    await expect(diytrade.locator('[data-textbook-name]').innerText()).resolves.toContain('Self-service Trade.com');
    await expect(diytrade.locator('[data-textbook-name]').isVisible()).resolves.toBe(true);
    // Where the textbook uses today's name, it is not repeated.
    await expect(page.locator('tr[data-row="amazon"] [data-textbook-name]').count()).resolves.toBe(0);
    await context.close();
  });

  test('source links look like links, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(browser, { colorScheme });
      await page.goto(`${inject('rootUrl')}compare/`);
      const styles = await page.locator('table[data-comparison] td .muted a').evaluateAll((links) =>
        links.map((a) => {
          const own = getComputedStyle(a);
          return { line: own.textDecorationLine, color: own.color, around: getComputedStyle(a.parentElement!).color };
        }),
      );
      expect(styles.length).toBeGreaterThan(10);
      for (const s of styles) {
        expect(s.line).toContain('underline');
        expect(s.color).not.toBe(s.around);
      }
      await context.close();
    }
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
    // At most a screen tall, so its sideways scrollbar is on screen whenever its top is.
    await expect(region.evaluate((el) => el.getBoundingClientRect().height <= innerHeight)).resolves.toBe(true);
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

describe('the page at 1280x800', () => {
  test('has no sideways page scroll and no sideways scrollbar below the fold', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}compare/`);
    await expect.poll(() => page.locator('table[data-comparison] th button').count()).toBeGreaterThan(0);
    const layout = await page.evaluate(() => {
      const root = document.scrollingElement!;
      const table = document.querySelector('table[data-comparison]')!;
      const region = table.closest('section')!;
      // Every element that scrolls sideways, with where its scrollbar is.
      const sideways = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth)
        .map((el) => ({ element: `${el.tagName.toLowerCase()}.${el.className}`, bottom: el.getBoundingClientRect().bottom + scrollY }));
      return {
        page: [root.scrollWidth, root.clientWidth],
        table: table.getBoundingClientRect().width,
        region: region.clientWidth,
        viewport: innerHeight,
        sideways,
      };
    });
    expect(layout.page[0]).toBeLessThanOrEqual(layout.page[1]!);
    // The platform table fits its box, so it has no scrollbar to hide.
    expect(layout.table).toBeLessThanOrEqual(layout.region);
    expect(layout.sideways.filter((s) => s.bottom > layout.viewport)).toEqual([]);
    await context.close();
  });

  test('keeps the header row in view after scrolling down the page', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${inject('rootUrl')}compare/`);
    const table = page.locator('table[data-comparison]');
    const box = (await table.boundingBox())!;
    expect(box.height).toBeGreaterThan(2 * 800);
    await page.evaluate((y) => window.scrollTo(0, y), box.y + box.height / 2);
    // The table's own top is far above the window now: the header row only shows if it sticks.
    await expect.poll(() => table.evaluate((t) => t.getBoundingClientRect().top)).toBeLessThan(-800);
    const headings = page.locator('table[data-comparison] thead th');
    await expect
      .poll(() =>
        headings.evaluateAll((ths) =>
          ths.filter((th) => th.getClientRects().length > 0).every((th) => {
            const r = th.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
          }),
        ),
      )
      .toBe(true);
    // And it is drawn on top: the element at the heading's spot is the heading, not a row scrolling under it.
    const onTop = await headings.first().evaluate((th) => {
      const r = th.getBoundingClientRect();
      return th.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    });
    expect(onTop).toBe(true);
    await context.close();
  });

  test('does not shift as the script upgrades the page (cumulative layout shift under 0.05)', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.addInitScript(() => {
      const w = window as unknown as { layoutShift: number; layoutShiftSupported: boolean };
      w.layoutShift = 0;
      w.layoutShiftSupported = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${inject('rootUrl')}compare/`, { waitUntil: 'load' });
    // Upgraded: the sort buttons are in and the filters are enabled.
    await expect.poll(() => page.locator('table[data-comparison] th button').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('fieldset[data-filters]').isDisabled()).toBe(false);
    // Let the observer deliver the entries of the last frames.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const { layoutShift, layoutShiftSupported } = await page.evaluate(() => {
      const w = window as unknown as { layoutShift: number; layoutShiftSupported: boolean };
      return { layoutShift: w.layoutShift, layoutShiftSupported: w.layoutShiftSupported };
    });
    expect(layoutShiftSupported).toBe(true);
    expect(layoutShift).toBeLessThan(0.05);
    expect(errors).toEqual([]);
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
