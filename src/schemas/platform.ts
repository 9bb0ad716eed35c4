import { z } from 'astro/zod';
import { absoluteUrl, checkCitation, citation, entryId, factShape, factSchema, shelfKind } from './fact.ts';
import { buyerRegion, feeType, fitSchema, logisticsSupport, paymentProtection, platformStatus } from './traits.ts';

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
    ...citation,
  })
  .superRefine(checkCitation);

/**
 * A documented risk of selling on a platform (an owner that stopped paying sellers, a notorious-markets
 * listing). The decision guide shows it with a penalty and this sentence as the reason.
 * @example { id: 'unpaid-sellers', risk: 'In 2024 the owner's other marketplaces stopped paying sellers.', severity: 'high', source: 'https://…', kind: 'news', asOf: '2024-08-01', checked: '2026-12-01' }
 */
export const riskSchema = z
  .strictObject({
    id: entryId,
    /** The risk in one sentence a seller can act on. */
    risk: z.string().min(20),
    /** `high`: money or stock at risk, or an official listing for counterfeits; `medium`: other documented risks. */
    severity: z.enum(['high', 'medium']),
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
export type Risk = z.infer<typeof riskSchema>;
export type Reach = z.infer<typeof reachSchema>;
