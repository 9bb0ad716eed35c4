/**
 * Migration 2 of the second edition: ids on every fact, fee and claim, two dates on every citation,
 * a shelf on every labelled fact, quiz options as { text } objects.
 *
 * - `checked: true` meant "asOf is the day we checked, the source is undated": it becomes
 *   `undated: true` with `checked: <that day>`, and `asOf` goes.
 * - Any other citation keeps its `asOf` and gets `checked: <the lesson's lastReviewed>` (the day its author
 *   last checked the lesson against its sources), never today: no check is invented.
 * - Ids come from labels (facts, fees) and the claim's first words, made unique in the entry.
 * - A labelled fact's shelf is guessed from its words; authors correct it where the guess is wrong.
 * Run once: `npx node scripts/migrations/2026-12-01-ids-and-checked.ts [contentDir]`. Running it again changes nothing.
 */
import { isMap, isScalar, isSeq, Scalar, YAMLMap, type Document } from 'yaml';
import GithubSlugger from 'github-slugger';
import { migrate } from './frontmatter.ts';

const citationOwners = ['founded', 'headquarters', 'owner', 'payments', 'logistics', 'buyerMarkets'];

function day(s: unknown): string | undefined {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
}

function quoted(value: string): Scalar {
  const s = new Scalar(value);
  s.type = Scalar.QUOTE_SINGLE;
  return s;
}

/** Rewrites one citation map in place. */
function migrateCitation(map: YAMLMap, lastReviewed: string): void {
  if (!map.has('source')) return;
  const asOf = day(map.get('asOf'));
  const checked = map.get('checked');
  if (checked === true) {
    map.delete('asOf');
    map.delete('checked');
    map.set('undated', true);
    if (asOf) map.set('checked', quoted(asOf));
  } else if (checked === undefined && asOf) {
    map.set('checked', quoted(asOf > lastReviewed ? asOf : lastReviewed));
  }
}

/** Puts `id` first in a map, if it has none. */
function addId(doc: Document, map: YAMLMap, id: string): void {
  if (map.has('id')) return;
  map.items.unshift(doc.createPair('id', id) as never);
}

const slugOf = (text: string, words = 6) =>
  new GithubSlugger().slug(text.split(/\s+/).slice(0, words).join(' ').replace(/[^\p{L}\p{N}\s-]/gu, ''));

/** Makes `base` unique among `used` by appending -2, -3… */
function unique(base: string, used: Set<string>): string {
  const clean = base.replace(/-+/g, '-').replace(/^-|-$/g, '') || 'item';
  let id = clean;
  for (let n = 2; used.has(id); n++) id = `${clean}-${n}`;
  used.add(id);
  return id;
}

/** A first guess at a labelled fact's shelf from its words. */
export function guessShelf(label: string, value: string): string {
  const t = `${label} ${value}`.toLowerCase();
  if (/\b(founded|launched|listed|ipo|history|acquired|sold to|renamed|went public|incorporated|opened in|since \d{4})\b/.test(label.toLowerCase())) return 'history';
  if (/exchange rate|conversion|currency/.test(t)) return 'rate';
  if (/\bfee|price|cost|commission|subscription|membership|plan\b|us\$|€|£|¥|rmb|cny/.test(t)) return 'price';
  if (/vat|ioss|de minimis|duty|duties|customs|tariff|tax|rule|policy|payout|reserve|law|regulation|required|ban/.test(t)) return 'rule';
  if (/largest|rank|top |biggest|leading/.test(t)) return 'ranking';
  return 'count';
}

export function migrateEntry(doc: Document): void {
  const lastReviewed = day(doc.get('lastReviewed')) ?? '2026-11-25';
  const used = new Set<string>(citationOwners);
  for (const key of citationOwners) {
    const node = doc.get(key, true);
    if (isMap(node)) migrateCitation(node, lastReviewed);
  }
  for (const list of ['facts', 'fees', 'claims', 'timeline', 'risks']) {
    const seq = doc.get(list, true);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) {
      if (!isMap(item)) continue;
      if (list === 'claims') {
        addId(doc, item, unique(slugOf(String(item.get('claim') ?? 'claim')), used));
        const sources = item.get('sources', true);
        if (isSeq(sources)) for (const s of sources.items) if (isMap(s)) migrateCitation(s, lastReviewed);
        continue;
      }
      const existing = item.get('id');
      if (typeof existing === 'string') used.add(existing);
      else addId(doc, item, unique(slugOf(String(item.get('label') ?? item.get('event') ?? list)), used));
      if (list === 'facts' && !item.has('shelf')) {
        const shelf = guessShelf(String(item.get('label') ?? ''), String(item.get('value') ?? ''));
        // after the value, before the citation
        const at = item.items.findIndex((p) => isScalar(p.key) && p.key.value === 'source');
        const pair = doc.createPair('shelf', shelf);
        item.items.splice(at < 0 ? item.items.length : at, 0, pair as never);
      }
      migrateCitation(item, lastReviewed);
    }
  }
  const quiz = doc.get('quiz', true);
  if (isSeq(quiz)) {
    for (const q of quiz.items) {
      if (!isMap(q)) continue;
      const options = q.get('options', true);
      if (!isSeq(options)) continue;
      options.items = options.items.map((o) => (isScalar(o) ? doc.createNode({ text: String(o.value) }) : o)) as never;
    }
  }
}

if (import.meta.main) {
  const changed = migrate(process.argv[2] ?? 'content', (doc) => migrateEntry(doc));
  console.log(`migrated ${changed.length} files`);
}
