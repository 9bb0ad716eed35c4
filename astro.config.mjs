// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { availableParallelism } from 'node:os';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/securityHeaders.ts';
import contentCheck from './src/integrations/contentCheck.ts';
import buildLog from './src/integrations/buildLog.ts';
import socialCards from './src/integrations/socialCards.ts';
import { inlinePreloadHelper } from './src/integrations/preloadHelper.ts';
import { baseLinks } from './src/markdown/baseLinks.ts';
import { glossaryLinks } from './src/markdown/glossaryLinks.ts';
import { headingAnchors } from './src/markdown/headingAnchors.ts';
import { sitemapFilter } from './src/lib/seo.ts';
import { defaultSiteUrl } from './src/lib/site.ts';
import { normalizeBase } from './src/lib/urls.ts';

// Hosts set these (see docs/deploy.md); local builds get the defaults.
const site = process.env.SITE_URL || defaultSiteUrl;
const base = normalizeBase(process.env.BASE_PATH ?? '/');

export default defineConfig({
  site,
  base,
  // Directory URLs with a trailing slash work the same on every static host.
  trailingSlash: 'always',
  // Stylesheets always ship as files: the Content-Security-Policy allows `style-src 'self'` only, and
  // Astro's default ('auto') would inline small ones (reference.css) as a <style> block it blocks.
  // Pages render `concurrency` at a time: a social card spends most of its time in sharp's thread pool,
  // so rendering one page at a time leaves cores idle. The output is the same at any setting.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: availableParallelism() },
  outDir: process.env.OUT_DIR ?? './dist',
  // Separate caches let tests build fixture content side by side with the real site.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    processor: satteri({ hastPlugins: [baseLinks(base), headingAnchors(), glossaryLinks(base)] }),
  },
  integrations: [contentCheck(), socialCards(), mdx(), sitemap({ filter: sitemapFilter(base) }), pagefind(), securityHeaders(), buildLog()],
  vite: {
    plugins: [tailwindcss(), inlinePreloadHelper()],
    // Scripts always ship as files: the only inline script is ThemeInit's (it must run before first
    // paint), which keeps the Content-Security-Policy to one hash. Other assets keep Vite's rule.
    // No module-preload helper: it would be one more script on every page (a chunk of its own once two
    // chunks import lazily), for code loaded on first use whose own imports are one small chunk each.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
  devToolbar: { enabled: false },
});
