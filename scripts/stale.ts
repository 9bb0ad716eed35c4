/**
 * `npm run stale`: every fact past its shelf life on the build date (SOURCE_DATE_EPOCH pins it),
 * as file, id, value and dates. Exits 0: stale facts are work to do, not errors.
 */
import { parsedLessons } from '../src/lib/contentCheck.ts';
import { readContent } from '../src/lib/contentFiles.ts';
import { buildDate } from '../src/lib/stale.ts';
import { staleFacts } from '../src/lib/staleReport.ts';

const stale = staleFacts(parsedLessons(readContent()));
for (const f of stale) {
  const dates = f.asOf ? `as of ${f.asOf}, checked ${f.checked}` : `undated, checked ${f.checked}`;
  console.log(`${f.file}\t${f.id}\t${f.shelf}, stale since ${f.since}\t${dates}\t${f.value}`);
}
console.log(`${stale.length} stale fact(s) on ${buildDate()}`);
