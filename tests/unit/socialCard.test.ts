import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { cardElement, fontSubsets, homeCard, lessonCard, parseUnicodeRange, socialImagePath, socialImageSlug, subsetsFor, titleSize } from '../../src/lib/socialCard.ts';
import { cardHash, createCardRenderer, pruneCardCache, SocialCardError } from '../../src/lib/socialCardRender.ts';
import { projectRoot } from '../e2e/harness/buildSite.ts';

describe('where each page’s image lives', () => {
  test.each([
    ['/', 'home', '/og/home.png'],
    ['/platforms/alibaba/', 'platforms/alibaba', '/og/platforms/alibaba.png'],
    ['/lessons/introduction/', 'lessons/introduction', '/og/lessons/introduction.png'],
  ])('%s → %s', (href, slug, path) => {
    expect(socialImageSlug(href)).toBe(slug);
    expect(socialImagePath(href)).toBe(path);
  });
});

test('titles get smaller as they get longer', () => {
  expect(titleSize('Etsy')).toBeGreaterThan(titleSize('Social commerce and the "overseas micro-business"'));
  expect(titleSize('x'.repeat(80))).toBeLessThan(titleSize('x'.repeat(40)));
});

test('the card shows the site name, eyebrow, title and footer', () => {
  const tree = JSON.stringify(cardElement({ eyebrow: 'Module 3 · B2C platforms', title: 'Amazon', footer: 'Free' }, { siteName: 'Across Borders', logo: 'data:', fontFamily: 'A' }));
  for (const text of ['Across Borders', 'Module 3 · B2C platforms', 'Amazon', 'Free']) expect(tree).toContain(JSON.stringify(text));
});

describe('font subsets', () => {
  const subsets = fontSubsets({
    '[119]': 'U+0020-007E,U+901F',
    'latin-ext': 'U+0100-02AF',
    latin: 'U+0000-00FF,U+2000-206F',
    '[5]': 'U+5929',
  });
  test('parse CSS unicode ranges', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+2000-206f')).toEqual([[0, 255], [0x131, 0x131], [0x2000, 0x206f]]);
  });
  test('come Latin first, so Latin text never takes a full-width Chinese design', () => {
    expect(subsets.map((s) => s.id)).toEqual(['latin', 'latin-ext', '119', '5']);
    expect(subsetsFor('Speed Trade · World', subsets)).toEqual({ ids: ['latin'], missing: [] });
  });
  test('add the subsets that hold the Chinese characters, and report what none holds', () => {
    expect(subsetsFor('Speed (速天) Ł', subsets)).toEqual({ ids: ['latin', 'latin-ext', '119', '5'], missing: [] });
    expect(subsetsFor('Go 🚀', subsets).missing).toEqual(['🚀']);
  });
});

describe('rendering', () => {
  const renderer = createCardRenderer({ siteName: 'Across Borders', logoSvg: readFileSync(join(projectRoot, 'public/favicon.svg'), 'utf8') });
  test('makes a 1200x630 PNG, Chinese characters included', async () => {
    const png = await renderer.render({ eyebrow: 'Module 2 · B2B platforms', title: 'Speed Trade World (速贸天下?)', footer: 'A free, open course' });
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630 });
    if (process.env.SOCIAL_CARD_PREVIEW) await sharp(png).toFile(process.env.SOCIAL_CARD_PREVIEW);
  });
  test('fails with a hint when the font lacks a character', async () => {
    await expect(renderer.render({ eyebrow: 'x', title: 'Launch 🚀', footer: 'y' })).rejects.toThrow(SocialCardError);
  });
});

describe('the card cache', () => {
  const logoSvg = readFileSync(join(projectRoot, 'public/favicon.svg'), 'utf8');
  const cacheDir = mkdtempSync(join(tmpdir(), 'ab-card-cache-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  const renderer = createCardRenderer({ siteName: 'Across Borders', logoSvg, cacheDir });
  const card = { eyebrow: 'Module 3 · B2C platforms', title: 'Amazon', footer: 'A free, open course' };
  const cards = () => readdirSync(cacheDir).filter((f) => f.endsWith('.png'));

  test('keeps a rendered card, and serves the kept file for the same card', async () => {
    const first = await renderer.render(card);
    expect(await sharp(first).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(cards()).toHaveLength(1);
    expect(readFileSync(join(cacheDir, cards()[0]!))).toEqual(first);
    // Mark the kept file: a hit returns it as it is, without rendering again.
    const marked = Buffer.concat([first, Buffer.from('kept')]);
    writeFileSync(join(cacheDir, cards()[0]!), marked);
    expect(await renderer.render({ ...card })).toEqual(marked);
    // A second renderer (the next build) finds it too.
    expect(await createCardRenderer({ siteName: 'Across Borders', logoSvg, cacheDir }).render(card)).toEqual(marked);
  });

  test('renders again when the text changes, and keeps both', async () => {
    const other = await renderer.render({ ...card, title: 'Amazon Global Selling' });
    expect(await sharp(other).metadata()).toMatchObject({ format: 'png', width: 1200 });
    expect(cards()).toHaveLength(2);
  });

  test('after a build, the cards it did not use are pruned and the ones it used are kept', async () => {
    expect(cards()).toHaveLength(2);
    // Both cards are from an earlier build; the next one uses only the first.
    const earlier = new Date(Date.now() - 60_000);
    for (const f of cards()) utimesSync(join(cacheDir, f), earlier, earlier);
    const buildStart = Date.now();
    const next = createCardRenderer({ siteName: 'Across Borders', logoSvg, cacheDir });
    const used = await next.render(card);
    expect(pruneCardCache(cacheDir, buildStart)).toBe(1);
    expect(cards()).toHaveLength(1);
    expect(readFileSync(join(cacheDir, cards()[0]!))).toEqual(used);
    // Nothing left to prune.
    expect(pruneCardCache(cacheDir, buildStart)).toBe(0);
    expect(pruneCardCache(join(cacheDir, 'missing'), buildStart)).toBe(0);
  });

  test('the key covers the text, the template, the fonts and the tools', () => {
    const tree = cardElement(card, { siteName: 'Across Borders', logo: 'data:a', fontFamily: 'A' });
    const key = cardHash(tree, ['latin'], 'v1');
    expect(cardHash(cardElement({ ...card }, { siteName: 'Across Borders', logo: 'data:a', fontFamily: 'A' }), ['latin'], 'v1')).toBe(key);
    expect(cardHash(cardElement({ ...card, eyebrow: 'Module 4' }, { siteName: 'Across Borders', logo: 'data:a', fontFamily: 'A' }), ['latin'], 'v1')).not.toBe(key);
    expect(cardHash(cardElement(card, { siteName: 'Across Borders', logo: 'data:b', fontFamily: 'A' }), ['latin'], 'v1')).not.toBe(key);
    expect(cardHash(tree, ['latin', '119'], 'v1')).not.toBe(key);
    expect(cardHash(tree, ['latin'], 'v2')).not.toBe(key);
  });
});

test('a lesson card names the module; the home card the course and its size', () => {
  expect(lessonCard({ title: 'Etsy' }, { title: 'C2C platforms', number: 4 })).toEqual({
    eyebrow: 'Module 4 · C2C platforms',
    title: 'Etsy',
    footer: 'A free, open course · every figure sourced and dated',
  });
  expect(homeCard({ lessons: 23, modules: 7, minutes: 312 }).footer).toBe('23 lessons in 7 modules, about 5.2 hours of reading.');
});
