import { z } from 'astro/zod';
import { calendarDay } from './dates.ts';
import { citationSchema, entryId, labelledFactSchema, timelineEventSchema } from './fact.ts';

/** The five verdict labels a textbook claim can get (docs/design.md, "Content"). */
export const verdictLabel = z.enum(['confirmed', 'partly confirmed', 'outdated', 'wrong', 'unverifiable']);

/** One answer of a self-check question, with why it is right or wrong (shown once the learner answers). */
export const quizOptionSchema = z.strictObject({
  text: z.string().min(1),
  /** Why this option is right or wrong, in a sentence or two. */
  why: z.string().min(10).optional(),
});

/**
 * A self-check question. `answer` is the zero-based index of the correct option.
 * `applied` questions ask for a decision a seller makes; `recall` ones for a fact.
 * @example { kind: 'applied', question: 'A seller ships 50 orders a month: which plan?', options: [{ text: 'Individual', why: '…' }, { text: 'Professional', why: '…' }], answer: 1, explanation: '…' }
 */
export const quizQuestionSchema = z
  .strictObject({
    kind: z.enum(['applied', 'recall']).optional(),
    question: z.string().min(10),
    options: z.array(quizOptionSchema).min(2).max(6),
    /** Zero-based index into `options`. */
    answer: z.number().int().nonnegative(),
    /** Why the right answer is right; shown after the learner answers. */
    explanation: z.string().min(10),
  })
  .refine((q) => q.answer < q.options.length, {
    path: ['answer'],
    error: 'answer is out of range: it must be the zero-based index of one of the options (0 to options.length - 1)',
  });

export { citationSchema };

/**
 * One claim of the textbook chapter, quoted exactly, with today's verdict.
 * @example { claim: 'It was listed in the United States in March 2015.', verdict: 'partly confirmed', today: '…', sources: [ … ] }
 */
export const claimSchema = z
  .strictObject({
    id: entryId,
    /** The chapter's words, quoted exactly. */
    claim: z.string().min(5),
    verdict: verdictLabel,
    /** What is true today, and why the verdict. */
    today: z.string().min(20),
    sources: z.array(citationSchema).default([]),
  })
  .refine((c) => c.verdict === 'unverifiable' || c.sources.length > 0, {
    path: ['sources'],
    error: 'a verdict other than "unverifiable" needs at least one source',
  });

/**
 * A sale a lesson works through on one platform, priced by the fee calculator from the platform's own fee data.
 * `total` and `payout` are the figures the lesson states; a test recomputes them, so prose and data cannot drift.
 * @example { id: 'etsy-necklace', platform: 'etsy', sale: { price: 45, shipping: 5, taxPercent: 0, currency: 'USD', market: 'us', category: 'general', ordersPerMonth: 20 }, total: 4.6, payout: 45.4 }
 */
export const workedExampleSchema = z.strictObject({
  id: entryId,
  /** The platform's entry id (content/platforms/<id>.mdx), whose `fees[].calc` price the sale. */
  platform: z.string().min(2),
  sale: z.strictObject({
    price: z.number().min(0),
    shipping: z.number().min(0),
    taxPercent: z.number().min(0).max(100),
    currency: z.enum(['USD', 'EUR', 'GBP', 'CNY']),
    market: z.enum(['us', 'uk', 'de', 'global']),
    category: z.enum(['general', 'consumer-electronics', 'home-kitchen', 'books-media']),
    ordersPerMonth: z.number().int().positive(),
  }),
  /** The fees the lesson states for this sale (always-applying lines), in the sale's currency. */
  total: z.number().min(0),
  /** What the seller keeps of item price plus shipping. */
  payout: z.number(),
});

/**
 * Fields every lesson shares, whether it teaches a model, a platform or the course itself.
 * Spread into each collection's schema in content.config.ts.
 */
export const lessonFields = {
  /** The lesson title, also the page's <title>. */
  title: z.string().min(3),
  /** One or two sentences for search engines and social cards (50 to 200 characters). */
  description: z.string().min(50).max(200),
  /** The lesson's place inside its module: 1 is first. Two lessons of one module may not share it. */
  order: z.number().int().positive(),
  /** What the learner can do after the lesson, each starting with a verb. */
  objectives: z.array(z.string().min(10)).min(2).max(6),
  /** The lesson in a few sentences, shown after the body. */
  takeaways: z.array(z.string().min(10)).min(2).max(8),
  /** Self-check questions (at least three, except for unidentified portals). */
  quiz: z.array(quizQuestionSchema).default([]),
  /** Every claim the chapter makes about this subject, with a verdict. */
  claims: z.array(claimSchema).default([]),
  /** Further sourced facts the lesson relies on. */
  facts: z.array(labelledFactSchema).default([]),
  /** The day an author last checked the lesson against its sources. */
  lastReviewed: calendarDay,
  /** Sales the lesson prices on a platform (case studies); checked against the fee calculator by a test. */
  workedExamples: z.array(workedExampleSchema).default([]),
  /** What changed since the textbook, oldest first: dated, sourced events (drawn as a timeline). */
  timeline: z.array(timelineEventSchema).default([]),
  /** True for subjects the chapter does not name (taught "since the textbook"). */
  sinceTextbook: z.boolean().default(false),
};

export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type VerdictLabel = z.infer<typeof verdictLabel>;

type WithIds = {
  facts?: readonly { id: string }[];
  fees?: readonly { id: string }[];
  claims?: readonly { id: string }[];
  timeline?: readonly { id: string }[];
  risks?: readonly { id: string }[];
};

/** Named facts are their own ids (decisions in CONTRIBUTING.md, "Ids"). */
const namedFactIds = ['founded', 'headquarters', 'owner', 'payments', 'logistics', 'buyerMarkets', 'reach'];

/** Ids are unique in an entry, across its facts, fees, claims, timeline and risks. */
export function checkIds(entry: WithIds, ctx: Pick<z.RefinementCtx, 'addIssue'>) {
  const seen = new Map<string, string>(namedFactIds.map((id) => [id, id]));
  for (const list of ['facts', 'fees', 'claims', 'timeline', 'risks'] as const) {
    (entry[list] ?? []).forEach((item, i) => {
      const first = seen.get(item.id);
      if (first) {
        ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: `id "${item.id}" is already used by ${first} in this entry: ids must be unique in an entry` });
      } else seen.set(item.id, `${list}.${i}`);
    });
  }
}
