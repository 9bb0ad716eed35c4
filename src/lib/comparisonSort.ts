/**
 * How the platform table sorts: the value of each row in each sortable column, and how two values compare.
 * The page renders the values into data-* attributes and the table's browser script (src/scripts/compare/)
 * compares them, so it imports only the plain value lists: nothing else ships to the browser with it.
 */
import { logisticsSupports, paymentProtections } from '../schemas/values';
import type { PlatformRow } from './comparison';

/** Enum columns sort from most to least platform involvement: the order of the schema's value lists. */
const protectionOrder: readonly string[] = paymentProtections;
const logisticsOrder: readonly string[] = logisticsSupports;

/** The sortable columns of the platform table. */
export const sortKeys = ['name', 'model', 'founded', 'headquarters', 'payment', 'logistics', 'markets'] as const;
export type SortKey = (typeof sortKeys)[number];

/**
 * The value a row sorts by in a column, as a string for a data-* attribute: numbers where the order is
 * numeric (the browser script compares numbers as numbers), empty when the fact is missing (sorted last).
 */
export function sortValue(row: PlatformRow, key: SortKey): string {
  switch (key) {
    case 'name':
      return row.name.toLowerCase();
    case 'model':
      return String(row.model.order);
    case 'founded':
      return row.foundedYear === undefined ? '' : String(row.foundedYear);
    case 'headquarters':
      return row.headquarters?.text.toLowerCase() ?? '';
    case 'payment':
      return row.payment ? String(protectionOrder.indexOf(row.payment.protection)) : '';
    case 'logistics':
      return row.logistics ? String(logisticsOrder.indexOf(row.logistics.support)) : '';
    case 'markets':
      return row.markets ? row.markets.regions.join(' ') : '';
  }
}

/**
 * How the table's browser script orders two sort values: missing values last, numbers numerically, text
 * alphabetically; `descending` reverses everything but the missing values.
 */
export function compareSortValues(a: string, b: string, descending = false): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const na = Number(a);
  const nb = Number(b);
  const order = !Number.isNaN(na) && !Number.isNaN(nb) ? na - nb : a.localeCompare(b, 'en');
  return descending ? -order : order;
}
