/**
 * Migration 1 of the second edition: every date in frontmatter becomes a quoted 'YYYY-MM-DD' string,
 * so the schema sees what the author wrote (unquoted, YAML turns 2025-02-30 into March 2).
 * Run once: `npx node scripts/migrations/2026-12-01-quote-dates.ts [contentDir]`. Running it again changes nothing.
 */
import { isScalar, Scalar, visit, type Document } from 'yaml';
import { migrate } from './frontmatter.ts';

const dateKeys = new Set(['asOf', 'checked', 'lastReviewed', 'date']);

export function quoteDates(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && dateKeys.has(String(pair.key.value)) && isScalar(pair.value)) {
        const v = pair.value as Scalar;
        if (typeof v.value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(v.value)) v.type = Scalar.QUOTE_SINGLE;
      }
    },
  });
}

if (import.meta.main) {
  const changed = migrate(process.argv[2] ?? 'content', quoteDates);
  console.log(`quoted dates in ${changed.length} files`);
}
