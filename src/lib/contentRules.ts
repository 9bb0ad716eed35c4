/**
 * The course's content rules as data (docs/design.md, "Content"), shared by the tests and `npm run words`.
 */

/** The nine well-known platforms: full lessons of at least 900 words. */
export const majorPlatforms = [
  'alibaba',
  'dhgate',
  'global-sources',
  'made-in-china',
  'aliexpress',
  'amazon',
  'wish',
  'ebay',
  'etsy',
] as const;

/** The smaller portals the chapter names: as long as verified facts allow. */
export const smallPortals = ['diytrade', 'yitong', 'world-business-network', 'asianproducts', 'speed-trade-world'] as const;

/** Every platform the chapter names, by entry id, with the name the chapter uses. */
export const chapterPlatforms: Record<string, string> = {
  alibaba: 'Alibaba International Station',
  dhgate: 'Dunhuang.com',
  'global-sources': 'Global Sources',
  'made-in-china': 'Made-in-China.com',
  diytrade: 'Self-service Trade.com',
  ecvv: 'ECVV.com',
  yitong: 'Yitong.com',
  'world-business-network': 'World Business Network',
  asianproducts: 'Asian Product Network',
  'speed-trade-world': 'Speed Trade World',
  aliexpress: 'AliExpress',
  amazon: 'Amazon',
  wish: 'Wish',
  ebay: 'eBay',
  etsy: 'Etsy',
};

/** The six business models, each a lesson. */
export const modelIds = ['b2b', 'b2c', 'c2c', 'independent-website', 'social-commerce', 'live-commerce'] as const;

/** Minimum body words for a lesson id such as "platforms/etsy" or "models/b2b". */
export function minimumWords(id: string): number {
  const [folder, name] = id.split('/') as [string, string];
  if (folder === 'models') return 700;
  if (folder === 'platforms') {
    if ((majorPlatforms as readonly string[]).includes(name)) return 900;
    if (name === 'ecvv') return 300;
    return 150;
  }
  return 300;
}

/** Sourced facts of a lesson: its key facts, fees and further facts (verdict sources are not counted). */
export function countSourcedFacts(data: Record<string, unknown>): number {
  const single = ['founded', 'headquarters', 'owner', 'payments', 'logistics', 'buyerMarkets'].filter((k) => data[k]).length;
  const lists = ['fees', 'facts'].reduce((n, k) => n + (Array.isArray(data[k]) ? (data[k] as unknown[]).length : 0), 0);
  return single + lists;
}

/** Normalizes a quote for comparison: straight and curly quotes and apostrophes match, spacing is folded. */
export function normalizeQuote(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .toLowerCase();
}
