import { expect, test } from 'vitest';
import { collectSources, formatAsOf } from '../../src/lib/sources.ts';

const a = { source: 'https://a.example/', kind: 'official' as const, asOf: new Date('2024-03-15') };
const b = { source: 'https://b.example/', kind: 'secondary' as const, asOf: new Date('2026-11-25'), checked: true };

test('gathers every citation once, in first-cited order, keeping the latest date and a title', () => {
  const rows = collectSources({
    founded: { value: '1999', ...a },
    fees: [{ label: 'x', amount: '1%', ...b }],
    claims: [{ claim: 'c', sources: [{ ...a, asOf: new Date('2025-01-01'), sourceTitle: 'A' }] }],
  });
  expect(rows.map((r) => [r.url, r.title, r.asOf.toISOString().slice(0, 10), r.checked])).toEqual([
    ['https://a.example/', 'A', '2025-01-01', false],
    ['https://b.example/', undefined, '2026-11-25', true],
  ]);
});

test('formats as-of dates, and marks undated sources as checked', () => {
  expect(formatAsOf(new Date('2024-07-01'))).toBe('as of July 2024');
  expect(formatAsOf(new Date('2026-11-25'), true)).toBe('checked November 25, 2026');
});
