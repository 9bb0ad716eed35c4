/**
 * Loads the collections once for the comparison page, its CSV and the decision guide, and hands them to
 * the pure builders in comparison.ts. Models come in course order, which is the order of the model columns.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getCourse } from './course';
import { modelCandidate, modelColumns, platformCandidate, platformRows, shortName, type ModelColumn, type PlatformRow } from './comparison';
import type { Candidate } from './decisionGuide';
import { quotePlatform } from './fees';
import { feeSchedules, presets, type FeeSchedule } from './feeSchedules';
import { routes } from './urls';

export interface ComparisonData {
  rows: PlatformRow[];
  models: CollectionEntry<'models'>[];
  columns: ModelColumn[];
  /** Models and the platforms the guide can recommend. */
  candidates: Candidate[];
  /** Platforms the guide leaves out: not identified, or closed. */
  unranked: PlatformRow[];
}

let cached: Promise<ComparisonData> | undefined;

export function getComparison(): Promise<ComparisonData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<ComparisonData> {
  const [{ lessons }, platforms] = await Promise.all([getCourse(), getCollection('platforms')]);
  const models = lessons.filter((l) => l.kind === 'model').map((l) => l.entry as CollectionEntry<'models'>);
  const rows = platformRows(platforms, models);
  const schedules = new Map((await getFeeSchedules()).map((f) => [f.id, f]));
  const platformCandidates = rows.map((r) => [r, withCost(platformCandidate(r), schedules.get(r.id))] as const);
  return {
    rows,
    models,
    columns: modelColumns(models, rows),
    candidates: [
      ...models.map((m) => modelCandidate(m)),
      ...platformCandidates.flatMap(([, c]) => (c ? [c] : [])),
    ],
    unranked: platformCandidates.filter(([, c]) => !c).map(([r]) => r),
  };
}

/** Every identified platform in course order, with the fee figures its lesson publishes (the fee calculator). */
export async function getFeeSchedules(): Promise<FeeSchedule[]> {
  const { lessons } = await getCourse();
  return feeSchedules(
    lessons
      .filter((l) => l.kind === 'platform')
      .map((l) => l.entry as CollectionEntry<'platforms'>)
      .filter((e) => e.data.status !== 'unidentified' && e.data.status !== 'closed')
      .map((e) => ({ id: e.id, name: shortName(e.data.title), href: routes.platform(e.id), fees: e.data.fees })),
  );
}

/** The presets that stand for each order size when the guide weighs cost: a US$25 item, a US$100 sale, a bulk order. */
const costPresets = { 'single-item': 'item-25', 'small-batch': 'item-100', bulk: 'bulk-b2b' } as const;

/** A candidate with its fees as a share of the sale per order size, where the platform publishes figures. */
function withCost(candidate: Candidate | undefined, schedule: FeeSchedule | undefined): Candidate | undefined {
  if (!candidate || !schedule) return candidate;
  const costShare: NonNullable<Candidate['costShare']> = {};
  for (const [size, presetId] of Object.entries(costPresets) as [keyof typeof costPresets, string][]) {
    const preset = presets.find((p) => p.id === presetId)!;
    const quote = quotePlatform(schedule.id, schedule.fees, preset.sale);
    if (quote.status === 'priced') costShare[size] = quote.sharePercent;
  }
  return Object.keys(costShare).length ? { ...candidate, costShare } : candidate;
}
