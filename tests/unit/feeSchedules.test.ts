import { expect, test } from 'vitest';
import { defaultSale, feeSchedules, paramsFromSale, presets, quoteAll, saleFromParams } from '../../src/lib/feeSchedules.ts';

test('answers round-trip through the URL, in a stable order', () => {
  const sale = { price: 100, shipping: 4.5, taxPercent: 8, currency: 'GBP' as const, market: 'uk' as const, category: 'books-media' as const, ordersPerMonth: 12 };
  expect(paramsFromSale(sale)).toBe('price=100&shipping=4.5&tax=8&currency=GBP&market=uk&category=books-media&orders=12');
  expect(saleFromParams(new URLSearchParams(paramsFromSale(sale)))).toEqual(sale);
});

test('crafted or missing values fall back to the defaults', () => {
  const sale = saleFromParams(new URLSearchParams('price=-5&shipping=abc&tax=300&currency=XXX&market=<b>&category=&orders=0'));
  expect(sale).toEqual(defaultSale);
  expect(saleFromParams(new URLSearchParams(''))).toEqual(defaultSale);
});

test('three presets: a US$25 item, a US$100 item and a bulk B2B order', () => {
  expect(presets.map((p) => [p.id, p.sale.price])).toEqual([['item-25', 25], ['item-100', 100], ['bulk-b2b', 2000]]);
});

test('a platform without figures is quoted as such, never estimated', () => {
  const schedules = feeSchedules([
    { id: 'none', name: 'None', href: '/platforms/none/', fees: [{ id: 'x', type: 'commission', label: 'Commission', amount: '5–8%', source: 'https://example.com/', kind: 'secondary', undated: true, checked: new Date('2026-11-25') }] },
  ]);
  expect(schedules[0]!.fees).toEqual([]);
  expect(quoteAll(schedules, defaultSale)).toEqual([{ status: 'no-figures', platform: 'none' }]);
});
