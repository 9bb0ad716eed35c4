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
  /** Latest date any fact of this lesson was read from this source. */
  asOf: Date;
  checked: boolean;
}

/** Every object with a `source` URL inside a value, found depth-first. */
export function findCitations(value: unknown, found: Citation[] = []): Citation[] {
  if (Array.isArray(value)) {
    for (const v of value) findCitations(v, found);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    const v = value as Record<string, unknown>;
    if (typeof v.source === 'string' && v.asOf instanceof Date && typeof v.kind === 'string') found.push(v as unknown as Citation);
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
      rows.set(c.source, { url: c.source, title: c.sourceTitle, kind: c.kind, asOf: c.asOf, checked: !!c.checked });
    } else {
      row.title ??= c.sourceTitle;
      if (c.asOf > row.asOf) Object.assign(row, { asOf: c.asOf, checked: !!c.checked });
    }
  }
  return [...rows.values()];
}

const monthYear = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "as of July 2024", or "checked November 25, 2026" for an undated source. */
export function formatAsOf(asOf: Date, checked?: boolean): string {
  return checked ? `${strings.lesson.checked} ${fullDate.format(asOf)}` : `${strings.lesson.asOf} ${monthYear.format(asOf)}`;
}

/** "November 25, 2026". */
export function formatDate(date: Date): string {
  return fullDate.format(date);
}

/** ISO date for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
