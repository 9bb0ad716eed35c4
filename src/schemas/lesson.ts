import { z } from 'astro/zod';
import { citation, isoDate, labelledFactSchema } from './fact';

/** The five verdict labels a textbook claim can get (decisions.md, "Content"). */
export const verdictLabel = z.enum(['confirmed', 'partly confirmed', 'outdated', 'wrong', 'unverifiable']);

/**
 * A self-check question. `answer` is the zero-based index of the correct option.
 * @example { question: 'Who pays the referral fee?', options: ['Buyer', 'Seller'], answer: 1, explanation: '…' }
 */
export const quizQuestionSchema = z
  .strictObject({
    question: z.string().min(10),
    options: z.array(z.string().min(1)).min(2).max(6),
    /** Zero-based index into `options`. */
    answer: z.number().int().nonnegative(),
    /** Why the right answer is right; shown after the learner answers. */
    explanation: z.string().min(10),
  })
  .refine((q) => q.answer < q.options.length, {
    path: ['answer'],
    error: 'answer is out of range: it must be the zero-based index of one of the options (0 to options.length - 1)',
  });

/** A citation without a value, used to back a verdict. */
export const citationSchema = z.strictObject(citation);

/**
 * One claim of the textbook chapter, quoted exactly, with today's verdict.
 * @example { claim: 'It was listed in the United States in March 2015.', verdict: 'partly confirmed', today: '…', sources: [ … ] }
 */
export const claimSchema = z
  .strictObject({
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
  lastReviewed: isoDate,
  /** True for subjects the chapter does not name (taught "since the textbook"). */
  sinceTextbook: z.boolean().default(false),
};

export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type VerdictLabel = z.infer<typeof verdictLabel>;
