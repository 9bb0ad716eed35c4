/**
 * Social preview images ("Open Graph images"): the 1200x630 card a chat app or social site shows for a
 * link to the home page or a lesson. This module is the pure part: where each image lives, the card's
 * layout as a satori element tree, and which font subsets its text needs. socialCardRender.ts turns it
 * into a PNG at build time.
 */
import { courseSize } from './courseOrder';
import { strings } from './strings';
import { fill } from './template';

export const cardWidth = 1200;
export const cardHeight = 630;

/** The text on a card. */
export interface SocialCard {
  /** Small line above the title: the module, or the course's size. */
  eyebrow: string;
  title: string;
  /** Line at the foot of the card. */
  footer: string;
}

/**
 * The image's slug under /og/: "home" for the home page, the page path otherwise
 * ("/platforms/alibaba/" → "platforms/alibaba").
 */
export function socialImageSlug(pageHref: string): string {
  const trimmed = pageHref.replace(/^\/+|\/+$/g, '');
  return trimmed || 'home';
}

/** Site path of a page's image ("/og/platforms/alibaba.png"); pass it through `url()`. */
export function socialImagePath(pageHref: string): string {
  return `/og/${socialImageSlug(pageHref)}.png`;
}

/** A lesson's card: its module above, its title, and what the course is below. */
export function lessonCard(lesson: { title: string }, module: { title: string; number: number }): SocialCard {
  return {
    eyebrow: fill(strings.discovery.cardModule, { number: module.number, module: module.title }),
    title: lesson.title,
    footer: strings.discovery.cardFooter,
  };
}

/** The home page's card: what the course is, and its size. */
export function homeCard(size: { lessons: number; modules: number; minutes: number }): SocialCard {
  return {
    eyebrow: strings.tagline,
    title: strings.discovery.homeCardTitle,
    footer: courseSize(size),
  };
}

/** The card's colours: the site's light theme (src/styles/global.css). */
export const cardColors = {
  background: '#ffffff',
  surface: '#f8fafc',
  text: '#0f172a',
  muted: '#475569',
  border: '#e2e8f0',
  brand: '#0e6e7a',
} as const;

/** The title's size: as large as fits in three lines of the card. */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 28) return 80;
  if (length <= 56) return 64;
  return 52;
}

/** A satori element: the shape of a React element, without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | CardNode[]; [key: string]: unknown };
}

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children'], extra: Record<string, unknown> = {}): CardNode => ({
  type,
  props: { style, ...extra, ...(children !== undefined && { children }) },
});

/**
 * The card: a brand band at the top, the logo and the site's name, the eyebrow and the title, and a
 * footer line. `logo` is a data: URL of the SVG logo; `fontFamily` lists the fonts to try in order.
 */
export function cardElement(card: SocialCard, { siteName, logo, fontFamily }: { siteName: string; logo: string; fontFamily: string }): CardNode {
  const c = cardColors;
  return el('div', { display: 'flex', flexDirection: 'column', width: cardWidth, height: cardHeight, background: c.background, fontFamily }, [
    el('div', { display: 'flex', height: 16, background: c.brand }),
    el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '48px 72px 44px' }, [
      el('div', { display: 'flex', alignItems: 'center' }, [
        el('img', { width: 64, height: 64, marginRight: 20 }, undefined, { src: logo, width: 64, height: 64 }),
        el('div', { fontSize: 36, fontWeight: 700, color: c.brand }, siteName),
      ]),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 32, color: c.muted, marginBottom: 16 }, card.eyebrow),
        el('div', { display: 'block', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, color: c.text, lineClamp: 3 }, card.title),
      ]),
      el('div', { display: 'flex', fontSize: 28, color: c.muted, borderTop: `2px solid ${c.border}`, paddingTop: 24 }, card.footer),
    ]),
  ]);
}

/** A font subset as @fontsource packages split a font: its key and the code points it covers. */
export interface FontSubset {
  /** "latin", "latin-ext", "119": the part of the file name after the family. */
  id: string;
  ranges: [number, number][];
}

/** Parses a CSS unicode-range ("U+0000-00FF,U+0131") into inclusive code point ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => /^U\+([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(part.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => {
      const start = parseInt(m[1]!, 16);
      return [start, m[2] ? parseInt(m[2], 16) : start];
    });
}

/**
 * The subsets of @fontsource's unicode.json ({ "latin": "U+0000-00FF,…", "[119]": "U+…" }), Latin
 * first: the numbered Chinese subsets repeat some Latin punctuation in full-width designs.
 */
export function fontSubsets(unicodeJson: Record<string, string>): FontSubset[] {
  const preferred = ['latin', 'latin-ext'];
  const rank = (id: string) => (preferred.includes(id) ? preferred.indexOf(id) : preferred.length);
  return Object.entries(unicodeJson)
    .map(([key, value]) => ({ id: key.replace(/^\[|\]$/g, ''), ranges: parseUnicodeRange(value) }))
    .sort((a, b) => rank(a.id) - rank(b.id));
}

/**
 * The subsets needed to draw `text`, in the order to try them: for each character the first subset
 * that has it. Characters no subset has are listed in `missing` (the card would show a blank there).
 */
export function subsetsFor(text: string, subsets: readonly FontSubset[]): { ids: string[]; missing: string[] } {
  const ids: string[] = [];
  const missing = new Set<string>();
  for (const ch of new Set(text)) {
    if (/\s/.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    const subset = subsets.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (!subset) missing.add(ch);
    else if (!ids.includes(subset.id)) ids.push(subset.id);
  }
  const order = new Map(subsets.map((s, i) => [s.id, i]));
  return { ids: ids.sort((a, b) => order.get(a)! - order.get(b)!), missing: [...missing] };
}
