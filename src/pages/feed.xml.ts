/** The lessons as an Atom feed, newest review first (linked from every page's <head>). */
import type { APIRoute } from 'astro';
import { getCourse } from '../lib/course';
import { atomFeed, feedPath } from '../lib/feed';
import { iconPath } from '../lib/icons';
import { strings } from '../lib/strings';
import { contentLicense } from '../lib/structuredData';
import { absoluteUrl, routes } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const { lessons } = await getCourse();
  const abs = (path: string) => absoluteUrl(site!, path);
  const xml = atomFeed(
    {
      title: strings.discovery.feedTitle,
      subtitle: strings.discovery.feedSubtitle,
      self: abs(feedPath),
      home: abs(routes.home()),
      author: strings.siteName,
      rights: contentLicense,
      icon: abs(iconPath('icon-192')),
    },
    lessons.map((l) => ({
      title: l.title,
      description: l.entry.data.description,
      url: abs(l.href),
      lastReviewed: l.entry.data.lastReviewed,
      module: l.moduleTitle,
    })),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
