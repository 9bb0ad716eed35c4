/**
 * The header's search button (SiteSearch.astro), part of the one module every page loads, so it
 * stays tiny. Without JavaScript the button is a plain form button to the /search/ page. With it, the
 * button, "/" and Ctrl+K / Cmd+K open the search dialog. Nothing of search loads with the page: the
 * dialog's code and Pagefind start loading on the first sign of intent on the button (focus, the
 * pointer entering it, a press, a click) or a shortcut. If the dialog's code cannot load (a redeploy
 * removed the chunk a cached page names, a flaky connection), the button and shortcuts go to the
 * /search/ page instead, as without JavaScript. A page opened from a result also gets the highlighter.
 *
 * The dialog and the highlighter are separate modules, added as <script type="module"> on intent:
 * `import()` would bring Vite's preload helper onto every page (src/integrations/searchChunks.ts
 * fills in their URLs).
 */
import type { SearchDialogApi } from './dialog';

declare const __SEARCH_DIALOG_URL__: string;
declare const __SEARCH_HIGHLIGHT_URL__: string;

function addModule(src: string) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.append(script);
  return script;
}

let loading: Promise<SearchDialogApi> | undefined;
/** The /search/ page's URL, from the header form (rendered with the site's base). */
let fallbackPage: string | undefined;
function dialog(): Promise<SearchDialogApi> {
  loading ??= new Promise((resolve, reject) => {
    document.addEventListener('site-search:ready', (event) => resolve((event as CustomEvent<SearchDialogApi>).detail), { once: true });
    // Every caller handles the failure (the fallback page, or nothing for a preload): no message needed.
    addModule(__SEARCH_DIALOG_URL__).onerror = () => {
      loading = undefined;
      reject();
    };
  });
  return loading;
}

/**
 * The /search/ page has its own field; shortcuts focus it instead of opening the dialog. When the
 * dialog cannot load, the /search/ page is the fallback: the form's action, so the base path is right.
 */
function open(opener: Element | null) {
  performance.mark('search:open');
  const pageField = document.querySelector<HTMLInputElement>('[data-search-panel="page"] [data-search-input]');
  if (pageField) pageField.focus();
  else
    void dialog().then(
      (api) => api.openSearchDialog(opener),
      () => fallbackPage && location.assign(fallbackPage),
    );
}

function typing(target: EventTarget | null) {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** What shows intent before a click: the runtime loads then, so the dialog opens ready. */
const intentEvents = ['focus', 'pointerenter', 'pointerdown'] as const;

export class SiteSearch extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    fallbackPage = button.form?.action;
    button.setAttribute('aria-haspopup', 'dialog');
    button.addEventListener('click', (event) => {
      event.preventDefault();
      open(button);
    });
    // Only a head start, once: if it fails, a click tries again and falls back to the /search/ page.
    const controller = new AbortController();
    const preload = () => {
      controller.abort();
      dialog().then((api) => api.preloadSearch(), () => undefined);
    };
    for (const type of intentEvents) button.addEventListener(type, preload, { signal: controller.signal });
  }
}
customElements.define('site-search', SiteSearch);

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey) return;
  const modK = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !typing(event.target);
  if (modK || slash) {
    event.preventDefault();
    open(document.activeElement);
  }
});

// A page opened from a search result highlights the searched words.
if (new URLSearchParams(location.search).has('highlight')) addModule(__SEARCH_HIGHLIGHT_URL__);
