import { describe, expect, test } from 'vitest';
import { findPage, pagePolicy, robotsTxt, sitemapFilter, sitePath } from '../../src/lib/seo.ts';

describe('pagePolicy', () => {
  test('the 404 page has no canonical URL and is not indexed', () => {
    expect(pagePolicy('/404/')).toEqual({ canonical: false, index: false });
  });
  test('the search page keeps its canonical URL but is not indexed', () => {
    expect(pagePolicy('/search/')).toEqual({ canonical: true, index: false });
  });
  test('every other page is canonical and indexed', () => {
    for (const path of ['/', '/platforms/alibaba/', '/modules/b2b-platforms/', '/glossary/']) {
      expect(pagePolicy(path)).toEqual({ canonical: true, index: true });
    }
  });
});

describe('sitePath and the sitemap filter', () => {
  test('strip the site and the base from a page URL', () => {
    expect(sitePath('https://x.org/course/search/', '/course/')).toBe('/search/');
    expect(sitePath('https://x.org/course/', '/course/')).toBe('/');
    expect(sitePath('https://x.org/platforms/etsy/', '/')).toBe('/platforms/etsy/');
    expect(sitePath('https://x.org/other/', '/course/')).toBeUndefined();
  });
  test('keep indexed pages and drop the 404 and search pages, under any base', () => {
    for (const base of ['/', '/course/']) {
      const keep = sitemapFilter(base);
      const at = (p: string) => `https://x.org${base}${p}`;
      expect(keep(at(''))).toBe(true);
      expect(keep(at('lessons/introduction/'))).toBe(true);
      expect(keep(at('search/'))).toBe(false);
      expect(keep(at('404/'))).toBe(false);
    }
  });
});

test('robots.txt allows everything and names the sitemap', () => {
  expect(robotsTxt('https://x.org/course/sitemap-index.xml')).toMatchInlineSnapshot(`
    "User-agent: *
    Allow: /

    Sitemap: https://x.org/course/sitemap-index.xml
    "
  `);
});

describe('findPage', () => {
  const lessonA = { href: '/models/b2b/' };
  const lessonB = { href: '/platforms/alibaba/' };
  const modules = [
    { id: 'intro', title: 'Introduction', number: 1, href: '/modules/intro/', lessons: [{ href: '/lessons/introduction/' }] },
    { id: 'b2b', title: 'B2B platforms', number: 2, href: '/modules/b2b/', lessons: [lessonA, lessonB] },
  ];
  test('knows the home page, module pages, lessons with their module and number, and the glossary', () => {
    expect(findPage('/', modules)).toEqual({ kind: 'home' });
    expect(findPage('/modules/b2b/', modules)).toEqual({ kind: 'module', module: modules[1], number: 2 });
    expect(findPage('/platforms/alibaba/', modules)).toEqual({ kind: 'lesson', lesson: lessonB, module: modules[1], number: 2 });
    expect(findPage('/glossary/', modules)).toEqual({ kind: 'glossary' });
    expect(findPage('/compare/', modules)).toEqual({ kind: 'other' });
  });
});
