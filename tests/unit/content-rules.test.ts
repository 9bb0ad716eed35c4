/**
 * The course's content rules (docs/design.md, "Content"), checked over the real content:
 * every platform the chapter names has a lesson, and every lesson carries its facts, quiz, verdicts and words.
 */
import { getCollection } from 'astro:content';
import { describe, expect, test } from 'vitest';
import claimsByLesson from '../fixtures/textbook-claims.json' with { type: 'json' };
import {
  bareFigureExceptions,
  bareFigures,
  chapterPlatforms,
  countSourcedFacts,
  figureRuleLessons,
  majorPlatforms,
  minimumWords,
  modelIds,
  normalizeQuote,
  operationsLessons,
} from '../../src/lib/contentRules.ts';
import { factRefs } from '../../src/lib/factRefs.ts';
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

describe('figures in the prose come from frontmatter through <Fact id>', () => {
  test('the rule covers the operations, model and large platform lessons', () => {
    const large = ['alibaba', 'dhgate', 'global-sources', 'made-in-china', 'aliexpress', 'amazon', 'wish', 'ebay', 'etsy', 'temu', 'shein', 'tiktok-shop'];
    const expected = [...operationsLessons.map((id) => `lessons/${id}`), ...modelIds.map((id) => `models/${id}`), ...large.map((id) => `platforms/${id}`)];
    expect([...figureRuleLessons].sort()).toEqual(expected.sort());
    // Every entry names a lesson of the course, once: a mistyped key would leave its lesson unchecked.
    for (const key of figureRuleLessons) expect(byKey.has(key), `${key} is not a lesson of the course`).toBe(true);
    expect(new Set(figureRuleLessons).size).toBe(figureRuleLessons.length);
  });

  test.each([...figureRuleLessons])('%s writes no money, percentage or count as bare text', (key) => {
    const body = byKey.get(key)?.body;
    expect(body, `${key} is missing`).toBeDefined();
    const bare = bareFigures(body!).map((f) => `line ${f.line} of the body: "${f.figure}" in: ${f.text}`);
    expect(bare, `${key}: print these through <Fact id="…" /> from a fact of the frontmatter, or rephrase`).toEqual([]);
    // The lesson really quotes its figures: a rule that passes on a lesson without any would check nothing.
    expect(factRefs(body!).length).toBeGreaterThan(0);
  });

  test('money, percentages and counts are found; years, dates, names and arithmetic are not', () => {
    const found = (text: string) => bareFigures(text).map((f) => f.figure);
    expect(found('Etsy charges 2.5% and a fee of US$0.20, and €3 in the EU.')).toEqual(['2.5%', 'US$0.20', '€3']);
    expect(found('More than 600 brands across about 3,000 accounts; 4.6 billion parcels.')).toEqual(['600', '3,000', '4.6 billion']);
    expect(found('## The UK: £135 since 2021')).toEqual(['£135']);
    expect(found('Since March 12, 2026 and in the 2010s, under Section 301 and Executive Order 14324.')).toEqual([]);
    expect(found('A 10-digit code such as 6109.10.00, support 24/7, DD+7 payouts, B2B trade, FCA under Incoterms 2020.')).toEqual([]);
    expect(found('It is not 1688, a separate site of the group (1688.com).')).toEqual([]);
    expect(found('1. **Brand.** Register a trademark.')).toEqual([]);
    expect(found('It costs 2,000 × US$0.27 = US$540, and 19% of €20 = €3.80.')).toEqual([]);
    expect(found('It charges <Fact id="etsy-fee" /> of the sale.')).toEqual([]);
    expect(found('Use `5%` in code.')).toEqual([]);
  });

  test('a section whose heading, or a paragraph whose bold lead, names a worked example may use its own figures', () => {
    const body = ['## Fees', 'A fee of 6%.', '### A worked example', 'A US$54 order pays US$3.24.', '## Next', 'Up to 45 days.'].join('\n');
    expect(bareFigures(body).map((f) => [f.line, f.figure])).toEqual([[2, '6%'], [6, '45']]);
    const paragraph = ['**A worked check.** 400 orders,', 'so 5 ÷ 400.', '', 'A fee of 6%.'].join('\n');
    expect(bareFigures(paragraph).map((f) => [f.line, f.figure])).toEqual([[4, '6%']]);
  });

  test('every exception says why it is allowed', () => {
    for (const e of bareFigureExceptions) expect(e.why.length).toBeGreaterThan(10);
  });
});
