/**
 * The fee calculator's arithmetic against worked examples the platforms (or reputable guides) published.
 * Each example pins the rates it used, which may be older than today's: these test the functions, not the data.
 */
import { describe, expect, test } from 'vitest';
import { banded, feeLine, money, quoteCsvRows, quotePlatform, toCents, type SaleInput } from '../../src/lib/fees.ts';
import { feeCalcSchema, type Fee, type FeeCalc } from '../../src/schemas/platform.ts';

const cite = { source: 'https://example.com/fees', kind: 'official' as const, asOf: new Date('2024-03-15'), checked: new Date('2026-12-01') };
type CalcInput = Partial<FeeCalc> & Pick<FeeCalc, 'market' | 'currency' | 'per'>;
const fee = (id: string, ...calc: CalcInput[]): Fee & { calc: FeeCalc[] } => ({
  id,
  type: 'other',
  label: id,
  amount: 'x',
  ...cite,
  calc: calc.map((c) => feeCalcSchema.parse(c)),
});
const sale = (s: Partial<SaleInput>): SaleInput => ({ price: 0, shipping: 0, taxPercent: 0, currency: 'USD', market: 'us', category: 'general', ordersPerMonth: 1, ...s });

describe('rounding and bands', () => {
  test('half up to the cent', () => {
    expect(toCents(3.3125)).toBe(3.31);
    expect(toCents(3.7125)).toBe(3.71);
    expect(toCents(1.005)).toBe(1.01);
    expect(money(3.7, 'USD')).toBe('US$3.70');
  });
  test('marginal bands: each band takes its own rate', () => {
    expect(banded(10000, [{ upTo: 7500, percent: 13.6 }, { percent: 2.35 }])).toBeCloseTo(1020 + 58.75, 6);
    expect(banded(100, [{ upTo: 7500, percent: 13.6 }, { percent: 2.35 }])).toBeCloseTo(13.6, 6);
  });
});

// eBay Seller Center, 2024 Winter Seller Update, "Fees & financials" (official, effective 2024-03-15): a US$25.00
// order (shipping and tax included) paid US$3.61 in fees before the change and US$3.71 after, at the 13.25% final
// value fee then in force; orders of US$10.00 or less keep the US$0.30 per-order fee.
describe('eBay, 2024 Winter Seller Update worked example', () => {
  const fvf = fee('final-value-fee', { market: 'us', currency: 'USD', per: 'sale', base: 'order-total', percent: 13.25 });
  const perOrder = fee(
    'per-order-fee',
    { market: 'us', currency: 'USD', per: 'sale', base: 'order-total', fixed: 0.3, whenBase: { atMost: 10 } },
    { market: 'us', currency: 'USD', per: 'sale', base: 'order-total', fixed: 0.4, whenBase: { over: 10 } },
  );
  test('US$25.00 order: US$3.71 in fees from March 15, 2024', () => {
    const q = quotePlatform('ebay', [fvf, perOrder], sale({ price: 25 }));
    expect(q.status === 'priced' && q.total).toBe(3.71);
  });
  test('the same order paid US$3.61 with the earlier US$0.30 fee', () => {
    const before = fee('per-order-2023', { market: 'us', currency: 'USD', per: 'sale', fixed: 0.3 });
    const q = quotePlatform('ebay', [fvf, before], sale({ price: 25 }));
    expect(q.status === 'priced' && q.total).toBe(3.61);
  });
  test('the per-order fee changes between US$10.00 and US$10.01', () => {
    expect(feeLine(perOrder, sale({ price: 10 }))?.amount).toBe(0.3);
    expect(feeLine(perOrder, sale({ price: 10.01 }))?.amount).toBe(0.4);
  });
  test('sales tax is part of the base of an order-total fee', () => {
    // 13.25% of (US$20 + 10% tax) = 13.25% of US$22
    expect(feeLine(fvf, sale({ price: 20, taxPercent: 10 }))?.amount).toBe(toCents(22 * 0.1325));
  });
});

// Amazon Seller Central (US), "Per-item selling fees" (official, undated, read 2026-12-01): two units on the
// Individual plan cost US$1.98; at US$0.99 an item, more than 40 sales a month cost more than the US$39.99
// Professional plan.
describe('Amazon, Individual or Professional plan', () => {
  const individual = fee('per-item-fee', { market: 'us', currency: 'USD', per: 'unit', plan: 'individual', fixed: 0.99 });
  const professional = fee('professional-plan', { market: 'us', currency: 'USD', per: 'month', plan: 'professional', fixed: 39.99 });
  const referral = fee('referral-fee', { market: 'us', currency: 'USD', per: 'sale', base: 'item-shipping', percent: 15, minimum: 0.3 });
  test('two units on the Individual plan: US$1.98 in per-item fees', () => {
    expect(2 * feeLine(individual, sale({ price: 5 }), 'individual')!.amount).toBe(1.98);
    expect(feeLine(individual, sale({ price: 5 }), 'professional')).toBeUndefined();
  });
  test('up to 40 orders a month the Individual plan is cheaper; from 41 the Professional plan', () => {
    const at = (orders: number) => quotePlatform('amazon', [individual, professional, referral], sale({ price: 20, ordersPerMonth: orders }));
    expect(at(40)).toMatchObject({ status: 'priced', plan: 'individual' });
    expect(at(41)).toMatchObject({ status: 'priced', plan: 'professional' });
  });
  test('the referral fee never falls below its minimum', () => {
    expect(feeLine(referral, sale({ price: 1 }))).toMatchObject({ amount: 0.3, working: expect.stringContaining('minimum') });
  });
});

// Wish merchant help, "What does revenue share mean?" (official, historic: the model Wish replaced in July 2021):
// a US$8.00 item with US$2.00 shipping at an 85/15 share pays the merchant US$8.50.
test('Wish revenue share: US$8 + US$2 shipping at 15% pays the seller US$8.50', () => {
  const share = fee('revenue-share', { market: 'us', currency: 'USD', per: 'sale', base: 'item-shipping', percent: 15 });
  expect(quotePlatform('wish', [share], sale({ price: 8, shipping: 2 }))).toMatchObject({ status: 'priced', total: 1.5, payout: 8.5, sharePercent: 15 });
});

// M2E Cloud, "TikTok Shop seller fees UK" (secondary, undated, read 2026-12-01): GBP 95 of base at 9% is GBP 8.55.
test('TikTok Shop UK: 9% of a GBP 95 base is GBP 8.55', () => {
  const commission = fee('commission', { market: 'uk', currency: 'GBP', per: 'sale', base: 'item-shipping', percent: 9 });
  expect(feeLine(commission, sale({ price: 90, shipping: 5, currency: 'GBP', market: 'uk' }))?.amount).toBe(8.55);
});

// Wise, "How much does Etsy take per sale" (secondary, 2023): US$50 + US$10 shipping pays a US$3.90 transaction fee;
// Etsy Payments on a US$50 sale is US$1.75 (3% + US$0.25); Offsite Ads at 15% of US$50 is US$7.50.
describe('Etsy fee lines (Wise, 2023)', () => {
  const transaction = fee('transaction-fee', { market: 'global', currency: 'USD', per: 'sale', base: 'item-shipping', percent: 6.5 });
  const processing = fee('payment-processing', { market: 'us', currency: 'USD', per: 'sale', base: 'item', percent: 3, fixed: 0.25 });
  const offsite = fee('offsite-ads', { market: 'global', currency: 'USD', per: 'sale', base: 'item', percent: 15, maximum: 100, applies: 'optional' });
  test('each line as published', () => {
    expect(feeLine(transaction, sale({ price: 50, shipping: 10 }))?.amount).toBe(3.9);
    expect(feeLine(processing, sale({ price: 50 }))?.amount).toBe(1.75);
    expect(feeLine(offsite, sale({ price: 50 }))?.amount).toBe(7.5);
  });
  test('an optional fee is listed but not totalled, and a cap holds', () => {
    const q = quotePlatform('etsy', [transaction, offsite], sale({ price: 50, shipping: 10 }));
    expect(q).toMatchObject({ status: 'priced', total: 3.9, lines: [{ id: 'transaction-fee' }, { id: 'offsite-ads', optional: true }] });
    expect(feeLine(offsite, sale({ price: 1000 }))?.amount).toBe(100);
  });
});

describe('what the calculator will not do', () => {
  const usd = fee('commission', { market: 'us', currency: 'USD', per: 'sale', percent: 10, categories: ['general'] });
  test('a platform with no figures for the market says so', () => {
    expect(quotePlatform('x', [usd], sale({ market: 'de', currency: 'EUR' }))).toEqual({ status: 'no-figures', platform: 'x' });
    expect(quotePlatform('x', [], sale({}))).toEqual({ status: 'no-figures', platform: 'x' });
  });
  test('figures in another currency are never converted', () => {
    expect(quotePlatform('x', [usd], sale({ currency: 'EUR' }))).toEqual({ status: 'other-currency', platform: 'x', currencies: ['USD'] });
  });
  test('a category without a published rate is not priced with another category\'s rate', () => {
    expect(quotePlatform('x', [usd], sale({ category: 'books-media' }))).toEqual({ status: 'no-category', platform: 'x' });
  });
  test('a calc needs an amount, and not both a percent and bands', () => {
    expect(feeCalcSchema.safeParse({ market: 'us', currency: 'USD', per: 'sale' }).success).toBe(false);
    expect(feeCalcSchema.safeParse({ market: 'us', currency: 'USD', per: 'sale', percent: 5, portions: [{ upTo: 10, percent: 1 }, { percent: 2 }] }).success).toBe(false);
  });
});

test('the CSV lists every line with its source and dates, then the total', () => {
  const q = quotePlatform('wish', [fee('revenue-share', { market: 'us', currency: 'USD', per: 'sale', percent: 15 })], sale({ price: 8, shipping: 2 }));
  expect(quoteCsvRows([q, { status: 'no-figures', platform: 'temu' }], 'USD')).toEqual([
    ['platform', 'plan', 'fee', 'amount', 'currency', 'in total', 'source', 'as of', 'checked'],
    ['wish', '', 'revenue-share', '1.50', 'USD', 'yes', 'https://example.com/fees', '2024-03-15', '2026-12-01'],
    ['wish', '', 'total', '1.50', 'USD', 'yes', '', '', ''],
    ['temu', '', 'no-figures', '', '', '', '', '', ''],
  ]);
});
