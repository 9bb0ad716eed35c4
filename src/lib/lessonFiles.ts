/**
 * The lesson files of a content folder, read straight from disk (no Astro needed), for the scripts and
 * the tests. The one enumeration: it skips drafts exactly as src/content.config.ts does (a file whose
 * name starts with `_` is not built), so a draft is never counted, measured or expected as a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The content folders that hold lessons, each a collection whose pages live under the same name. */
export const lessonFolders = ['lessons', 'models', 'platforms'] as const;
export type LessonFolder = (typeof lessonFolders)[number];

export interface LessonFile {
  folder: LessonFolder;
  /** The entry id: the file's path inside its folder, without `.mdx` ("etsy"). */
  slug: string;
  /** "platforms/etsy", the key progress and the tests use. */
  key: string;
  /** Site path of the lesson page, without the base: "/platforms/etsy/". */
  path: string;
  /** Path of the file on disk. */
  file: string;
}

/** True for a file the content collections load: an .mdx whose name does not start with `_`. */
export function isLessonFile(name: string): boolean {
  return name.endsWith('.mdx') && !name.startsWith('_');
}

/** Every lesson file under `contentDir`, sorted by key; nested folders are searched as the loader does. */
export function lessonFiles(contentDir = 'content'): LessonFile[] {
  return lessonFolders.flatMap((folder) => {
    const root = join(contentDir, folder);
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && isLessonFile(e.name))
      .map((e): LessonFile => {
        const file = join(e.parentPath, e.name);
        const slug = relative(root, file).split(sep).join('/').slice(0, -'.mdx'.length);
        return { folder, slug, key: `${folder}/${slug}`, path: `/${folder}/${slug}/`, file };
      })
      .sort((a, b) => a.key.localeCompare(b.key));
  });
}

/** Splits an MDX source into its YAML frontmatter and its body; LF and CRLF line ends alike. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(source);
  return m ? { frontmatter: m[1]!, body: m[2]! } : { frontmatter: '', body: source };
}

/** The body of a lesson file, after its frontmatter. */
export function lessonBody(file: string): string {
  return splitFrontmatter(readFileSync(file, 'utf8')).body;
}
