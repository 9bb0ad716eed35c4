/**
 * What search engines and other sites are told about each page: whether it is indexed and has a
 * canonical URL, which page of the course a path is, and the robots.txt that names the sitemap.
 * Pure (no Astro imports), so astro.config.mjs's sitemap filter, <head> and the tests share one list.
 */
import { routes, withBase } from './urls';

export interface PagePolicy {
  /** The page states its own address as canonical. */
  canonical: boolean;
  /** Search engines may index the page, and the sitemap lists it. */
  index: boolean;
}

/**
 * Pages that are not indexed. The 404 page is served at every missing address, so it has no address of
 * its own to call canonical; search result pages are thin copies of the pages they point to.
 */
const policies: Record<string, PagePolicy> = {
  '/404/': { canonical: false, index: false },
  [routes.search()]: { canonical: true, index: false },
};

const indexed: PagePolicy = { canonical: true, index: true };

/** The policy for a page, by its site path without the base ("/search/"). */
export function pagePolicy(path: string): PagePolicy {
  return policies[path] ?? indexed;
}

/**
 * The site path of a page URL the sitemap integration hands over ("https://x.org/course/search/" → "/search/"),
 * or undefined for a URL outside the site.
 */
export function sitePath(pageUrl: string, base: string): string | undefined {
  const { pathname } = new URL(pageUrl);
  const prefix = withBase(base, '/');
  if (!pathname.startsWith(prefix)) return undefined;
  return `/${pathname.slice(prefix.length)}`;
}

/** The sitemap's filter: every page but the ones that are not indexed. */
export function sitemapFilter(base: string): (pageUrl: string) => boolean {
  return (pageUrl) => {
    const path = sitePath(pageUrl, base);
    return path !== undefined && pagePolicy(path).index;
  };
}

/** robots.txt: everything may be crawled, and the sitemap is named by its absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}

/** The file @astrojs/sitemap writes at the root of the site. */
export const sitemapFile = '/sitemap-index.xml';

/** The part of the course the page lookup needs (course.ts's `Module` and `Lesson` have it). */
export interface PageModule<L extends { href: string }> {
  id: string;
  title: string;
  /** Position in the course, from 1 (courseOrder.ts). */
  number: number;
  href: string;
  lessons: L[];
}

/** Which kind of page a path is, with the course data that belongs to it. */
export type CoursePage<M, L> =
  | { kind: 'home' }
  | { kind: 'module'; module: M; number: number }
  | { kind: 'lesson'; lesson: L; module: M; number: number }
  | { kind: 'glossary' }
  | { kind: 'other' };

/**
 * Finds the course page a site path belongs to, so <head> can describe it without every page
 * passing its data twice.
 */
export function findPage<L extends { href: string }, M extends PageModule<L>>(path: string, modules: readonly M[]): CoursePage<M, L> {
  if (path === routes.home()) return { kind: 'home' };
  if (path === routes.glossary()) return { kind: 'glossary' };
  for (const module of modules) {
    if (module.href === path) return { kind: 'module', module, number: module.number };
    const lesson = module.lessons.find((l) => l.href === path);
    if (lesson) return { kind: 'lesson', lesson, module, number: module.number };
  }
  return { kind: 'other' };
}
