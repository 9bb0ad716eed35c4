/**
 * The course's content files read straight from disk (no Astro needed), for checks that run before
 * Astro's content sync and for the scripts (`npm run stale`). Drafts (names starting with `_`) are left out,
 * as the collections' glob loaders leave them out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/** The MDX collections and their folders under content/. */
export const lessonFolders = ['lessons', 'models', 'platforms'] as const;
export type LessonFolder = (typeof lessonFolders)[number];

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
}

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Frontmatter and body of an MDX file. YAML errors throw with the file named by the caller. */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const m = frontmatter.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: parse(m[1]!, { customTags: ['timestamp'] }) ?? {}, body: text.slice(m[0].length) };
}

/** Every lesson file of one folder, sorted, drafts left out. */
export function lessonFileNames(contentDir: string, folder: LessonFolder): string[] {
  let names: string[];
  try {
    names = readdirSync(join(contentDir, folder), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith('.mdx') && !n.split(/[\\/]/).some((part) => part.startsWith('_'))).sort();
}

/** Every lesson file and YAML entry of the course under `contentDir`. */
export function readContent(contentDir = process.env.CONTENT_DIR ?? 'content'): ContentFile[] {
  const files: ContentFile[] = [];
  const rel = (path: string) => relative(process.cwd(), path) || path;
  for (const folder of lessonFolders) {
    for (const name of lessonFileNames(contentDir, folder)) {
      const path = join(contentDir, folder, name);
      const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'));
      files.push({ file: rel(path), collection: folder, id: name.replace(/\.mdx$/, ''), data, body });
    }
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
