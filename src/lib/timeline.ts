/**
 * A lesson's timeline ("what changed since the textbook") as the page lists it: oldest first, each event
 * with its date as precisely as the source gives it, marked scheduled when it lies after the build date.
 */
import type { TimelineEvent } from '../schemas/fact';
import type { Citation } from './sources';
import { buildDate } from './stale';

export interface TimelineItem {
  id: string;
  /** As written in frontmatter: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (also the <time datetime>). */
  date: string;
  /** "2016", "July 2024", "July 9, 2024". */
  label: string;
  /** The event lies after the build date: a rule that takes effect later. */
  scheduled: boolean;
  event: string;
  citation: Citation;
}

const month = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const full = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2016", "July 2024" or "July 9, 2024", as precisely as the date is written. */
export function formatEventDate(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return month.format(new Date(`${date}-01T00:00:00Z`));
  return full.format(new Date(`${date}T00:00:00Z`));
}

/** The events oldest first (a stable sort: events of one day keep the author's order). */
export function timelineItems(events: readonly TimelineEvent[], today: string = buildDate()): TimelineItem[] {
  return [...events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ id, date, event, ...citation }) => ({
      id,
      date,
      label: formatEventDate(date),
      // A year or month still to come, or a day after today, compared at the date's own precision.
      scheduled: date > today.slice(0, date.length),
      event,
      citation,
    }));
}
