/**
 * Stale facts: the shelf table, and the marker on a built page and in `npm run stale` with the build date
 * pinned by SOURCE_DATE_EPOCH (the fixture course has a fee dated 2015 and one dated a month before the pinned day).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isStale, shelfLifeMonths, staleFrom } from '../../src/lib/stale.ts';
import { buildSite, projectRoot, tempDir } from '../e2e/harness/buildSite.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe('shelf lives', () => {
  test('are the course table: prices, rates and rules a year, counts and rankings two, history never', () => {
    expect(shelfLifeMonths).toEqual({ price: 12, rate: 12, rule: 12, count: 24, ranking: 24, history: null });
  });
  test('run from asOf, or from the check of an undated source', () => {
    expect(staleFrom({ asOf: day('2024-03-15'), checked: day('2026-11-25') }, 'price')).toEqual(day('2025-03-15'));
    expect(staleFrom({ undated: true, checked: day('2026-11-25') }, 'count')).toEqual(day('2028-11-25'));
    expect(staleFrom({ asOf: day('2001-01-01'), checked: day('2026-11-25') }, 'history')).toBeUndefined();
  });
  test('a fact is stale from the first day past its life', () => {
    const fee = { asOf: day('2024-03-15'), checked: day('2024-03-15') };
    expect(isStale(fee, 'price', '2025-03-14')).toBe(false);
    expect(isStale(fee, 'price', '2025-03-15')).toBe(true);
    expect(isStale(fee, 'history', '2099-01-01')).toBe(false);
  });
});

describe('with SOURCE_DATE_EPOCH pinned to 2026-12-01', () => {
  const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 1) / 1000), REPO_URL: 'https://github.com/example/across-borders' };
  const contentDir = join(projectRoot, 'tests/fixtures/content');
  const work = tempDir('ab-stale-');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('a fee dated 2015 carries the marker and data-stale on its page; one dated a month earlier does not', () => {
    const log = buildSite({ outDir: join(work, 'dist'), contentDir, env });
    // Every fee is on the lesson's facts-and-sources page; the lesson's own card shows the first one.
    const html = readFileSync(join(work, 'dist/sources/platforms/sample/index.html'), 'utf8');
    const fact = (id: string) => new RegExp(`<span id="fact-${id}" data-fact="${id}"([^>]*)>(.*?)</span></span>`).exec(html);
    const old = fact('listing-fee-2015');
    const recent = fact('commission-recent');
    expect(old?.[1]).toContain('data-stale');
    expect(old?.[2]).toContain('may be out of date');
    expect(recent).not.toBeNull();
    expect(recent?.[1]).not.toContain('data-stale');
    expect(recent?.[2]).not.toContain('may be out of date');
    expect(log).toMatch(/1 fact\(s\) are past their shelf life on 2026-12-01/);
  });

  test('the timeline is an ordered list of dated events, each with a dated marker to its source; a future one is scheduled', () => {
    const html = readFileSync(join(work, 'dist/platforms/sample/index.html'), 'utf8');
    const sources = readFileSync(join(work, 'dist/sources/platforms/sample/index.html'), 'utf8');
    const section = /<section[^>]*data-timeline[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    const events = [...section.matchAll(/<li data-event="([^"]+)"([^>]*)>([\s\S]*?)<\/li>/g)];
    expect(events.map((e) => e[1])).toEqual(['launch', 'new-rule']);
    for (const [, , , body = ""] of events) {
      expect(body).toMatch(/<time datetime="\d{4}(-\d{2}){0,2}"/);
      // The marker opens the source's entry on the facts-and-sources page, which links the source itself.
      const anchor = /<sup data-pagefind-ignore><a href="\/sources\/platforms\/sample\/#(source-\d+)" aria-label="Source, as of [^"]+">\d{4}<\/a><\/sup>/.exec(body)?.[1];
      expect(anchor, body).toBeDefined();
      expect(sources).toMatch(new RegExp(`<li id="${anchor}"><a href="https://example\\.com/[a-z]+"`));
    }
    expect(events[0]![3]).toContain('May 2001');
    expect(events[1]![2]).toContain('data-scheduled');
    expect(events[1]![3]).toContain('scheduled');
  });

  test('with REPO_URL set, the lesson links to the repository\'s mistake form for this page', () => {
    const html = readFileSync(join(work, 'dist/platforms/sample/index.html'), 'utf8');
    const href = /<a href="([^"]+)"[^>]*data-report-mistake/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(href).toBeDefined();
    const u = new URL(href!);
    expect(`${u.origin}${u.pathname}`).toBe('https://github.com/example/across-borders/issues/new');
    expect(u.searchParams.get('template')).toBe('mistake.yml');
    expect(u.searchParams.get('page')).toMatch(/\/platforms\/sample\/$/);
    expect(html).toMatch(/href="\/corrections\/"/);
  });

  test('npm run stale lists the 2015 fee with its file, id, value and dates, and not the recent one', () => {
    const out = execFileSync(process.execPath, [join(projectRoot, 'scripts/stale.ts')], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, ...env, CONTENT_DIR: contentDir },
    });
    expect(out).toMatch(/platforms\/sample\.mdx\tlisting-fee-2015\tprice, stale since 2016-06-01\tas of 2015-06-01, checked 2026-11-25\tUS\$0\.20 per listing/);
    expect(out).not.toMatch(/commission-recent/);
    expect(out).toMatch(/^1 stale fact\(s\) on 2026-12-01$/m);
  });
});

describe('report a mistake', () => {
  test('REPO_URL names the repository; unset or not https, there is no link', async () => {
    const { mistakeReportUrl, repoUrl } = await import('../../src/lib/reportMistake.ts');
    expect(repoUrl({ REPO_URL: 'https://github.com/o/r.git/' })).toBe('https://github.com/o/r');
    expect(repoUrl({})).toBeUndefined();
    expect(repoUrl({ REPO_URL: 'javascript:alert(1)' })).toBeUndefined();
    expect(mistakeReportUrl('https://github.com/o/r', 'Amazon', 'https://x.test/platforms/amazon/')).toBe(
      'https://github.com/o/r/issues/new?template=mistake.yml&title=Mistake%3A+Amazon&page=https%3A%2F%2Fx.test%2Fplatforms%2Famazon%2F',
    );
  });
});
