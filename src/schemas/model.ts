import { z } from 'astro/zod';
import { feeType, fitSchema } from './traits.ts';
import { journeyActors, journeySteps } from './values.ts';

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

/**
 * One step of a cross-border order in this model, as the lesson teaches it: who does it, in a short note
 * (drawn as the order journey on the page of the module the model opens).
 * @example { step: 'payment', who: [platform], note: 'The buyer pays at the platform’s checkout' }
 */
export const journeyStepSchema = z.strictObject({
  step: z.enum(journeySteps),
  /** Who does the step; `third-party` is a bank, card processor, carrier or freight forwarder. */
  who: z.array(z.enum(journeyActors)).min(1).max(3),
  /** What the lesson says about this step in this model, in a few words. */
  note: z.string().min(5).max(90),
});

/** The journey lists each of the six steps once, in order, so the drawing reads the same in every model. */
export const journeySchema = z
  .array(journeyStepSchema)
  .refine((steps) => steps.length === 0 || steps.map((s) => s.step).join() === journeySteps.join(), {
    error: `journey must list the six steps once each, in this order: ${journeySteps.join(', ')}`,
  });

export const modelFields = {
  /** Short name for tables and filters ("B2B"). */
  shortName: z.string().min(2).max(24),
  traits: modelTraitsSchema,
  fit: fitSchema,
  /** Who does each step of an order in this model (optional; drawn as the order journey). */
  journey: journeySchema.default([]),
};
