/**
 * The course's content rules as data (docs/design.md, "Content"), shared by the tests and `npm run words`.
 */
import { proseOf } from './words.ts';

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

/**
 * Lessons whose prose may quote a figure only through `<Fact id>`: the operations module, the six model lessons
 * and the large platform lessons (the textbook's nine and the three since it).
 */
export const figureRuleLessons: readonly string[] = [
  ...operationsLessons.map((id) => `lessons/${id}`),
  ...modelIds.map((id) => `models/${id}`),
  ...[...majorPlatforms, ...sinceTextbookPlatforms].map((id) => `platforms/${id}`),
];

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A figure as written: an optional currency, digits with separators, an optional scale or percent sign. */
const figure = String.raw`(?<![A-Za-z0-9])(?:US\$|HK\$|\$|€|£|¥)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent\b|million\b|billion\b))?`;

/**
 * What the rule lets stand as bare text, each for a reason (CONTRIBUTING.md, "Figures in the prose"). Each is
 * blanked before the figures are searched.
 */
export const bareFigureExceptions: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^\s*\d+\.\s/gm, why: 'the number of a step in a numbered list' },
  { pattern: new RegExp(String.raw`\b(?:${months})\s+\d{1,2}\b`, 'g'), why: 'the day in a date ("March 12, 2026")' },
  { pattern: /(?<![\d,.$€£¥])(?:19|20)\d\d(?:s\b)?(?![\d%]|[.,]\d)/g, why: 'a year or a decade ("2021", "2010s")' },
  {
    pattern: /\b(?:Sections?|Executive Order|Article|Lists?|Part|Title|Chapter|Incoterms)\s+\d+[A-Z]?(?:\s+(?:and|to)\s+\d+[A-Z]?)?\b/g,
    why: 'part of a name: a law\'s section, an order, an article, a tariff list ("Section 301", "Executive Order 14324")',
  },
  { pattern: /\b\d+-digit\b/g, why: 'the length of a code ("10-digit tariff code"), a format, not a measured quantity' },
  { pattern: /\b\d{4}\.\d{2}(?:\.\d{2,4})?\b/g, why: 'a tariff code ("6109.10.00")' },
  { pattern: /\b24\/7\b|\bDD\+\d+\b/g, why: 'names of a service level and of a payout rule ("24/7", Amazon\'s "DD+7")' },
  { pattern: /\b1688(?:\.com)?\b/g, why: 'the name of Alibaba Group\'s domestic sourcing site, 1688 (1688.com), not a quantity' },
];

/**
 * Arithmetic of a worked example: figures joined by ×, +, − or "of" and ending in "= result"
 * ("2,000 × US$0.27 = US$540", "19% of €20 = €3.80"). Its inputs are the example's own numbers.
 */
const arithmetic = new RegExp(String.raw`${figure}(?:\s*(?:×|\+|−|of)\s*${figure})*\s*=\s*${figure}`, 'g');

/** A section whose heading names it a worked example ("## A worked shipment", "## Worked example: …"). */
const workedHeading = /^#{2,3}\s.*\bworked\b/i;
/** A paragraph whose bold lead names it one ("**A worked check.** A seller with 400 orders…"). */
const workedLead = /^\*\*[^*]*\bworked\b[^*]*\*\*/i;

/**
 * Money, percentages and counts written as bare text in an MDX body's prose, where `<Fact id>` should print
 * them from frontmatter. Left alone: `<Fact>` elements, code, link targets (see `proseOf`), the exceptions
 * above, arithmetic ending in "=", and every figure of a section whose heading names a worked example, or of a
 * paragraph whose bold lead does (its sale is invented to show the sums). Returns each figure with its line in
 * the body.
 */
export function bareFigures(body: string): { figure: string; line: number; text: string }[] {
  const found: { figure: string; line: number; text: string }[] = [];
  let worked = false;
  const lines = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (m) => m.replace(/[^\n]/g, ' ')).split('\n');
  let workedParagraph = false;
  lines.forEach((raw, i) => {
    if (/^##\s/.test(raw)) worked = workedHeading.test(raw);
    else if (/^###\s/.test(raw) && workedHeading.test(raw)) worked = true;
    if (raw.trim() === '') workedParagraph = false;
    else if (workedLead.test(raw)) workedParagraph = true;
    if (worked || workedParagraph) return;
    let text = proseOf(raw).replace(/^\s*[-*+]\s|^\s*#+\s|\|/g, ' ');
    text = text.replace(arithmetic, ' ');
    for (const { pattern } of bareFigureExceptions) text = text.replace(pattern, ' ');
    for (const m of text.matchAll(new RegExp(figure, 'g'))) found.push({ figure: m[0].trim(), line: i + 1, text: raw.trim() });
  });
  return found;
}
