/**
 * The fee calculator's arithmetic: what one sale costs on a platform, line by line, from the fee data in its
 * lesson's frontmatter (`fees[].calc`). Pure: the /fees/ page, its preset table and the case studies share it.
 *
 * Rules (stated to the learner on the page):
 * - Each fee line is rounded to the cent, half up, as the platforms' own worked examples are.
 * - A monthly fee is spread over the month's orders; a listing fee is counted once per sale (one listing, renewed
 *   when it sells).
 * - Fees marked `applies: optional` (ads, a low seller rating) are listed but not added to the total.
 * - A platform with alternative plans is priced on the plan that costs least at the month's orders.
 * - No currency is converted: a platform whose figures are in another currency than the sale is shown as such.
 */
import type { CurrencyCode, Fee, FeeCalc, FeeCategory, FeeMarket } from '../schemas/platform';

export type { Fee };

export interface SaleInput {
  /** Item price, in `currency`. */
  price: number;
  /** Shipping charged to the buyer. */
  shipping: number;
  /** Sales tax or VAT collected on the sale, as a percentage of item plus shipping. */
  taxPercent: number;
  currency: CurrencyCode;
  market: FeeMarket;
  category: FeeCategory;
  /** Orders a month, to spread monthly fees. */
  ordersPerMonth: number;
}

export interface FeeLine {
  id: string;
  label: string;
  /** The fee on this sale, in the sale's currency, rounded to the cent. */
  amount: number;
  /** Listed for information, not in the total (an optional fee). */
  optional: boolean;
  /** How the amount was reached, in words ("13.6% of US$54.00 + US$0.40"). */
  working: string;
  fee: Fee;
}

export type PlatformQuote =
  | {
      status: 'priced';
      platform: string;
      plan: string | undefined;
      lines: FeeLine[];
      /** Sum of the lines that always apply. */
      total: number;
      /** What the seller keeps of item price plus shipping, after the fees. */
      payout: number;
      /** Total fees as a share of item price plus shipping, in percent (two decimals). */
      sharePercent: number;
    }
  | { status: 'no-figures' | 'other-currency' | 'no-category'; platform: string; currencies?: CurrencyCode[] };

/** Half-up rounding to the cent (the platforms' examples: 3.3125 → 3.31, 3.7125 → 3.71). */
export function toCents(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

const symbols: Record<CurrencyCode, string> = { USD: 'US$', EUR: '€', GBP: '£', CNY: 'CN¥' };

/** "US$12.50", "€3.00". */
export function money(amount: number, currency: CurrencyCode): string {
  return `${symbols[currency]}${amount.toFixed(2)}`;
}

/** The amount a percentage is taken of, for one sale. */
export function baseOf(calc: Pick<FeeCalc, 'base'>, sale: Pick<SaleInput, 'price' | 'shipping' | 'taxPercent'>): number {
  const goods = sale.price + sale.shipping;
  if (calc.base === 'item') return sale.price;
  if (calc.base === 'order-total') return goods * (1 + sale.taxPercent / 100);
  return goods;
}

/** A percentage over marginal bands: 13.6% of the first 7,500 and 2.35% of the rest. */
export function banded(base: number, portions: readonly { upTo?: number | undefined; percent: number }[]): number {
  let fee = 0;
  let from = 0;
  for (const p of portions) {
    const to = p.upTo ?? Infinity;
    if (base > from) fee += ((Math.min(base, to) - from) * p.percent) / 100;
    from = to;
  }
  return fee;
}

/** One component of a fee on one sale: its amount and working, or undefined when it does not apply. */
export function componentAmount(c: FeeCalc, sale: SaleInput): { amount: number; working: string } | undefined {
  const base = baseOf(c, sale);
  if (c.whenBase?.over !== undefined && !(base > c.whenBase.over)) return undefined;
  if (c.whenBase?.atMost !== undefined && !(base <= c.whenBase.atMost)) return undefined;
  const m = (x: number) => money(x, c.currency);
  const parts: string[] = [];
  let amount = 0;
  if (c.percent !== undefined || c.portions) {
    let pct = c.portions ? banded(base, c.portions) : (base * c.percent!) / 100;
    parts.push(c.portions ? `${c.portions.map((p) => `${p.percent}%`).join(' / ')} of ${m(base)} in bands` : `${c.percent}% of ${m(base)}`);
    if (c.minimum !== undefined && pct < c.minimum) {
      pct = c.minimum;
      parts.push(`raised to the minimum of ${m(c.minimum)}`);
    }
    if (c.maximum !== undefined && pct > c.maximum) {
      pct = c.maximum;
      parts.push(`capped at ${m(c.maximum)}`);
    }
    amount += pct;
  }
  if (c.fixed !== undefined) {
    const orders = Math.max(1, sale.ordersPerMonth);
    amount += c.per === 'month' ? c.fixed / orders : c.fixed;
    parts.push(c.per === 'month' ? `${m(c.fixed)} a month over ${orders} orders` : `${m(c.fixed)} per ${c.per}`);
  }
  return { amount, working: parts.join(' + ') };
}

type Priced = Fee & { calc: FeeCalc[] };
const hasCalc = (f: Fee): f is Priced => f.calc !== undefined;

/** Whether a component prices this sale's market, currency, category and plan. */
function fits(c: FeeCalc, sale: SaleInput, plan: string | undefined): boolean {
  return (
    (c.market === sale.market || c.market === 'global') &&
    c.currency === sale.currency &&
    (!c.categories || c.categories.includes(sale.category)) &&
    (!c.plan || c.plan === plan)
  );
}

/** One fee on one sale (its components that apply, summed), or undefined when none applies. */
export function feeLine(fee: Priced, sale: SaleInput, plan?: string): FeeLine | undefined {
  const parts = fee.calc.filter((c) => fits(c, sale, plan)).flatMap((c) => componentAmount(c, sale) ?? []);
  if (!parts.length) return undefined;
  return {
    id: fee.id,
    label: fee.label,
    amount: toCents(parts.reduce((s, p) => s + p.amount, 0)),
    optional: fee.calc.some((c) => c.applies === 'optional'),
    working: parts.map((p) => p.working).join(' + '),
    fee,
  };
}

/**
 * What one sale costs on one platform. `fees` is the platform's `fees` list; only those with `calc` count.
 */
export function quotePlatform(platform: string, fees: readonly Fee[], sale: SaleInput): PlatformQuote {
  const priced = fees.filter(hasCalc);
  const components = priced.flatMap((f) => f.calc).filter((c) => c.market === sale.market || c.market === 'global');
  if (!components.length) return { status: 'no-figures', platform };
  const currencies = [...new Set(components.map((c) => c.currency))];
  if (!currencies.includes(sale.currency)) return { status: 'other-currency', platform, currencies };
  // Figures that name categories price only the categories they name.
  const categories = new Set(components.filter((c) => c.currency === sale.currency).flatMap((c) => c.categories ?? []));
  if (categories.size && !categories.has(sale.category)) return { status: 'no-category', platform };
  const plans = [...new Set(components.flatMap((c) => (c.plan ? [c.plan] : [])))];
  const quotes = (plans.length ? plans : [undefined]).map((plan) => {
    const lines = priced.flatMap((f) => feeLine(f, sale, plan) ?? []);
    const total = toCents(lines.filter((l) => !l.optional).reduce((s, l) => s + l.amount, 0));
    const goods = sale.price + sale.shipping;
    return {
      status: 'priced' as const,
      platform,
      plan,
      lines,
      total,
      payout: toCents(goods - total),
      sharePercent: goods > 0 ? toCents((total / goods) * 100) : 0,
    };
  });
  // The cheapest plan at this volume; on a tie, the plan listed first.
  return quotes.reduce((best, q) => (q.total < best.total ? q : best));
}

/** The quote as the CSV download lists it: platform, plan, each line, total, payout, share. */
export function quoteCsvRows(quotes: readonly PlatformQuote[], currency: CurrencyCode): string[][] {
  const rows: string[][] = [['platform', 'plan', 'fee', 'amount', 'currency', 'in total', 'source', 'as of', 'checked']];
  for (const q of quotes) {
    if (q.status !== 'priced') {
      rows.push([q.platform, '', q.status, '', '', '', '', '', '']);
      continue;
    }
    for (const l of q.lines) {
      const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : 'undated');
      rows.push([q.platform, q.plan ?? '', l.label, l.amount.toFixed(2), currency, l.optional ? 'no' : 'yes', l.fee.source, day(l.fee.asOf), day(l.fee.checked)]);
    }
    rows.push([q.platform, q.plan ?? '', 'total', q.total.toFixed(2), currency, 'yes', '', '', '']);
  }
  return rows;
}
