import { z } from 'astro/zod';

/** How far a source can be trusted (see CONTRIBUTING.md, "Sources and dates"). */
export const sourceKind = z.enum(['official', 'news', 'secondary']);

/** An absolute http(s) URL: sources and websites are always links a reader can open. */
export const absoluteUrl = z.url({
  protocol: /^https?$/,
  error: 'must be an absolute URL starting with https:// (or http:// where the source has no https)',
});

/** A calendar date in frontmatter, written as YYYY-MM-DD. */
export const isoDate = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });

/**
 * Where a statement comes from. Embedded in every fact, fee and verdict.
 * @example { source: 'https://sell.amazon.com/pricing', kind: 'official', asOf: 2025-01-15 }
 */
export const citation = {
  /** Absolute URL of the page the fact was read from. */
  source: absoluteUrl,
  /** Short title of the source, shown in the sources list. */
  sourceTitle: z.string().min(3).optional(),
  /** `official` (the company, a filing, a regulator), `news`, or `secondary` (a lead; shown with that label). */
  kind: sourceKind,
  /** The date the source describes or was published; for an undated source, the date it was checked (`checked: true`). */
  asOf: isoDate,
  /** True when `asOf` is the date the fact was checked, because the source itself is undated. */
  checked: z.boolean().optional(),
};

/** A fact's value as text; a bare YAML number (`value: 1999`) is accepted and kept as written. */
const factValue = z.union([z.string().min(1), z.number()]).transform(String);

/**
 * One sourced fact.
 * @example { value: '1999', source: 'https://…', kind: 'news', asOf: 2024-07-01 }
 */
export const factSchema = z.strictObject({
  /** The fact as the learner reads it ("1999", "Hangzhou, China"). */
  value: factValue,
  ...citation,
});

/**
 * A fact with a label, for the list of further facts a lesson cites.
 * @example { label: 'Buyers a year', value: 'nearly 50 million', source: 'https://…', kind: 'news', asOf: 2024-07-01 }
 */
export const labelledFactSchema = z.strictObject({
  label: z.string().min(2),
  value: factValue,
  ...citation,
});

export type Fact = z.infer<typeof factSchema>;
export type LabelledFact = z.infer<typeof labelledFactSchema>;
