import { describe, expect, test } from 'vitest';
import {
  csvField,
  csvHeader,
  csvRows,
  firstYear,
  modelColumns,
  platformCandidate,
  platformRows,
  shortName,
  textbookNameIfDifferent,
  toCsv,
  type ModelInput,
  type PlatformInput,
} from '../../src/lib/comparison.ts';
import { compareSortValues, sortValue } from '../../src/lib/comparisonSort.ts';

const asOf = new Date('2024-07-01');
const checked = new Date('2026-11-25');
const fact = (value: string) => ({ value, source: 'https://example.com/', kind: 'news' as const, asOf, checked });
const fit = { sellerProfiles: ['maker' as const], buyerTypes: ['consumers' as const], orderSizes: ['single-item' as const], productKinds: ['handmade-vintage' as const], brandControl: 'low' as const };

const model = (id: string, shortName: string, order: number): ModelInput => ({
  id,
  data: {
    title: `The ${shortName} model`,
    shortName,
    order,
    traits: { earns: 'Fees of several kinds', revenueTypes: ['commission'], sellers: 'Sellers', buyers: 'Buyers', orderSize: 'Small', entryThreshold: 'low', payment: 'Held by the platform', logistics: 'Seller ships', textbookTraits: ['low threshold'] },
    fit,
  },
});
const models = [model('b2b', 'B2B', 1), model('c2c', 'C2C', 1)];

const platform = (id: string, modelId: string, order: number, extra: Partial<PlatformInput['data']> = {}): PlatformInput => ({
  id,
  data: { title: id, order, status: 'active', sinceTextbook: false, model: { id: modelId }, fees: [], fit, website: 'https://example.com/', ...extra },
});

const platforms: PlatformInput[] = [
  platform('etsy', 'c2c', 2, {
    title: 'Etsy',
    textbookName: 'etsy',
    founded: fact('2005, in Brooklyn, New York'),
    headquarters: fact('Brooklyn, New York'),
    fees: [{ id: 'listing-fee', type: 'listing', label: 'Listing fee', amount: 'US$0.20, "per listing"', source: 'https://example.com/fees', kind: 'secondary', asOf, checked }],
    payments: { ...fact('Etsy Payments'), protection: 'managed-payments' },
    buyerMarkets: { ...fact('Mostly the US'), regions: ['north-america'] },
  }),
  platform('yitong', 'b2b', 8, { title: 'Yitong.com (not identified)', status: 'unidentified', fit: undefined, website: undefined }),
  platform('alibaba', 'b2b', 2, { title: 'Alibaba.com (Alibaba International Station)', textbookName: 'Alibaba International Station', founded: fact('1999'), payments: { ...fact('Trade Assurance'), protection: 'platform-guarantee' } }),
  platform('gone', 'c2c', 3, { title: 'Gone', status: 'closed' }),
];
const rows = platformRows(platforms, models);

describe('platform rows', () => {
  test('come in course order, by model then lesson order, with short names', () => {
    expect(rows.map((r) => `${r.model.name} ${r.name}`)).toEqual(['B2B Alibaba.com', 'B2B Yitong.com', 'C2C Etsy', 'C2C Gone']);
  });

  test('show unidentified platforms honestly: no fit, no website, not recommended', () => {
    const yitong = rows.find((r) => r.id === 'yitong')!;
    expect(yitong).toMatchObject({ identified: false, fit: undefined, website: undefined, founded: undefined });
    expect(platformCandidate(yitong)).toBeUndefined();
    expect(platformCandidate(rows.find((r) => r.id === 'gone')!)).toBeUndefined();
    expect(platformCandidate(rows.find((r) => r.id === 'etsy')!)).toMatchObject({ kind: 'platform', regions: ['north-america'], feeTypes: ['listing'] });
  });

  test('keep each fee with its figure and date', () => {
    expect(rows.find((r) => r.id === 'etsy')!.fees).toEqual([
      { type: 'listing', label: 'Listing fee', text: 'US$0.20, "per listing"', source: 'https://example.com/fees', kind: 'secondary', asOf, undated: undefined, checked, stale: true },
    ]);
  });

  test.each([
    ['Alibaba.com (Alibaba International Station)', 'Alibaba.com'],
    ['Speed Trade World (速贸天下, tentative)', 'Speed Trade World'],
    ['Etsy', 'Etsy'],
    ['(only a parenthesis)', '(only a parenthesis)'],
  ])('shortName(%s) = %s', (title, name) => expect(shortName(title)).toBe(name));

  test('carry the textbook name only where it differs from today\'s name', () => {
    expect(rows.find((r) => r.id === 'alibaba')!.textbookName).toBe('Alibaba International Station');
    // "etsy" is Etsy written another way, and Yitong has no textbook name in the fixture.
    expect(rows.find((r) => r.id === 'etsy')!.textbookName).toBeUndefined();
    expect(rows.find((r) => r.id === 'yitong')!.textbookName).toBeUndefined();
  });

  test.each([
    ['Self-service Trade.com', 'DIYTrade', 'Self-service Trade.com'],
    ['Made-in-China.com', 'Made-in-China.com', undefined],
    ['ebay ', 'eBay', undefined],
    [undefined, 'Etsy', undefined],
  ])('textbookNameIfDifferent(%s, %s) = %s', (textbook, name, shown) => expect(textbookNameIfDifferent(textbook, name)).toBe(shown));

  test.each([
    ['1999', 1999],
    ['2005, in Brooklyn', 2005],
    ['September 2022 (US launch)', 2022],
    ['unknown', undefined],
  ])('firstYear(%s) = %s', (text, year) => expect(firstYear(text)).toBe(year));
});

describe('sorting', () => {
  test('numbers numerically, text alphabetically, missing values last in both directions', () => {
    const values = ['2005', '', '1999', '1971'];
    expect([...values].sort((a, b) => compareSortValues(a, b))).toEqual(['1971', '1999', '2005', '']);
    expect([...values].sort((a, b) => compareSortValues(a, b, true))).toEqual(['2005', '1999', '1971', '']);
    expect(compareSortValues('b', 'a')).toBeGreaterThan(0);
  });

  test('sort values of each column', () => {
    const etsy = rows.find((r) => r.id === 'etsy')!;
    expect(['name', 'model', 'founded', 'headquarters', 'payment', 'logistics', 'markets'].map((k) => sortValue(etsy, k as never))).toEqual([
      'etsy', '1', '2005', 'brooklyn, new york', '2', '', 'north-america',
    ]);
    const byFounded = [...rows].sort((a, b) => compareSortValues(sortValue(a, 'founded'), sortValue(b, 'founded'))).map((r) => r.id);
    expect(byFounded).toEqual(['alibaba', 'etsy', 'yitong', 'gone']);
  });
});

describe('CSV', () => {
  test('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(toCsv([['a', 'b,c'], ['1', '2']])).toBe('a,"b,c"\r\n1,2\r\n');
  });

  test('has a header and one row per platform with the same columns', () => {
    const table = csvRows(rows, (p) => `https://site.example${p}`, 'not identified');
    expect(table[0]).toEqual([...csvHeader]);
    expect(table).toHaveLength(rows.length + 1);
    for (const r of table) expect(r).toHaveLength(csvHeader.length);
    const etsy = Object.fromEntries(csvHeader.map((h, i) => [h, table.find((r) => r[0] === 'etsy')![i]]));
    expect(etsy).toMatchObject({
      platform: 'Etsy',
      lesson_url: 'https://site.example/platforms/etsy/',
      founded: '2005, in Brooklyn, New York',
      founded_as_of: '2024-07-01',
      fees: 'Listing fee: US$0.20, "per listing" (as of 2024-07-01, secondary source)',
      payment_protection: 'managed-payments',
      buyer_regions: 'north-america',
      seller_profiles: 'maker',
    });
    const yitong = Object.fromEntries(csvHeader.map((h, i) => [h, table.find((r) => r[0] === 'yitong')![i]]));
    expect(yitong).toMatchObject({ status: 'unidentified', seller_profiles: 'not identified', brand_control: 'not identified', website: '' });
  });
});

describe('model columns', () => {
  test('one per model in the given order, with its traits and platforms', () => {
    const cols = modelColumns(models, rows);
    expect(cols.map((c) => [c.name, c.platforms.map((p) => p.name)])).toEqual([
      ['B2B', ['Alibaba.com', 'Yitong.com']],
      ['C2C', ['Etsy', 'Gone']],
    ]);
    expect(cols[0]!.traits).toMatchObject({ entryThreshold: 'low', brandControl: 'low', textbookTraits: ['low threshold'] });
  });
});
