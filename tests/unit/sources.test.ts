import { expect, test } from 'vitest';
import { collectSources, formatAsOf, formatChecked } from '../../src/lib/sources.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const a = { source: 'https://a.example/', kind: 'official' as const, asOf: day('2024-03-15'), checked: day('2026-11-25') };
const b = { source: 'https://b.example/', kind: 'secondary' as const, undated: true as const, checked: day('2026-11-25') };

test('gathers every citation once, in first-cited order, keeping the latest dates and a title', () => {
  const rows = collectSources({
    founded: { value: '1999', ...a },
    fees: [{ label: 'x', amount: '1%', ...b }],
    claims: [{ claim: 'c', sources: [{ ...a, asOf: day('2025-01-01'), checked: day('2026-12-01'), sourceTitle: 'A' }] }],
  });
  const iso = (d: Date | undefined) => d?.toISOString().slice(0, 10);
  expect(rows.map((r) => [r.url, r.title, iso(r.asOf), r.undated, iso(r.checked)])).toEqual([
    ['https://a.example/', 'A', '2025-01-01', false, '2026-12-01'],
    ['https://b.example/', undefined, undefined, true, '2026-11-25'],
  ]);
});

test('formats as-of dates, and shows undated sources with the day they were checked', () => {
  expect(formatAsOf({ asOf: day('2024-07-01'), checked: day('2026-11-25') })).toBe('as of July 2024');
  expect(formatAsOf({ checked: day('2026-11-25') })).toBe('undated source, checked November 25, 2026');
  expect(formatChecked(day('2026-11-25'))).toBe('checked November 25, 2026');
});
