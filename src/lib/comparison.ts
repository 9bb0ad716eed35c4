/**
 * The platform and model comparisons, built from frontmatter only, so the tables can never drift from the
 * lessons. Pure (no Astro imports): the comparison page, the CSV endpoint and the unit tests share it.
 */
import type { CollectionEntry } from 'astro:content';
import type { Fact } from '../schemas/fact';
import { slugify } from './slug';
import { routes } from './urls';
import type { Candidate, Fit } from './decisionGuide';
import type { ShelfKind } from '../schemas/fact';
import { defaultShelf, isStale } from './stale';

type PlatformData = CollectionEntry<'platforms'>['data'];
type ModelData = CollectionEntry<'models'>['data'];
type SourceKind = Fact['kind'];

/** A sourced fact as frontmatter holds it (src/schemas/fact.ts). */
type FactInput = Pick<Fact, 'value' | 'source' | 'kind' | 'asOf' | 'undated' | 'checked' | 'shelf'>;

/**
 * The fields of a platform entry the comparison reads, typed by the collection's schema
 * (src/schemas/platform.ts), so a new status or fee type reaches this module through the types.
 */
export interface PlatformInput {
  id: string;
  data: Pick<
    PlatformData,
    'title' | 'order' | 'status' | 'statusNote' | 'sinceTextbook' | 'website' | 'founded' | 'headquarters' | 'payments' | 'logistics' | 'buyerMarkets' | 'fees' | 'fit'
  > &
    Partial<Pick<PlatformData, 'owner'>> &
    Partial<Pick<PlatformData, 'risks' | 'reach' | 'identification'>> & { model: { id: string } };
  /** The MDX body, to find the section that says whom the platform suits. */
  body?: string | undefined;
}

/** The fields of a model entry the comparison reads (src/schemas/model.ts). */
export interface ModelInput {
  id: string;
  data: Pick<ModelData, 'title' | 'shortName' | 'order' | 'traits' | 'fit'>;
  body?: string | undefined;
}

/** A fact ready to show: its text and where and when it comes from. */
export interface SourcedCell {
  text: string;
  source: string;
  kind: SourceKind;
  asOf: Date | undefined;
  undated: true | undefined;
  checked: Date;
  /** Past its shelf life on the build date. */
  stale: boolean;
}

export interface FeeCell extends SourcedCell {
  type: string;
  label: string;
}

export interface PlatformRow {
  id: string;
  /** The lesson title without a trailing parenthesis ("Alibaba.com"). */
  name: string;
  /** Site path of the lesson, without the base. */
  href: string;
  status: PlatformInput['data']['status'];
  statusNote: string | undefined;
  sinceTextbook: boolean;
  /** False for platforms the course could not identify: they have no fit and no website. */
  identified: boolean;
  model: { id: string; name: string; order: number };
  founded: SourcedCell | undefined;
  /** The first four-digit year in `founded`, for sorting. */
  foundedYear: number | undefined;
  headquarters: SourcedCell | undefined;
  fees: FeeCell[];
  /** Distinct fee types, in the order the lesson lists its fees. */
  feeTypes: string[];
  payment: (SourcedCell & { protection: string }) | undefined;
  logistics: (SourcedCell & { support: string }) | undefined;
  markets: (SourcedCell & { regions: string[] }) | undefined;
  fit: Fit | undefined;
  website: string | undefined;
  /** The lesson section that says whom it suits ("Who it suits…"), as a link; the lesson when there is none. */
  fitHref: string;
  /** Documented risks to sellers (`risks` without `affects: buyers`), for the decision guide's penalty. */
  risks: { id: string; risk: string; severity: 'high' | 'medium' }[];
  /** Buyers or visits with their unit (`reach`), compared only within one unit. */
  reach: { value: number; unit: string; period: string } | undefined;
  /** Whether the lesson documents the platform's owner or its founding. */
  identityOnRecord: boolean;
  /** How sure the identification is, for a tentative platform. */
  confidence: string | undefined;
}

const cell = (f: FactInput, shelf: ShelfKind): SourcedCell => ({
  text: f.value,
  source: f.source,
  kind: f.kind,
  asOf: f.asOf,
  undated: f.undated,
  checked: f.checked,
  stale: isStale(f, f.shelf ?? shelf),
});

/** "Alibaba.com (Alibaba International Station)" → "Alibaba.com". */
export function shortName(title: string): string {
  return title.replace(/\s*\([^()]*\)\s*$/, '').trim() || title;
}

/** The first plausible year in a text ("2005, in Brooklyn" → 2005). */
export function firstYear(text: string | undefined): number | undefined {
  const m = text ? /\b(1[89]\d\d|20\d\d)\b/.exec(text) : null;
  return m ? Number(m[1]) : undefined;
}

/**
 * One row per platform, in course order: by model, then by the lesson's order.
 * `models` must come in course order (as `getCourse()` lists them); that order is the model column's sort order.
 */
export function platformRows(platforms: readonly PlatformInput[], models: readonly ModelInput[]): PlatformRow[] {
  const modelById = new Map(models.map((m) => [m.id, m]));
  const modelRank = (id: string) => {
    const i = models.findIndex((m) => m.id === id);
    return i < 0 ? models.length : i;
  };
  return [...platforms]
    .sort((a, b) => modelRank(a.data.model.id) - modelRank(b.data.model.id) || a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((p): PlatformRow => {
      const d = p.data;
      const model = modelById.get(d.model.id);
      const fees: FeeCell[] = d.fees.map((f) => ({ type: f.type, label: f.label, ...cell({ ...f, value: f.amount }, defaultShelf.fees) }));
      return {
        id: p.id,
        name: shortName(d.title),
        href: routes.platform(p.id),
        status: d.status,
        statusNote: d.statusNote,
        sinceTextbook: d.sinceTextbook,
        identified: d.status !== 'unidentified',
        model: { id: d.model.id, name: model?.data.shortName ?? d.model.id, order: modelRank(d.model.id) },
        founded: d.founded && cell(d.founded, defaultShelf.founded),
        foundedYear: firstYear(d.founded?.value),
        headquarters: d.headquarters && cell(d.headquarters, defaultShelf.headquarters),
        fees,
        feeTypes: [...new Set(fees.map((f) => f.type))],
        payment: d.payments && { ...cell(d.payments, defaultShelf.payments), protection: d.payments.protection },
        logistics: d.logistics && { ...cell(d.logistics, defaultShelf.logistics), support: d.logistics.support },
        markets: d.buyerMarkets && { ...cell(d.buyerMarkets, defaultShelf.buyerMarkets), regions: d.buyerMarkets.regions },
        fit: d.status === 'unidentified' ? undefined : d.fit,
        website: d.website,
        fitHref: sectionHref(routes.platform(p.id), p.body, fitSection),
        risks: (d.risks ?? []).filter((r) => r.affects !== 'buyers').map(({ id, risk, severity }) => ({ id, risk, severity })),
        reach: d.reach && { value: d.reach.value, unit: d.reach.unit, period: d.reach.period },
        identityOnRecord: Boolean(d.owner || d.founded),
        confidence: d.identification?.confidence,
      };
    });
}

/** The heading of the section that says whom a platform or model suits: the decision guide's fit reasons link there. */
const fitSection = /^## (Who it suits.*|Traits)\s*$/m;

/** `href` with the anchor of the first `##` heading of `body` matching `heading` (as Astro slugs it), or `href`. */
export function sectionHref(href: string, body: string | undefined, heading: RegExp): string {
  const m = body ? heading.exec(body) : null;
  return m ? `${href}#${slugify(m[1]!)}` : href;
}

/** The models as decision-guide candidates (their fit and revenue types). */
export function modelCandidate(m: ModelInput): Candidate {
  const href = routes.model(m.id);
  return {
    kind: 'model',
    id: m.id,
    name: m.data.shortName,
    href,
    fitHref: sectionHref(href, m.body, fitSection),
    sourcesHref: routes.sources(href),
    fit: m.data.fit,
    feeTypes: m.data.traits.revenueTypes,
  };
}

/** A platform as a decision-guide candidate, or undefined when it cannot be recommended (not identified, or closed). */
export function platformCandidate(row: PlatformRow): Candidate | undefined {
  if (!row.fit || row.status === 'closed') return undefined;
  return {
    kind: 'platform',
    id: row.id,
    name: row.name,
    href: row.href,
    fitHref: row.fitHref,
    sourcesHref: routes.sources(row.href),
    fit: row.fit,
    feeTypes: row.feeTypes,
    regions: row.markets?.regions,
    status: row.status === 'active' ? undefined : row.status,
    confidence: row.status === 'tentative' ? row.confidence : undefined,
    risks: row.risks,
    reach: row.reach,
    protection: row.payment?.protection,
    identityOnRecord: row.identityOnRecord,
  };
}

// ---------------------------------------------------------------------------------------------------------
// CSV

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 text: CRLF line ends, fields quoted where needed. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : '');

/** The CSV columns, one row per platform: the table's data with enum ids and ISO dates, for spreadsheets. */
export const csvHeader = [
  'id', 'platform', 'lesson_url', 'model', 'status', 'status_note',
  'founded', 'founded_as_of', 'founded_source',
  'headquarters', 'headquarters_as_of', 'headquarters_source',
  'fee_types', 'fees',
  'payment', 'payment_protection', 'payment_as_of', 'payment_source',
  'logistics', 'logistics_support', 'logistics_as_of', 'logistics_source',
  'buyer_markets', 'buyer_regions', 'buyer_markets_as_of', 'buyer_markets_source',
  'seller_profiles', 'buyer_types', 'order_sizes', 'product_kinds', 'brand_control',
  'website',
] as const;

/**
 * The comparison as CSV rows. `lessonUrl` turns a site path into the absolute URL readers can open;
 * `notIdentified` fills the fit columns of platforms the course could not identify.
 */
export function csvRows(rows: readonly PlatformRow[], lessonUrl: (path: string) => string, notIdentified: string): string[][] {
  const fitCols = (fit: Fit | undefined) =>
    fit
      ? [fit.sellerProfiles.join(';'), fit.buyerTypes.join(';'), fit.orderSizes.join(';'), fit.productKinds.join(';'), fit.brandControl]
      : Array<string>(5).fill(notIdentified);
  const sourced = (c: SourcedCell | undefined) => [c?.text ?? '', day(c?.asOf ?? c?.checked), c?.source ?? ''];
  return [
    [...csvHeader],
    ...rows.map((r) => [
      r.id,
      r.name,
      lessonUrl(r.href),
      r.model.name,
      r.status,
      r.statusNote ?? '',
      ...sourced(r.founded),
      ...sourced(r.headquarters),
      r.feeTypes.join(';'),
      r.fees.map((f) => `${f.label}: ${f.text} (${f.asOf ? `as of ${day(f.asOf)}` : `undated, checked ${day(f.checked)}`}${f.kind === 'secondary' ? ', secondary source' : ''})`).join(' | '),
      r.payment?.text ?? '', r.payment?.protection ?? '', day(r.payment?.asOf ?? r.payment?.checked), r.payment?.source ?? '',
      r.logistics?.text ?? '', r.logistics?.support ?? '', day(r.logistics?.asOf ?? r.logistics?.checked), r.logistics?.source ?? '',
      r.markets?.text ?? '', r.markets?.regions.join(';') ?? '', day(r.markets?.asOf ?? r.markets?.checked), r.markets?.source ?? '',
      ...fitCols(r.fit),
      r.website ?? '',
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Models side by side

/** The rows of the model comparison, in the order the table shows them. */
export const modelTraitKeys = [
  'earns', 'revenueTypes', 'sellers', 'buyers', 'orderSize', 'entryThreshold', 'payment', 'logistics', 'brandControl', 'textbookTraits',
] as const;
export type ModelTraitKey = (typeof modelTraitKeys)[number];

export interface ModelColumn {
  id: string;
  name: string;
  title: string;
  href: string;
  traits: Record<ModelTraitKey, string | readonly string[]>;
  /** Platforms of the course that follow this model, in table order. */
  platforms: { id: string; name: string; href: string }[];
}

/** One column per model, in the order given (course order), with the platforms that reference it. */
export function modelColumns(models: readonly ModelInput[], rows: readonly PlatformRow[]): ModelColumn[] {
  return models.map((m) => {
    const t = m.data.traits;
    return {
      id: m.id,
      name: m.data.shortName,
      title: m.data.title,
      href: routes.model(m.id),
      traits: {
        earns: t.earns,
        revenueTypes: t.revenueTypes,
        sellers: t.sellers,
        buyers: t.buyers,
        orderSize: t.orderSize,
        entryThreshold: t.entryThreshold,
        payment: t.payment,
        logistics: t.logistics,
        brandControl: m.data.fit.brandControl,
        textbookTraits: t.textbookTraits,
      },
      platforms: rows.filter((r) => r.model.id === m.id).map((r) => ({ id: r.id, name: r.name, href: r.href })),
    };
  });
}
