import { z } from 'astro/zod';

/**
 * Dates in frontmatter are quoted `'YYYY-MM-DD'` strings, checked here as real calendar days.
 * Unquoted, YAML reads `2025-02-30` as a timestamp and silently turns it into March 2 before any
 * schema sees it; quoted, the schema sees what the author wrote and can refuse it.
 */

/** The earliest day a source of this course can describe (the commercial web is younger). */
export const earliestDay = '1990-01-01';

/**
 * "Today" for the build, as `YYYY-MM-DD` in UTC. Honours `SOURCE_DATE_EPOCH` (seconds since 1970),
 * so reproducible builds and tests can pin the day that dates are checked and stale facts are judged against.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString().slice(0, 10);
}

/** True when `text` names a real day of the Gregorian calendar (`2025-02-30` does not). */
export function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True for `YYYY`, `YYYY-MM` (a real month) or a real `YYYY-MM-DD`: how precisely a timeline event is known. */
export function isPartialDate(text: string): boolean {
  if (/^\d{4}$/.test(text)) return true;
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return isCalendarDay(text);
}

const quoted = (input: unknown) =>
  input instanceof Date
    ? `write the date in quotes, as 'YYYY-MM-DD': unquoted, YAML reads it as a timestamp (here ${input.toISOString().slice(0, 10)}) and silently turns impossible dates into other days`
    : `must be a date written as a quoted string 'YYYY-MM-DD'`;

/**
 * A real calendar day, not before 1990 and not after the build date.
 * Parsed to a `Date` at midnight UTC for the code that formats and compares dates.
 * @example '2025-02-07'
 */
export const calendarDay = z
  .string({ error: (issue) => quoted(issue.input) })
  .refine(isCalendarDay, { error: (issue) => `"${String(issue.input)}" is not a real day: write a date that exists, as 'YYYY-MM-DD'` })
  .refine((day) => day >= earliestDay, { error: `is before ${earliestDay}: check the year` })
  .refine((day) => day <= buildDate(), {
    error: (issue) => `"${String(issue.input)}" lies after the build date (${buildDate()}): a source cannot describe, or be checked on, a day that has not come`,
  })
  .transform((day) => new Date(`${day}T00:00:00Z`));

/**
 * When a timeline event happened or takes effect: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precisely as the
 * source says. It may lie in the future (a rule that takes effect next year is shown as scheduled).
 * @example '2024-07'
 */
export const eventDate = z
  .string({ error: (issue) => quoted(issue.input) })
  .refine(isPartialDate, { error: (issue) => `"${String(issue.input)}" is not a real date: write 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'` })
  .refine((day) => day >= '1990', { error: `is before 1990: check the year` });
