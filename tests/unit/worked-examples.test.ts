/**
 * Every sale a lesson works through (`workedExamples`, the case studies) is recomputed with the fee calculator's
 * functions from the platform's own fee data: the totals a lesson states cannot drift from the data.
 */
import { getCollection } from 'astro:content';
import { expect, test } from 'vitest';
import { quotePlatform } from '../../src/lib/fees.ts';

const platforms = new Map((await getCollection('platforms')).map((p) => [p.id, p.data.fees]));
const lessons = [...(await getCollection('lessons')), ...(await getCollection('models')), ...(await getCollection('platforms'))];
const examples = lessons.flatMap((l) => l.data.workedExamples.map((w) => ({ lesson: `${l.collection}/${l.id}`, ...w })));

test('the case studies work sales through the calculator', () => {
  const caseStudies = lessons.filter((l) => l.data.title.startsWith('Case study:'));
  for (const c of caseStudies) expect(c.data.workedExamples.length, `${c.id} prices no sale`).toBeGreaterThan(0);
});

test.each(examples.map((e) => [`${e.lesson} ${e.id}`, e] as const))('%s', (_name, e) => {
  const fees = platforms.get(e.platform);
  expect(fees, `${e.lesson}: ${e.platform} is not a platform of the course`).toBeDefined();
  const quote = quotePlatform(e.platform, fees!, e.sale);
  expect(quote.status, `${e.lesson}: ${e.platform} has no fee figures for this sale`).toBe('priced');
  if (quote.status !== 'priced') return;
  expect({ total: quote.total, payout: quote.payout }).toEqual({ total: e.total, payout: e.payout });
});
