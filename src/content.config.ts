/**
 * The course's content model: every collection and its schema, in one place.
 * Authors edit files under content/ (or CONTENT_DIR, which the build-error tests point at fixtures);
 * a frontmatter mistake fails `npm run build` with the file and the field named.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { lessonFields } from './schemas/lesson';
import { modelFields } from './schemas/model';
import { checkPlatform, platformFields } from './schemas/platform';

const contentDir = process.env.CONTENT_DIR ?? './content';
const mdx = (folder: string) => glob({ pattern: '**/[^_]*.mdx', base: `${contentDir}/${folder}` });

/** The seven modules of the course, in order (content/modules.yaml). */
const modules = defineCollection({
  loader: file(`${contentDir}/modules.yaml`),
  schema: z.strictObject({
    id: z.string(),
    title: z.string().min(3),
    /** Position of the module in the course: 1 is first. */
    order: z.number().int().positive(),
    /** Two or three sentences shown on the home page and the module page. */
    summary: z.string().min(40),
  }),
});

/** Course-level lessons that are neither a model nor a platform: the introduction, the closing lesson. */
const lessons = defineCollection({
  loader: mdx('lessons'),
  schema: z.strictObject({
    ...lessonFields,
    module: reference('modules'),
  }),
});

/** One lesson per business model; each opens its module. */
const models = defineCollection({
  loader: mdx('models'),
  schema: z.strictObject({
    ...lessonFields,
    ...modelFields,
    module: reference('modules'),
  }),
});

/** One lesson per platform; its module is its model's module. */
const platforms = defineCollection({
  loader: mdx('platforms'),
  schema: z
    .strictObject({
      ...lessonFields,
      ...platformFields,
      model: reference('models'),
    })
    .superRefine((platform, ctx) => checkPlatform(platform, ctx)),
});

/** Terms a learner meets in the course (content/glossary.yaml). */
const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`),
  schema: z.strictObject({
    id: z.string(),
    term: z.string().min(2),
    /** Other spellings that should link to this term in lessons ("FBA" for "Fulfillment by Amazon"). */
    aliases: z.array(z.string().min(2)).default([]),
    definition: z.string().min(30),
    related: z.array(reference('glossary')).default([]),
  }),
});

export const collections = { modules, lessons, models, platforms, glossary };
