/**
 * Renders the PNG icons from the SVG logo at build time with sharp (see icons.ts for which and why).
 */
import sharp from 'sharp';
import { brandColor, type IconSpec } from './icons';

/** The logo's viewBox width (public/favicon.svg), to draw it at the icon's size rather than scale up 32 pixels. */
const logoSize = 32;

export function renderIcon(svg: string, icon: IconSpec): Promise<Buffer> {
  const logo = sharp(Buffer.from(svg), { density: Math.ceil((72 * icon.size) / logoSize) }).resize(icon.size, icon.size);
  return (icon.fit === 'full' ? logo.flatten({ background: brandColor }) : logo).png().toBuffer();
}
