/**
 * What counts as the prose of an MDX body, and word counts and reading times from it. The one definition
 * of prose: word counts, word minimums and the glossary's "lessons that use this term" all read it.
 */

/**
 * The prose of an MDX body: code (fenced and inline), import/export lines, comments, MDX expressions,
 * tags, images, link targets and bare URLs removed; link text stays. So a term inside a URL or a code
 * sample is not a use of it, and markup does not count as words.
 */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ');
}

/**
 * Words of an MDX body's prose (`proseOf`): Markdown punctuation apart, every run with a letter or digit. A
 * figure printed by `<Fact id>` is read, so it counts as one word (its value is in the frontmatter).
 */
export function countWords(mdx: string): number {
  const text = proseOf(mdx.replace(/<Fact\b[^>]*\/>/g, ' figure ')).replace(/[#>*_`|~-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Reading time in whole minutes (at least 1), at a plain-text reading speed of 200 words a minute. */
export function readingMinutes(words: number, wordsPerMinute = 200): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
