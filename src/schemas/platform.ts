import { z } from 'astro/zod';
import { absoluteUrl, citation, factSchema } from './fact';
import { buyerRegion, feeType, fitSchema, logisticsSupport, paymentProtection, platformStatus } from './traits';

/**
 * One fee a platform charges, with its figure and date.
 * @example { type: 'referral', label: 'Referral fee', amount: '8–15% of the sale price in most categories', source: 'https://…', kind: 'official', asOf: 2025-01-15 }
 */
export const feeSchema = z.strictObject({
  type: feeType,
  /** The fee's own name on the platform ("Final value fee"). */
  label: z.string().min(3),
  /** The typical figure, as a learner should read it. */
  amount: z.string().min(1),
  ...citation,
});

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
  /** The name the textbook chapter uses, quoted exactly. */
  textbookName: z.string().min(2),
  /** Other names, such as the Chinese name. */
  otherNames: z.array(z.string().min(1)).default([]),
  identification: identificationSchema.optional(),
  website: absoluteUrl.optional(),
  founded: factSchema.optional(),
  headquarters: factSchema.optional(),
  owner: factSchema.optional(),
  /** Payment and buyer protection, with its level for the comparison. */
  payments: factSchema.extend({ protection: paymentProtection }).optional(),
  /** Logistics, with the platform's involvement for the comparison. */
  logistics: factSchema.extend({ support: logisticsSupport }).optional(),
  /** Where buyers come from, with the regions for filters. */
  buyerMarkets: factSchema.extend({ regions: z.array(buyerRegion).min(1) }).optional(),
  fees: z.array(feeSchema).default([]),
  fit: fitSchema.optional(),
};

type PlatformLike = {
  status: z.infer<typeof platformStatus>;
  identification?: unknown;
  website?: string | undefined;
  fit?: unknown;
  quiz: unknown[];
};

/**
 * Rules across fields, each with a message that tells the author what to change.
 * A platform we cannot identify has no website or fit; every other one must have both.
 */
export function checkPlatform(p: PlatformLike, ctx: Pick<z.RefinementCtx, 'addIssue'>) {
  const unsure = p.status === 'tentative' || p.status === 'unidentified';
  if (unsure && !p.identification) {
    ctx.addIssue({
      code: 'custom',
      path: ['identification'],
      message: `a platform with status "${p.status}" needs identification: { confidence, note } saying how sure the identification is`,
    });
  }
  if (p.status !== 'unidentified') {
    if (!p.website) ctx.addIssue({ code: 'custom', path: ['website'], message: 'website is required unless status is "unidentified"' });
    if (!p.fit) ctx.addIssue({ code: 'custom', path: ['fit'], message: 'fit is required unless status is "unidentified"' });
    if (p.quiz.length < 3) {
      ctx.addIssue({ code: 'custom', path: ['quiz'], message: 'at least three quiz questions are required unless status is "unidentified"' });
    }
  }
}

export type Fee = z.infer<typeof feeSchema>;
