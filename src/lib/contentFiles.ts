/**
 * The course's content files read and parsed straight from disk (no Astro needed), for the check that runs
 * before Astro's content sync and for the scripts (`npm run stale`). Files come from the one enumeration,
 * src/lib/lessonFiles.ts (drafts left out, as the collections leave them out).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { lessonFiles, splitFrontmatter, type LessonFolder } from './lessonFiles.ts';


export interface ContentFile {
  /** Path as an author reads it in an error: relative to the working directory ("content/platforms/etsy.mdx"). */
  file: string;
  collection: LessonFolder | 'modules' | 'glossary' | 'corrections';
  /** The entry id: the file name without `.mdx`, or the `id` of a YAML list entry. */
  id: string;
  /** Frontmatter (or the YAML entry) as YAML reads it: unquoted dates become `Date`s, as in Astro. */
  data: unknown;
  /** The MDX body (empty for YAML entries). */
  body: string;
  /** The file line the body starts on, so a problem in the body names the line an author opens. */
  bodyLine?: number;
}

/** Frontmatter (parsed as Astro's loader reads it: unquoted dates become `Date`s) and body of an MDX file. */
export function parseFrontmatter(text: string): { data: unknown; body: string } {
  const { frontmatter, body } = splitFrontmatter(text);
  return { data: frontmatter ? (parse(frontmatter, { customTags: ['timestamp'] }) ?? {}) : {}, body };
}

/** Every lesson file and YAML entry of the course under `contentDir`. */
export function readContent(contentDir = process.env.CONTENT_DIR ?? 'content'): ContentFile[] {
  const files: ContentFile[] = [];
  const rel = (path: string) => relative(process.cwd(), path) || path;
  for (const lesson of lessonFiles(contentDir)) {
    const text = readFileSync(lesson.file, 'utf8');
    const { data, body } = parseFrontmatter(text);
    const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
    files.push({ file: rel(lesson.file), collection: lesson.folder, id: lesson.slug, data, body, bodyLine });
  }
  for (const collection of ['modules', 'glossary', 'corrections'] as const) {
    const path = join(contentDir, `${collection}.yaml`);
    let list: unknown;
    try {
      list = parse(readFileSync(path, 'utf8'), { customTags: ['timestamp'] });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const entry of Array.isArray(list) ? list : []) {
      const id = String((entry as { id?: unknown })?.id ?? '?');
      files.push({ file: rel(path), collection, id, data: entry, body: '' });
    }
  }
  return files;
}
