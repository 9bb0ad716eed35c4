import { z } from 'astro/zod';

/**
 * Dates in frontmatter are quoted `'YYYY-MM-DD'` strings, checked here as real calendar days.
 * Unquoted, YAML reads `2025-02-30` as a timestamp and silently turns it into March 2 before any
 * schema sees it; quoted, the schema sees what the author wrote and can refuse it.
 */

import { buildDate, earliestDay, isCalendarDay, isPartialDate } from './calendar.ts';

export { buildDate, earliestDay, isCalendarDay, isPartialDate };

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
