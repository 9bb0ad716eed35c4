/**
 * The course's reading order, from content metadata alone (no Astro imports, so it is unit-tested directly).
 * Modules are ordered by `order`; inside a module, lessons by their own `order`.
 * Errors an author can cause are thrown as CourseOrderError, naming the file and the field to change.
 */
import { AstroError } from 'astro/errors';
import { strings } from './strings';
import { fill } from './template';

export type LessonKind = 'lesson' | 'model' | 'platform';

export interface CourseModuleInput {
  id: string;
  title: string;
  order: number;
  summary: string;
}

export interface CourseLessonInput {
  kind: LessonKind;
  id: string;
  title: string;
  moduleId: string;
  order: number;
  /** Path of the source file, for error messages. */
  filePath: string;
  /** Field that decides `moduleId` ("module", or "model" for platforms). */
  moduleField: string;
}

export interface CourseLesson extends CourseLessonInput {
  /** Position in the whole course, from 1. */
  position: number;
  /** Position inside the module, from 1. */
  positionInModule: number;
}

export interface CourseModule extends CourseModuleInput {
  /** Position of the module in the course, from 1 ("Module 2"). */
  number: number;
  lessons: CourseLesson[];
}

/**
 * An author's mistake in the course order, shown by Astro as a message (file and field first) and a hint
 * (what to change), as Starlight reports its configuration errors.
 */
export class CourseOrderError extends AstroError {
  constructor(
    readonly filePath: string,
    readonly field: string,
    problem: string,
    hint: string,
  ) {
    super(`${filePath}: field "${field}": ${problem}`, `In ${filePath}, ${hint}.`);
    this.name = 'CourseOrderError';
  }
}

export function buildCourse(modules: CourseModuleInput[], lessons: CourseLessonInput[]): CourseModule[] {
  const sortedModules = [...modules].sort((a, b) => a.order - b.order);
  const byId = new Map<string, CourseModule>();
  for (const m of sortedModules) {
    const clash = [...byId.values()].find((other) => other.order === m.order);
    if (clash) {
      throw new CourseOrderError(
        'content/modules.yaml',
        'order',
        `modules "${clash.id}" and "${m.id}" both claim module position ${m.order}`,
        'give each module its own order number',
      );
    }
    byId.set(m.id, { ...m, number: byId.size + 1, lessons: [] });
  }

  for (const lesson of lessons) {
    const mod = byId.get(lesson.moduleId);
    if (!mod) {
      throw new CourseOrderError(
        lesson.filePath,
        lesson.moduleField,
        `"${lesson.moduleId}" is not a module of the course`,
        `use one of: ${[...byId.keys()].join(', ')}`,
      );
    }
    const clash = mod.lessons.find((other) => other.order === lesson.order);
    if (clash) {
      throw new CourseOrderError(
        lesson.filePath,
        'order',
        `position ${lesson.order} of module "${mod.id}" is already taken by ${clash.filePath}`,
        'give each lesson of a module its own order number',
      );
    }
    mod.lessons.push({ ...lesson, position: 0, positionInModule: 0 });
  }

  let position = 0;
  const result = [...byId.values()];
  for (const mod of result) {
    mod.lessons.sort((a, b) => a.order - b.order);
    mod.lessons.forEach((lesson, i) => {
      lesson.positionInModule = i + 1;
      lesson.position = ++position;
    });
  }
  return result;
}

/** The course's size in a sentence, for the home page and its social card: hours to one decimal. */
export function courseSize(size: { lessons: number; modules: number; minutes: number }): string {
  return fill(strings.course.size, { lessons: size.lessons, modules: size.modules, hours: Math.round(size.minutes / 6) / 10 });
}

/** All lessons of the course in reading order. */
export function flattenCourse(course: CourseModule[]): CourseLesson[] {
  return course.flatMap((m) => m.lessons);
}

/** The lessons before and after one lesson in reading order, across module boundaries. */
export function neighbours<T extends { kind: LessonKind; id: string }>(
  flat: T[],
  kind: LessonKind,
  id: string,
): { prev: T | undefined; next: T | undefined } {
  const i = flat.findIndex((l) => l.kind === kind && l.id === id);
  if (i < 0) return { prev: undefined, next: undefined };
  return { prev: flat[i - 1], next: flat[i + 1] };
}
