/**
 * Renders a social card to PNG at build time, on this machine: satori lays the card out and turns its
 * text into SVG paths with Noto Sans SC from the @fontsource package (Latin and Chinese platform
 * names alike), and sharp rasterizes the SVG. No network, no system fonts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { cardElement, cardHeight, cardWidth, fontSubsets, subsetsFor, type FontSubset, type SocialCard } from './socialCard';

const fontPackage = '@fontsource/noto-sans-sc';
const weights = [400, 700] as const;

export class SocialCardError extends Error {
  constructor(problem: string, hint: string) {
    super(`${problem}\nHint: ${hint}`);
    this.name = 'SocialCardError';
  }
}

export interface CardRendererOptions {
  siteName: string;
  /** The logo as SVG source (public/favicon.svg). */
  logoSvg: string;
}

export interface CardRenderer {
  render(card: SocialCard): Promise<Buffer>;
}

/**
 * A renderer that loads each font subset once. Fonts are resolved from the project's node_modules
 * (the build runs in the project root), since the bundled endpoint no longer sits beside them.
 */
export function createCardRenderer({ siteName, logoSvg }: CardRendererOptions): CardRenderer {
  const require = createRequire(`${process.cwd()}/package.json`);
  const file = (name: string) => readFileSync(require.resolve(`${fontPackage}/${name}`));
  const subsets: FontSubset[] = fontSubsets(JSON.parse(file('unicode.json').toString('utf8')));
  const logo = `data:image/svg+xml;base64,${Buffer.from(logoSvg).toString('base64')}`;
  const fontData = new Map<string, Buffer>();
  // satori caches parsed fonts per array, so cards needing the same subsets share one array.
  const fontSets = new Map<string, Font[]>();

  function fontsFor(ids: string[]): Font[] {
    const key = ids.join(',');
    let fonts = fontSets.get(key);
    if (!fonts) {
      fonts = ids.flatMap((id) =>
        weights.map((weight) => {
          const name = `noto-sans-sc-${id}-${weight}-normal.woff`;
          if (!fontData.has(name)) fontData.set(name, file(`files/${name}`));
          return { name: `Card ${id}`, data: fontData.get(name)!, weight, style: 'normal' as const };
        }),
      );
      fontSets.set(key, fonts);
    }
    return fonts;
  }

  return {
    async render(card) {
      const { ids, missing } = subsetsFor([siteName, card.eyebrow, card.title, card.footer].join(' '), subsets);
      if (missing.length > 0) {
        throw new SocialCardError(
          `the social image for "${card.title}" needs characters the card font does not have: ${missing.join(' ')}`,
          `${fontPackage} covers Latin, Cyrillic, Vietnamese and Chinese; write the title without these characters`,
        );
      }
      // Later subsets draw only what the earlier ones lack (satori falls back font by font).
      const fontFamily = ids.map((id) => `"Card ${id}"`).join(', ');
      const svg = await satori(cardElement(card, { siteName, logo, fontFamily }) as Parameters<typeof satori>[0], {
        width: cardWidth,
        height: cardHeight,
        fonts: fontsFor(ids),
      });
      // A 256-colour palette keeps each card near 20 KB; effort 1 quantizes fast (about 70 ms a card).
      return sharp(Buffer.from(svg)).png({ compressionLevel: 6, palette: true, quality: 90, effort: 1 }).toBuffer();
    },
  };
}
