/**
 * Heading ids, made by `github-slugger`, the slugger Astro's own heading-id step uses, so the two can
 * never disagree: lower case, punctuation dropped, spaces to hyphens, letters of every script kept
 * ("How it earns" → "how-it-earns", "阿里巴巴 国际站" → "阿里巴巴-国际站").
 */
import GithubSlugger, { slug } from 'github-slugger';

/** A heading with nothing left to slug ("!!!") gets this id, numbered like any other. */
const emptySlug = 'section';

/** The id of one heading, without numbering. */
export function slugify(text: string): string {
  return slug(text.trim());
}

/** A slug function for one page: a repeated heading gets "-1", "-2"… as on GitHub. */
export function slugger(): (text: string) => string {
  const seen = new GithubSlugger();
  return (text) => seen.slug(slugify(text) ? text.trim() : emptySlug);
}
