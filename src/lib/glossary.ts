/**
 * The glossary as logic: finding terms in lesson text, linking each term's first use, and working out
 * which lessons use which term. Pure (no Astro imports), so the Markdown plugin in astro.config.mjs,
 * the glossary page and the unit tests all share one matcher.
 */
import { AstroError } from 'astro/errors';
import { proseOf } from './words';

/** What the matcher needs to know about a term: its id (the anchor on the glossary page) and its spellings. */
export interface TermSpec {
  id: string;
  term: string;
  aliases: readonly string[];
}

/** One occurrence of a term in a text. */
export interface TermMatch {
  id: string;
  /** Offsets into the text: `text.slice(start, end)` is the matched words. */
  start: number;
  end: number;
  text: string;
}

/** A piece of text after linking: plain text, or a term's first use that becomes a link. */
export type Segment = string | { id: string; text: string };

/**
 * An author's mistake in content/glossary.yaml, shown by Astro as a message (the file, the term and the
 * field first) and a hint (what to change).
 */
export class GlossaryError extends AstroError {
  constructor(
    /** Where the mistake is: the term's id (or its position), and the field. */
    readonly place: { term?: string; field: string },
    problem: string,
    hint: string,
  ) {
    const where = place.term ? `term "${place.term}", field "${place.field}"` : `field "${place.field}"`;
    super(`${glossaryFile}: ${where}: ${problem}`, `${hint[0]!.toUpperCase()}${hint.slice(1)}.`);
    this.name = 'GlossaryError';
  }
}

const glossaryFile = 'content/glossary.yaml';

/**
 * Abbreviations and names (MOQ, FOB, Trade Assurance, Fulfillment by Amazon) are matched with their exact
 * capitals, so "fob" or "trade assurance" in passing do not link. Common-noun terms (escrow, de minimis)
 * may also start with a capital, as at the start of a sentence.
 */
export function isCaseSensitive(phrase: string): boolean {
  return /\p{Lu}/u.test(phrase.slice(1));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regular-expression source for one spelling: words joined by any whitespace (lesson text wraps lines). */
export function phrasePattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const source = words.map(escapeRegExp).join('\\s+');
  const first = phrase.trim()[0] ?? '';
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  if (isCaseSensitive(phrase) || lower === upper) return source;
  return `[${lower}${upper}]${source.slice(first.length)}`;
}

/**
 * Letters, digits and hyphens continue a word: "B2B" does not match inside "B2B2C", and "fee" does not
 * match inside "fee-free". A plural "s" or "es" may follow any spelling (MOQs, chargebacks).
 */
const before = '(?<![\\p{L}\\p{N}\\-])';
const after = '(?:s|es)?(?![\\p{L}\\p{N}\\-])';

export interface TermMatcher {
  /** Every occurrence of any term in `text`, left to right, the longest spelling winning at each position. */
  find(text: string): TermMatch[];
  /** The spellings the matcher knows, longest first (for tests and error messages). */
  readonly spellings: readonly { id: string; phrase: string }[];
}

/** Builds one matcher for all terms. Throws a GlossaryError when two terms share a spelling. */
export function createTermMatcher(terms: readonly TermSpec[]): TermMatcher {
  const owner = new Map<string, string>();
  const spellings: { id: string; phrase: string }[] = [];
  for (const t of terms) {
    for (const phrase of new Set([t.term, ...t.aliases].map((p) => p.trim()))) {
      const key = phrase.toLowerCase().replace(/\s+/g, ' ');
      const other = owner.get(key);
      if (other !== undefined && other !== t.id) {
        throw new GlossaryError(
          { term: t.id, field: phrase === t.term.trim() ? 'term' : 'aliases' },
          `terms "${other}" and "${t.id}" both claim the spelling "${phrase}"`,
          'keep each term and alias on one entry only, so a word in a lesson links to exactly one definition',
        );
      }
      // The same id may list case variants ("Free On Board", "Free on Board"); each is its own spelling.
      if (!spellings.some((s) => s.phrase === phrase)) spellings.push({ id: t.id, phrase });
      owner.set(key, t.id);
    }
  }
  // Longest first: at any position the regular expression tries alternatives in order,
  // so "Fulfillment by Amazon" wins over "fulfillment" and "B2B2C" over "B2B".
  spellings.sort((a, b) => b.phrase.length - a.phrase.length || a.phrase.localeCompare(b.phrase));
  if (spellings.length === 0) return { find: () => [], spellings };

  const alternatives = spellings.map((s) => `(${phrasePattern(s.phrase)})`).join('|');
  const regex = new RegExp(`${before}(?:${alternatives})${after}`, 'gu');

  return {
    spellings,
    find(text: string): TermMatch[] {
      const found: TermMatch[] = [];
      for (const m of text.matchAll(regex)) {
        const group = m.findIndex((g, i) => i > 0 && g !== undefined);
        const spelling = spellings[group - 1];
        if (!spelling) continue;
        found.push({ id: spelling.id, start: m.index, end: m.index + m[0].length, text: m[0] });
      }
      return found;
    },
  };
}

/**
 * Splits `text` so that each term not yet in `seen` becomes a link segment; adds linked ids to `seen`.
 * Returns undefined when nothing in the text is linked, so callers can leave the text node alone.
 */
export function linkFirstUses(text: string, matcher: TermMatcher, seen: Set<string>): Segment[] | undefined {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of matcher.find(text)) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    if (m.start > last) segments.push(text.slice(last, m.start));
    segments.push({ id: m.id, text: m.text });
    last = m.end;
  }
  if (segments.length === 0) return undefined;
  if (last < text.length) segments.push(text.slice(last));
  return segments;
}

/** Ids of the terms a lesson body uses, in the order they first appear. */
export function termsUsedIn(markdown: string, matcher: TermMatcher): string[] {
  return [...new Set(matcher.find(proseOf(markdown)).map((m) => m.id))];
}

/** A glossary term with everything the glossary page shows. */
export interface GlossaryEntry<L> {
  id: string;
  term: string;
  aliases: readonly string[];
  definition: string;
  related: { id: string; term: string }[];
  /** Lessons whose body uses the term (under any spelling), in course order. */
  lessons: L[];
}

export interface GlossaryTermInput extends TermSpec {
  definition: string;
  related: readonly string[];
}

/** Sorts terms as a reader looks them up: alphabetically, ignoring case ("B2B" next to "buyer protection"). */
export function compareTerms(a: { term: string }, b: { term: string }): number {
  return a.term.localeCompare(b.term, 'en', { sensitivity: 'base', numeric: true });
}

/**
 * Joins terms with the lessons that use them. `lessons` come in course order, each with its MDX body;
 * a `related` id that is not a term is an author error and throws with a hint.
 */
export function buildGlossary<L extends { body: string }>(
  terms: readonly GlossaryTermInput[],
  lessons: readonly L[],
): GlossaryEntry<L>[] {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const matcher = createTermMatcher(terms);
  const users = new Map<string, L[]>();
  for (const lesson of lessons) {
    for (const id of termsUsedIn(lesson.body, matcher)) users.set(id, [...(users.get(id) ?? []), lesson]);
  }
  return [...terms].sort(compareTerms).map((t) => ({
    id: t.id,
    term: t.term,
    aliases: t.aliases,
    definition: t.definition,
    related: t.related.map((id) => {
      const other = byId.get(id);
      if (!other) throw new GlossaryError({ term: t.id, field: 'related' }, `"${id}" is not the id of a term`, 'use the id of an existing term');
      return { id, term: other.term };
    }),
    lessons: users.get(t.id) ?? [],
  }));
}

/** Terms grouped under their first letter for the A–Z index ("#" for terms that start with a digit or symbol). */
export function groupByInitial<T extends { term: string }>(sorted: readonly T[]): { initial: string; terms: T[] }[] {
  const groups: { initial: string; terms: T[] }[] = [];
  for (const t of sorted) {
    const first = t.term.trim()[0]?.toUpperCase() ?? '#';
    const initial = /\p{L}/u.test(first) ? first : '#';
    const group = groups.at(-1);
    if (group && group.initial === initial) group.terms.push(t);
    else groups.push({ initial, terms: [t] });
  }
  return groups;
}

/** The id of a letter's section on the glossary page ("letter-b"; "letter-other" for "#"). */
export const letterAnchor = (initial: string) => `letter-${initial === '#' ? 'other' : initial.toLowerCase()}`;

/**
 * The A–Z index: every letter of the alphabet, each with the anchor of its section when some term starts with it
 * (a letter without terms is shown but not linked, so the index keeps its shape as the glossary grows), and "#"
 * first when terms start with a digit or symbol.
 */
export function alphabetIndex(initials: readonly string[]): { letter: string; anchor?: string }[] {
  const present = new Set(initials);
  const letters = [...(present.has('#') ? ['#'] : []), ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  return letters.map((letter) => (present.has(letter) ? { letter, anchor: letterAnchor(letter) } : { letter }));
}
