/**
 * The course's content rules (docs/design.md, "Content"), checked over the real content:
 * every platform the chapter names has a lesson, and every lesson carries its facts, quiz, verdicts and words.
 */
import { getCollection } from 'astro:content';
import { describe, expect, test } from 'vitest';
import claimsByLesson from '../fixtures/textbook-claims.json' with { type: 'json' };
import {
  chapterPlatforms,
  countSourcedFacts,
  majorPlatforms,
  minimumWords,
  modelIds,
  normalizeQuote,
} from '../../src/lib/contentRules.ts';
import { countWords } from '../../src/lib/words.ts';

const platforms = await getCollection('platforms');
const models = await getCollection('models');
const lessons = await getCollection('lessons');
const all = [
  ...platforms.map((e) => ({ key: `platforms/${e.id}`, entry: e })),
  ...models.map((e) => ({ key: `models/${e.id}`, entry: e })),
  ...lessons.map((e) => ({ key: `lessons/${e.id}`, entry: e })),
];
const byKey = new Map(all.map((x) => [x.key, x.entry]));

describe('every platform and model the chapter names has a lesson', () => {
  test.each(Object.entries(chapterPlatforms))('platform %s ("%s")', (id, name) => {
    const entry = platforms.find((p) => p.id === id);
    expect(entry, `content/platforms/${id}.mdx is missing`).toBeDefined();
    expect(entry!.data.textbookName).toBe(name);
  });
  test.each(modelIds)('model %s', (id) => {
    expect(models.find((m) => m.id === id), `content/models/${id}.mdx is missing`).toBeDefined();
  });
});

describe('the nine large platforms and the six models carry at least five sourced facts', () => {
  test.each([...majorPlatforms.map((id) => `platforms/${id}`), ...modelIds.map((id) => `models/${id}`)])('%s', (key) => {
    const entry = byKey.get(key);
    expect(entry, `${key} is missing`).toBeDefined();
    expect(countSourcedFacts(entry!.data as Record<string, unknown>)).toBeGreaterThanOrEqual(5);
  });
});

type QuizData = { quiz: unknown[]; status?: string; identification?: { confidence: string; note: string }; fit?: unknown; claims: unknown[] };
const isUnidentified = (key: string) => (byKey.get(key)!.data as QuizData).status === 'unidentified';

describe('every lesson has at least three quiz questions', () => {
  test.each(all.map((x) => x.key).filter((key) => !isUnidentified(key)))('%s', (key) => {
    const data = byKey.get(key)!.data as QuizData;
    expect(data.quiz.length).toBeGreaterThanOrEqual(3);
  });
});

describe('an unidentified portal records the search instead of teaching the platform', () => {
  const unidentified = all.map((x) => x.key).filter(isUnidentified);
  test('the course has unidentified portals (the chapter names some that cannot be found)', () => {
    expect(unidentified.length).toBeGreaterThan(0);
  });
  test.each(unidentified)('%s', (key) => {
    const data = byKey.get(key)!.data as QuizData;
    // Nothing verified to rank, so no fit for the decision guide; the note says what was searched.
    expect(data.fit).toBeUndefined();
    expect(data.identification?.confidence).toBe('none');
    expect(data.identification?.note.trim().length).toBeGreaterThan(50);
    // The chapter's claim about it still gets a verdict.
    expect(data.claims.length).toBeGreaterThan(0);
  });
});

describe('every claim of the chapter has a verdict in its lesson', () => {
  test.each(Object.entries(claimsByLesson))('%s', (key, quotes) => {
    const entry = byKey.get(key);
    expect(entry, `${key} is missing`).toBeDefined();
    const judged = entry!.data.claims.map((c) => normalizeQuote(c.claim));
    const missing = quotes.filter((q) => !judged.includes(normalizeQuote(q)));
    expect(missing, `${key} has no verdict for these quotes`).toEqual([]);
  });
});

describe('lessons are long enough', () => {
  test.each(all.map((x) => x.key))('%s', (key) => {
    expect(countWords(byKey.get(key)!.body ?? '')).toBeGreaterThanOrEqual(minimumWords(key));
  });
});
