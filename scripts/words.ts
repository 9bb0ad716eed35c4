/**
 * Word count per lesson (the MDX body an author wrote), with the minimums the course sets
 * (docs/design.md, "Content"). `npm run words`; exits 1 when a lesson is under its minimum.
 */
import { minimumWords } from '../src/lib/contentRules.ts';
import { lessonWordCounts, medianAndLongest } from './lib/lessonWords.ts';

const rows = lessonWordCounts(process.env.CONTENT_DIR ?? 'content');
const width = Math.max(...rows.map((r) => r.id.length));
let short = 0;
for (const { id, words } of rows) {
  const min = minimumWords(id);
  if (words < min) short++;
  console.log(`${id.padEnd(width)}  ${String(words).padStart(5)}  (min ${min})${words < min ? '  SHORT' : ''}`);
}
const { median, longest } = medianAndLongest(rows);
const total = rows.reduce((sum, r) => sum + r.words, 0);
console.log(`\n${rows.length} lessons, ${total} words; median ${median.words} (${median.id}), longest ${longest.words} (${longest.id})`);
if (short) {
  console.error(`${short} lesson(s) under the minimum`);
  process.exitCode = 1;
}
