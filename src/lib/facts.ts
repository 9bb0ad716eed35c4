/**
 * The rows of a lesson's facts panel, from frontmatter alone: for a platform its model, status,
 * founding, headquarters, owner, fees, payments, logistics, buyer markets and website; for every lesson
 * the further facts it cites. Each value keeps its citation, so the panel shows its date and source.
 */
import type { CollectionEntry } from 'astro:content';
import type { ShelfKind } from '../schemas/fact';
import type { Citation } from './sources';
import { defaultShelf, isStale } from './stale';
import { namedFactFields } from './factRefs';
import { strings } from './strings';

export interface FactItem {
  /** The fact's id in its entry (named facts: the field name), for `data-fact` and `<Fact id>`. */
  id?: string;
  text: string;
  /** Where the value comes from, shown as "(as of … ; source)". */
  citation?: Citation;
  /** Past its shelf life on the build date: shown with "may be out of date" and `data-stale`. */
  stale?: boolean;
  /** The value is a link (the model's lesson, the website). */
  href?: string;
}

export interface FactRow {
  label: string;
  items: FactItem[];
}

type PlatformData = CollectionEntry<'platforms'>['data'];
type LabelledFacts = PlatformData['facts'];

type CitedValue = { value: string; shelf?: ShelfKind | undefined } & Citation;

/** A fact as the one fact renderer (FactValue.astro) shows it: text, citation, stale flag. */
export function citedItem(id: string, fact: CitedValue, fallbackShelf: ShelfKind): FactItem {
  const { value, source, sourceTitle, kind, asOf, undated, checked } = fact;
  const citation: Citation = { source, sourceTitle, kind, asOf, undated, checked };
  return { id, text: value, citation, stale: isStale(citation, fact.shelf ?? fallbackShelf) };
}

/** A lesson's further facts (`facts:`), one row each. */
export function labelledFactRows(facts: LabelledFacts): FactRow[] {
  return facts.map((fact) => ({ label: fact.label, items: [citedItem(fact.id, fact, fact.shelf)] }));
}

/** Every fact of an entry by id: named facts, further facts and fees, as `<Fact id>` prints them. */
export function factsById(d: Partial<PlatformData> & Pick<PlatformData, 'facts'>): Map<string, FactItem> {
  const byId = new Map<string, FactItem>();
  for (const key of namedFactFields) {
    const fact = d[key];
    if (fact) byId.set(key, citedItem(key, fact, defaultShelf[key]));
  }
  for (const fee of d.fees ?? []) byId.set(fee.id, citedItem(fee.id, { ...fee, value: fee.amount }, defaultShelf.fees));
  for (const fact of d.facts) byId.set(fact.id, citedItem(fact.id, fact, fact.shelf));
  return byId;
}

/** What `<Fact id>` in a lesson's body needs: the lesson's facts by id and where its facts-and-sources page is. */
export interface LessonFacts {
  byId: Map<string, FactItem>;
  /** The lesson's facts-and-sources page (site-absolute, before the base path); each fact's row is `#fact-<id>`. */
  sourcesPage: string;
}

/** The id of a fact's row on its lesson's facts-and-sources page, the target of a `<Fact>` marker. */
export function factAnchor(id: string): string {
  return `fact-${id}`;
}

/** The platform panel: who, where, what it costs and how it works, then the further facts. */
export function platformFactRows(d: PlatformData, model: { name: string; href: string }): FactRow[] {
  const l = strings.lesson.factLabels;
  const rows: FactRow[] = [{ label: l.model, items: [{ text: model.name, href: model.href }] }];
  rows.push({ label: l.status, items: [{ text: d.statusNote ? `${strings.lesson.statuses[d.status]}: ${d.statusNote}` : strings.lesson.statuses[d.status] }] });
  if (d.textbookName) rows.push({ label: l.textbookName, items: [{ text: d.textbookName }] });
  if (d.otherNames.length) rows.push({ label: l.otherNames, items: [{ text: d.otherNames.join(', ') }] });
  if (d.identification) {
    const { confidence, note } = d.identification;
    rows.push({ label: l.identification, items: [{ text: `${strings.lesson.confidence[confidence]}: ${note}` }] });
  }
  for (const key of ['founded', 'headquarters', 'owner'] as const) {
    const fact = d[key];
    if (fact) rows.push({ label: l[key], items: [citedItem(key, fact, defaultShelf[key])] });
  }
  if (d.fees.length) {
    rows.push({ label: l.fees, items: d.fees.map((fee) => citedItem(fee.id, { ...fee, value: `${fee.label}: ${fee.amount}` }, defaultShelf.fees)) });
  }
  for (const key of ['payments', 'logistics', 'buyerMarkets'] as const) {
    const fact = d[key];
    if (fact) rows.push({ label: l[key], items: [citedItem(key, fact, defaultShelf[key])] });
  }
  if (d.website) rows.push({ label: l.website, items: [{ text: new URL(d.website).hostname.replace(/^www\./, ''), href: d.website }] });
  return [...rows, ...labelledFactRows(d.facts)];
}

/**
 * The "At a glance" card of a platform lesson: at most six key facts, each with its date (model, status,
 * founded, owner, main fee, buyer markets). The full list is on the lesson's facts-and-sources page.
 */
export function glanceRows(d: PlatformData, model: { name: string; href: string }): FactRow[] {
  const l = strings.lesson.factLabels;
  const rows: FactRow[] = [
    { label: l.model, items: [{ text: model.name, href: model.href }] },
    { label: l.status, items: [{ text: strings.lesson.statuses[d.status] }] },
  ];
  for (const key of ['founded', 'owner'] as const) {
    const fact = d[key];
    if (fact) rows.push({ label: l[key], items: [citedItem(key, fact, defaultShelf[key])] });
  }
  const main = d.fees[0];
  if (main) rows.push({ label: l.mainFee, items: [citedItem(main.id, { ...main, value: `${main.label}: ${main.amount}` }, defaultShelf.fees)] });
  if (d.buyerMarkets) rows.push({ label: l.buyerMarkets, items: [citedItem('buyerMarkets', d.buyerMarkets, defaultShelf.buyerMarkets)] });
  return rows.slice(0, 6);
}

/** How many facts and sources a lesson's facts-and-sources page lists, for the link to it. */
export function factCount(d: { facts: readonly unknown[] } & Partial<Pick<PlatformData, 'fees' | 'founded' | 'headquarters' | 'owner' | 'payments' | 'logistics' | 'buyerMarkets'>>): number {
  const named = (['founded', 'headquarters', 'owner', 'payments', 'logistics', 'buyerMarkets'] as const).filter((k) => d[k]).length;
  return named + (d.fees?.length ?? 0) + d.facts.length;
}
