import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { renderIcon } from '../../src/lib/iconRender.ts';
import { iconPath, icons, webManifest } from '../../src/lib/icons.ts';
import { projectRoot } from '../e2e/harness/buildSite.ts';
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

test('icons render at their size; the touch and maskable icons have no transparent corners', async () => {
  const svg = readFileSync(join(projectRoot, 'public/favicon.svg'), 'utf8');
  for (const icon of icons) {
    const png = await renderIcon(svg, icon);
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height], icon.name).toEqual([icon.size, icon.size]);
    const cornerAlpha = data[3];
    expect(cornerAlpha === 255, icon.name).toBe(icon.fit === 'full');
  }
});
