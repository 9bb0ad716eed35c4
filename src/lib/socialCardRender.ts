/**
 * Renders a social card to PNG at build time, on this machine: satori lays the card out and turns its
 * text into SVG paths with Noto Sans SC from the @fontsource package (Latin and Chinese platform
 * names alike), and sharp rasterizes the SVG. No network, no system fonts.
 * With a cache folder, each PNG is kept under a hash of everything that decides its pixels (the card's
 * element tree with its text, styles and logo; the font subsets and package version; satori's and
 * sharp's versions; the PNG settings), so a rebuild renders only the cards whose content changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { cardElement, cardHeight, cardWidth, fontSubsets, subsetsFor, type CardNode, type FontSubset, type SocialCard } from './socialCard';

const fontPackage = '@fontsource/noto-sans-sc';
const weights = [400, 700] as const;

/** A 256-colour palette keeps each card near 20 KB; effort 1 quantizes fast (about 70 ms a card). */
const pngOptions = { compressionLevel: 6, palette: true, quality: 90, effort: 1 } as const;

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
  /** A folder to keep rendered cards in between builds (under Astro's cacheDir); none renders every card. */
  cacheDir?: string;
}

export interface CardRenderer {
  render(card: SocialCard): Promise<Buffer>;
}

/**
 * A renderer that loads each font subset once. Fonts are resolved from the project's node_modules
 * (the build runs in the project root), since the bundled endpoint no longer sits beside them.
 */
export function createCardRenderer({ siteName, logoSvg, cacheDir }: CardRendererOptions): CardRenderer {
  const require = createRequire(`${process.cwd()}/package.json`);
  const file = (name: string) => readFileSync(require.resolve(`${fontPackage}/${name}`));
  // What a card's pixels depend on besides its element tree and fonts: a new version of any of these
  // renders every card again.
  const toolVersions = JSON.stringify({
    font: (JSON.parse(file('package.json').toString('utf8')) as { version: string }).version,
    satori: (require('satori/package.json') as { version: string }).version,
    sharp: sharp.versions,
    png: pngOptions,
  });
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
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

  async function draw(tree: CardNode, ids: string[]): Promise<Buffer> {
    const svg = await satori(tree as Parameters<typeof satori>[0], { width: cardWidth, height: cardHeight, fonts: fontsFor(ids) });
    return sharp(Buffer.from(svg)).png(pngOptions).toBuffer();
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
      const tree = cardElement(card, { siteName, logo, fontFamily });
      if (!cacheDir) return draw(tree, ids);
      const cached = join(cacheDir, `${cardHash(tree, ids, toolVersions)}.png`);
      const hit = await readFile(cached).catch(() => undefined);
      if (hit) {
        // Marks the card as used by this build, so pruneCardCache keeps it.
        const now = new Date();
        await utimes(cached, now, now).catch(() => undefined);
        return hit;
      }
      const png = await draw(tree, ids);
      // Written under a temporary name, then renamed: a build stopped halfway, or two builds sharing
      // the folder, never leave a half-written card under the final name.
      const partial = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      await writeFile(partial, png);
      await rename(partial, cached);
      return png;
    },
  };
}

/** The cache key of a card: a hash of its element tree (text, styles, logo), its fonts and the tools' versions. */
export function cardHash(tree: CardNode, fontIds: readonly string[], toolVersions: string): string {
  return createHash('sha256').update(JSON.stringify([tree, fontIds, toolVersions])).digest('hex').slice(0, 32);
}

/**
 * Deletes the cached cards no card of the build that started at `buildStart` (ms) used: a card is written
 * or touched when a build uses it, so an older file belongs to a lesson or a template that is gone.
 * Without this the folder grows with every edit. Returns how many were deleted. A second of slack allows
 * for file systems that keep coarse times.
 */
export function pruneCardCache(cacheDir: string, buildStart: number): number {
  let pruned = 0;
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.endsWith('.png') && !/\.png\.\d+\./.test(name)) continue;
    const file = join(cacheDir, name);
    try {
      if (statSync(file).mtimeMs < buildStart - 1000) {
        unlinkSync(file);
        pruned++;
      }
    } catch {
      // Gone already (another build pruned it): nothing to do.
    }
  }
  return pruned;
}
