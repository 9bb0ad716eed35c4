/** Social preview images (1200x630 PNG) for the home page and every lesson, rendered at build time. */
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

const renderer = createCardRenderer({ siteName: strings.siteName, logoSvg });

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderer.render(props.card)), { headers: { 'Content-Type': 'image/png' } });
