import { z } from 'astro/zod';
import { absoluteUrl, checkCitation, citation, entryId, factShape, factSchema, shelfKind } from './fact.ts';
import { buyerRegion, feeType, fitSchema, logisticsSupport, paymentProtection, platformStatus } from './traits.ts';

/** Buyer markets the fee calculator knows; a fee's `calc.market` says where its figure applies. */
export const feeMarket = z.enum(['us', 'uk', 'de', 'global']);

/** Product categories where fees differ; `general` is "most categories". */
export const feeCategory = z.enum(['general', 'consumer-electronics', 'home-kitchen', 'books-media']);

/** Currencies fee figures are published in (ISO 4217). */
export const currencyCode = z.enum(['USD', 'EUR', 'GBP', 'CNY']);

/**
 * A fee as numbers, for the fee calculator: what it is charged on, how much, how often, and where it applies.
 * Shown and totalled with the fee's own citation. A percentage is of `base`; `portions` split it into marginal
 * bands (eBay: 13.6% up to US$7,500, 2.35% above); `whenBase` limits a fee to sales in a range (eBay's US$0.40
 * per order applies over US$10).
 * @example { market: 'us', currency: 'USD', per: 'sale', base: 'order-total', portions: [{ upTo: 7500, percent: 13.6 }, { percent: 2.35 }] }
 */
export const feeCalcSchema = z
  .strictObject({
    market: feeMarket,
    /** The categories this figure applies to; leave out for a fee that applies in every category. */
    categories: z.array(feeCategory).min(1).optional(),
    /** For platforms with alternative plans (Amazon's `individual` and `professional`): the plan this fee belongs to. */
    plan: entryId.optional(),
    currency: currencyCode,
    /** How often it is charged: on each sale, each unit, each listing, or each month (spread over the month's orders). */
    per: z.enum(['sale', 'unit', 'listing', 'month']),
    /** What a percentage is of: the item price, item plus shipping, or the order total with sales tax. */
    base: z.enum(['item', 'item-shipping', 'order-total']).default('item-shipping'),
    percent: z.number().min(0).max(100).optional(),
    /** Marginal bands of the base, lowest first; the last band has no `upTo`. */
    portions: z.array(z.strictObject({ upTo: z.number().positive().optional(), percent: z.number().min(0).max(100) })).min(2).optional(),
    /** A fixed amount in `currency`, per `per`. */
    fixed: z.number().min(0).optional(),
    /** The least a percentage fee comes to on one sale. */
    minimum: z.number().min(0).optional(),
    /** The most a percentage fee comes to on one sale. */
    maximum: z.number().positive().optional(),
    /** The fee applies only when the base is in this range (both ends in `currency`). */
    whenBase: z.strictObject({ over: z.number().min(0).optional(), atMost: z.number().positive().optional() }).optional(),
    /** `optional`: charged only in some cases (ads, a low seller rating); shown, not added to the total. */
    applies: z.enum(['always', 'optional']).default('always'),
  })
  .refine((c) => c.percent !== undefined || c.portions !== undefined || c.fixed !== undefined, {
    error: 'a calc needs a percent, portions or a fixed amount',
  })
  .refine((c) => !(c.percent !== undefined && c.portions !== undefined), { error: 'give either percent or portions, not both' });

/**
 * One fee a platform charges, with its figure and date.
 * @example { type: 'referral', label: 'Referral fee', amount: '8–15% of the sale price in most categories', source: 'https://…', kind: 'official', asOf: 2025-01-15 }
 */
export const feeSchema = z
  .strictObject({
    id: entryId,
    type: feeType,
    /** The fee's own name on the platform ("Final value fee"). */
    label: z.string().min(3),
    /** The typical figure, as a learner should read it. */
    amount: z.string().min(1),
    /** Fees are prices by default (12 months); override for a fee set by law (`rule`). */
    shelf: shelfKind.optional(),
    /**
     * The fee as numbers, for the fee calculator: one component, or a list where the figure depends on the sale
     * (eBay's per-order fee: US$0.30 up to US$10, US$0.40 above). Leave out where no figure is published.
     */
    calc: z
      .union([feeCalcSchema, z.array(feeCalcSchema).min(2)])
      .transform((c) => (Array.isArray(c) ? c : [c]))
      .optional(),
    ...citation,
  })
  .superRefine(checkCitation);

/**
 * A documented risk of selling on a platform (an owner that stopped paying sellers, a notorious-markets
 * listing). The decision guide shows a risk to sellers with a penalty and this sentence as the reason;
 * a caution for buyers (`affects: buyers`) is taught in the lesson but never penalises the seller.
 * @example { id: 'unpaid-sellers', risk: 'In 2024 the owner's other marketplaces stopped paying sellers.', severity: 'high', source: 'https://…', kind: 'news', asOf: '2024-08-01', checked: '2026-12-01' }
 */
export const riskSchema = z
  .strictObject({
    id: entryId,
    /** The risk in one sentence a seller can act on. */
    risk: z.string().min(20),
    /**
     * For a risk to sellers: `high` when it has stopped sellers' sales or payouts, or takes their money or stock
     * (an owner that stopped paying, a market closed overnight, fines and withheld payments, a suspension);
     * `medium` when it raises their costs or scrutiny (a notorious-markets listing, regulators' findings, new rules).
     */
    severity: z.enum(['high', 'medium']),
    /** Whom it threatens: `sellers` (the default; the guide weighs it) or `buyers` (a caution the lesson teaches). */
    affects: z.enum(['sellers', 'buyers']).default('sellers'),
    ...citation,
  })
  .superRefine(checkCitation);

/** What a platform's reach is counted in; the guide compares reach only within one unit. */
export const reachUnit = z.enum(['active-buyers', 'monthly-visits', 'registered-buyers']);

/**
 * How many buyers or visits a platform reaches, as a number, for the decision guide.
 * @example { value: 310000000, unit: 'active-buyers', period: '2024', source: 'https://…', kind: 'official', asOf: '2025-02-01', checked: '2026-12-01' }
 */
export const reachSchema = z
  .strictObject({
    value: z.number().positive(),
    unit: reachUnit,
    /** The period the figure describes ("2024", "2025-Q3", "June 2025"). */
    period: z.string().min(4),
    ...citation,
  })
  .superRefine(checkCitation);

/** How sure the course is that a platform the chapter names is the one it teaches. */
export const identificationSchema = z.strictObject({
  confidence: z.enum(['high', 'medium', 'low', 'none']),
  /** What was searched, what was found, and why it is (or is not) the chapter's platform. */
  note: z.string().min(20),
});

/** Platform-only fields; content.config.ts adds the shared lesson fields and the model reference. */
export const platformFields = {
  status: platformStatus,
  /** One sentence on a change of owner, closure or identity ("Sold to Qoo10 in April 2024"). */
  statusNote: z.string().min(10).optional(),
  /** The name the textbook chapter uses, quoted exactly. Optional only for platforms marked `sinceTextbook`. */
  textbookName: z.string().min(2).optional(),
  /** Other names, such as the Chinese name. */
  otherNames: z.array(z.string().min(1)).default([]),
  identification: identificationSchema.optional(),
  website: absoluteUrl.optional(),
  founded: factSchema.optional(),
  headquarters: factSchema.optional(),
  owner: factSchema.optional(),
  /** Payment and buyer protection, with its level for the comparison. */
  payments: z.strictObject({ ...factShape, protection: paymentProtection }).superRefine(checkCitation).optional(),
  /** Logistics, with the platform's involvement for the comparison. */
  logistics: z.strictObject({ ...factShape, support: logisticsSupport }).superRefine(checkCitation).optional(),
  /** Where buyers come from, with the regions for filters. */
  buyerMarkets: z.strictObject({ ...factShape, regions: z.array(buyerRegion).min(1) }).superRefine(checkCitation).optional(),
  fees: z.array(feeSchema).default([]),
  /** Documented risks a seller should weigh (shown in the lesson and the decision guide). */
  risks: z.array(riskSchema).default([]),
  /** Buyers or visits, as a number with its unit and period. */
  reach: reachSchema.optional(),
  fit: fitSchema.optional(),
};

type PlatformLike = {
  status: z.infer<typeof platformStatus>;
  textbookName?: string | undefined;
  sinceTextbook: boolean;
  identification?: { confidence: string } | undefined;
  website?: string | undefined;
  fit?: unknown;
  quiz: unknown[];
};

/**
 * Rules across fields, each with a message that tells the author what to change.
 * A platform we cannot identify has no website or fit; every other one must have both, except that a tentative
 * match of low confidence may leave out a website it cannot confirm.
 */
export function checkPlatform(p: PlatformLike, ctx: Pick<z.RefinementCtx, 'addIssue'>) {
  if (!p.sinceTextbook && !p.textbookName) {
    ctx.addIssue({
      code: 'custom',
      path: ['textbookName'],
      message: 'textbookName is required: quote the name the chapter uses, or mark the platform sinceTextbook: true if the chapter does not name it',
    });
  }
  const unsure = p.status === 'tentative' || p.status === 'unidentified';
  if (unsure && !p.identification) {
    ctx.addIssue({
      code: 'custom',
      path: ['identification'],
      message: `a platform with status "${p.status}" needs identification: { confidence, note } saying how sure the identification is`,
    });
  }
  // A match on the name alone has no confirmed site, and publishing a guessed link would send learners to it.
  const nameOnlyMatch = p.status === 'tentative' && p.identification?.confidence === 'low';
  if (p.status !== 'unidentified') {
    if (!p.website && !nameOnlyMatch) {
      ctx.addIssue({ code: 'custom', path: ['website'], message: 'website is required unless status is "unidentified" (or "tentative" with identification.confidence "low")' });
    }
    if (!p.fit) ctx.addIssue({ code: 'custom', path: ['fit'], message: 'fit is required unless status is "unidentified"' });
    if (p.quiz.length < 3) {
      ctx.addIssue({ code: 'custom', path: ['quiz'], message: 'at least three quiz questions are required unless status is "unidentified"' });
    }
  }
}

export type Fee = z.infer<typeof feeSchema>;
export type FeeCalc = z.infer<typeof feeCalcSchema>;
export type FeeMarket = z.infer<typeof feeMarket>;
export type FeeCategory = z.infer<typeof feeCategory>;
export type CurrencyCode = z.infer<typeof currencyCode>;
export type Risk = z.infer<typeof riskSchema>;
export type Reach = z.infer<typeof reachSchema>;
