/**
 * Discoverability over the built site, at the root and under /course/: the sitemap and
 * robots.txt, unique titles, descriptions and canonical URLs, structured data, the feed, social images,
 * and the manifest and icons. Expectations come from the built files and the content folders, so they
 * hold for any valid course.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';
import type { Element } from 'domhandler';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { lessonFiles } from '../../src/lib/lessonFiles.ts';
import { defaultSiteUrl } from '../../src/lib/site.ts';
import { builtPages } from '../checks/siteFiles.ts';
import { launchBrowser } from './harness/browser.ts';
import { projectRoot } from './harness/buildSite.ts';
import { pngSize, readHead, type PageHead } from './harness/pageHead.ts';

/** The builds use the default SITE_URL. */
const site = defaultSiteUrl;

let browser: Browser;
let xmlPage: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  xmlPage = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Parses XML with Chromium's strict XML parser: well-formed or not, and the text of the wanted elements. */
async function parseXml(xml: string, select: Record<string, string>): Promise<{ wellFormed: boolean; root: string; found: Record<string, string[]> }> {
  return xmlPage.evaluate(
    ({ xml, select }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const wellFormed = doc.getElementsByTagName('parsererror').length === 0;
      const found: Record<string, string[]> = {};
      for (const [key, query] of Object.entries(select)) {
        const [tag, attr] = query.split('@') as [string, string | undefined];
        found[key] = [...doc.getElementsByTagName(tag)].map((e) => (attr ? (e.getAttribute(attr) ?? '') : (e.textContent ?? '').trim()));
      }
      return { wellFormed, root: doc.documentElement.nodeName, found };
    },
    { xml, select },
  );
}

/** Site paths of every lesson, from the content folders: "/platforms/etsy/". */
function lessonPaths(): string[] {
  return lessonFiles(join(projectRoot, 'content')).map((l) => l.path);
}

interface Built {
  /** Site path without the base ("/platforms/etsy/", "/404.html"). */
  path: string;
  /** The absolute URL the page is served at. */
  url: string;
  head: PageHead;
}

const builds = [
  { name: 'root', dir: () => inject('rootDir'), base: '/' },
  { name: '/course/', dir: () => inject('courseDir'), base: '/course/' },
];

for (const build of builds) {
  describe(`the ${build.name} build`, () => {
    const { base } = build;
    let dir: string;
    let pages: Built[];
    let indexable: Built[];
    const abs = (path: string) => `${site}${base}${path.replace(/^\//, '')}`;
    /** The built file a URL (absolute or site-absolute, with the base) points to, or undefined outside the site. */
    const fileOf = (url: string): string | undefined => {
      const { origin, pathname } = new URL(url, site);
      if (origin !== site || !pathname.startsWith(base)) return undefined;
      const rest = decodeURIComponent(pathname.slice(base.length));
      return join(dir, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest);
    };
    const page = (path: string) => pages.find((p) => p.path === path);

    beforeAll(() => {
      dir = build.dir();
      pages = builtPages(dir, base).map((p) => {
        const path = `/${p.path.slice(base.length)}`;
        return { path, url: abs(path), head: readHead(p.file) };
      });
      indexable = pages.filter((p) => !/noindex/.test(p.head.robots ?? ''));
    });

    test('the sitemap lists every indexable page exactly once, with the base path, and robots.txt names it', async () => {
      const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
      const named = [...robots.matchAll(/^Sitemap:\s*(\S+)\s*$/gm)].map((m) => m[1]!);
      expect(named).toEqual([abs('/sitemap-index.xml')]);
      expect(robots).toMatch(/^User-agent: \*$/m);

      const index = await parseXml(readFileSync(fileOf(named[0]!)!, 'utf8'), { sitemaps: 'loc' });
      expect(index.wellFormed).toBe(true);
      expect(index.root).toBe('sitemapindex');
      expect(index.found.sitemaps!.length).toBeGreaterThan(0);
      const locs: string[] = [];
      for (const sitemap of index.found.sitemaps!) {
        expect(sitemap.startsWith(abs('/'))).toBe(true);
        const part = await parseXml(readFileSync(fileOf(sitemap)!, 'utf8'), { urls: 'loc' });
        expect(part.wellFormed).toBe(true);
        expect(part.root).toBe('urlset');
        locs.push(...part.found.urls!);
      }

      const expected = indexable.map((p) => p.url).sort();
      expect([...locs].sort()).toEqual(expected);
      expect(new Set(locs).size).toBe(locs.length);
      expect(locs).toContain(abs('/'));
      for (const path of lessonPaths()) expect(locs).toContain(abs(path));
      expect(locs.filter((l) => /\/(404|search)(\/|\.html)?$/.test(new URL(l).pathname))).toEqual([]);
      for (const loc of locs) expect(existsSync(fileOf(loc)!), loc).toBe(true);
    });

    test('every page has lang, a unique title and description, and a canonical URL of its own; the 404 page has none and is noindex', () => {
      expect(pages.length).toBeGreaterThan(lessonPaths().length);
      const notFound = page('/404.html')!;
      expect(notFound).toBeDefined();
      expect(notFound.head.canonical).toEqual([]);
      expect(notFound.head.robots).toMatch(/noindex/);
      expect(notFound.head.meta['og:url']).toBeUndefined();

      const listed = pages.filter((p) => p !== notFound);
      for (const p of pages) {
        expect(p.head.lang, p.path).toBe('en');
        expect(p.head.title.length, p.path).toBeGreaterThan(0);
        expect(p.head.description?.length ?? 0, `${p.path} has a description`).toBeGreaterThan(20);
      }
      for (const p of listed) {
        expect(p.head.canonical, `${p.path} names itself as canonical`).toEqual([p.url]);
        expect(p.head.meta['og:url'], p.path).toBe(p.url);
      }
      const dupes = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
      expect(dupes(listed.map((p) => p.head.title)), 'duplicate titles').toEqual([]);
      expect(dupes(listed.map((p) => p.head.description!)), 'duplicate descriptions').toEqual([]);
      expect(dupes(listed.flatMap((p) => p.head.canonical)), 'duplicate canonical URLs').toEqual([]);
    });

    test('every page carries Open Graph and Twitter card tags', () => {
      for (const p of pages) {
        const m = p.head.meta;
        expect(m['og:title']?.length ?? 0, p.path).toBeGreaterThan(0);
        expect(m['og:description'], p.path).toBe(p.head.description);
        expect(m['og:site_name'], p.path).toBe('Across Borders');
        expect(['website', 'article'], p.path).toContain(m['og:type']);
        expect(m['og:image'], p.path).toMatch(new RegExp(`^${abs('/og/')}.+\\.png$`));
        expect(m['og:image:alt']?.length ?? 0, p.path).toBeGreaterThan(0);
        expect(m['twitter:card'], p.path).toBe('summary_large_image');
      }
    });

    test('every JSON-LD block parses and has the required properties, wherever it belongs', () => {
      const lessons = new Set(lessonPaths());
      const glossary = page('/glossary/');
      const found = new Map<string, Set<string>>();
      for (const p of pages) {
        const types = new Set<string>();
        found.set(p.path, types);
        for (const text of p.head.jsonLd) {
          const data = JSON.parse(text) as Record<string, any>;
          expect(data['@context'], p.path).toBe('https://schema.org');
          const type = data['@type'] as string;
          types.add(type);
          switch (type) {
            case 'Course': {
              expect(p.path).toBe('/');
              expect(data).toMatchObject({ name: expect.any(String), description: expect.any(String), url: abs('/'), provider: { name: expect.any(String) } });
              const modules = pages.filter((x) => x.path.startsWith('/modules/')).map((x) => x.url);
              expect(data.hasPart.map((m: any) => m.url)).toEqual(expect.arrayContaining(modules));
              expect(data.hasPart).toHaveLength(modules.length);
              for (const m of data.hasPart) expect(m).toMatchObject({ '@type': expect.any(String), name: expect.any(String), url: expect.any(String) });
              break;
            }
            case 'LearningResource':
              expect(data).toMatchObject({ name: expect.any(String), description: p.head.description, url: p.url, image: p.head.meta['og:image'] });
              expect(data.timeRequired).toMatch(/^PT(\d+H)?(\d+M)?$/);
              expect(data.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
              expect(data.isPartOf).toMatchObject({ name: expect.any(String), url: expect.stringMatching(new RegExp(`^${abs('/modules/')}`)) });
              break;
            case 'BreadcrumbList': {
              // The same trail the page shows.
              expect(p.head.breadcrumbs, `${p.path} shows breadcrumbs`).toBeDefined();
              const items = data.itemListElement as any[];
              expect(items.map((i) => i.position)).toEqual(items.map((_, n) => n + 1));
              expect(items.map((i) => ({ label: i.name, href: i.item }))).toEqual(p.head.breadcrumbs!.map((c) => ({ label: c.label, href: new URL(c.href, site).href })));
              break;
            }
            case 'DefinedTermSet': {
              expect(p.path).toBe('/glossary/');
              expect(data).toMatchObject({ name: expect.any(String), url: p.url });
              const doc = parseDocument(readFileSync(fileOf(p.url)!, 'utf8'));
              const ids = new Set((findAll(() => true, doc.children) as Element[]).map((e) => e.attribs.id).filter(Boolean));
              expect(data.hasDefinedTerm.length).toBeGreaterThan(0);
              for (const t of data.hasDefinedTerm) {
                expect(t).toMatchObject({ '@type': 'DefinedTerm', name: expect.any(String), description: expect.any(String), inDefinedTermSet: p.url });
                const url = new URL(t.url);
                expect(`${url.origin}${url.pathname}`).toBe(p.url);
                expect(ids.has(decodeURIComponent(url.hash.slice(1))), `${t.url} points to a term on the glossary page`).toBe(true);
              }
              break;
            }
            default:
              throw new Error(`${p.path}: unexpected JSON-LD type ${type}`);
          }
        }
      }
      expect(found.get('/')).toContain('Course');
      for (const path of lessons) expect(found.get(path), path).toContain('LearningResource');
      // Structured breadcrumbs exactly where the page shows breadcrumbs.
      for (const p of pages) {
        expect(found.get(p.path)?.has('BreadcrumbList') ?? false, `${p.path}: BreadcrumbList iff breadcrumbs are shown`).toBe(
          p.head.breadcrumbs !== undefined,
        );
      }
      expect(pages.filter((p) => p.head.breadcrumbs).length).toBeGreaterThanOrEqual(lessons.size);
      expect(glossary, 'the glossary page is built').toBeDefined();
      expect(found.get('/glossary/')).toContain('DefinedTermSet');
    });

    test('the feed is well-formed Atom with one entry per lesson, newest review first, and every page links to it', async () => {
      const feedLinks = new Set(pages.flatMap((p) => p.head.links.filter((l) => l.rel === 'alternate' && l.type === 'application/atom+xml').map((l) => l.href)));
      expect([...feedLinks]).toEqual([`${base}feed.xml`]);
      for (const p of pages) expect(p.head.links.some((l) => l.type === 'application/atom+xml'), p.path).toBe(true);

      const feed = await parseXml(readFileSync(fileOf(`${base}feed.xml`)!, 'utf8'), { entries: 'entry', ids: 'id', links: 'link@href', updated: 'updated', titles: 'title' });
      expect(feed.wellFormed).toBe(true);
      expect(feed.root).toBe('feed');
      const lessons = lessonPaths().map(abs).sort();
      expect(feed.found.entries).toHaveLength(lessons.length);
      // The feed's own id and updated come first, then one of each per entry.
      const entryIds = feed.found.ids!.slice(1);
      expect([...entryIds].sort()).toEqual(lessons);
      const dates = feed.found.updated!.slice(1).map((d) => Date.parse(d));
      expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      expect(Date.parse(feed.found.updated![0]!)).toBe(dates[0]);
      expect(feed.found.links).toContain(abs('/feed.xml'));
    });

    test('the home page and every lesson have their own 1200x630 PNG social image, named by og:image', () => {
      const images = new Map<string, string>();
      for (const path of ['/', ...lessonPaths()]) {
        const p = page(path)!;
        expect(p, path).toBeDefined();
        const image = p.head.meta['og:image']!;
        const file = fileOf(image);
        expect(file && existsSync(file), `${path}: ${image} exists`).toBe(true);
        expect(pngSize(readFileSync(file!)), image).toEqual({ width: 1200, height: 630 });
        expect(p.head.meta['og:image:width']).toBe('1200');
        expect(p.head.meta['og:image:height']).toBe('630');
        expect(images.has(image), `${path} shares its image with ${images.get(image)}`).toBe(false);
        images.set(image, path);
      }
      // Other pages borrow the home page's image; it must exist too.
      for (const p of pages) expect(existsSync(fileOf(p.head.meta['og:image']!)!), p.path).toBe(true);
    });

    test('the manifest and every icon resolve under the base path, with the sizes they declare', () => {
      const home = page('/')!;
      const iconLinks = home.head.links.filter((l) => /\b(icon|apple-touch-icon|manifest)\b/.test(l.rel ?? ''));
      expect(iconLinks.map((l) => l.rel).sort()).toEqual(['apple-touch-icon', 'icon', 'icon', 'manifest']);
      for (const l of iconLinks) {
        expect(l.href!.startsWith(base), l.href).toBe(true);
        expect(existsSync(fileOf(l.href!)!), l.href).toBe(true);
        if (l.sizes) expect(pngSize(readFileSync(fileOf(l.href!)!)), l.href).toEqual({ width: Number(l.sizes.split('x')[0]), height: Number(l.sizes.split('x')[1]) });
      }
      expect(home.head.links.some((l) => l.rel === 'icon' && l.type === 'image/svg+xml'), 'an SVG favicon').toBe(true);
      expect(home.head.links.some((l) => l.rel === 'icon' && l.type === 'image/png'), 'a PNG favicon').toBe(true);

      const manifest = JSON.parse(readFileSync(fileOf(iconLinks.find((l) => l.rel === 'manifest')!.href!)!, 'utf8'));
      expect(manifest).toMatchObject({ name: 'Across Borders', start_url: base, scope: base });
      expect(manifest.icons.length).toBeGreaterThan(1);
      for (const icon of manifest.icons) {
        expect(icon.src.startsWith(base), icon.src).toBe(true);
        const file = fileOf(icon.src)!;
        expect(existsSync(file), icon.src).toBe(true);
        if (icon.type === 'image/png') {
          const [w, h] = String(icon.sizes).split('x').map(Number);
          expect(pngSize(readFileSync(file)), icon.src).toEqual({ width: w, height: h });
        }
      }
      expect(manifest.icons.some((i: any) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
    });
  });
}
