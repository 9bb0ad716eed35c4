/**
 * The <comparison-table> element: sorting and filtering for the platform table of /compare/, with the
 * choice kept in the URL (?model=…&profile=…&sort=…&dir=desc). Without it the table stays complete and in
 * course order. The sort values come rendered in data-sort-* attributes (src/lib/comparisonSort.ts).
 */
import { compareSortValues } from '../../lib/comparisonSort';
import { fill } from '../../lib/template';

/** Sorting and filtering for the platform table; without it the table stays complete and in course order. */
class ComparisonTable extends HTMLElement {
  private body!: HTMLTableSectionElement;
  private rows: HTMLTableRowElement[] = [];
  private filters!: HTMLFieldSetElement;
  private sort: { key: string; descending: boolean } | undefined;

  connectedCallback() {
    const table = this.querySelector('table')!;
    this.body = table.tBodies[0]!;
    this.rows = [...this.body.rows];
    this.filters = this.querySelector('fieldset[data-filters]')!;
    // The filters are in the page from the start (so nothing moves now), disabled until this point.
    this.filters.disabled = false;
    for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'ref-sort';
      button.append(...th.childNodes);
      const arrow = document.createElement('span');
      arrow.setAttribute('aria-hidden', 'true');
      arrow.dataset.arrow = '';
      button.append(arrow);
      button.addEventListener('click', () => {
        const key = th.dataset.sortKey!;
        this.sort = { key, descending: this.sort?.key === key ? !this.sort.descending : false };
        this.update(true);
      });
      th.append(button);
    }
    this.filters.addEventListener('change', () => this.update(true));
    this.filters.querySelector('[data-show-all]')!.addEventListener('click', () => {
      for (const select of this.selects()) select.value = '';
      this.update(true);
    });
    // The column chooser works without this script; here Escape closes it, as it would close a menu.
    const chooser = this.querySelector<HTMLDetailsElement>('details[data-columns]');
    chooser?.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !chooser.open) return;
      chooser.open = false;
      chooser.querySelector('summary')!.focus();
    });
    this.readUrl();
    this.update(false);
  }

  /** The model and the seller-profile filter, in that order. */
  private selects(): HTMLSelectElement[] {
    return [...this.filters.querySelectorAll('select')];
  }

  private readUrl() {
    const params = new URLSearchParams(location.search);
    for (const select of this.selects()) {
      const value = params.get(select.name) ?? '';
      if ([...select.options].some((o) => o.value === value)) select.value = value;
    }
    const key = params.get('sort');
    if (key && this.querySelector(`th[data-sort-key="${CSS.escape(key)}"]`)) {
      this.sort = { key, descending: params.get('dir') === 'desc' };
    }
  }

  private update(writeUrl: boolean) {
    const [model = '', profile = ''] = this.selects().map((select) => select.value);
    let shown = 0;
    for (const row of this.rows) {
      const matches = (!model || row.dataset.model === model) && (!profile || (row.dataset.profiles ?? '').split(' ').includes(profile));
      row.hidden = !matches;
      if (matches) shown++;
    }
    const sort = this.sort;
    const ordered = sort
      ? [...this.rows].sort((a, b) => compareSortValues(a.getAttribute(`data-sort-${sort.key}`) ?? '', b.getAttribute(`data-sort-${sort.key}`) ?? '', sort.descending))
      : this.rows;
    this.body.append(...ordered);

    let sortedLabel = '';
    for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')) {
      const active = sort?.key === th.dataset.sortKey;
      const arrow = th.querySelector<HTMLElement>('[data-arrow]')!;
      arrow.textContent = active ? (sort!.descending ? '▼' : '▲') : '↕';
      if (active) {
        th.setAttribute('aria-sort', sort!.descending ? 'descending' : 'ascending');
        sortedLabel = th.textContent!.replace(/[▲▼↕]/g, '').trim();
      } else th.removeAttribute('aria-sort');
    }
    const d = this.dataset;
    let status = fill(d.showing!, { shown, total: this.rows.length });
    if (sort) status += ' ' + fill(d.sortedBy!, { column: sortedLabel, direction: sort.descending ? d.descending! : d.ascending! });
    this.querySelector('[data-status]')!.textContent = status;

    if (writeUrl) {
      const params = new URLSearchParams(location.search);
      const set = (k: string, v: string | undefined) => (v ? params.set(k, v) : params.delete(k));
      set('model', model);
      set('profile', profile);
      set('sort', sort?.key);
      set('dir', sort?.descending ? 'desc' : undefined);
      const query = params.toString();
      history.replaceState(null, '', query ? `?${query}` : location.pathname);
    }
  }
}
customElements.define('comparison-table', ComparisonTable);
