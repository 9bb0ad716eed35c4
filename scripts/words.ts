/**
 * Word count per lesson (the MDX body an author wrote), with the minimums the course sets
 * (decisions.md, "Content"). `npm run words`; exits 1 when a lesson is under its minimum.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords } from '../src/lib/words.ts';
import { minimumWords } from '../src/lib/contentRules.ts';

const root = process.env.CONTENT_DIR ?? 'content';
let short = 0;
const rows: [string, number, number][] = [];
for (const folder of ['lessons', 'models', 'platforms']) {
  for (const name of readdirSync(join(root, folder)).filter((n) => n.endsWith('.mdx')).sort()) {
    const id = `${folder}/${name.replace(/\.mdx$/, '')}`;
    const body = readFileSync(join(root, folder, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const words = countWords(body);
    const min = minimumWords(id);
    rows.push([id, words, min]);
    if (words < min) short++;
  }
}
const width = Math.max(...rows.map(([id]) => id.length));
for (const [id, words, min] of rows) {
  console.log(`${id.padEnd(width)}  ${String(words).padStart(5)}  (min ${min})${words < min ? '  SHORT' : ''}`);
}
const sorted = rows.map(([, w]) => w).sort((a, b) => a - b);
console.log(`\n${rows.length} lessons, ${sorted.reduce((a, b) => a + b, 0)} words, median ${sorted[Math.floor(sorted.length / 2)]}`);
if (short) {
  console.error(`${short} lesson(s) under the minimum`);
  process.exitCode = 1;
}
