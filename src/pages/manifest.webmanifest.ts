/** The web app manifest: name, colours and icons for "add to home screen". */
import type { APIRoute } from 'astro';
import { webManifest } from '../lib/icons';
import { strings } from '../lib/strings';
import { routes, url } from '../lib/urls';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      webManifest({ name: strings.siteName, shortName: strings.discovery.shortName, description: strings.tagline, start: url(routes.home()), url }),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
