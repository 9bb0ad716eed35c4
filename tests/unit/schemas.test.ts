/** The schemas' own rules, checked directly (the build-error tests check the messages authors see). */
import { describe, expect, test } from 'vitest';
import { buildDate, calendarDay, eventDate, isCalendarDay } from '../../src/schemas/dates.ts';
import { factSchema, labelledFactSchema, timelineEventSchema } from '../../src/schemas/fact.ts';
import { checkIds, claimSchema, quizQuestionSchema } from '../../src/schemas/lesson.ts';
import { lessonSchema } from '../../src/schemas/collections.ts';
import { z } from 'astro/zod';

const cite = { source: 'https://example.com/', kind: 'news', asOf: '2024-05-01', checked: '2026-11-25' };
const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('dates', () => {
  test('are real calendar days', () => {
    expect(['2024-02-29', '2025-12-31', '1990-01-01'].every(isCalendarDay)).toBe(true);
    expect(['2025-02-30', '2025-13-45', '2023-02-29', '2025-1-5', '20250101', ''].some(isCalendarDay)).toBe(false);
  });
  test('must be quoted strings: a YAML timestamp is refused with what to change', () => {
    const r = calendarDay.safeParse(new Date('2025-03-02'));
    expect(messages(r)).toEqual([expect.stringMatching(/^: write the date in quotes/)]);
  });
  test('refuse impossible days, days before 1990 and days after the build date', () => {
    expect(messages(calendarDay.safeParse('2025-02-30'))[0]).toMatch(/not a real day/);
    expect(messages(calendarDay.safeParse('2025-13-45'))[0]).toMatch(/not a real day/);
    expect(messages(calendarDay.safeParse('1989-12-31'))[0]).toMatch(/before 1990/);
    expect(messages(calendarDay.safeParse('2999-01-01'))[0]).toMatch(/after the build date/);
    expect(calendarDay.parse('2024-05-01')).toEqual(new Date('2024-05-01T00:00:00Z'));
  });
  test('the build date honours SOURCE_DATE_EPOCH', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1735689600' })).toBe('2025-01-01');
    expect(buildDate({})).toBe(new Date().toISOString().slice(0, 10));
  });
  test('timeline events may be years, months or days, and may lie ahead (scheduled)', () => {
    for (const ok of ['2016', '2024-07', '2024-07-09', '2027-01-01']) expect(eventDate.safeParse(ok).success).toBe(true);
    for (const bad of ['2024-13', '2024-02-30', 'July 2024', '1985']) expect(eventDate.safeParse(bad).success).toBe(false);
  });
});

describe('citations', () => {
  test('need a source URL, a kind, asOf (or undated) and checked', () => {
    expect(factSchema.safeParse({ value: 'x', ...cite }).success).toBe(true);
    expect(factSchema.safeParse({ value: 1999, ...cite }).data?.value).toBe('1999');
    expect(factSchema.safeParse({ value: 'x', ...cite, source: 'example.com' }).success).toBe(false);
    expect(factSchema.safeParse({ value: 'x', ...cite, source: 'ftp://example.com/' }).success).toBe(false);
    expect(factSchema.safeParse({ value: 'x', ...cite, asOf: 'last year' }).success).toBe(false);
    expect(factSchema.safeParse({ value: 'x', ...cite, kind: 'blog' }).success).toBe(false);
    expect(factSchema.safeParse({ value: 'x', ...cite, note: 'unknown keys are rejected' }).success).toBe(false);
    const { checked: _c, ...noChecked } = cite;
    expect(messages(factSchema.safeParse({ value: 'x', ...noChecked }))).toEqual([expect.stringMatching(/^checked: /)]);
  });
  test('an undated source has no asOf; a dated one needs it', () => {
    const { asOf: _a, ...noAsOf } = cite;
    expect(factSchema.safeParse({ value: 'x', ...noAsOf, undated: true }).success).toBe(true);
    expect(messages(factSchema.safeParse({ value: 'x', ...noAsOf }))).toEqual([expect.stringMatching(/^asOf: asOf is required/)]);
    expect(messages(factSchema.safeParse({ value: 'x', ...cite, undated: true }))).toEqual([expect.stringMatching(/^undated: /)]);
  });
  test('checked is never before asOf', () => {
    expect(messages(factSchema.safeParse({ value: 'x', ...cite, checked: '2024-04-30' }))).toEqual([expect.stringMatching(/^checked: checked is before asOf/)]);
    expect(factSchema.safeParse({ value: 'x', ...cite, checked: '2024-05-01' }).success).toBe(true);
  });
  test('labelled facts need a kebab-case id and a shelf', () => {
    const fact = { id: 'sellers-2024', label: 'Sellers', value: '200,000', shelf: 'count', ...cite };
    expect(labelledFactSchema.safeParse(fact).success).toBe(true);
    expect(messages(labelledFactSchema.safeParse({ ...fact, id: 'Sellers 2024' }))[0]).toMatch(/^id: must be kebab-case/);
    expect(messages(labelledFactSchema.safeParse({ ...fact, shelf: undefined }))[0]).toMatch(/^shelf: /);
  });
  test('timeline events carry a date, an event and a citation', () => {
    expect(timelineEventSchema.safeParse({ id: 'fba', date: '2006-09', event: 'Fulfillment by Amazon opens.', ...cite }).success).toBe(true);
    expect(timelineEventSchema.safeParse({ id: 'fba', date: '2006-09', event: 'Fulfillment by Amazon opens.' }).success).toBe(false);
  });
});

describe('ids', () => {
  test('are unique in an entry, across facts, fees, claims and timeline, and never a named fact', () => {
    const issues: string[] = [];
    const ctx = { addIssue: (i: unknown) => void issues.push(`${(i as { path: PropertyKey[] }).path.join('.')}: ${(i as { message: string }).message}`) };
    checkIds({ facts: [{ id: 'a' }, { id: 'owner' }], fees: [{ id: 'a' }], timeline: [{ id: 'b' }], claims: [{ id: 'b' }] }, ctx);
    expect(issues).toEqual([
      'facts.1.id: id "owner" is already used by owner in this entry: ids must be unique in an entry',
      'fees.0.id: id "a" is already used by facts.0 in this entry: ids must be unique in an entry',
      'timeline.0.id: id "b" is already used by claims.0 in this entry: ids must be unique in an entry',
    ]);
  });
});

describe('quiz questions', () => {
  const q = { kind: 'applied', question: 'Which is right here?', options: [{ text: 'a', why: 'Because a is wrong.' }, { text: 'b' }, { text: 'c' }], answer: 2, explanation: 'Because c is right.' };
  test('accept an answer index in range', () => expect(quizQuestionSchema.safeParse(q).success).toBe(true));
  test('reject an answer index out of range, on the answer field', () => {
    const result = quizQuestionSchema.safeParse({ ...q, answer: 3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['answer']);
  });
  test('options are objects with text, and kind is applied or recall', () => {
    expect(quizQuestionSchema.safeParse({ ...q, options: ['a', 'b'] }).success).toBe(false);
    expect(quizQuestionSchema.safeParse({ ...q, kind: 'trivia' }).success).toBe(false);
  });
});

describe('verdicts', () => {
  const claim = { id: 'listed', claim: 'It was listed in 2015.', verdict: 'confirmed', today: 'The IPO was on April 16, 2015.' };
  test('need a source unless unverifiable', () => {
    expect(claimSchema.safeParse(claim).success).toBe(false);
    expect(claimSchema.safeParse({ ...claim, sources: [cite] }).success).toBe(true);
    expect(claimSchema.safeParse({ ...claim, verdict: 'unverifiable' }).success).toBe(true);
  });
  test('use the five labels only', () => {
    expect(claimSchema.safeParse({ ...claim, verdict: 'true', sources: [cite] }).success).toBe(false);
  });
});

test('a lesson refuses duplicate ids through its collection schema', () => {
  const schema = lessonSchema(() => z.string());
  const base = { title: 'Intro', description: 'x'.repeat(60), order: 1, objectives: ['learn one thing', 'learn another'], takeaways: ['takeaway one', 'takeaway two'], lastReviewed: '2026-11-25', module: 'introduction' };
  const fact = { label: 'Sellers', value: 'v', shelf: 'count', ...cite };
  expect(schema.safeParse({ ...base, facts: [{ id: 'x', ...fact }] }).success).toBe(true);
  expect(messages(schema.safeParse({ ...base, facts: [{ id: 'x', ...fact }, { id: 'x', ...fact }] }))).toEqual([expect.stringMatching(/^facts\.1\.id: id "x" is already used/)]);
});
