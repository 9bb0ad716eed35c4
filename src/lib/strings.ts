/**
 * Every user-facing interface string, in one dictionary, so a second language can be added
 * without touching components. Lesson text lives in content/, not here.
 */
export const strings = {
  siteName: 'Across Borders',
  tagline: 'A free, open course on cross-border e-commerce platforms',
  skipToContent: 'Skip to content',
  footer: {
    licence: 'Course text CC BY-SA 4.0; code MIT. Across Borders is a free, open course.',
  },
  lesson: {
    facts: 'Facts',
    sources: 'Sources',
    asOf: 'as of',
    checked: 'checked',
  },
  search: {
    button: 'Search',
    /** Shown on the header button; the shortcut itself is "/" or Ctrl+K / Cmd+K. */
    shortcutHint: '/',
    dialogLabel: 'Search the course',
    inputLabel: 'Search the course',
    placeholder: 'Platforms, fees, programs, terms…',
    close: 'Close',
    submit: 'Search',
    filters: { type: 'Content type', model: 'Model' },
    types: { lesson: 'Lesson', module: 'Module', glossary: 'Glossary', comparison: 'Comparison' },
    /** After a chip's count, for screen readers: "B2B 4 results". */
    chipCountSuffix: ' results',
    results: 'Search results',
    untitled: 'Untitled',
    idle: 'Type to search the lessons, modules and glossary.',
    loading: 'Loading search…',
    count: '{count} results for “{query}”',
    countOne: '1 result for “{query}”',
    none: 'No results for “{query}”. Try fewer or other words.',
    filteredCount: '{count} pages match the filters',
    error: 'Search could not load. Check your connection and try again.',
    dev: 'Search works on the built site: npm run build && npm run preview',
    seeAll: 'See all {count} results',
    showMore: 'Show more results',
    keys: 'Move with ↑ ↓, open with Enter, close with Esc.',
    pageTitle: 'Search',
    pageDescription: 'Search the Across Borders course: lessons, modules, the glossary and the comparison.',
    noScript: 'Search needs JavaScript. Every lesson is listed on the syllabus page.',
  },
} as const;

export type Strings = typeof strings;
