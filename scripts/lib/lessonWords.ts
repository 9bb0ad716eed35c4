/**
 * Body word counts of every lesson file (drafts excluded), read straight from content/ (no Astro needed), for
 * `npm run words`, the byte-budget test (which measures the median lesson) and the benchmark.
 */
import { countWords } from '../../src/lib/words.ts';
import { lessonBody, lessonFiles } from '../../src/lib/lessonFiles.ts';

export interface LessonWords {
  /** "platforms/etsy" */
  id: string;
  /** Site path of the lesson page, "/platforms/etsy/". */
  path: string;
  words: number;
}

export function lessonWordCounts(contentDir = 'content'): LessonWords[] {
  return lessonFiles(contentDir).map((l) => ({ id: l.key, path: l.path, words: countWords(lessonBody(l.file)) }));
}

/** The lesson at the median word count (the lower middle for an even count), and the longest one. */
export function medianAndLongest(rows: LessonWords[]): { median: LessonWords; longest: LessonWords } {
  const sorted = [...rows].sort((a, b) => a.words - b.words || a.id.localeCompare(b.id));
  return { median: sorted[Math.floor((sorted.length - 1) / 2)]!, longest: sorted[sorted.length - 1]! };
}
