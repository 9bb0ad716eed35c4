import { z } from 'astro/zod';
import { calendarDay, eventDate } from './dates.ts';

/** How far a source can be trusted (see CONTRIBUTING.md, "Sources and dates"). */
export const sourceKind = z.enum(['official', 'news', 'secondary']);

/**
 * How long a fact stays current before the page marks it "may be out of date" (the lives are in
 * src/lib/stale.ts and CONTRIBUTING.md): `price` and `rate` (fees, exchange rates), `rule` (payouts, tax,
 * customs, platform policy), `count` and `ranking` (buyers, visits, "largest"), `history` (never goes stale).
 */
export const shelfKind = z.enum(['price', 'rate', 'rule', 'count', 'ranking', 'history']);

/** An absolute http(s) URL: sources and websites are always links a reader can open. */
export const absoluteUrl = z.url({
  protocol: /^https?$/,
  error: 'must be an absolute URL starting with https:// (or http:// where the source has no https)',
});

/**
 * A stable name for a fact, fee, claim or timeline event, unique in its entry: prose (`<Fact id>`), the fee
 * calculator and the Chinese edition refer to it, so change it only together with every use.
 * @example 'plan-break-even'
 */
export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case: lowercase letters, digits and single hyphens ("plan-break-even")' });

/**
 * Where a statement comes from, with two dates. Spread into every fact, fee, verdict source and timeline event.
 * @example { source: 'https://sell.amazon.com/pricing', kind: 'official', asOf: '2025-01-15', checked: '2026-12-01' }
 */
export const citation = {
  /** Absolute URL of the page the fact was read from. */
  source: absoluteUrl,
  /** Short title of the source, shown in the sources list. */
  sourceTitle: z.string().min(3).optional(),
  /** `official` (the company, a filing, a regulator), `news`, or `secondary` (a lead; shown with that label). */
  kind: sourceKind,
  /** The day the source describes or was published. Required unless `undated: true`. */
  asOf: calendarDay.optional(),
  /** The source carries no date: the page shows "undated source, checked …" instead of "as of …". */
  undated: z.literal(true).optional(),
  /** The day someone actually read a copy of the source for this statement. Never before `asOf`. */
  checked: calendarDay,
};

type CitationDates = { asOf?: Date | undefined; undated?: true | undefined; checked: Date };

/** The rules across a citation's date fields, each with what to change. */
export function checkCitation(c: CitationDates, ctx: Pick<z.RefinementCtx, 'addIssue'>) {
  if (c.undated && c.asOf) {
    ctx.addIssue({ code: 'custom', path: ['undated'], message: 'a citation has either asOf (the source is dated) or undated: true, not both' });
  } else if (!c.undated && !c.asOf) {
    ctx.addIssue({ code: 'custom', path: ['asOf'], message: "asOf is required: the day the source describes or was published ('YYYY-MM-DD'), or undated: true if it has no date" });
  }
  if (c.asOf && c.checked < c.asOf) {
    ctx.addIssue({ code: 'custom', path: ['checked'], message: 'checked is before asOf: a source cannot be read before the day it describes or was published' });
  }
}

/** A citation on its own (the sources of a verdict). */
export const citationSchema = z.strictObject(citation).superRefine(checkCitation);

/** A fact's value as text; a bare YAML number (`value: 1999`) is accepted and kept as written. */
const factValue = z.union([z.string().min(1), z.number()]).transform(String);

/** The fields of one sourced fact; named facts (`founded`, `owner`…) use their field name as id. */
export const factShape = {
  /** The fact as the learner reads it ("1999", "Hangzhou, China"). */
  value: factValue,
  /** Overrides the shelf life the field gives by default. */
  shelf: shelfKind.optional(),
  ...citation,
};

/**
 * One sourced fact.
 * @example { value: '1999', source: 'https://…', kind: 'news', asOf: '2024-07-01', checked: '2026-12-01' }
 */
export const factSchema = z.strictObject(factShape).superRefine(checkCitation);

/**
 * A fact with an id and a label, for the list of further facts a lesson cites.
 * @example { id: 'buyers-a-year', label: 'Buyers a year', value: 'nearly 50 million', shelf: 'count', source: 'https://…', kind: 'news', asOf: '2024-07-01', checked: '2026-12-01' }
 */
export const labelledFactSchema = z
  .strictObject({
    id: entryId,
    label: z.string().min(2),
    ...factShape,
    /** Required here: nothing else says whether the figure is a price, a rule, a count or history. */
    shelf: shelfKind,
  })
  .superRefine(checkCitation);

/**
 * One dated event of what changed on a platform or in a model since the textbook.
 * @example { id: 'fba', date: '2006-09', event: 'Amazon opens its warehouses to other sellers.', source: 'https://…', kind: 'official', asOf: '2006-09-19', checked: '2026-12-01' }
 */
export const timelineEventSchema = z
  .strictObject({
    id: entryId,
    /** When it happened or takes effect, as precisely as the source says: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
    date: eventDate,
    /** What happened, in one sentence. */
    event: z.string().min(10),
    ...citation,
  })
  .superRefine(checkCitation);

export type Fact = z.infer<typeof factSchema>;
export type LabelledFact = z.infer<typeof labelledFactSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type ShelfKind = z.infer<typeof shelfKind>;
