/**
 * The course as pages see it: every lesson with its module, URL, word count and neighbours.
 * This is the one place that reads the collections for navigation; pages and layouts call it.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { glanceRows, labelledFactRows, platformFactRows, type FactRow } from './facts';
import { buildCourse, CourseOrderError, courseSize, flattenCourse, type CourseLesson, type CourseModule } from './courseOrder';
import { correctionsLog, type CorrectionRow } from './corrections';
import { lessonKey } from './navigation';
import { lessonRoutes, routes } from './urls';
import { countWords, readingMinutes } from './words';

export type LessonEntry = CollectionEntry<'lessons'> | CollectionEntry<'models'> | CollectionEntry<'platforms'>;

export interface Lesson extends CourseLesson {
  href: string;
  entry: LessonEntry;
  /** Words in the lesson body (the prose an author wrote). */
  bodyWords: number;
  /** Minutes to read the whole page: body, verdicts and takeaways. */
  minutes: number;
  moduleTitle: string;
  /** The lesson's module asks for the "general information, not advice" notice. */
  adviceNotice: boolean;
}

export interface Module extends Omit<CourseModule, 'lessons'> {
  href: string;
  lessons: Lesson[];
  minutes: number;
}

export interface Course {
  modules: Module[];
  lessons: Lesson[];
  totalMinutes: number;
  /** The course's size in a sentence ("23 lessons in 7 modules, about 5.2 hours of reading."). */
  size: string;
}

function pageWords(entry: LessonEntry): number {
  const d = entry.data;
  const extra = [...d.takeaways, ...d.objectives, ...d.claims.flatMap((c) => [c.claim, c.today])].join(' ');
  return countWords(entry.body ?? '') + countWords(extra);
}

let cached: Promise<Course> | undefined;

/** Loads and validates the course once per build. */
export function getCourse(): Promise<Course> {
  cached ??= loadCourse();
  return cached;
}

async function loadCourse(): Promise<Course> {
  const [modules, lessons, models, platforms] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('models'),
    getCollection('platforms'),
  ]);
  const modelById = new Map(models.map((m) => [m.id, m]));
  const entries = new Map<string, LessonEntry>();
  const file = (e: LessonEntry) => e.filePath ?? `${e.collection}/${e.id}`;

  const inputs = [
    ...lessons.map((e) => ({ kind: 'lesson' as const, entry: e, moduleId: e.data.module.id, moduleField: 'module' })),
    ...models.map((e) => ({ kind: 'model' as const, entry: e, moduleId: e.data.module.id, moduleField: 'module' })),
    ...platforms.map((e) => {
      const model = modelById.get(e.data.model.id);
      if (!model) {
        throw new CourseOrderError(
          file(e),
          'model',
          `"${e.data.model.id}" is not a model of the course`,
          `use one of: ${[...modelById.keys()].join(', ')}`,
        );
      }
      return { kind: 'platform' as const, entry: e, moduleId: model.data.module.id, moduleField: 'model' };
    }),
  ].map(({ kind, entry, moduleId, moduleField }) => {
    entries.set(`${kind}:${entry.id}`, entry);
    return { kind, id: entry.id, title: entry.data.title, moduleId, order: entry.data.order, filePath: file(entry), moduleField };
  });

  const built = buildCourse(
    modules.map((m) => ({ id: m.id, title: m.data.title, order: m.data.order, summary: m.data.summary })),
    inputs,
  );

  const course: Module[] = built.map((m) => {
    const moduleLessons: Lesson[] = m.lessons.map((l) => {
      const entry = entries.get(`${l.kind}:${l.id}`)!;
      return {
        ...l,
        href: lessonRoutes[l.kind](l.id),
        entry,
        bodyWords: countWords(entry.body ?? ''),
        minutes: readingMinutes(pageWords(entry)),
        moduleTitle: m.title,
        adviceNotice: modules.find((x) => x.id === m.id)?.data.adviceNotice ?? false,
      };
    });
    return { ...m, href: routes.module(m.id), lessons: moduleLessons, minutes: moduleLessons.reduce((s, l) => s + l.minutes, 0) };
  });
  const flat = flattenCourse(course) as Lesson[];
  const totalMinutes = flat.reduce((s, l) => s + l.minutes, 0);
  return { modules: course, lessons: flat, totalMinutes, size: courseSize({ lessons: flat.length, modules: course.length, minutes: totalMinutes }) };
}

/**
 * Short names of the models a page belongs to ("B2B"), for the search filters: a model lesson's own, a
 * platform's model, or a module's models in course order. Course lessons belong to no model.
 */
export function modelNamesOf(page: { lesson: Lesson } | { module: Module }, course: Course): string[] {
  const modelName = (id: string) => {
    const model = course.lessons.find((l) => l.kind === 'model' && l.id === id)?.entry as CollectionEntry<'models'> | undefined;
    return model ? [model.data.shortName] : [];
  };
  if ('module' in page) return page.module.lessons.filter((l) => l.kind === 'model').flatMap((l) => modelName(l.id));
  const { entry } = page.lesson;
  if (entry.collection === 'models') return [entry.data.shortName];
  if (entry.collection === 'platforms') return modelName(entry.data.model.id);
  return [];
}

/** A case study is a lesson whose title starts with this (the closing module holds them). */
export const caseStudyPrefix = 'Case study:';

/** The case studies, in reading order: each works one product through two or three channels. */
export function caseStudies(course: Course): Lesson[] {
  return course.lessons.filter((l) => l.title.startsWith(caseStudyPrefix));
}

/**
 * The lesson that draws the course together: the last in reading order that is not a case study (the
 * case studies follow it as worked examples). The decision guide links it and the case studies.
 */
export function closingLesson(course: Course): Lesson | undefined {
  return course.lessons.filter((l) => !l.title.startsWith(caseStudyPrefix)).at(-1);
}

/** The corrections log, newest first, each correction with its lesson's title and link. */
export async function getCorrections(): Promise<CorrectionRow[]> {
  const [corrections, course] = await Promise.all([getCollection('corrections'), getCourse()]);
  return correctionsLog(
    corrections.map((c) => c.data),
    course.lessons.map((l) => ({ key: lessonKey(l), title: l.title, href: l.href })),
  );
}

/** Every fact row of a lesson, for its facts-and-sources page: a platform's full panel, or the further facts. */
export async function lessonFactRows(lesson: Lesson): Promise<FactRow[]> {
  const { entry } = lesson;
  if (entry.collection !== 'platforms') return labelledFactRows(entry.data.facts);
  const model = await getEntry('models', entry.data.model.id);
  return platformFactRows(entry.data, { name: model?.data.shortName ?? entry.data.model.id, href: routes.model(entry.data.model.id) });
}

/** A platform lesson's "At a glance" rows (none for other lessons). */
export async function lessonGlanceRows(lesson: Lesson): Promise<FactRow[]> {
  const { entry } = lesson;
  if (entry.collection !== 'platforms') return [];
  const model = await getEntry('models', entry.data.model.id);
  return glanceRows(entry.data, { name: model?.data.shortName ?? entry.data.model.id, href: routes.model(entry.data.model.id) });
}
