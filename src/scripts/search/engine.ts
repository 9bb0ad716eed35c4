/**
 * Pagefind, loaded on demand. The bundle lives in the built site at `<base>pagefind/` and is
 * imported at run time (never bundled, never loaded with the page): the first call to
 * `loadPagefind()` happens when the learner shows intent to search.
 */
import type { PagefindFilterCounts, PagefindResultData } from '../../lib/searchResults';
import {
  highlightParam,
  pagefindFilters,
  searchFilterKeys,
  type PagefindFilterOption,
  type SearchFilterKey,
  type SearchState,
} from '../../lib/searchState';
import { base } from '../../lib/urls';

export interface PagefindResult {
  id: string;
  score?: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: PagefindFilterCounts;
  totalFilters: PagefindFilterCounts;
}

interface SearchOptions {
  filters?: PagefindFilterOption;
}

/** The part of Pagefind's browser API (`pagefind.js`) the site uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<PagefindFilterCounts>;
}

/** Thrown in `astro dev`, which serves no index: the interface says how to get one. */
export class NoIndexInDevError extends Error {
  constructor() {
    super('Pagefind has no index in astro dev');
    this.name = 'NoIndexInDevError';
  }
}

/** Where the built site keeps Pagefind's files, under the site's base ("/course/pagefind/"). */
export const bundlePath = `${base}pagefind/`;

let loading: Promise<PagefindApi> | undefined;

/** Imports and starts Pagefind once; a failed load may be retried. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    let pagefind: PagefindApi;
    try {
      pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindApi;
    } catch (error) {
      // Only a failed load counts as "dev": a build made with NODE_ENV=test also has DEV set.
      throw import.meta.env.DEV ? new NoIndexInDevError() : error;
    }
    await pagefind.options({
      basePath: bundlePath,
      // Pagefind stores URLs relative to dist/; result links need the base in front.
      baseUrl: base,
      // Result links carry the query, so the landing page can highlight it (highlight.ts).
      highlightParam,
      excerptLength: 26,
      ranking: {
        // Module, model and type are shown and filtered on, but a word in them says little about a page.
        metaWeights: { title: 5, module: 0, model: 0, type: 0 },
        // Lessons are long by design: a full lesson on a program should not lose to a short page
        // that names it in passing (Pagefind's default, 0.75, favours short pages strongly).
        pageLength: 0.3,
      },
    });
    await pagefind.init();
    // Loading the filters makes every search return counts per filter value.
    await pagefind.filters();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

export interface SearchOutcome {
  /** Results after filtering, best first. */
  results: PagefindResult[];
  /** Results for the query alone. */
  unfiltered: number;
  /** Per filter: how many results each value would give, with the other filters applied. */
  counts: Record<SearchFilterKey, Record<string, number>>;
}

/**
 * Runs a search with its filters. Chip counts need one extra search per filter that has a choice
 * (counted without it, so the values of one filter add up as OR); Pagefind answers from memory.
 */
export async function runSearch(pagefind: PagefindApi, state: SearchState): Promise<SearchOutcome | null> {
  const term = state.query.trim() || null;
  const main = await pagefind.search(term, { filters: pagefindFilters(state) });
  if (!main) return null;
  const counts = {} as SearchOutcome['counts'];
  for (const key of searchFilterKeys) {
    if (state.filters[key].length === 0) {
      counts[key] = main.filters[key] ?? {};
    } else {
      const without = await pagefind.search(term, { filters: pagefindFilters(state, key) });
      counts[key] = without?.filters[key] ?? {};
    }
  }
  return { results: main.results, unfiltered: main.unfilteredResultCount, counts };
}

/** Every filter value in the index with its number of pages (chips show them before a search). */
export async function knownFilters(pagefind: PagefindApi): Promise<PagefindFilterCounts> {
  return pagefind.filters();
}
