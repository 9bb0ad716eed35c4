/**
 * Social preview images (1200x630 PNG) for the home page and every lesson, rendered at build time and
 * kept in Astro's cache, so a rebuild renders only the cards whose text (or template) changed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import logoSvg from '../../../public/favicon.svg?raw';
import { getCourse } from '../../lib/course';
import { homeCard, lessonCard, socialImageSlug, type SocialCard } from '../../lib/socialCard';
import { createCardRenderer } from '../../lib/socialCardRender';
import { strings } from '../../lib/strings';

export const getStaticPaths = (async () => {
  const { modules, lessons, totalMinutes } = await getCourse();
  const home = homeCard({ lessons: lessons.length, modules: modules.length, minutes: totalMinutes });
  return [
    { params: { slug: socialImageSlug('/') }, props: { card: home } },
    ...modules.flatMap((m) =>
      m.lessons.map((l) => ({ params: { slug: socialImageSlug(l.href) }, props: { card: lessonCard(l, m) } })),
    ),
  ];
}) satisfies GetStaticPaths;

// Set by src/integrations/socialCards.ts: a folder under Astro's cacheDir.
declare const __SOCIAL_CARD_CACHE_DIR__: string;
const renderer = createCardRenderer({ siteName: strings.siteName, logoSvg, cacheDir: __SOCIAL_CARD_CACHE_DIR__ });

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderer.render(props.card)), { headers: { 'Content-Type': 'image/png' } });
