/**
 * Structured data (schema.org JSON-LD) for search engines: the course on the home page, a learning
 * resource per lesson, the breadcrumb trail wherever breadcrumbs show, and the glossary as a set of
 * defined terms. Pure builders over plain data with absolute URLs; <JsonLd> only serializes them.
 */
import { isoDay } from './sources';

/** A JSON-LD node: plain JSON with `@context`/`@type`. */
export type JsonLd = { [key: string]: unknown };

const context = 'https://schema.org';

/** Facts about the whole site that every node repeats. */
export interface SiteFacts {
  name: string;
  /** Absolute URL of the home page. */
  url: string;
  /** BCP 47 language of the course text. */
  language: string;
  /** URL of the licence of the course text. */
  license: string;
}

/** The course text's licence (CC BY-SA 4.0; docs/design.md, "Content"). */
export const contentLicense = 'https://creativecommons.org/licenses/by-sa/4.0/';

/** An ISO 8601 duration for a reading time: 75 → "PT1H15M". */
export function isoDuration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const hours = Math.floor(m / 60);
  const rest = m % 60;
  return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}

function provider(site: SiteFacts): JsonLd {
  return { '@type': 'Organization', name: site.name, url: site.url };
}

export interface CourseFacts {
  description: string;
  minutes: number;
  image?: string;
  modules: { title: string; summary: string; url: string }[];
}

/** The home page: the course, its modules as parts. */
export function courseLd(site: SiteFacts, course: CourseFacts): JsonLd {
  return {
    '@context': context,
    '@type': 'Course',
    name: site.name,
    description: course.description,
    url: site.url,
    inLanguage: site.language,
    isAccessibleForFree: true,
    license: site.license,
    provider: provider(site),
    timeRequired: isoDuration(course.minutes),
    ...(course.image && { image: course.image }),
    hasPart: course.modules.map((m, i) => ({
      '@type': 'LearningResource',
      learningResourceType: 'module',
      position: i + 1,
      name: m.title,
      description: m.summary,
      url: m.url,
    })),
  };
}

export interface LessonFacts {
  title: string;
  description: string;
  url: string;
  minutes: number;
  lastReviewed: Date;
  objectives: readonly string[];
  image?: string;
  module: { title: string; url: string };
}

/** A lesson page: what it teaches, how long it takes, when it was last reviewed, where it belongs. */
export function learningResourceLd(site: SiteFacts, lesson: LessonFacts): JsonLd {
  return {
    '@context': context,
    '@type': 'LearningResource',
    learningResourceType: 'lesson',
    name: lesson.title,
    description: lesson.description,
    url: lesson.url,
    inLanguage: site.language,
    isAccessibleForFree: true,
    license: site.license,
    timeRequired: isoDuration(lesson.minutes),
    dateModified: isoDay(lesson.lastReviewed),
    ...(lesson.objectives.length > 0 && { teaches: [...lesson.objectives] }),
    ...(lesson.image && { image: lesson.image }),
    isPartOf: {
      '@type': 'LearningResource',
      learningResourceType: 'module',
      name: lesson.module.title,
      url: lesson.module.url,
      isPartOf: { '@type': 'Course', name: site.name, url: site.url },
    },
  };
}

/** The trail navigation.ts's `breadcrumbs()` builds, with each crumb's URL made absolute. */
export function breadcrumbListLd(crumbs: readonly { label: string; href: string }[], absolute: (path: string) => string): JsonLd {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.label, item: absolute(c.href) })),
  };
}

export interface TermFacts {
  term: string;
  definition: string;
  /** Absolute URL of the term's entry on the glossary page. */
  url: string;
}

/** The glossary page: every term with its definition and its anchor. */
export function definedTermSetLd(site: SiteFacts, glossary: { name: string; url: string }, terms: readonly TermFacts[]): JsonLd {
  return {
    '@context': context,
    '@type': 'DefinedTermSet',
    name: glossary.name,
    url: glossary.url,
    inLanguage: site.language,
    hasDefinedTerm: terms.map((t) => ({
      '@type': 'DefinedTerm',
      name: t.term,
      description: t.definition,
      url: t.url,
      inDefinedTermSet: glossary.url,
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" is escaped so no text (a term definition
 * mentioning "</script>") can end the element early; JSON parsers read "\u003c" back as "<".
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
