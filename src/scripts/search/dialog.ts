/**
 * The header's search dialog: a native modal <dialog> (focus is kept inside and the page behind is
 * inert), built on first use so it costs no HTML on any page. Esc or the close button closes it,
 * and focus goes back to where it was. Added by site-search.ts only when search is first used;
 * it announces itself with a `site-search:ready` event that carries its functions.
 */
import { strings } from '../../lib/strings';
import { loadPagefind } from './engine';
import { SearchPanel } from './panel';

const s = strings.search;
let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;
let returnFocusTo: HTMLElement | null = null;

function build(): { dialog: HTMLDialogElement; panel: SearchPanel } {
  const d = document.createElement('dialog');
  d.setAttribute('aria-label', s.dialogLabel);
  d.dataset['searchDialog'] = '';
  d.className =
    'mx-auto mt-[8vh] mb-auto w-[min(44rem,calc(100vw-1.5rem))] max-h-[84vh] overflow-hidden rounded-lg border border-[var(--ab-border)] bg-[var(--ab-bg)] p-0 text-[var(--ab-fg)] shadow-2xl backdrop:bg-slate-950/60';
  const p = new SearchPanel({ mode: 'dialog', pageSize: 5 });
  p.root.className = 'flex max-h-[84vh] flex-col overflow-y-auto p-4';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = s.close;
  close.dataset['searchClose'] = '';
  close.className =
    'rounded-md px-2 py-2 text-sm font-medium text-[var(--ab-fg)] hover:bg-[var(--ab-surface)]';
  close.addEventListener('click', () => d.close());
  p.actions.append(close);
  d.append(p.root);

  // Esc closes at once, even while the search field holds text (a search field would clear itself first).
  d.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.isComposing) {
      event.preventDefault();
      d.close();
    }
  });
  // A click on the backdrop (outside the panel) closes too. Following a link closes without
  // moving focus back: a result on this same page only scrolls to its heading.
  d.addEventListener('click', (event) => {
    if (event.target === d) d.close();
    else if (event.target instanceof Element && event.target.closest('a[href]')) {
      returnFocusTo = null;
      d.close();
    }
  });
  d.addEventListener('close', () => {
    const target = returnFocusTo;
    returnFocusTo = null;
    if (target?.isConnected) target.focus();
  });
  document.body.append(d);
  return { dialog: d, panel: p };
}

/** Opens the dialog (or focuses its field if it is open), remembering where focus was. */
export function openSearchDialog(opener: Element | null): void {
  if (!dialog || !panel) ({ dialog, panel } = build());
  if (!dialog.open) {
    returnFocusTo = opener instanceof HTMLElement ? opener : null;
    dialog.showModal();
  }
  panel.input.focus();
  panel.input.select();
  panel.warmUp();
}

/** Starts loading Pagefind before the dialog opens (focus on the search button shows intent). */
export function preloadSearch(): void {
  loadPagefind().catch(() => undefined);
}

export interface SearchDialogApi {
  openSearchDialog: typeof openSearchDialog;
  preloadSearch: typeof preloadSearch;
}

// site-search.ts adds this module with a <script> element and waits for this event.
document.dispatchEvent(new CustomEvent<SearchDialogApi>('site-search:ready', { detail: { openSearchDialog, preloadSearch } }));
