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

/** Platforms since the textbook: full lessons of at least 900 words too. */
export const sinceTextbookPlatforms = ['temu', 'shein', 'tiktok-shop'] as const;

/** The five lessons of the operations module: at least 900 words each. */
export const operationsLessons = [
  'payments-and-payouts',
  'logistics-and-fulfillment',
  'customs-duties-and-taxes',
  'compliance-and-account-health',
  'returns-and-customer-service',
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
    if ((majorPlatforms as readonly string[]).includes(name) || (sinceTextbookPlatforms as readonly string[]).includes(name)) return 900;
    if (name === 'ecvv') return 300;
    return 150;
  }
  if ((operationsLessons as readonly string[]).includes(name)) return 900;
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

/** The share of a lesson's self-check questions that ask for a seller's decision: at least two thirds. */
export const minimumAppliedShare = 2 / 3;

/** Questions that are `applied`, and questions with an option that has no `why`. */
export function quizRules(quiz: readonly { kind?: string | undefined; question: string; options: readonly { text: string; why?: string | undefined }[] }[]) {
  const applied = quiz.filter((q) => q.kind === 'applied').length;
  return {
    applied,
    total: quiz.length,
    withoutKind: quiz.filter((q) => !q.kind).map((q) => q.question),
    optionsWithoutWhy: quiz.flatMap((q) => q.options.filter((o) => !o.why).map((o) => `${q.question} → ${o.text}`)),
  };
}

/**
 * A year written in a source's URL or title ("/2016/05/", "2019 fee changes"): the source probably describes
 * that year, so an `asOf` much later suggests the day it was checked was written as the day it describes.
 * Returns the latest plausible year found, or undefined.
 */
export function yearInSource(c: { source: string; sourceTitle?: string | undefined }): number | undefined {
  const text = `${c.source.replace(/[?#].*$/, '')} ${c.sourceTitle ?? ''}`;
  // "2010s" names a decade, not a year.
  const years = [...text.matchAll(/(?<![\d])(199\d|20[0-2]\d)(?![\ds])/g)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : undefined;
}
