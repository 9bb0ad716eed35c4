/** PNG icons for browsers, phones and the web app manifest, rendered from public/favicon.svg at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import logoSvg from '../../../public/favicon.svg?raw';
import { icons, type IconSpec } from '../../lib/icons';
import { renderIcon } from '../../lib/iconRender';

export const getStaticPaths = (() => icons.map((icon) => ({ params: { name: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: IconSpec }> = async ({ props }) =>
  new Response(new Uint8Array(await renderIcon(logoSvg, props.icon)), { headers: { 'Content-Type': 'image/png' } });
