/**
 * When a fact may be out of date. Every fact has a shelf (a kind of figure), each shelf a life in
 * months; the clock runs from the day the source describes (`asOf`), or from the day an undated source
 * was checked. "Today" is the build date (`buildDate()`, which honours SOURCE_DATE_EPOCH). The table is
 * quoted in CONTRIBUTING.md ("Stale facts"); change both together.
 */
import { buildDate } from '../schemas/calendar.ts';
import type { ShelfKind } from '../schemas/fact.ts';

export { buildDate };

/** Months a fact of each shelf stays current; `null` never goes stale. */
export const shelfLifeMonths: Record<ShelfKind, number | null> = {
  price: 12,
  rate: 12,
  rule: 12,
  count: 24,
  ranking: 24,
  history: null,
};

/** The shelf a fact gets from the field it sits in, unless it names its own. */
export const defaultShelf = {
  founded: 'history',
  headquarters: 'history',
  owner: 'ranking',
  payments: 'rule',
  logistics: 'rule',
  buyerMarkets: 'count',
  reach: 'count',
  fees: 'price',
  risks: 'rule',
} as const satisfies Record<string, ShelfKind>;

export interface Dated {
  asOf?: Date | undefined;
  undated?: true | undefined;
  checked: Date;
}

/** The day a fact's shelf life starts: its `asOf`, or the check of an undated source. */
export function clockStart(c: Dated): Date {
  return c.asOf ?? c.checked;
}

/** The first day on which a fact counts as stale, or undefined for history. */
export function staleFrom(c: Dated, shelf: ShelfKind): Date | undefined {
  const months = shelfLifeMonths[shelf];
  if (months === null) return undefined;
  const start = clockStart(c);
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + months);
  return end;
}

/** True when the fact is past its shelf life on `today` ('YYYY-MM-DD'; the build date by default). */
export function isStale(c: Dated, shelf: ShelfKind, today: string = buildDate()): boolean {
  const from = staleFrom(c, shelf);
  return from !== undefined && from.toISOString().slice(0, 10) <= today;
}
