import { beforeAll, describe, expect, test, vi } from 'vitest';
import { labelledFactRows, platformFactRows } from '../../src/lib/facts.ts';
import { addressableFactIds, factRefs, unknownFactRefs } from '../../src/lib/factRefs.ts';

const cite = (asOf: string, kind: 'official' | 'news' | 'secondary' = 'official') => ({ source: `https://example.org/${asOf}`, kind, asOf: new Date(asOf), checked: new Date('2026-11-25') });

// The stale marker depends on the build date: pin it to August 1, 2024.
beforeAll(() => void vi.stubEnv('SOURCE_DATE_EPOCH', String(Date.UTC(2024, 7, 1) / 1000)));

const platform = {
  status: 'acquired',
  statusNote: 'Sold to a new owner in April 2024.',
  textbookName: 'Example Trade',
  otherNames: ['例子'],
  website: 'https://www.example.com/',
  founded: { value: '1999', ...cite('2024-01-01') },
  headquarters: { value: 'Hangzhou, China', ...cite('2024-05-14', 'news') },
  owner: undefined,
  payments: { value: 'Escrow', protection: 'escrow', ...cite('2015-07-22') },
  logistics: undefined,
  buyerMarkets: { value: 'Worldwide', regions: ['global'], ...cite('2024-07-01') },
  fees: [
    { id: 'membership', type: 'membership', label: 'Membership', amount: 'US$10,000 a year', ...cite('2014-12-16', 'secondary') },
    { id: 'commission', type: 'commission', label: 'Commission', amount: '3%', ...cite('2022-09-22') },
  ],
  facts: [{ id: 'sellers', label: 'Sellers', value: '200,000', shelf: 'count', ...cite('2024-07-01', 'news') }],
} as unknown as Parameters<typeof platformFactRows>[0];

test('a platform panel lists model, status, names, facts, fees and website, each fact with its date', () => {
  const rows = platformFactRows(platform, { name: 'B2B', href: '/models/b2b/' });
  expect(rows.map((r) => `${r.label}: ${r.items.map((i) => `${i.text}${i.citation ? ` [${i.citation.asOf!.toISOString().slice(0, 10)}${i.stale ? ', stale' : ''}]` : ''}${i.href ? ` <${i.href}>` : ''}`).join(' | ')}`)).toMatchInlineSnapshot(`
    [
      "Model: B2B </models/b2b/>",
      "Status: Acquired: Sold to a new owner in April 2024.",
      "Name in the textbook: Example Trade",
      "Other names: 例子",
      "Founded: 1999 [2024-01-01]",
      "Headquarters: Hangzhou, China [2024-05-14]",
      "Fees: Membership: US$10,000 a year [2014-12-16, stale] | Commission: 3% [2022-09-22, stale]",
      "Payments: Escrow [2015-07-22, stale]",
      "Main buyer markets: Worldwide [2024-07-01]",
      "Website: example.com <https://www.example.com/>",
      "Sellers: 200,000 [2024-07-01]",
    ]
  `);
});

test('citations keep their kind, so secondary sources are labelled', () => {
  const fees = platformFactRows(platform, { name: 'B2B', href: '/models/b2b/' }).find((r) => r.label === 'Fees')!;
  expect(fees.items.map((i) => i.citation?.kind)).toEqual(['secondary', 'official']);
});

test('further facts alone make rows for any lesson', () => {
  expect(labelledFactRows([])).toEqual([]);
  expect(labelledFactRows([{ id: 'buyers', label: 'Buyers', value: '50 million', shelf: 'count', ...cite('2024-07-01') }])[0]).toMatchObject({ label: 'Buyers', items: [{ id: 'buyers', text: '50 million' }] });
});

describe('<Fact id> in a body', () => {
  const data = {
    founded: { value: '1999' },
    fees: [{ id: 'commission' }],
    facts: [{ id: 'buyers' }],
    timeline: [{ id: 'launch' }],
  };

  test('finds every <Fact>, with its line, but not in code', () => {
    const body = ['Founded <Fact id="founded" />.', '', "It charges <Fact id='commission'/>.", '`<Fact id="in-code" />`', '```', '<Fact id="in-block" />', '```', '<Fact name="x" />'].join('\n');
    expect(factRefs(body)).toEqual([
      { id: 'founded', line: 1 },
      { id: 'commission', line: 3 },
      { id: undefined, line: 8 },
    ]);
  });

  test('names facts, fees and named facts; not timeline events, typos or a missing id', () => {
    expect([...addressableFactIds(data)].sort()).toEqual(['buyers', 'commission', 'founded']);
    const body = '<Fact id="buyers" /> <Fact id="comission" />\n<Fact id="launch" />\n<Fact />';
    const problems = unknownFactRefs(data, body, 10);
    expect(problems.map((p) => [p.id, p.line])).toEqual([['comission', 10], ['launch', 11], [undefined, 12]]);
    expect(problems[0]!.message).toMatch(/no fact or fee of this file has the id "comission".*did you mean "commission"\?/);
    expect(problems[1]!.message).toMatch(/"launch" is one of the timeline, which <Fact> cannot print/);
    expect(problems[2]!.message).toMatch(/needs its id as a quoted string/);
  });
});
