/**
 * Body word counts of every lesson file, read straight from content/ (no Astro needed), for
 * `npm run words`, the byte-budget test (which measures the median lesson) and the benchmark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords } from '../../src/lib/words.ts';

export interface LessonWords {
  /** "platforms/etsy" */
  id: string;
  /** Site path of the lesson page, "/platforms/etsy/". */
  path: string;
  words: number;
}

export function lessonWordCounts(contentDir = 'content'): LessonWords[] {
  const rows: LessonWords[] = [];
  for (const folder of ['lessons', 'models', 'platforms']) {
    for (const name of readdirSync(join(contentDir, folder)).filter((n) => n.endsWith('.mdx')).sort()) {
      const slug = name.replace(/\.mdx$/, '');
      const body = readFileSync(join(contentDir, folder, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      rows.push({ id: `${folder}/${slug}`, path: `/${folder}/${slug}/`, words: countWords(body) });
    }
  }
  return rows;
}

/** The lesson at the median word count (the lower middle for an even count), and the longest one. */
export function medianAndLongest(rows: LessonWords[]): { median: LessonWords; longest: LessonWords } {
  const sorted = [...rows].sort((a, b) => a.words - b.words || a.id.localeCompare(b.id));
  return { median: sorted[Math.floor((sorted.length - 1) / 2)]!, longest: sorted[sorted.length - 1]! };
}
