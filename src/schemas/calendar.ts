/**
 * Calendar rules without a validation library, so browser code (the fee calculator) can import them:
 * the build date and what counts as a real day. src/schemas/dates.ts builds the zod schemas on them.
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

