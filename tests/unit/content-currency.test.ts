/**
 * "Correct and current": the second edition's rules over the real content. Every citation has two honest
 * dates; a source whose URL or title names a year is not dated much later; ids are unique; the large
 * platform and model lessons show a timeline; self-checks are mostly applied and explain every option.
 */
import { getCollection } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { findCitations } from '../../src/lib/sources.ts';
import { majorPlatforms, minimumAppliedShare, modelIds, quizRules, yearInSource } from '../../src/lib/contentRules.ts';
import { buildDate } from '../../src/lib/stale.ts';

const entries = [
  ...(await getCollection('platforms')).map((e) => ({ key: `platforms/${e.id}`, data: e.data as Record<string, unknown> & typeof e.data })),
  ...(await getCollection('models')).map((e) => ({ key: `models/${e.id}`, data: e.data as Record<string, unknown> & typeof e.data })),
  ...(await getCollection('lessons')).map((e) => ({ key: `lessons/${e.id}`, data: e.data as Record<string, unknown> & typeof e.data })),
];
const byKey = new Map(entries.map((e) => [e.key, e.data]));
const iso = (d: Date | undefined) => d?.toISOString().slice(0, 10);

/**
 * Citations whose URL or title names a year more than a year before their asOf, kept on purpose.
 * Key: "<lesson> <source URL>"; value: why the later asOf is right.
 */
const yearExceptions: Record<string, string> = {
  'platforms/amazon https://todayinhistory.org/07/05/1994-amazon-com-founded-in-bellevue-washington-by-jeff-bezos/':
    'the URL names the year of the event it recounts (1994); the page itself is dated July 5, 2022',
  'models/b2b https://arcopost.com/tpost/j6ca9e1ay1-incoterms-2020':
    '"Incoterms 2020" is the name of the rules edition, not the year of the page (which is undated)',
};

describe('every citation has two honest dates', () => {
  test.each(entries.map((e) => e.key))('%s', (key) => {
    const today = buildDate();
    const citations = findCitations(byKey.get(key));
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) {
      expect(c.checked, `${key}: ${c.source} has no checked date`).toBeInstanceOf(Date);
      expect(iso(c.checked)! <= today, `${key}: ${c.source} checked after the build date`).toBe(true);
      if (c.asOf) {
        expect(iso(c.asOf)! <= iso(c.checked)!, `${key}: ${c.source} checked before its asOf`).toBe(true);
        expect(c.undated, `${key}: ${c.source} is both dated and undated`).toBeUndefined();
      } else {
        expect(c.undated, `${key}: ${c.source} has neither asOf nor undated: true`).toBe(true);
      }
    }
  });
});

describe('a source whose URL or title names a year is not dated more than a year later', () => {
  test.each(entries.map((e) => e.key))('%s', (key) => {
    const flagged = findCitations(byKey.get(key)).flatMap((c) => {
      const year = yearInSource(c);
      const asOfYear = (c.asOf ?? c.checked).getUTCFullYear();
      if (year === undefined || asOfYear - year <= 1) return [];
      if (yearExceptions[`${key} ${c.source}`]) return [];
      return [`${c.source} names ${year} but is dated ${iso(c.asOf) ?? `undated, checked ${iso(c.checked)}`}`];
    });
    expect(flagged).toEqual([]);
  });
  test('every listed exception still matches a citation of the course', () => {
    const all = new Set(entries.flatMap((e) => findCitations(e.data).map((c) => `${e.key} ${c.source}`)));
    expect(Object.keys(yearExceptions).filter((k) => !all.has(k))).toEqual([]);
  });
});

describe('ids are unique in each entry', () => {
  test.each(entries.map((e) => e.key))('%s', (key) => {
    const d = byKey.get(key)! as { facts: { id: string }[]; claims: { id: string }[]; timeline: { id: string }[]; fees?: { id: string }[]; risks?: { id: string }[] };
    const ids = [...d.facts, ...d.claims, ...d.timeline, ...(d.fees ?? []), ...(d.risks ?? [])].map((x) => x.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('the large platform and model lessons show what changed since the textbook', () => {
  test.each([...majorPlatforms.map((id) => `platforms/${id}`), ...modelIds.map((id) => `models/${id}`)])('%s', (key) => {
    const timeline = byKey.get(key)!.timeline;
    expect(timeline.length, `${key} has no timeline`).toBeGreaterThanOrEqual(3);
    for (const event of timeline) {
      expect(event.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(event.source).toMatch(/^https?:\/\//);
    }
  });
});

describe('self-checks test decisions and explain every option', () => {
  test.each(entries.filter((e) => e.data.quiz.length > 0).map((e) => e.key))('%s', (key) => {
    const rules = quizRules(byKey.get(key)!.quiz);
    expect(rules.withoutKind, `${key}: questions without kind`).toEqual([]);
    expect(rules.optionsWithoutWhy, `${key}: options without why`).toEqual([]);
    expect(rules.applied / rules.total, `${key}: ${rules.applied} of ${rules.total} questions are applied`).toBeGreaterThanOrEqual(minimumAppliedShare);
  });
});

describe('the corrections log', () => {
  test('every correction names a lesson and cites evidence that lesson cites, with the same kind and dates', async () => {
    const corrections = await getCollection('corrections');
    expect(corrections.length).toBeGreaterThan(0);
    for (const { data: c } of corrections) {
      const lesson = byKey.get(c.lesson);
      expect(lesson, `correction "${c.id}" names ${c.lesson}, which is not a lesson`).toBeDefined();
      const cited = findCitations(lesson);
      for (const s of c.sources) {
        const matches = cited.filter((x) => x.source === s.source);
        expect(matches.length, `correction "${c.id}": ${s.source} is not cited in ${c.lesson}`).toBeGreaterThan(0);
        expect(matches.map((m) => `${m.kind} ${iso(m.asOf)}`), `correction "${c.id}": ${s.source}`).toContain(`${s.kind} ${iso(s.asOf)}`);
      }
    }
  });
});
