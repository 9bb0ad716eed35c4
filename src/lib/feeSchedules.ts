/**
 * The fee calculator's data and its URL: which platforms take part (every identified platform, with its
 * published fee figures or none), the three preset examples of the static table, and the answers in the URL
 * (`/fees/?price=100&shipping=0&tax=0&currency=USD&market=us&category=general&orders=30`).
 */
import type { CurrencyCode, Fee, FeeCategory, FeeMarket } from '../schemas/platform';
import { quotePlatform, type PlatformQuote, type SaleInput } from './fees';
import { defaultShelf, isStale } from './stale';

export const feeMarkets: readonly FeeMarket[] = ['us', 'uk', 'de', 'global'];
export const feeCategories: readonly FeeCategory[] = ['general', 'consumer-electronics', 'home-kitchen', 'books-media'];
export const currencies: readonly CurrencyCode[] = ['USD', 'EUR', 'GBP', 'CNY'];

/** A platform as the calculator sees it: its fees (those with figures and those without) and whether any is priced. */
export interface FeeSchedule {
  id: string;
  name: string;
  href: string;
  /** Every fee of the lesson with `calc`, with its stale flag from the build date. */
  fees: (Fee & { stale: boolean })[];
}

/** Platforms in course order, each with its priced fees. */
export function feeSchedules(platforms: readonly { id: string; name: string; href: string; fees: readonly Fee[] }[]): FeeSchedule[] {
  return platforms.map((p) => ({
    id: p.id,
    name: p.name,
    href: p.href,
    fees: p.fees.filter((f) => f.calc).map((f) => ({ ...f, stale: isStale(f, f.shelf ?? defaultShelf.fees) })),
  }));
}

/** The calculator's starting answers: a US$25 item sold in the US, 30 orders a month. */
export const defaultSale: SaleInput = { price: 25, shipping: 0, taxPercent: 0, currency: 'USD', market: 'us', category: 'general', ordersPerMonth: 30 };

/** The three examples the page computes at build time (and shows without JavaScript). */
export const presets: readonly { id: string; sale: SaleInput }[] = [
  { id: 'item-25', sale: { ...defaultSale, price: 25, shipping: 5 } },
  { id: 'item-100', sale: { ...defaultSale, price: 100, shipping: 0 } },
  // A bulk order to a business buyer: 500 units at US$4, freight charged separately.
  { id: 'bulk-b2b', sale: { ...defaultSale, price: 2000, shipping: 150, ordersPerMonth: 4 } },
];

/** Every platform's quote for one sale. */
export function quoteAll(schedules: readonly FeeSchedule[], sale: SaleInput): PlatformQuote[] {
  return schedules.map((s) => quotePlatform(s.id, s.fees, sale));
}

const number = (raw: string | null, fallback: number, min: number, max: number) => {
  const n = raw === null || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(n) && n >= min && n <= max ? n : fallback;
};
const oneOf = <T extends string>(raw: string | null, values: readonly T[], fallback: T) =>
  (values as readonly string[]).includes(raw ?? '') ? (raw as T) : fallback;

/** The answers in a URL, each checked: an unknown value falls back to the default instead of failing. */
export function saleFromParams(params: URLSearchParams): SaleInput {
  return {
    price: number(params.get('price'), defaultSale.price, 0, 1_000_000),
    shipping: number(params.get('shipping'), defaultSale.shipping, 0, 1_000_000),
    taxPercent: number(params.get('tax'), defaultSale.taxPercent, 0, 100),
    currency: oneOf(params.get('currency'), currencies, defaultSale.currency),
    market: oneOf(params.get('market'), feeMarkets, defaultSale.market),
    category: oneOf(params.get('category'), feeCategories, defaultSale.category),
    ordersPerMonth: Math.round(number(params.get('orders'), defaultSale.ordersPerMonth, 1, 100_000)),
  };
}

/** The URL query of a sale, in a stable order. */
export function paramsFromSale(sale: SaleInput): string {
  return new URLSearchParams({
    price: String(sale.price),
    shipping: String(sale.shipping),
    tax: String(sale.taxPercent),
    currency: sale.currency,
    market: sale.market,
    category: sale.category,
    orders: String(sale.ordersPerMonth),
  }).toString();
}
