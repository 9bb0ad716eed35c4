/**
 * Internal URLs, made in one place so that the site works under any base path
 * (GitHub Pages serves it at /<repo>/). Markdown links go through `withBase` too,
 * via src/markdown/baseLinks.ts, because Astro does not rewrite them (starlight#932).
 */

/** Normalizes a base to start and end with a slash: '' → '/', 'course' → '/course/'. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Prefixes a site-absolute path with the base, and ends page paths with a slash
 * (the site uses `trailingSlash: 'always'`). Leaves external, protocol-relative,
 * fragment-only and already-based links alone.
 * @example withBase('/course/', '/platforms/alibaba') === '/course/platforms/alibaba/'
 */
export function withBase(base: string, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const b = normalizeBase(base);
  if (b !== '/' && (href === b.slice(0, -1) || href.startsWith(b))) return href;
  const split = href.search(/[?#]/);
  let path = split < 0 ? href : href.slice(0, split);
  const rest = split < 0 ? '' : href.slice(split);
  const last = path.split('/').pop() ?? '';
  if (!path.endsWith('/') && !last.includes('.')) path += '/';
  return b + path.replace(/^\/+/, '') + rest;
}

/** The site's base, as Astro resolved it from BASE_PATH. */
export const base: string = normalizeBase(import.meta.env.BASE_URL ?? '/');

/** The one helper pages and components use for internal links. */
export function url(path: string): string {
  return withBase(base, path.startsWith('/') ? path : `/${path}`);
}

/** Absolute URL of a page, for canonical links, feeds and the sitemap. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(url(path), site).href;
}

/** Route of every kind of page, so a URL scheme change happens in one file. */
export const routes = {
  home: () => '/',
  module: (id: string) => `/modules/${id}/`,
  lesson: (id: string) => `/lessons/${id}/`,
  model: (id: string) => `/models/${id}/`,
  platform: (id: string) => `/platforms/${id}/`,
  glossary: (termId?: string) => (termId ? `/glossary/#${termId}` : '/glossary/'),
  compare: () => '/compare/',
  compareCsv: () => '/compare.csv',
  guide: () => '/guide/',
  search: () => '/search/',
  corrections: () => '/corrections/',
  fees: () => '/fees/',
  /** A lesson's facts-and-sources page, from the lesson's own path ('/platforms/amazon/' → '/sources/platforms/amazon/'). */
  sources: (lessonHref: string) => `/sources${lessonHref}`,
} as const;

/** The routes of the three kinds of lesson (courseOrder.ts's `LessonKind`), by kind. */
export const lessonRoutes = { lesson: routes.lesson, model: routes.model, platform: routes.platform } as const;
