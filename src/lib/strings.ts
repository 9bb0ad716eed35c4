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
} as const;

export type Strings = typeof strings;
