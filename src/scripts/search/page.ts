/**
 * The /search/ page: the search interface in the page, started from the URL (`?q=…&type=…&model=…`)
 * and writing every change back to it, so a search can be linked and bookmarked. Pagefind loads at
 * once only when the URL holds a search; otherwise on the first focus of the field.
 */
import { hasFilters, parseSearchState } from '../../lib/searchState';
import { SearchPanel } from './panel';

export function mountSearchPage(host: HTMLElement): SearchPanel {
  const initial = parseSearchState(location.search);
  const panel = new SearchPanel({ mode: 'page', pageSize: 10, initial });
  host.replaceChildren(panel.root);
  if (initial.query || hasFilters(initial)) void panel.start();
  return panel;
}
