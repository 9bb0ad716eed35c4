/**
 * Sources of a lesson, gathered from every fact, fee and verdict in its frontmatter,
 * so the sources list can never miss one the page cites.
 */
import type { z } from 'astro/zod';
import { strings } from './strings';
import type { citationSchema } from '../schemas/lesson';

export type Citation = z.infer<typeof citationSchema>;

export interface SourceRow {
  url: string;
  title: string | undefined;
  kind: Citation['kind'];
  /** The latest date a statement of this lesson cites the source as describing; none for an undated source. */
  asOf: Date | undefined;
  undated: boolean;
  /** The latest day a statement of this lesson was checked against this source. */
  checked: Date;
}

/** Every object with a `source` URL inside a value, found depth-first. */
export function findCitations(value: unknown, found: Citation[] = []): Citation[] {
  if (Array.isArray(value)) {
    for (const v of value) findCitations(v, found);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    const v = value as Record<string, unknown>;
    if (typeof v.source === 'string' && v.checked instanceof Date && typeof v.kind === 'string') found.push(v as unknown as Citation);
    for (const child of Object.values(v)) findCitations(child, found);
  }
  return found;
}

/** One row per URL, in first-cited order. */
export function collectSources(data: unknown): SourceRow[] {
  const rows = new Map<string, SourceRow>();
  for (const c of findCitations(data)) {
    const row = rows.get(c.source);
    if (!row) {
      rows.set(c.source, { url: c.source, title: c.sourceTitle, kind: c.kind, asOf: c.asOf, undated: !!c.undated, checked: c.checked });
    } else {
      row.title ??= c.sourceTitle;
      if (c.asOf && (!row.asOf || c.asOf > row.asOf)) Object.assign(row, { asOf: c.asOf, undated: false });
      if (c.checked > row.checked) row.checked = c.checked;
    }
  }
  return [...rows.values()];
}

/** The element id of a source's entry in the sources list of a lesson's facts-and-sources page ("source-3"). */
export function sourceAnchor(position: number): string {
  return `source-${position}`;
}

/**
 * Each source URL of a lesson with the anchor of its entry on the lesson's facts-and-sources page, numbered in
 * the order `collectSources` lists them, so a citation on the lesson page can point at its entry.
 */
export function sourceAnchors(data: unknown): Map<string, string> {
  return new Map(collectSources(data).map((row, i) => [row.url, sourceAnchor(i + 1)]));
}

const monthYear = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "as of July 2024", or "undated source, checked November 25, 2026". */
export function formatAsOf(c: { asOf?: Date | undefined; checked: Date }): string {
  return c.asOf ? `${strings.lesson.asOf} ${monthYear.format(c.asOf)}` : `${strings.lesson.undatedChecked} ${fullDate.format(c.checked)}`;
}

/** "checked November 25, 2026". */
export function formatChecked(checked: Date): string {
  return `${strings.lesson.checked} ${fullDate.format(checked)}`;
}

/** The day `<time datetime>` gives for a citation: the day it describes, or its check. */
export function citationDay(c: { asOf?: Date | undefined; checked: Date }): Date {
  return c.asOf ?? c.checked;
}

/** "November 25, 2026". */
export function formatDate(date: Date): string {
  return fullDate.format(date);
}

/** ISO date for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
