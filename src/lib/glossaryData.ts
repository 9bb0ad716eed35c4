/**
 * Loads the glossary once for the glossary page and its <head>, and hands it to the pure builders in
 * glossary.ts: every term with the lessons that use it, sorted and grouped by initial.
 */
import { getCollection } from 'astro:content';
import { getCourse } from './course';
import { alphabetIndex, buildGlossary, groupByInitial, letterAnchor, type GlossaryEntry } from './glossary';

/** A lesson as a glossary entry lists it. */
export interface GlossaryLesson {
  title: string;
  href: string;
  body: string;
}

export interface GlossaryData {
  /** Every term, sorted, with its related terms and the lessons that use it. */
  entries: GlossaryEntry<GlossaryLesson>[];
  /** The entries under their initial letter, each group with the id of its section on the page. */
  groups: { initial: string; anchor: string; terms: GlossaryEntry<GlossaryLesson>[] }[];
  /** The A–Z index above the sections: every letter, linked where terms start with it. */
  index: { letter: string; anchor?: string }[];
}

let cached: Promise<GlossaryData> | undefined;

export function getGlossary(): Promise<GlossaryData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<GlossaryData> {
  const [terms, { lessons }] = await Promise.all([getCollection('glossary'), getCourse()]);
  const entries = buildGlossary(
    terms.map((t) => ({ ...t.data, related: t.data.related.map((r) => r.id) })),
    lessons.map((l) => ({ title: l.title, href: l.href, body: l.entry.body ?? '' })),
  );
  const groups = groupByInitial(entries).map((g) => ({ ...g, anchor: letterAnchor(g.initial) }));
  return { entries, groups, index: alphabetIndex(groups.map((g) => g.initial)) };
}
