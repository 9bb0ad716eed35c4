/** robots.txt: crawl everything; the sitemap's absolute URL, with the base path. */
import type { APIRoute } from 'astro';
import { robotsTxt, sitemapFile } from '../lib/seo';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(site!, sitemapFile)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
