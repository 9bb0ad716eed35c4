/**
 * The course as the built site shows it, read from the built files and content/ without a browser,
 * so browser tests can say what they expect without repeating today's lesson list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '../../../src/lib/contentFiles.ts';
import { lessonBody as bodyOf, lessonFiles as allLessonFiles } from '../../../src/lib/lessonFiles.ts';
import { keyOf } from '../../../src/lib/progress.ts';
import { projectRoot } from './buildSite.ts';

export interface SyllabusLesson {
  /** Path under the site's base, without it: "platforms/alibaba/". */
  path: string;
  /** "platforms/alibaba". */
  key: string;
  title: string;
}

const decode = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The lessons of the home page's syllabus, in course order. */
export function syllabus(siteDir: string): SyllabusLesson[] {
  const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
  const start = html.indexOf('id="syllabus"');
  if (start < 0) throw new Error('the home page has no #syllabus');
  const list = html.slice(start, html.indexOf('</main>', start));
  const lessons: SyllabusLesson[] = [];
  for (const [, href, text] of list.matchAll(/<a href="([^"]+)"[^>]*>(.*?)<\/a>/g)) {
    const key = keyOf(href!);
    if (key) lessons.push({ path: `${key}/`, key, title: decode(text!) });
  }
  return lessons;
}

/** Every lesson file under content/ ("platforms/alibaba"), whatever the course order; drafts excluded. */
export function lessonFiles(): string[] {
  return allLessonFiles(join(projectRoot, 'content')).map((l) => l.key);
}

/** The MDX body (after the frontmatter) of a lesson. */
export function lessonBody(key: string): string {
  return bodyOf(join(projectRoot, 'content', `${key}.mdx`));
}

/** The fees of a lesson's frontmatter, label by id: a fee's row in the facts section reads "Label: amount". */
export function feeLabels(key: string): Map<string, string> {
  const { data } = parseFrontmatter(readFileSync(join(projectRoot, 'content', `${key}.mdx`), 'utf8'));
  const fees = (data as { fees?: { id?: unknown; label?: unknown }[] }).fees ?? [];
  return new Map(fees.flatMap((f) => (typeof f.id === 'string' && typeof f.label === 'string' ? [[f.id, f.label] as const] : [])));
}

/** The modules in course order, from content/modules.yaml. */
export function moduleOrder(): string[] {
  const yaml = readFileSync(join(projectRoot, 'content/modules.yaml'), 'utf8');
  const modules = [...yaml.matchAll(/^- id: (\S+)\s*\n(?:\s+.*\n)*?\s+order: (\d+)/gm)].map(([, id, order]) => ({ id: id!, order: Number(order) }));
  return modules.sort((a, b) => a.order - b.order).map((m) => m.id);
}
