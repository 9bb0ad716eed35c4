/**
 * Where the learner is: the course tree for the sidebar, breadcrumbs, the on-page table of contents
 * and previous/next links. Pure functions over plain data (no Astro imports), so they are unit-tested
 * directly; components only render what these return.
 */
import { neighbours, type LessonKind } from './courseOrder';
import { lessonRoutes, routes } from './urls';

/** The part of a lesson navigation needs (course.ts's `Lesson` has all of it). */
export interface NavLesson {
  kind: LessonKind;
  id: string;
  title: string;
  /** Site path without the base ("/platforms/alibaba/"); components pass it through `url()`. */
  href: string;
  minutes: number;
}

export interface NavModule {
  id: string;
  title: string;
  href: string;
  lessons: NavLesson[];
}

/**
 * The stable name of a lesson, "<collection>/<id>" ("platforms/alibaba"): the key progress is stored
 * under, and the `data-key` of every link to the lesson. It follows the file name, so renaming a
 * file renames the key (see progress.ts for what happens then).
 */
export function lessonKey(lesson: { kind: LessonKind; id: string }): string {
  return lessonRoutes[lesson.kind](lesson.id).replace(/^\/|\/$/g, '');
}

/** What the page being rendered is, for marking it in the course tree. */
export type CurrentPage = { lesson: { kind: LessonKind; id: string } } | { moduleId: string } | undefined;

export interface TreeLesson {
  key: string;
  title: string;
  href: string;
  current: boolean;
}

export interface TreeModule {
  id: string;
  title: string;
  href: string;
  /** This module's own page is the current page. */
  current: boolean;
  /** The current page is this module or one of its lessons. */
  active: boolean;
  lessons: TreeLesson[];
}

/**
 * The course as the sidebar shows it, with the current page marked. On a lesson page the tree is scoped: every
 * module, but only the lessons of the lesson's own module, so a page does not grow with the course (the full
 * tree stays on the syllabus and on module pages).
 */
export function courseTree(modules: NavModule[], current: CurrentPage): TreeModule[] {
  const isLesson = (l: NavLesson) =>
    !!current && 'lesson' in current && current.lesson.kind === l.kind && current.lesson.id === l.id;
  const onLesson = !!current && 'lesson' in current;
  return modules.map((m) => {
    const lessons = m.lessons.map((l) => ({ key: lessonKey(l), title: l.title, href: l.href, current: isLesson(l) }));
    const isModule = !!current && 'moduleId' in current && current.moduleId === m.id;
    const active = isModule || lessons.some((l) => l.current);
    return { id: m.id, title: m.title, href: m.href, current: isModule, active, lessons: onLesson && !active ? [] : lessons };
  });
}

export interface Crumb {
  label: string;
  href: string;
}

/**
 * Home › module › lesson. The last crumb is the current page.
 * @example breadcrumbs('Home', module) // [{ label: 'Home', href: '/' }, { label: 'B2B platforms', href: '/modules/b2b-platforms/' }]
 */
export function breadcrumbs(homeLabel: string, module: { title: string; href: string }, lesson?: { title: string; href: string }): Crumb[] {
  const crumbs = [
    { label: homeLabel, href: '/' },
    { label: module.title, href: module.href },
  ];
  if (lesson) crumbs.push({ label: lesson.title, href: lesson.href });
  return crumbs;
}

/** A heading as Astro's `render()` returns it (`MarkdownHeading`). */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry extends Heading {
  children: TocEntry[];
}

/**
 * The on-page table of contents: h2s, each with the h3s that follow it. A heading outside the range is
 * left out; an h3 before any h2 stands at the top level rather than vanish.
 */
export function tableOfContents(headings: Heading[], minDepth = 2, maxDepth = 3): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const h of headings) {
    if (h.depth < minDepth || h.depth > maxDepth) continue;
    const entry = { depth: h.depth, slug: h.slug, text: h.text, children: [] };
    const parent = toc.at(-1);
    if (h.depth > minDepth && parent && parent.depth < h.depth) parent.children.push(entry);
    else toc.push(entry);
  }
  return toc;
}

/**
 * An id for a section the layout adds (facts, takeaways, quiz…) that no heading of the lesson body
 * already uses, so every anchor on the page is unique: "sources", or "sources-2" if the body has one.
 * Adds the id it returns to `taken`.
 */
export function reserveId(taken: Set<string>, wanted: string): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

export interface PageLink {
  title: string;
  href: string;
}

/** The previous and next lessons in course order, across module boundaries. */
export function prevNext(lessons: NavLesson[], lesson: { kind: LessonKind; id: string }): { prev?: PageLink; next?: PageLink } {
  const { prev, next } = neighbours(lessons, lesson.kind, lesson.id);
  const link = (l: NavLesson) => ({ title: l.title, href: l.href });
  return { ...(prev && { prev: link(prev) }), ...(next && { next: link(next) }) };
}

/** The sections of the site the header links to, in the order it shows them. */
export const siteSections = ['course', 'compare', 'guide', 'fees', 'glossary'] as const;
export type SiteSection = (typeof siteSections)[number];

/** The page each section's header link goes to. */
export const sectionRoutes: Record<SiteSection, string> = {
  course: routes.home(),
  compare: routes.compare(),
  guide: routes.guide(),
  fees: routes.fees(),
  glossary: routes.glossary(),
};

/**
 * The header section a page belongs to, from its path without the base: the home page, modules, lessons and
 * their facts-and-sources pages are the course; a tool page is its own section; other pages (search,
 * corrections, 404) belong to none.
 */
export function currentSection(path: string): SiteSection | undefined {
  const first = path.split('/').filter(Boolean)[0];
  if (first === undefined || ['modules', 'lessons', 'models', 'platforms', 'sources'].includes(first)) return 'course';
  return (siteSections as readonly string[]).includes(first) ? (first as SiteSection) : undefined;
}
