/**
 * Repeated paragraphs across lessons, found by word shingles: each paragraph becomes the set of its normalised
 * 8-word runs, and two paragraphs overlap by the share of the smaller set they have in common. A topic has one home
 * (the operations module); other lessons link to it instead of repeating it.
 */

/** Lowercase words, without Markdown, links and punctuation. */
export function words(text: string): string[] {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_#>|]/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}$€£%.,-]+/u)
    .map((w) => w.replace(/^[.,-]+|[.,-]+$/g, ''))
    .filter(Boolean);
}

/** The set of `size`-word runs of a text. */
export function shingles(text: string, size = 8): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + size <= w.length; i++) out.add(w.slice(i, i + size).join(' '));
  return out;
}

/** Shared shingles as a share of the smaller set (0 to 1). */
export function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/** The paragraphs of an MDX body: blocks separated by blank lines, headings, lists items kept whole. */
export function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#') && !p.startsWith('|') && !p.startsWith('import ') && !p.startsWith('<'));
}

export interface SharedParagraph {
  a: { lesson: string; text: string };
  b: { lesson: string; text: string };
  overlap: number;
}

/** Pairs of paragraphs of more than `minWords` words in different lessons that overlap above `limit`. */
export function sharedParagraphs(lessons: readonly { key: string; body: string }[], limit = 0.7, minWords = 40): SharedParagraph[] {
  const paras = lessons.flatMap((l) =>
    paragraphs(l.body)
      .filter((p) => words(p).length > minWords)
      .map((text) => ({ lesson: l.key, text, set: shingles(text) })),
  );
  const found: SharedParagraph[] = [];
  for (let i = 0; i < paras.length; i++) {
    for (let j = i + 1; j < paras.length; j++) {
      const [a, b] = [paras[i]!, paras[j]!];
      if (a.lesson === b.lesson) continue;
      const o = overlap(a.set, b.set);
      if (o > limit) found.push({ a: { lesson: a.lesson, text: a.text }, b: { lesson: b.lesson, text: b.text }, overlap: o });
    }
  }
  return found;
}
