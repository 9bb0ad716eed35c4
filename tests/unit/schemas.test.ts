/** The schemas' own rules, checked directly (the build-error tests check the messages authors see). */
import { describe, expect, test } from 'vitest';
import { factSchema } from '../../src/schemas/fact.ts';
import { claimSchema, quizQuestionSchema } from '../../src/schemas/lesson.ts';

const cite = { source: 'https://example.com/', kind: 'news', asOf: '2024-05-01' };

describe('facts', () => {
  test('need a source URL, a kind and a real date', () => {
    expect(factSchema.safeParse({ value: 'x', ...cite }).success).toBe(true);
    expect(factSchema.safeParse({ value: 1999, ...cite }).data?.value).toBe('1999');
    expect(factSchema.safeParse({ value: 'x', ...cite, source: 'example.com' }).success).toBe(false);
    expect(factSchema.safeParse({ value: 'x', ...cite, source: 'ftp://example.com/' }).success).toBe(false);
    expect(factSchema.safeParse({ value: 'x', ...cite, asOf: 'last year' }).success).toBe(false);
    expect(factSchema.safeParse({ value: 'x', ...cite, kind: 'blog' }).success).toBe(false);
    expect(factSchema.safeParse({ value: 'x', ...cite, note: 'unknown keys are rejected' }).success).toBe(false);
  });
});

describe('quiz questions', () => {
  const q = { question: 'Which is right here?', options: ['a', 'b', 'c'], answer: 2, explanation: 'Because c is right.' };
  test('accept an answer index in range', () => expect(quizQuestionSchema.safeParse(q).success).toBe(true));
  test('reject an answer index out of range, on the answer field', () => {
    const result = quizQuestionSchema.safeParse({ ...q, answer: 3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['answer']);
  });
});

describe('verdicts', () => {
  const claim = { claim: 'It was listed in 2015.', verdict: 'confirmed', today: 'The IPO was on April 16, 2015.' };
  test('need a source unless unverifiable', () => {
    expect(claimSchema.safeParse(claim).success).toBe(false);
    expect(claimSchema.safeParse({ ...claim, sources: [cite] }).success).toBe(true);
    expect(claimSchema.safeParse({ ...claim, verdict: 'unverifiable' }).success).toBe(true);
  });
  test('use the five labels only', () => {
    expect(claimSchema.safeParse({ ...claim, verdict: 'true', sources: [cite] }).success).toBe(false);
  });
});
