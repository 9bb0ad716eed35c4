/**
 * The course's content model: every collection and its schema (src/schemas/collections.ts).
 * Authors edit files under content/ (or CONTENT_DIR, which the build-error tests point at fixtures);
 * a frontmatter mistake fails `npm run build` with the file and the field named, every broken file at once
 * (src/integrations/contentCheck.ts checks them all before Astro's content sync stops at the first).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { correctionSchema, glossarySchema, lessonSchema, modelSchema, moduleSchema, platformSchema } from './schemas/collections';

const contentDir = process.env.CONTENT_DIR ?? './content';
const mdx = (folder: string) => glob({ pattern: '**/[^_]*.mdx', base: `${contentDir}/${folder}` });

export const collections = {
  modules: defineCollection({ loader: file(`${contentDir}/modules.yaml`), schema: moduleSchema }),
  lessons: defineCollection({ loader: mdx('lessons'), schema: lessonSchema(reference) }),
  models: defineCollection({ loader: mdx('models'), schema: modelSchema(reference) }),
  platforms: defineCollection({ loader: mdx('platforms'), schema: platformSchema(reference) }),
  glossary: defineCollection({ loader: file(`${contentDir}/glossary.yaml`), schema: glossarySchema(reference) }),
  corrections: defineCollection({ loader: file(`${contentDir}/corrections.yaml`), schema: correctionSchema }),
};
