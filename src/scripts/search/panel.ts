/**
 * The search interface shared by the header dialog and the /search/ page: a combobox input, filter
 * chips with counts, a live region with the result count, and a listbox of results whose options are
 * the links themselves (`<a role="option">`, as Pagefind's own searchbox does). Focus stays in the
 * input; ↑/↓ move the active option (aria-activedescendant), Enter opens it.
 * Only the results shown have their data (a Pagefind fragment) fetched: `pageSize` first, then as many
 * more on each press of "Show more results", which moves focus to the first new result.
 *
 * Hooks for tests and the benchmark (stable): the panel root has `data-search-panel`,
 * `data-search-status` (idle | loading | ready | empty | error | dev), `data-search-count` and
 * `data-search-query` (the query the shown results are for) and `data-search-key` (the whole search
 * they are for, as a query string: "?q=fee&type=lesson") and `data-search-shown` (results shown);
 * the input has `data-search-input`; options are `[role="option"]` inside `[data-search-results]`;
 * the "Show more results" button is `[data-search-more]`, the dialog's link to the /search/ page `[data-search-all]`.
 * Performance marks: `search:pagefind-ready` and `search:first-results`.
 */
import {
  fillTemplate,
  filterChips,
  nextResultSlice,
  shapeHit,
  withKnownFilters,
  type ExcerptPart,
  type FilterChip,
  type PagefindFilterCounts,
  type SearchHit,
} from '../../lib/searchResults';
import { debounce, latestOnly, searchDelayMs } from '../../lib/searchDebounce';
import {
  emptySearchState,
  hasFilters,
  searchFilterKeys,
  searchStateToQuery,
  toggleFilter,
  type SearchFilterKey,
  type SearchState,
} from '../../lib/searchState';
import { strings } from '../../lib/strings';
import { routes, url } from '../../lib/urls';
import { loadPagefind, NoIndexInDevError, runSearch, type PagefindApi, type SearchOutcome } from './engine';

const s = strings.search;
type Status = 'idle' | 'loading' | 'ready' | 'empty' | 'error' | 'dev';

let panelCount = 0;

/** A small element builder: classes, attributes and children in one call. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function excerpt(parts: ExcerptPart[]): HTMLElement {
  const out = el('span', { class: 'mt-0.5 block text-sm text-[var(--ab-muted)]' });
  for (const part of parts) {
    out.append(
      part.mark
        ? el('mark', { class: 'rounded-sm bg-brand-100 px-0.5 text-[var(--ab-fg)] dark:bg-brand-900' }, part.text)
        : part.text,
    );
  }
  return out;
}

export interface SearchPanelOptions {
  mode: 'dialog' | 'page';
  /** Results whose data is fetched and shown at first, and added by each "Show more results". */
  pageSize: number;
  /** Search to start with (the page reads it from its URL). */
  initial?: SearchState;
}

export class SearchPanel {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  /** Slot next to the input, for the dialog's close button. */
  readonly actions: HTMLElement;
  private readonly listbox: HTMLElement;
  private readonly statusLine: HTMLElement;
  private readonly filterBox: HTMLElement;
  private readonly more: HTMLElement;
  private readonly moreButton: HTMLButtonElement;
  /** The dialog's link to the same search on the /search/ page. */
  private readonly seeAll: HTMLAnchorElement | undefined;
  /** The "Show more results" load under way, so a second press does not fetch the same results again. */
  private loadingMore: Promise<void> | undefined;
  private readonly id: string;
  private state: SearchState;
  private pagefind: PagefindApi | undefined;
  /** Every filter value in the index, with its number of pages. */
  private known: PagefindFilterCounts = {};
  private outcome: SearchOutcome | undefined;
  private shown = 0;
  private active = -1;
  private running: Promise<void> = Promise.resolve();
  private firstResults = true;
  private readonly latest = latestOnly();
  private readonly chips = new Map<string, HTMLButtonElement>();
  private readonly typed = debounce(() => {
    this.running = this.update();
  }, searchDelayMs);

  constructor(private readonly options: SearchPanelOptions) {
    this.id = `search-${++panelCount}`;
    this.state = options.initial ?? emptySearchState();
    const listId = `${this.id}-results`;
    const dialog = options.mode === 'dialog';

    this.input = el('input', {
      id: `${this.id}-input`,
      type: 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
      enterkeyhint: 'search',
      name: 'q',
      placeholder: s.placeholder,
      'data-search-input': '',
      class:
        // The field's border uses the muted colour: a boundary needs 3:1 contrast (WCAG 1.4.11).
        'min-w-0 flex-1 rounded-md border border-[var(--ab-muted)] bg-[var(--ab-bg)] px-3 py-2 text-base text-[var(--ab-fg)] placeholder:text-[var(--ab-muted)]',
    });
    this.input.value = this.state.query;
    this.actions = el('div', { class: 'flex items-center' });
    const form = el(
      'form',
      { role: 'search', class: 'flex items-center gap-2', action: url(routes.search()), method: 'get' },
      el('label', { for: this.input.id, class: 'sr-only' }, s.inputLabel),
      this.input,
      // Results come as one types; the button is for those who expect one (and a form needs it).
      el('button', { type: 'submit', class: 'button', 'data-search-submit': '' }, s.submit),
      this.actions,
    );
    this.filterBox = el('div', { class: 'mt-3 flex flex-col gap-2 empty:hidden', 'data-search-filters': '' });
    this.statusLine = el('p', {
      role: 'status',
      'aria-live': 'polite',
      'aria-atomic': 'true',
      class: 'mt-3 text-sm text-[var(--ab-muted)]',
      'data-search-summary': '',
    });
    this.listbox = el('div', {
      id: listId,
      role: 'listbox',
      'aria-label': s.results,
      hidden: '',
      'data-search-results': '',
      class: dialog ? 'mt-2 flex flex-col gap-1' : 'mt-4 flex flex-col gap-3',
    });
    // One button for the panel's life, so focus is never on an element that is replaced.
    this.moreButton = el('button', { type: 'button', class: 'button', 'data-search-more': '' }, s.showMore);
    this.seeAll = dialog
      ? el('a', { href: url(routes.search()), class: 'font-medium text-[var(--ab-accent)] underline', 'data-search-all': '' })
      : undefined;
    this.more = el(
      'div',
      { hidden: '', class: 'mt-3 flex flex-wrap items-center justify-between gap-2 text-sm' },
      this.moreButton,
      ...(this.seeAll ? [this.seeAll] : []),
    );
    const keys = el('p', { class: 'mt-2 hidden text-xs text-[var(--ab-muted)] sm:block' }, s.keys);

    this.root = el(
      'div',
      { 'data-search-panel': options.mode, 'data-search-status': 'idle', 'data-search-count': '0', 'data-search-shown': '0' },
      form,
      this.filterBox,
      this.statusLine,
      this.listbox,
      this.more,
      keys,
    );

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.typed.flush();
    });
    this.input.addEventListener('focus', () => this.warmUp());
    this.input.addEventListener('input', () => {
      this.state = { ...this.state, query: this.input.value };
      this.typed();
    });
    this.input.addEventListener('keydown', (event) => this.onKeydown(event));
    this.listbox.addEventListener('keydown', (event) => this.onOptionKeydown(event));
    this.moreButton.addEventListener('click', () => void this.showMore());
    this.setStatus('idle', s.idle);
  }

  /** Starts loading Pagefind (on intent), and runs the initial search if there is one. */
  warmUp(): void {
    void this.ensurePagefind().then((pagefind) => {
      if (pagefind && (this.state.query || hasFilters(this.state)) && !this.outcome) this.running = this.update();
    });
  }

  /** Runs the search now (used by the page when its URL holds one). */
  start(): Promise<void> {
    this.running = this.update();
    return this.running;
  }

  private async ensurePagefind(): Promise<PagefindApi | undefined> {
    if (this.pagefind) return this.pagefind;
    if (this.root.dataset['searchStatus'] === 'idle') this.setStatus('loading', s.loading);
    try {
      const pagefind = await loadPagefind();
      this.known = await pagefind.filters();
      this.pagefind = pagefind;
      // From here on the search holds only filter values the index knows.
      this.state = withKnownFilters(this.state, this.known);
      performance.mark('search:pagefind-ready');
      await this.renderChips();
      if (this.root.dataset['searchStatus'] === 'loading') this.setStatus('idle', s.idle);
      return this.pagefind;
    } catch (error) {
      if (error instanceof NoIndexInDevError) this.setStatus('dev', s.dev);
      else {
        this.setStatus('error', s.error);
        console.error(error);
      }
      return undefined;
    }
  }

  private setStatus(status: Status, text: string): void {
    this.root.dataset['searchStatus'] = status;
    if (this.statusLine.textContent !== text) this.statusLine.textContent = text;
  }

  private async update(): Promise<void> {
    const ticket = this.latest.next();
    // A filter value from the URL is checked against the index before it is searched for or shown.
    if (hasFilters(this.state) && !this.pagefind) await this.ensurePagefind();
    if (!this.latest.isCurrent(ticket)) return;
    const state = this.state;
    if (this.options.mode === 'page') {
      history.replaceState(history.state, '', location.pathname + searchStateToQuery(state) + location.hash);
    }
    if (!state.query.trim() && !hasFilters(state)) {
      this.outcome = undefined;
      this.renderHits([], 0);
      Object.assign(this.root.dataset, { searchCount: '0', searchQuery: '', searchKey: '' });
      await this.renderChips();
      if (this.pagefind) this.setStatus('idle', s.idle);
      return;
    }
    const pagefind = await this.ensurePagefind();
    if (!pagefind || !this.latest.isCurrent(ticket)) return;
    const outcome = await runSearch(pagefind, state);
    if (!outcome || !this.latest.isCurrent(ticket)) return;
    const data = await this.loadData(outcome, 0);
    if (!this.latest.isCurrent(ticket)) return;
    this.outcome = outcome;
    this.renderHits(data.map((d) => this.shape(d)), outcome.results.length);
    await this.renderChips();
    const total = outcome.results.length;
    const query = state.query.trim();
    const summary = !query
      ? fillTemplate(s.filteredCount, { count: total })
      : total === 0
        ? fillTemplate(s.none, { query })
        : fillTemplate(total === 1 ? s.countOne : s.count, { count: total, query });
    this.setStatus(total ? 'ready' : 'empty', summary);
    this.root.dataset['searchCount'] = String(total);
    this.root.dataset['searchQuery'] = query;
    this.root.dataset['searchKey'] = searchStateToQuery(state);
    if (total && this.firstResults) {
      this.firstResults = false;
      performance.mark('search:first-results');
    }
  }

  /** Fetches the data of the next page of results after the first `shown` (and of no other result). */
  private loadData(outcome: SearchOutcome, shown: number): Promise<Parameters<typeof shapeHit>[0][]> {
    const { start, end } = nextResultSlice(shown, outcome.results.length, this.options.pageSize);
    return Promise.all(outcome.results.slice(start, end).map((r) => r.data()));
  }

  private shape(data: Parameters<typeof shapeHit>[0]): SearchHit {
    return shapeHit(data, { typeLabels: s.types, untitled: s.untitled });
  }

  private renderHits(hits: SearchHit[], total: number): void {
    this.listbox.replaceChildren();
    this.shown = 0;
    this.setActive(-1);
    this.appendHits(hits);
    this.renderMore(total);
  }

  private appendHits(hits: SearchHit[]): void {
    for (const hit of hits) {
      const n = this.shown++;
      const titleId = `${this.id}-r${n}-title`;
      const group = el('div', {
        role: 'group',
        'aria-labelledby': titleId,
        class: this.options.mode === 'page' ? 'border-b border-[var(--ab-border)] pb-3' : '',
      });
      group.append(
        this.option(`${this.id}-r${n}`, hit.href, [
          el('span', { id: titleId, class: 'block font-semibold text-[var(--ab-accent)]' }, hit.title),
          ...(hit.context ? [el('span', { class: 'block text-xs text-[var(--ab-muted)]', 'data-search-context': '' }, hit.context)] : []),
          excerpt(hit.excerpt),
        ]),
      );
      hit.subResults.forEach((sub, i) => {
        const subId = `${this.id}-r${n}-s${i}`;
        group.append(
          this.option(
            subId,
            sub.href,
            [
              el('span', { class: 'block font-medium text-[var(--ab-fg)]' }, el('span', { 'aria-hidden': 'true' }, '↳ '), sub.title),
              ...(sub.excerpt.length ? [excerpt(sub.excerpt)] : []),
            ],
            true,
          ),
        );
      });
      this.listbox.append(group);
    }
    this.listbox.hidden = this.shown === 0;
    this.root.dataset['searchShown'] = String(this.shown);
    this.input.setAttribute('aria-expanded', String(this.shown > 0));
  }

  /** An option's name is its whole text (title, module, excerpt), as seen: WCAG 2.5.3, label in name. */
  private option(id: string, href: string, children: Node[], sub = false): HTMLAnchorElement {
    const link = el(
      'a',
      {
        id,
        href,
        role: 'option',
        'aria-selected': 'false',
        tabindex: '-1',
        class: `block rounded-md px-3 py-2 no-underline hover:bg-[var(--ab-surface)] aria-selected:bg-[var(--ab-surface)] aria-selected:outline-2 aria-selected:outline-[var(--ab-focus)]${sub ? ' ml-4' : ''}`,
      },
      ...children,
    );
    if (sub) link.dataset['searchSub'] = '';
    return link;
  }

  private renderMore(total: number): void {
    this.more.hidden = total <= this.shown;
    if (this.seeAll) {
      this.seeAll.href = url(routes.search()) + searchStateToQuery(this.state);
      this.seeAll.textContent = fillTemplate(s.seeAll, { count: total });
    }
  }

  private showMore(): Promise<void> {
    this.loadingMore ??= this.loadMore().finally(() => {
      this.loadingMore = undefined;
    });
    return this.loadingMore;
  }

  private async loadMore(): Promise<void> {
    const outcome = this.outcome;
    if (!outcome) return;
    const from = this.shown;
    const data = await this.loadData(outcome, from);
    // A new search replaced the results meanwhile: these belong to the old one.
    if (outcome !== this.outcome || from !== this.shown || data.length === 0) return;
    this.appendHits(data.map((d) => this.shape(d)));
    // The keyboard continues at the first new result (before the button may hide, so focus is never lost):
    // it is focused and made the active option, so Enter opens it and ↑/↓ go on from it.
    const first = this.listbox.querySelector<HTMLElement>(`#${this.id}-r${from}`);
    if (first) {
      this.setActive(this.options_().indexOf(first));
      first.focus();
    }
    this.renderMore(outcome.results.length);
  }

  private async renderChips(): Promise<void> {
    const pagefind = this.pagefind;
    if (!pagefind) return;
    const known = this.known;
    const groups = searchFilterKeys.map((key) =>
      filterChips(key, known[key], this.outcome ? this.outcome.counts[key] : known[key], this.state, key === 'type' ? s.types : {}),
    );
    if (this.chips.size === 0) this.buildChips(groups);
    for (const chip of groups.flat()) {
      const button = this.chips.get(`${chip.key}=${chip.value}`);
      if (!button) continue;
      button.setAttribute('aria-pressed', String(chip.pressed));
      // A value with no results is left out (a chosen one stays, so it can be switched off).
      button.hidden = chip.count === 0 && !chip.pressed;
      const count = button.querySelector('[data-count]');
      if (count) count.firstChild!.textContent = String(chip.count);
    }
    for (const group of this.filterBox.querySelectorAll<HTMLElement>('[data-search-filter]')) {
      group.hidden = !group.querySelector('button:not([hidden])');
    }
  }

  private buildChips(groups: FilterChip[][]): void {
    groups.forEach((chips, i) => {
      const key = searchFilterKeys[i]!;
      if (chips.length === 0) return;
      const labelId = `${this.id}-filter-${key}`;
      const group = el(
        'div',
        { role: 'group', 'aria-labelledby': labelId, class: 'flex flex-wrap items-center gap-1.5', 'data-search-filter': key },
        el('span', { id: labelId, class: 'mr-1 text-xs font-semibold uppercase tracking-wide text-[var(--ab-muted)]' }, s.filters[key]),
      );
      for (const chip of chips) {
        const button = el(
          'button',
          {
            type: 'button',
            'aria-pressed': String(chip.pressed),
            'data-filter-value': chip.value,
            class:
              'rounded-full border border-[var(--ab-border)] px-2.5 py-0.5 text-sm text-[var(--ab-fg)] hover:border-[var(--ab-accent)] aria-pressed:border-[var(--ab-accent)] aria-pressed:bg-[var(--ab-accent)] aria-pressed:text-[var(--ab-bg)]',
          },
          chip.label,
          ' ',
          el('span', { 'data-count': '', class: 'tabular-nums opacity-80' }, String(chip.count), el('span', { class: 'sr-only' }, s.chipCountSuffix)),
        );
        button.addEventListener('click', () => this.toggle(key, chip.value));
        this.chips.set(`${key}=${chip.value}`, button);
        group.append(button);
      }
      this.filterBox.append(group);
    });
  }

  private toggle(key: SearchFilterKey, value: string): void {
    this.state = toggleFilter(this.state, key, value);
    // Pressed at once; counts follow with the results.
    this.chips.get(`${key}=${value}`)?.setAttribute('aria-pressed', String(this.state.filters[key].includes(value)));
    this.typed.cancel();
    this.running = this.update();
  }

  private options_(): HTMLElement[] {
    return [...this.listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  private setActive(index: number): void {
    const all = this.options_();
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    this.active = index >= 0 && index < all.length ? index : -1;
    const current = all[this.active];
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  /** Resolves when no search is running, including one started while waiting (the warm-up's). */
  private async settled(): Promise<void> {
    let running: Promise<void>;
    do {
      running = this.running;
      await running;
    } while (running !== this.running);
  }

  /** Moves the active option one step (↓ from none is the first; ↑ from the first is none). */
  private step(direction: 1 | -1): void {
    const count = this.options_().length;
    if (count === 0) return;
    const next = this.active + direction;
    this.setActive(next < -1 ? count - 1 : next >= count ? count - 1 : next);
  }

  /**
   * ↑/↓ on a focused result (where "Show more results" puts focus) go back to the field and move on
   * from that result, as they do from the field: one way to move through the results.
   */
  private onOptionKeydown(event: KeyboardEvent): void {
    if (event.isComposing || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const option = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[role="option"]') : null;
    if (!option) return;
    event.preventDefault();
    const index = this.options_().indexOf(option);
    if (index >= 0) this.active = index;
    this.input.focus();
    this.step(event.key === 'ArrowDown' ? 1 : -1);
  }

  private async onKeydown(event: KeyboardEvent): Promise<void> {
    if (event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      // An arrow pressed before the results of what was just typed arrive moves into those results
      // (the old list is about to be replaced, and the new one would reset the choice).
      if (this.typed.pending) this.typed.flush();
      await this.settled();
      this.step(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.typed.pending) {
        this.typed.flush();
        await this.settled();
        if (this.options.mode === 'page') return;
      }
      const all = this.options_();
      const target = all[this.active] ?? (this.options.mode === 'dialog' ? all[0] : undefined);
      target?.click();
    }
  }
}
