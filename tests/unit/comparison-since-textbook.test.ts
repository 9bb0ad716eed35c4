/**
 * The platforms since the textbook (Temu, SHEIN, TikTok Shop) are part of the comparison: a row each in the table
 * the compare page renders, and a line each in /compare.csv as the route writes it, built from the real content.
 */
import { getCollection } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { csvHeader } from '../../src/lib/comparison.ts';
import { getComparison } from '../../src/lib/comparisonData.ts';
import { sinceTextbookPlatforms } from '../../src/lib/contentRules.ts';
import { GET } from '../../src/pages/compare.csv.ts';
import { parseCsv } from '../checks/csv.ts';

const expected = { temu: 'Temu', shein: 'SHEIN', 'tiktok-shop': 'TikTok Shop' } as const;
const ids = Object.keys(expected) as (keyof typeof expected)[];


const platforms = await getCollection('platforms');
const { rows } = await getComparison();

test('the course lists these three as its platforms since the textbook', () => {
  expect([...sinceTextbookPlatforms].sort()).toEqual([...ids].sort());
});

describe('the comparison table', () => {
  test.each(ids)('has a row for %s, marked since the textbook, with its fit and facts', (id) => {
    const entry = platforms.find((p) => p.id === id);
    expect(entry, `content/platforms/${id}.mdx is missing`).toBeDefined();
    const row = rows.find((r) => r.id === id);
    expect(row, `no comparison row for ${id}`).toBeDefined();
    expect(row).toMatchObject({ name: expected[id], href: `/platforms/${id}/`, sinceTextbook: true, identified: true, status: entry!.data.status });
    expect(row!.model.id).toBe(entry!.data.model.id);
    expect(row!.fit).toEqual(entry!.data.fit);
    // Its facts reach the table with their figures, not as empty cells.
    expect(row!.fees.length).toBe(entry!.data.fees.length);
    expect(row!.founded?.text).toBe(entry!.data.founded?.value);
  });
});

// The CSV exactly as the route writes it at build time.
const site = new URL('https://course.example/');
const response = await GET({ site } as Parameters<typeof GET>[0]);
const csvText = await response.text();

describe('/compare.csv', () => {
  const table = parseCsv(csvText.replace(/^\uFEFF/, ''));
  const header = table[0]!;
  const line = (id: string) => {
    const r = table.find((cells) => cells[0] === id);
    return r && Object.fromEntries(header.map((h, i) => [h, r[i]]));
  };

  test('is the header and one line per comparison row', () => {
    expect(header).toEqual([...csvHeader]);
    expect(table.slice(1).map((r) => r[0]).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const r of table) expect(r).toHaveLength(csvHeader.length);
  });

  test.each(ids)('has a line for %s with its name, lesson and facts', (id) => {
    const entry = platforms.find((p) => p.id === id)!;
    const csv = line(id);
    expect(csv, `no CSV line for ${id}`).toBeDefined();
    expect(csv).toMatchObject({
      platform: expected[id],
      lesson_url: new URL(`platforms/${id}/`, site).href,
      status: entry.data.status,
      founded: entry.data.founded?.value ?? '',
      seller_profiles: entry.data.fit?.sellerProfiles.join(';'),
      brand_control: entry.data.fit?.brandControl,
    });
    for (const fee of entry.data.fees) expect(csv!.fees).toContain(`${fee.label}: ${fee.amount}`);
  });
});
