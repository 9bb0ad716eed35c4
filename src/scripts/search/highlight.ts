/**
 * On a page opened from a search result (`?highlight=…`), marks the searched words with Pagefind's
 * highlight script and scrolls to the first match: the first one after the linked heading when the
 * link had one (a sub-result), else the first on the page. The result is in `data-search-highlights`
 * on <html> (the number of marks), for tests. site-search.ts adds this module only on such pages;
 * it runs on load.
 */
import { highlightParam } from '../../lib/searchState';
import { bundlePath } from './engine';

interface HighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[]; done?: () => void };
}
type PagefindHighlight = new (options: HighlightOptions) => unknown;

/** The element id a URL fragment names, or null when there is none or it is malformed ("#%E0%A4%A"). */
function fragmentId(hash: string): string | null {
  if (!hash) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    // A shared link with a broken fragment still highlights; it scrolls to the first match instead.
    return null;
  }
}

async function highlightSearchTerms(): Promise<void> {
  const terms = new URLSearchParams(location.search).getAll(highlightParam).filter((t) => t.trim());
  if (terms.length === 0) return;
  const module = (await import(/* @vite-ignore */ `${bundlePath}pagefind-highlight.js`)) as { default: PagefindHighlight };
  await new Promise<void>((resolve) => {
    new module.default({
      highlightParam,
      // The browser's own <mark> colours are legible in both themes; no injected <style> (CSP).
      addStyles: false,
      markOptions: {
        className: 'pagefind-highlight',
        exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
        done: resolve,
      },
    });
  });
  const marks = [...document.querySelectorAll<HTMLElement>('mark.pagefind-highlight')];
  document.documentElement.dataset['searchHighlights'] = String(marks.length);
  const id = fragmentId(location.hash);
  const anchor = id ? document.getElementById(id) : null;
  const first = anchor
    ? (marks.find((m) => anchor.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) ?? marks[0])
    : marks[0];
  first?.scrollIntoView({ block: 'center' });
}

void highlightSearchTerms();
