/**
 * Heading ids, the way GitHub makes them: lower case, punctuation dropped, spaces to hyphens, letters
 * of every script kept ("How it earns" → "how-it-earns", "阿里巴巴 国际站" → "阿里巴巴-国际站").
 */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** A slug function for one page: a repeated heading gets "-1", "-2"… as on GitHub. */
export function slugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = slugify(text) || 'section';
    let slug = base;
    let n = seen.get(base) ?? 0;
    while (seen.has(slug)) slug = `${base}-${++n}`;
    seen.set(base, n);
    seen.set(slug, 0);
    return slug;
  };
}
