/**
 * The rows of a lesson's facts panel, from frontmatter alone: for a platform its model, status,
 * founding, headquarters, owner, fees, payments, logistics, buyer markets and website; for every lesson
 * the further facts it cites. Each value keeps its citation, so the panel shows its date and source.
 */
import type { CollectionEntry } from 'astro:content';
import type { Citation } from './sources';
import { strings } from './strings';

export interface FactItem {
  text: string;
  /** Where the value comes from, shown as "(as of … ; source)". */
  citation?: Citation;
  /** The value is a link (the model's lesson, the website). */
  href?: string;
}

export interface FactRow {
  label: string;
  items: FactItem[];
}

type PlatformData = CollectionEntry<'platforms'>['data'];
type LabelledFacts = PlatformData['facts'];

function cited(fact: { value: string } & Citation): FactItem {
  const { value, source, sourceTitle, kind, asOf, checked } = fact;
  return { text: value, citation: { source, sourceTitle, kind, asOf, checked } };
}

/** A lesson's further facts (`facts:`), one row each. */
export function labelledFactRows(facts: LabelledFacts): FactRow[] {
  return facts.map(({ label, ...fact }) => ({ label, items: [cited(fact)] }));
}

/** The platform panel: who, where, what it costs and how it works, then the further facts. */
export function platformFactRows(d: PlatformData, model: { name: string; href: string }): FactRow[] {
  const l = strings.lesson.factLabels;
  const rows: FactRow[] = [{ label: l.model, items: [{ text: model.name, href: model.href }] }];
  rows.push({ label: l.status, items: [{ text: d.statusNote ? `${strings.lesson.statuses[d.status]}: ${d.statusNote}` : strings.lesson.statuses[d.status] }] });
  rows.push({ label: l.textbookName, items: [{ text: d.textbookName }] });
  if (d.otherNames.length) rows.push({ label: l.otherNames, items: [{ text: d.otherNames.join(', ') }] });
  if (d.identification) {
    const { confidence, note } = d.identification;
    rows.push({ label: l.identification, items: [{ text: `${strings.lesson.confidence[confidence]}: ${note}` }] });
  }
  for (const key of ['founded', 'headquarters', 'owner'] as const) {
    const fact = d[key];
    if (fact) rows.push({ label: l[key], items: [cited(fact)] });
  }
  if (d.fees.length) {
    rows.push({ label: l.fees, items: d.fees.map(({ label, amount, ...c }) => cited({ value: `${label}: ${amount}`, ...c })) });
  }
  for (const key of ['payments', 'logistics', 'buyerMarkets'] as const) {
    const fact = d[key];
    if (fact) rows.push({ label: l[key], items: [cited(fact)] });
  }
  if (d.website) rows.push({ label: l.website, items: [{ text: new URL(d.website).hostname.replace(/^www\./, ''), href: d.website }] });
  return [...rows, ...labelledFactRows(d.facts)];
}
