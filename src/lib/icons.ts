/**
 * The site's icons and web app manifest. public/favicon.svg is the one drawing; the PNG sizes that
 * phones, tablets and "add to home screen" need are rendered from it at build time
 * (src/pages/icons/[name].png.ts), so there is nothing to regenerate by hand when the logo changes.
 */

/** Site path of the web app manifest; pass it through `url()`. */
export const manifestPath = '/manifest.webmanifest';

/** The brand colour of the logo's tile (public/favicon.svg). */
export const brandColor = '#0e6e7a';

export interface IconSpec {
  /** File name without ".png", under /icons/. */
  name: string;
  size: number;
  /**
   * How the logo sits in the square: `tile` is the logo as drawn (rounded, transparent corners);
   * `full` fills the corners with the brand colour, for iOS (which paints transparency black) and for
   * Android's maskable icons (cropped to a circle or squircle: the globe, 62.5% of the tile, stays
   * inside the 80% safe zone).
   */
  fit: 'tile' | 'full';
  purpose?: 'any' | 'maskable';
}

export const icons = [
  { name: 'favicon-32', size: 32, fit: 'tile' },
  { name: 'apple-touch-icon', size: 180, fit: 'full' },
  { name: 'icon-192', size: 192, fit: 'tile', purpose: 'any' },
  { name: 'icon-512', size: 512, fit: 'tile', purpose: 'any' },
  { name: 'icon-maskable-512', size: 512, fit: 'full', purpose: 'maskable' },
] as const satisfies readonly IconSpec[];

export type IconName = (typeof icons)[number]['name'];

/** Site path of an icon ("/icons/icon-192.png"); pass it through `url()`. */
export function iconPath(name: IconName): string {
  return `/icons/${name}.png`;
}

export interface ManifestInfo {
  name: string;
  shortName: string;
  description: string;
  /** The home page's URL path with the base ("/course/"). */
  start: string;
  /** Turns a site path into a URL path with the base. */
  url: (path: string) => string;
}

/** The web app manifest (https://www.w3.org/TR/appmanifest/). */
export function webManifest(info: ManifestInfo) {
  return {
    name: info.name,
    short_name: info.shortName,
    description: info.description,
    lang: 'en',
    start_url: info.start,
    scope: info.start,
    // A website, not an app: no service worker, so it opens in the browser.
    display: 'browser',
    background_color: '#ffffff',
    theme_color: brandColor,
    icons: [
      { src: info.url('/favicon.svg'), type: 'image/svg+xml', sizes: 'any', purpose: 'any' },
      ...icons
        .filter((i) => 'purpose' in i)
        .map((i) => ({ src: info.url(iconPath(i.name)), type: 'image/png', sizes: `${i.size}x${i.size}`, purpose: i.purpose })),
    ],
  };
}
