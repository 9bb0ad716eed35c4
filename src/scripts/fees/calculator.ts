/**
 * <fee-calculator> (FeeCalculator.astro): prices the sale in the form on every platform with src/lib/fees.ts as
 * the answers change, keeps the answers in the URL (replaceState, so a calculation can be shared), and offers the
 * results as CSV (the same rows the screen shows). Each result is an <article data-platform data-total>.
 * Fee data and labels come from data attributes the page wrote at build time; nothing is fetched.
 */
import { money, quoteCsvRows, quotePlatform, type Fee, type PlatformQuote } from '../../lib/fees';
import { paramsFromSale, saleFromParams } from '../../lib/feeSchedules';
import { fill } from '../../lib/template';

interface FeeData {
  id: string;
  label: string;
  calc: Fee['calc'];
  source: string;
  kind: Fee['kind'];
  asOf?: string;
  checked: string;
  /** "as of July 2024" or "undated source, checked …", formatted at build time. */
  dated: string;
  stale: boolean;
}
interface Schedule {
  id: string;
  name: string;
  href: string;
  fees: FeeData[];
}
type Labels = Record<'total' | 'payout' | 'share' | 'plan' | 'optional' | 'noFigures' | 'otherCurrency' | 'noCategory' | 'source' | 'secondary' | 'stale' | 'staleTitle', string>;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};

/** Dates back from ISO strings, so the fee functions see fees as the schema gives them. */
function revive(f: FeeData): Fee {
  return {
    id: f.id,
    type: 'other',
    label: f.label,
    amount: '',
    calc: f.calc,
    source: f.source,
    kind: f.kind,
    asOf: f.asOf ? new Date(`${f.asOf}T00:00:00Z`) : undefined,
    undated: f.asOf ? undefined : true,
    checked: new Date(`${f.checked}T00:00:00Z`),
  };
}

export class FeeCalculator extends HTMLElement {
  private schedules: Schedule[] = [];
  private fees = new Map<string, Fee[]>();
  private labels = {} as Labels;

  connectedCallback() {
    try {
      this.schedules = JSON.parse(this.dataset.schedules ?? '[]') as Schedule[];
      this.labels = JSON.parse(this.dataset.labels ?? '{}') as Labels;
    } catch {
      return; // Malformed data: leave the static page as it is.
    }
    for (const s of this.schedules) this.fees.set(s.id, s.fees.map(revive));
    const form = this.querySelector<HTMLFormElement>('[data-fee-form]')!;
    // Answers from the URL first, so a shared link shows its calculation.
    const sale = saleFromParams(new URLSearchParams(location.search));
    for (const [name, value] of new URLSearchParams(paramsFromSale(sale))) {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (field) field.value = value;
    }
    const update = () => this.update(form);
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update();
    });
    this.querySelector<HTMLElement>('[data-fee-results-section]')!.hidden = false;
    update();
  }

  private update(form: HTMLFormElement) {
    const sale = saleFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
    history.replaceState(null, '', `${location.pathname}?${paramsFromSale(sale)}${location.hash}`);
    const quotes = this.schedules.map((s) => quotePlatform(s.id, this.fees.get(s.id) ?? [], sale));
    const out = this.querySelector<HTMLElement>('[data-fee-results]')!;
    out.replaceChildren(...quotes.map((q, i) => this.render(q, this.schedules[i]!, sale.currency, sale.ordersPerMonth)));
    this.offerCsv(quotes, sale.currency);
  }

  private render(q: PlatformQuote, s: Schedule, currency: Parameters<typeof money>[1], orders: number): HTMLElement {
    const l = this.labels;
    const card = el('article', undefined, { class: 'panel my-3 px-4 py-3', 'data-platform': s.id });
    const title = el('h3', undefined, { class: 'font-semibold' });
    title.append(el('a', s.name, { href: s.href, class: 'ref-link' }));
    card.append(title);
    if (q.status !== 'priced') {
      const text = q.status === 'no-figures' ? l.noFigures : q.status === 'no-category' ? l.noCategory : fill(l.otherCurrency, { currencies: (q.currencies ?? []).join(', ') });
      card.append(el('p', text, { class: 'muted text-sm' }));
      return card;
    }
    card.dataset.total = q.total.toFixed(2);
    if (q.plan) card.append(el('p', fill(l.plan, { plan: q.plan, orders }), { class: 'text-sm' }));
    const list = el('ul', undefined, { class: 'text-sm' });
    const byId = new Map(s.fees.map((f) => [f.id, f]));
    for (const line of q.lines) {
      const f = byId.get(line.id)!;
      const item = el('li', undefined, { 'data-fee-line': line.id });
      if (f.stale) item.dataset.stale = '';
      item.append(`${line.label}: `, el('strong', money(line.amount, currency)));
      if (line.optional) item.append(` (${l.optional})`);
      item.append(' ', el('span', `(${line.working})`, { class: 'muted' }), ' ');
      const note = el('span', '(', { class: 'muted text-xs' });
      note.append(el('time', f.dated, { datetime: f.asOf ?? f.checked }));
      if (f.kind === 'secondary') note.append(`, ${l.secondary}`);
      if (f.stale) note.append(', ', el('strong', l.stale, { class: 'stale', title: l.staleTitle }));
      note.append('; ', el('a', l.source, { href: f.source, rel: 'noopener noreferrer external' }), ')');
      item.append(note);
      list.append(item);
    }
    const sums = el('p', undefined, { class: 'mt-2' });
    sums.append(
      el('strong', `${l.total}: ${money(q.total, currency)}`),
      ` · ${l.payout}: ${money(q.payout, currency)} · ${l.share}: ${q.sharePercent.toFixed(2)}%`,
    );
    card.append(list, sums);
    return card;
  }

  /** The CSV link downloads exactly the rows on screen (a data: URL: a download, not a fetch, so the CSP allows it). */
  private offerCsv(quotes: PlatformQuote[], currency: Parameters<typeof money>[1]) {
    const csv = quoteCsvRows(quotes, currency)
      .map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))
      .join('\r\n');
    this.querySelector<HTMLAnchorElement>('[data-fee-csv]')!.href = `data:text/csv;charset=utf-8,${encodeURIComponent(`${csv}\r\n`)}`;
  }
}
