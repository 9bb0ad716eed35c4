/**
 * Checks every content entry against its schema and reports every problem of every file at once.
 * Astro's content sync stops at the first broken file; an author fixing frontmatter wants the whole list.
 * References to other entries are checked later by Astro and src/lib/courseOrder.ts.
 */
import { z } from 'astro/zod';
import { correctionSchema, glossarySchema, lessonCollections, moduleSchema, type RefBuilder } from '../schemas/collections.ts';
import type { ContentFile } from './contentFiles.ts';
import { unknownFactRefs } from './factRefs.ts';

/** A reference checked only as an id here. */
const idOnly: RefBuilder = () => z.string().min(1);

const schemas = {
  ...Object.fromEntries(Object.entries(lessonCollections).map(([k, build]) => [k, build(idOnly)])),
  modules: moduleSchema,
  glossary: glossarySchema(idOnly),
  corrections: correctionSchema,
} as unknown as Record<ContentFile['collection'], z.ZodType>;

export interface ContentProblem {
  file: string;
  /** "quiz.2.answer" */
  field: string;
  message: string;
}

/**
 * Every schema problem of every entry, in file order, and every `<Fact id>` of a lesson body that names no
 * fact or fee of its own file (the page could not print it).
 */
export function checkContent(files: readonly ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const f of files) {
    if (f.body) {
      for (const p of unknownFactRefs(f.data, f.body, f.bodyLine)) problems.push({ file: f.file, field: `body, line ${p.line}`, message: p.message });
    }
    const result = schemas[f.collection].safeParse(f.data);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.') || '(frontmatter)';
      const where = f.body === '' && f.file.endsWith('.yaml') ? `${f.file} (entry "${f.id}")` : f.file;
      problems.push({ file: where, field, message: issue.message });
    }
  }
  return problems;
}

/** The problems as an author reads them: one line each, "file: field: message" (a body problem names its line). */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return [
    `${problems.length} content problem(s) in ${files} file(s):`,
    ...problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`),
  ].join('\n');
}

/** Validated data of every lesson entry (for reports such as the stale list); broken entries are skipped. */
export function parsedLessons(files: readonly ContentFile[]) {
  return files.flatMap((f) => {
    if (f.file.endsWith('.yaml')) return [];
    const result = schemas[f.collection].safeParse(f.data);
    return result.success ? [{ file: f.file, collection: f.collection, id: f.id, data: result.data as Record<string, unknown> }] : [];
  });
}
