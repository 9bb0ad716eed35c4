/**
 * The facts past their shelf life, across the course: `npm run stale` lists them and the build prints
 * their count. Built from validated frontmatter, with the same shelf table as the pages' stale marker.
 */
import type { ShelfKind } from '../schemas/fact.ts';
import { defaultShelf, isStale, staleFrom, type Dated } from './stale.ts';

export interface StaleFact {
  file: string;
  id: string;
  value: string;
  asOf: string | undefined;
  checked: string;
  shelf: ShelfKind;
  /** The day the fact went stale. */
  since: string;
}

type Cited = Dated & { value?: string; amount?: string; shelf?: ShelfKind; id?: string };

const day = (d: Date | undefined) => d?.toISOString().slice(0, 10);

/** Every fact of one entry with the shelf it is judged by: named facts, fees, further facts. */
export function entryFacts(data: Record<string, unknown>): { id: string; fact: Cited; shelf: ShelfKind }[] {
  const out: { id: string; fact: Cited; shelf: ShelfKind }[] = [];
  for (const key of ['founded', 'headquarters', 'owner', 'payments', 'logistics', 'buyerMarkets', 'reach'] as const) {
    const fact = data[key] as Cited | undefined;
    if (fact) out.push({ id: key, fact, shelf: fact.shelf ?? defaultShelf[key] });
  }
  for (const fee of (data.fees as Cited[] | undefined) ?? []) out.push({ id: fee.id!, fact: fee, shelf: fee.shelf ?? defaultShelf.fees });
  for (const fact of (data.facts as Cited[] | undefined) ?? []) out.push({ id: fact.id!, fact, shelf: fact.shelf! });
  return out;
}

/** The stale facts of every entry on `today` ('YYYY-MM-DD'), in file order. */
export function staleFacts(entries: readonly { file: string; data: Record<string, unknown> }[], today?: string): StaleFact[] {
  return entries.flatMap(({ file, data }) =>
    entryFacts(data)
      .filter(({ fact, shelf }) => isStale(fact, shelf, today))
      .map(({ id, fact, shelf }) => ({
        file,
        id,
        value: String(fact.value ?? fact.amount ?? ''),
        asOf: day(fact.asOf),
        checked: day(fact.checked)!,
        shelf,
        since: day(staleFrom(fact, shelf))!,
      })),
  );
}
