/**
 * The public corrections log: what changed in which lesson, when, and on what evidence, newest first.
 * A correction naming a lesson the course does not have fails the build with what to change.
 */
import { AstroError } from 'astro/errors';
import type { Citation } from './sources';

export interface CorrectionInput {
  id: string;
  date: Date;
  lesson: string;
  change: string;
  sources: Citation[];
}

export interface CorrectionRow extends CorrectionInput {
  lessonTitle: string;
  lessonHref: string;
}

/** Newest first; on one day, in course order of the lessons, then in file order. */
export function correctionsLog(
  corrections: readonly CorrectionInput[],
  lessons: readonly { key: string; title: string; href: string }[],
): CorrectionRow[] {
  const byKey = new Map(lessons.map((l, i) => [l.key, { ...l, i }]));
  return corrections
    .map((c, order) => {
      const lesson = byKey.get(c.lesson);
      if (!lesson) {
        throw new AstroError(
          `content/corrections.yaml (entry "${c.id}"): field "lesson": "${c.lesson}" is not a lesson of the course`,
          'Name the lesson as "<folder>/<file name>" of a file under content/, such as "platforms/amazon".',
        );
      }
      return { row: { ...c, lessonTitle: lesson.title, lessonHref: lesson.href }, rank: lesson.i, order };
    })
    .sort((a, b) => b.row.date.getTime() - a.row.date.getTime() || a.rank - b.rank || a.order - b.order)
    .map((x) => x.row);
}
