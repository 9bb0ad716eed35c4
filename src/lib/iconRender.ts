/**
 * Renders the PNG icons from the SVG logo at build time with sharp (see icons.ts for which and why).
 */
import sharp from 'sharp';
import { brandColor, maskableScale, type IconSpec } from './icons';

/** The logo at `size` pixels square, drawn at that size rather than scaled up from its 32-pixel viewBox. */
function logoAt(svg: string, size: number, viewBox = 32) {
  return sharp(Buffer.from(svg), { density: Math.ceil((72 * size) / viewBox) }).resize(size, size);
}

export async function renderIcon(svg: string, icon: IconSpec): Promise<Buffer> {
  if (icon.fit === 'tile') return logoAt(svg, icon.size).png().toBuffer();
  if (icon.fit === 'full') return logoAt(svg, icon.size).flatten({ background: brandColor }).png().toBuffer();
  const inner = Math.round(icon.size * maskableScale);
  const logo = await logoAt(svg, inner).png().toBuffer();
  return sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: brandColor } })
    .composite([{ input: logo, gravity: 'centre' }])
    .png()
    .toBuffer();
}
