/**
 * The schema of every collection, in one place. Built from a `ref` function so the same schemas serve
 * Astro's content layer (which passes `reference()`) and the check over every file that runs before it
 * (src/integrations/contentCheck.ts, which passes a plain id string: Astro checks references itself).
 */
import { z } from 'astro/zod';
import { calendarDay } from './dates.ts';
import { citationSchema } from './fact.ts';
import { checkIds, lessonFields } from './lesson.ts';
import { modelFields } from './model.ts';
import { checkPlatform, platformFields } from './platform.ts';

/** Builds a reference to an entry of another collection; generic so Astro's `reference()` keeps its output type. */
export type RefBuilder<R extends z.ZodType = z.ZodType> = (collection: 'modules' | 'models' | 'glossary') => R;

/** The modules of the course, in order (content/modules.yaml). */
export const moduleSchema = z.strictObject({
  id: z.string(),
  title: z.string().min(3),
  /** Position of the module in the course: 1 is first. */
  order: z.number().int().positive(),
  /** Two or three sentences shown on the home page and the module page. */
  summary: z.string().min(40),
  /** Its lessons show "general information as of <date>, not tax, legal or customs advice" (operations). */
  adviceNotice: z.boolean().default(false),
});

/** Course-level lessons that are neither a model nor a platform: the introduction, the closing lesson. */
export const lessonSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({ ...lessonFields, module: ref('modules') }).superRefine(checkIds);

/** One lesson per business model; each opens its module. */
export const modelSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({ ...lessonFields, ...modelFields, module: ref('modules') }).superRefine(checkIds);

/** One lesson per platform; its module is its model's module. */
export const platformSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z
    .strictObject({ ...lessonFields, ...platformFields, model: ref('models') })
    .superRefine((platform, ctx) => {
      checkPlatform(platform, ctx);
      checkIds(platform, ctx);
    });

/** Terms a learner meets in the course (content/glossary.yaml). */
export const glossarySchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({
    id: z.string(),
    term: z.string().min(2),
    /** Other spellings that should link to this term in lessons ("FBA" for "Fulfillment by Amazon"). */
    aliases: z.array(z.string().min(2)).default([]),
    definition: z.string().min(30),
    related: z.array(ref('glossary')).default([]),
  });

/** The MDX collections: folder under content/ and schema. */
export const lessonCollections = { lessons: lessonSchema, models: modelSchema, platforms: platformSchema } as const;

/**
 * One entry of the public corrections log (content/corrections.yaml): what changed in a lesson, when, and on
 * what evidence.
 * @example { id: 'amazon-founded', date: '2026-12-01', lesson: 'platforms/amazon', change: 'Founding corrected…', sources: [ … ] }
 */
export const correctionSchema = z.strictObject({
  id: z.string().min(3),
  /** The day the correction was published. */
  date: calendarDay,
  /** The lesson it changed, as "<folder>/<file name>": "platforms/amazon", "models/b2b", "lessons/introduction". */
  lesson: z.string().regex(/^(lessons|models|platforms)\/[a-z0-9-]+$/, { error: 'must name a lesson as "platforms/amazon", "models/b2b" or "lessons/introduction"' }),
  /** What was wrong or out of date, and what the lesson says now, in a sentence or two. */
  change: z.string().min(20),
  /** The evidence for the new text. */
  sources: z.array(citationSchema).min(1),
});
