/**
 * Everything <head> tells other sites about a page beyond its title and description: the Open Graph
 * type and title, the social image, and the structured data blocks. Worked out from the page's path
 * and the course (seo.ts's `findPage`), so pages pass nothing extra and no page can forget it.
 */
import { breadcrumbs } from './navigation';
import { findPage } from './seo';
import { socialImagePath } from './socialCard';
import { strings } from './strings';
import {
  breadcrumbListLd,
  contentLicense,
  courseLd,
  definedTermSetLd,
  learningResourceLd,
  type JsonLd,
  type SiteFacts,
} from './structuredData';
import { fill } from './template';
import { routes } from './urls';

/** The part of course.ts's `Lesson` the metadata needs. */
export interface MetaLesson {
  title: string;
  href: string;
  minutes: number;
  entry: { data: { description: string; lastReviewed: Date; objectives: readonly string[] } };
}

/** The part of course.ts's `Module` the metadata needs. */
export interface MetaModule {
  id: string;
  title: string;
  /** Position in the course, from 1. */
  number: number;
  summary: string;
  href: string;
  lessons: MetaLesson[];
}

export interface MetaTerm {
  id: string;
  term: string;
  definition: string;
}

/** What every page tells its layout, and the layout its <head>: the rest comes from the path. */
export interface PageHead {
  /** The page's <title> ("Etsy | Across Borders"). */
  title: string;
  /** The meta description. */
  description: string;
  /** Site path of the page, without the base ("/platforms/alibaba/"). */
  path: string;
}

export interface PageMetaInput {
  /** Site path of the page without the base. */
  path: string;
  /** The page's <title>, for pages the course does not describe. */
  title: string;
  course: { modules: readonly MetaModule[]; totalMinutes: number };
  /** The glossary's terms, on the glossary page. */
  terms?: readonly MetaTerm[] | undefined;
  /** Site path → absolute URL (with SITE_URL and the base). */
  absolute: (path: string) => string;
}

export interface PageMeta {
  /** Open Graph type: lessons are articles, every other page a website. */
  type: 'website' | 'article';
  /** The page's own name for og:title (the lesson title, not "… | Across Borders"). */
  title: string;
  /** Site path of the social image: the lesson's own, or the home page's. */
  image: string;
  imageAlt: string;
  jsonLd: JsonLd[];
}

/** Describes a page for <head>. */
export function pageMeta({ path, title, course, terms, absolute }: PageMetaInput): PageMeta {
  const site: SiteFacts = { name: strings.siteName, url: absolute(routes.home()), language: 'en', license: contentLicense };
  const homeImage = socialImagePath(routes.home());
  const alt = (name: string) => fill(strings.discovery.imageAlt, { title: name, siteName: strings.siteName });
  const shared = { image: homeImage, imageAlt: alt(strings.discovery.homeCardTitle) };
  const page = findPage<MetaLesson, MetaModule>(path, course.modules);

  switch (page.kind) {
    case 'home':
      return {
        type: 'website',
        title,
        ...shared,
        jsonLd: [
          courseLd(site, {
            description: strings.home.lead,
            minutes: course.totalMinutes,
            image: absolute(homeImage),
            modules: course.modules.map((m) => ({ title: m.title, summary: m.summary, url: absolute(m.href) })),
          }),
        ],
      };
    case 'module':
      return {
        type: 'website',
        title: page.module.title,
        ...shared,
        // The same trail as the module page's <Breadcrumbs>.
        jsonLd: [breadcrumbListLd(breadcrumbs(strings.nav.home, page.module), absolute)],
      };
    case 'lesson': {
      const { lesson, module } = page;
      const image = socialImagePath(lesson.href);
      const data = lesson.entry.data;
      return {
        type: 'article',
        title: lesson.title,
        image,
        imageAlt: alt(lesson.title),
        jsonLd: [
          learningResourceLd(site, {
            title: lesson.title,
            description: data.description,
            url: absolute(lesson.href),
            minutes: lesson.minutes,
            lastReviewed: data.lastReviewed,
            objectives: data.objectives,
            image: absolute(image),
            module: { title: module.title, url: absolute(module.href) },
          }),
          // The same trail as LessonLayout's <Breadcrumbs>.
          breadcrumbListLd(breadcrumbs(strings.nav.home, module, lesson), absolute),
        ],
      };
    }
    case 'glossary': {
      const glossary = { name: strings.glossary.title, url: absolute(routes.glossary()) };
      const defined = (terms ?? []).map((t) => ({ term: t.term, definition: t.definition, url: absolute(routes.glossary(t.id)) }));
      return { type: 'website', title: strings.glossary.title, ...shared, jsonLd: [definedTermSetLd(site, glossary, defined)] };
    }
    default:
      return { type: 'website', title, ...shared, jsonLd: [] };
  }
}
