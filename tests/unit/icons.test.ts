import { expect, test } from 'vitest';
import { iconPath, icons, webManifest } from '../../src/lib/icons.ts';
import { withBase } from '../../src/lib/urls.ts';

test('every icon has a unique name and a PNG path under /icons/', () => {
  expect(new Set(icons.map((i) => i.name)).size).toBe(icons.length);
  expect(iconPath('icon-192')).toBe('/icons/icon-192.png');
});

test('the manifest starts at the home page and lists the SVG and the any/maskable PNG icons under the base', () => {
  const manifest = webManifest({
    name: 'Across Borders',
    shortName: 'Across Borders',
    description: 'A course.',
    start: '/course/',
    url: (p) => withBase('/course/', p),
  });
  expect(manifest.start_url).toBe('/course/');
  expect(manifest.scope).toBe('/course/');
  expect(manifest.icons).toEqual([
    { src: '/course/favicon.svg', type: 'image/svg+xml', sizes: 'any', purpose: 'any' },
    { src: '/course/icons/icon-192.png', type: 'image/png', sizes: '192x192', purpose: 'any' },
    { src: '/course/icons/icon-512.png', type: 'image/png', sizes: '512x512', purpose: 'any' },
    { src: '/course/icons/icon-maskable-512.png', type: 'image/png', sizes: '512x512', purpose: 'maskable' },
  ]);
});
