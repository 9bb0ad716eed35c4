/**
 * From Pagefind's raw answers to what the search interface shows: hits with a title, a context line
 * (the module, or the kind of page), an excerpt split into plain and highlighted parts, and up to
 * three sub-results that jump to a heading. Also the filter chips with their counts.
 * Pure (no DOM, no Pagefind), so it is unit-tested; the interface turns the parts into elements.
 */
import { searchContentTypes, searchFilterKeys, type SearchFilterKey, type SearchState } from './searchState';

/** The part of a Pagefind sub-result the interface uses (see Pagefind's "sub-results" docs). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  anchor?: { element: string; id: string; text?: string; location: number };
}

/** The part of `await result.data()` the interface uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
  filters?: Record<string, string[]>;
}

/** Counts per filter value, as `pagefind.search()` returns them in `filters` and `totalFilters`. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

/** A run of excerpt text, highlighted (`mark`) where it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface SearchSubHit {
  title: string;
  href: string;
  excerpt: ExcerptPart[];
}

export interface SearchHit {
  title: string;
  href: string;
  /** The module's title for a lesson; the kind of page otherwise ("Glossary"). */
  context: string;
  excerpt: ExcerptPart[];
  subResults: SearchSubHit[];
}

export interface ShapeOptions {
  /** Label per content type, for pages that belong to no module. */
  typeLabels: Record<string, string>;
  /** Title for a page without one (Pagefind's default UI says "Untitled"). */
  untitled: string;
  maxSubResults?: number;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities Pagefind writes into excerpts (it encodes text before adding <mark>). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt ("A <mark>fee</mark> on each sale") into parts, so the interface can build
 * text nodes and <mark> elements instead of trusting HTML. Any other tag is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (!text) continue;
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/** Whether an excerpt has any text to show. */
function hasText(excerpt: string): boolean {
  return excerptParts(excerpt).some((part) => part.text.trim() !== '');
}

/**
 * The sub-results worth showing: not the page itself (the hit already links there), not a section
 * with no text of its own (an empty excerpt, or the page's excerpt again: a bare "↳ Facts" says
 * nothing the hit does not), at most `limit`, the sections with the most matches first (as
 * Pagefind's own interfaces choose them).
 */
export function displaySubResults(data: PagefindResultData, limit = 3): PagefindSubResult[] {
  const subs = (data.sub_results ?? []).filter(
    (s) => s.anchor && s.url !== data.url && s.excerpt !== data.excerpt && hasText(s.excerpt),
  );
  return subs
    .map((sub, index) => ({ sub, index, hits: sub.locations?.length ?? 0 }))
    .sort((a, b) => b.hits - a.hits || a.index - b.index)
    .slice(0, limit)
    .map(({ sub }) => sub);
}

/** One Pagefind result as the interface shows it. */
export function shapeHit(data: PagefindResultData, options: ShapeOptions): SearchHit {
  const type = data.meta['type'] ?? data.filters?.['type']?.[0] ?? '';
  const title = data.meta['title']?.trim() || options.untitled;
  const context = data.meta['module']?.trim() || options.typeLabels[type] || '';
  return {
    title,
    href: data.url,
    // "Glossary" under the title "Glossary" says nothing.
    context: context.toLowerCase() === title.toLowerCase() ? '' : context,
    excerpt: excerptParts(data.excerpt),
    subResults: displaySubResults(data, options.maxSubResults ?? 3).map((sub) => ({
      title: sub.title.trim() || title,
      href: sub.url,
      excerpt: excerptParts(sub.excerpt),
    })),
  };
}

/** The results to load next: indexes `start` (inclusive) to `end` (exclusive) of the ranked list. */
export interface ResultSlice {
  start: number;
  end: number;
}

/**
 * Which results a panel loads next, `pageSize` at a time: the first page for a new search (`shown` 0),
 * then the next one on "Show more results". Only these results' data (Pagefind fragments) is fetched,
 * so a search costs the fragments it shows. An empty slice (`start === end`) means all are shown.
 */
export function nextResultSlice(shown: number, total: number, pageSize: number): ResultSlice {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`The search panel's pageSize must be a whole number of 1 or more, not ${pageSize}.`);
  }
  const start = Math.min(Math.max(0, shown), Math.max(0, total));
  return { start, end: Math.min(start + pageSize, total) };
}

export interface FilterChip {
  key: SearchFilterKey;
  value: string;
  label: string;
  /** Results the search would have with this value chosen (with the other filters as they are). */
  count: number;
  pressed: boolean;
}

/**
 * The chips of one filter. `counts` are the counts for this filter computed with every other filter
 * applied but this one (so choosing a second value of the same filter widens, as OR does).
 * Every value the index knows is listed (`known`), so chips do not jump around while typing;
 * content types in their fixed order, other values alphabetically. Only those: a value from the URL
 * that the index does not know gets no chip, so a crafted link cannot put its own text on the page.
 */
export function filterChips(
  key: SearchFilterKey,
  known: Record<string, number> | undefined,
  counts: Record<string, number> | undefined,
  state: SearchState,
  labels: Record<string, string> = {},
): FilterChip[] {
  const values = Object.keys(known ?? {});
  const order = key === 'type' ? (searchContentTypes as readonly string[]) : [];
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  return values
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((value) => ({
      key,
      value,
      label: labels[value] ?? value,
      count: counts?.[value] ?? 0,
      pressed: state.filters[key].includes(value),
    }));
}

/**
 * The search without the filter values the index does not know (a crafted or outdated link):
 * they would match nothing, and no chip could switch them off.
 */
export function withKnownFilters(state: SearchState, known: PagefindFilterCounts): SearchState {
  const filters = { ...state.filters };
  for (const key of searchFilterKeys) filters[key] = state.filters[key].filter((value) => Object.hasOwn(known[key] ?? {}, value));
  return { ...state, filters };
}

/** Fills a template such as "{count} results for “{query}”": the dictionary's one `fill` (template.ts). */
export { fill as fillTemplate } from './template';
