/**
 * What a search is: the query and the chosen filters, and how it is written in a URL
 * (`/search/?q=trade+assurance&type=lesson&model=B2B`), so a search can be linked and bookmarked.
 * Pure: used by the search interface in the browser and by unit tests.
 */

/** The filters every indexed page carries (see SearchMeta.astro), in the order the interface shows them. */
export const searchFilterKeys = ['type', 'model'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

/** Values of the "type" filter, in the order the interface shows them (docs/design.md, "Search"). */
export const searchContentTypes = ['lesson', 'module', 'glossary', 'comparison'] as const;
export type SearchContentType = (typeof searchContentTypes)[number];

/** The URL parameter that carries the query. */
export const queryParam = 'q';
/** The URL parameter Pagefind adds to result links, read by the highlight script on the landing page. */
export const highlightParam = 'highlight';

export interface SearchState {
  query: string;
  /** Chosen values per filter; a page matches when it has any chosen value of every filter with a choice. */
  filters: Record<SearchFilterKey, string[]>;
}

export function emptySearchState(): SearchState {
  return { query: '', filters: { type: [], model: [] } };
}

/** Reads a search from a URL's query string (`?q=…&type=…&model=…`); unknown parameters are ignored. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptySearchState();
  state.query = (params.get(queryParam) ?? '').trim();
  for (const key of searchFilterKeys) {
    const values = params.getAll(key).map((v) => v.trim()).filter(Boolean);
    state.filters[key] = [...new Set(values)];
  }
  return state;
}

/** Writes a search as a query string, "" for an empty search; parameters in a fixed order. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set(queryParam, state.query.trim());
  for (const key of searchFilterKeys) for (const value of state.filters[key]) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The search with one filter value switched on or off. */
export function toggleFilter(state: SearchState, key: SearchFilterKey, value: string): SearchState {
  const current = state.filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [key]: next } };
}

export function hasFilters(state: SearchState): boolean {
  return searchFilterKeys.some((key) => state.filters[key].length > 0);
}

/** Pagefind's filter option: OR inside one filter, AND across filters. */
export type PagefindFilterOption = Partial<Record<SearchFilterKey, { any: string[] }>>;

/** The `filters` option for `pagefind.search()`, optionally leaving one filter out (to count its values). */
export function pagefindFilters(state: SearchState, without?: SearchFilterKey): PagefindFilterOption {
  const filters: PagefindFilterOption = {};
  for (const key of searchFilterKeys) {
    if (key !== without && state.filters[key].length > 0) filters[key] = { any: [...state.filters[key]] };
  }
  return filters;
}

/** Whether two searches would give the same results (so a new search can be skipped). */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return searchStateToQuery(a) === searchStateToQuery(b);
}
