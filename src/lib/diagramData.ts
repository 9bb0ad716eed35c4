/**
 * From course data to the diagram builders' inputs (src/lib/diagrams.ts) and their text alternatives:
 * the models for the introduction's map, and the fee bars of a set of sales priced by the fee calculator.
 */
import { money, quotePlatform, type PlatformQuote, type SaleInput } from './fees';
import type { FeeBarInput, JourneyLabels, JourneyStepInput, ModelMapInput } from './diagrams';
import type { Fit } from '../schemas/traits';
import { fill } from './template';

/** The four models the introduction sets side by side: the three the textbook names, and the independent website. */
export const mapModelIds = ['b2b', 'b2c', 'c2c', 'independent-website'] as const;

/** The models of the map, in the map's order, with their `fit` in words. */
export function mapModels(
  models: readonly { id: string; shortName: string; fit: Pick<Fit, 'sellerProfiles' | 'buyerTypes'> }[],
  labels: { sellerProfiles: Record<string, string>; buyerTypes: Record<string, string> },
): ModelMapInput[] {
  return mapModelIds.flatMap((id) => {
    const m = models.find((x) => x.id === id);
    if (!m) return [];
    return [{ id, name: m.shortName, sellers: m.fit.sellerProfiles.map((s) => labels.sellerProfiles[s] ?? s), buyers: m.fit.buyerTypes.map((b) => labels.buyerTypes[b] ?? b) }];
  });
}

/** "A, B and C". */
export function listInWords(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The map in sentences, one per model (its text alternative). */
export function mapAlt(models: readonly ModelMapInput[], template: string): string[] {
  return models.map((m) => fill(template, { model: m.name, sellers: m.sellers.join(', '), buyers: m.buyers.join(', ') }));
}

/** The journey in sentences, one per step (its text alternative). */
export function journeyAlt(steps: readonly JourneyStepInput[], labels: JourneyLabels): string[] {
  return steps.map((s, i) => `${i + 1}. ${labels.steps[s.step]} (${listInWords(s.who.map((w) => labels.actors[w].toLowerCase()))}): ${s.note}.`);
}

export interface PricedSale {
  id: string;
  platform: string;
  platformName: string;
  sale: SaleInput;
  quote: Extract<PlatformQuote, { status: 'priced' }>;
}

/** Prices each sale on its platform; sales the calculator cannot price are left out (the worked-examples test forbids them). */
export function priceSales(
  sales: readonly { id: string; platform: string; sale: SaleInput }[],
  platforms: ReadonlyMap<string, { name: string; fees: Parameters<typeof quotePlatform>[1] }>,
): PricedSale[] {
  return sales.flatMap((s) => {
    const p = platforms.get(s.platform);
    if (!p) return [];
    const quote = quotePlatform(s.platform, p.fees, s.sale);
    return quote.status === 'priced' ? [{ ...s, platformName: p.name, quote }] : [];
  });
}

/**
 * A bar per priced sale: the fee lines that always apply (optional ones, such as ads, are not in the
 * total and not drawn), then the payout. `title` words each bar.
 */
export function feeBars(sales: readonly PricedSale[], title: (s: PricedSale) => string): FeeBarInput[] {
  return sales.map((s) => ({
    id: s.id,
    label: title(s),
    gross: s.sale.price + s.sale.shipping,
    lines: s.quote.lines.filter((l) => !l.optional).map((l) => ({ label: l.label, amount: l.amount })),
    payout: s.quote.payout,
    format: (n: number) => money(n, s.sale.currency),
  }));
}
