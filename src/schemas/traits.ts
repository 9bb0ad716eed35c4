import { z } from 'astro/zod';
import {
  buyerRegions,
  buyerTypes,
  controlLevels,
  logisticsSupports,
  orderSizes,
  paymentProtections,
  platformStatuses,
  productKinds,
  sellerProfiles,
} from './values.ts';

/** Kinds of seller a platform or model suits; used by the comparison filters and the decision guide. */
export const sellerProfile = z.enum(sellerProfiles);

/** Regions buyers come from. `global` means no region dominates. */
export const buyerRegion = z.enum(buyerRegions);

/** The ways a platform charges sellers. */
export const feeType = z.enum([
  'membership',
  'subscription',
  'commission',
  'referral',
  'transaction',
  'final-value',
  'listing',
  'per-order',
  'payment-processing',
  'advertising',
  'certification',
  'deposit',
  'fulfillment',
  'other',
]);

/** Lifecycle of a platform, or how sure the course is of its identity (the values are explained in values.ts). */
export const platformStatus = z.enum(platformStatuses);

/** How much the platform stands between buyer and seller money. */
export const paymentProtection = z.enum(paymentProtections);

/** How much of shipping the platform takes on. */
export const logisticsSupport = z.enum(logisticsSupports);

/**
 * Who a platform or model fits. The decision guide scores answers against these fields only,
 * so every reason it gives can be traced to frontmatter.
 */
export const fitSchema = z.strictObject({
  sellerProfiles: z.array(sellerProfile).min(1),
  /** Whom the seller sells to. */
  buyerTypes: z.array(z.enum(buyerTypes)).min(1),
  /** Typical order size. */
  orderSizes: z.array(z.enum(orderSizes)).min(1),
  /** What sells there. */
  productKinds: z.array(z.enum(productKinds)).min(1),
  /** How much control of brand and customer data the seller keeps. */
  brandControl: z.enum(controlLevels),
});

export type SellerProfile = z.infer<typeof sellerProfile>;
export type BuyerRegion = z.infer<typeof buyerRegion>;
export type FeeType = z.infer<typeof feeType>;
export type Fit = z.infer<typeof fitSchema>;
