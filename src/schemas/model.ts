import { z } from 'astro/zod';
import { feeType, fitSchema } from './traits.ts';

/**
 * How a business model works, side by side with the others on the model comparison.
 * Each field is a short phrase for the table.
 */
export const modelTraitsSchema = z.strictObject({
  /** How the platform (or the seller, for independent websites) earns. */
  earns: z.string().min(5),
  revenueTypes: z.array(feeType).min(1),
  sellers: z.string().min(5),
  buyers: z.string().min(5),
  orderSize: z.string().min(3),
  entryThreshold: z.enum(['low', 'medium', 'high']),
  /** How far the platform takes part in payment. */
  payment: z.string().min(5),
  /** How far the platform takes part in logistics. */
  logistics: z.string().min(5),
  /** The traits the chapter names for this model, quoted ("low threshold", "short cycle"). */
  textbookTraits: z.array(z.string().min(3)).default([]),
});

export const modelFields = {
  /** Short name for tables and filters ("B2B"). */
  shortName: z.string().min(2).max(24),
  traits: modelTraitsSchema,
  fit: fitSchema,
};
