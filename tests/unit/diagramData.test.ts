/**
 * From course data to the diagrams' inputs: the map takes the four models in order with their fit in words,
 * the text alternatives say every step and model, and fee bars leave out optional fees, as the total does.
 */
import { describe, expect, test } from 'vitest';
import { feeBars, journeyAlt, mapAlt, mapModelIds, mapModels, type PricedSale } from '../../src/lib/diagramData.ts';
import { strings } from '../../src/lib/strings.ts';

describe('the map of the models', () => {
  const fit = (sellerProfiles: string[], buyerTypes: string[]) => ({ sellerProfiles, buyerTypes }) as never;
  const models = [
    { id: 'live-commerce', shortName: 'Live commerce', fit: fit(['individual'], ['consumers']) },
    { id: 'c2c', shortName: 'C2C', fit: fit(['individual', 'maker'], ['consumers']) },
    { id: 'b2b', shortName: 'B2B', fit: fit(['manufacturer'], ['businesses']) },
  ];
  const map = mapModels(models, strings.labels);
  test('the map models only, in the map order, labelled', () => {
    expect(mapModelIds).toEqual(['b2b', 'b2c', 'c2c', 'independent-website']);
    expect(map).toEqual([
      { id: 'b2b', name: 'B2B', sellers: ['Manufacturer'], buyers: ['Businesses'] },
      { id: 'c2c', name: 'C2C', sellers: ['Individual', 'Maker of handmade goods'], buyers: ['Consumers'] },
    ]);
  });
  test('its text alternative names every seller and buyer', () => {
    expect(mapAlt(map, strings.diagrams.map.alt)).toEqual([
      'B2B. Sellers: Manufacturer. Buyers: Businesses.',
      'C2C. Sellers: Individual, Maker of handmade goods. Buyers: Consumers.',
    ]);
  });
});

test('the journey in sentences, one per step', () => {
  const alt = journeyAlt(
    [
      { step: 'listing', who: ['seller'], note: 'On its own domain' },
      { step: 'payment', who: ['seller', 'third-party'], note: 'A card link' },
    ],
    strings.diagrams.journey,
  );
  expect(alt).toEqual(['1. Listing (seller): On its own domain.', '2. Payment (seller and third party): A card link.']);
});

test('fee bars: the lines in the total, then the payout', () => {
  const line = (label: string, amount: number, optional = false) => ({ id: label, label, amount, optional, working: '', fee: {} as never });
  const sale: PricedSale = {
    id: 'x',
    platform: 'etsy',
    platformName: 'Etsy',
    sale: { price: 45, shipping: 5, taxPercent: 0, currency: 'USD', market: 'us', category: 'general', ordersPerMonth: 20 },
    quote: { status: 'priced', platform: 'etsy', plan: undefined, lines: [line('Listing fee', 0.2), line('Offsite Ads', 6.75, true), line('Transaction fee', 3.25)], total: 3.45, payout: 46.55, sharePercent: 6.9 },
  };
  const [bar] = feeBars([sale], (s) => s.platformName);
  expect(bar).toMatchObject({ label: 'Etsy', gross: 50, payout: 46.55, lines: [{ label: 'Listing fee', amount: 0.2 }, { label: 'Transaction fee', amount: 3.25 }] });
  expect(bar!.format(3.25)).toBe('US$3.25');
});
