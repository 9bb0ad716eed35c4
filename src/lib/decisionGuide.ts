/**
 * "Which platform fits me?": scores models and platforms against a seller's answers, using only the typed
 * frontmatter fields `fit`, `fees[].type` / `traits.revenueTypes` and `buyerMarkets.regions`. Every point
 * comes with a reason naming the field it was read from, so a learner can check it in the lesson.
 *
 * Pure and free of Astro and zod imports: the guide page bundles it for the browser, and the build runs it
 * for the static guide table. The option lists come from src/schemas/values.ts, which the schemas build
 * their enums from too.
 */

import { buyerRegions, buyerTypes, controlLevels, orderSizes, productKinds, sellerProfiles } from '../schemas/values';

export { buyerRegions, buyerTypes, controlLevels, orderSizes, productKinds, sellerProfiles };
export const feePreferences = ['membership', 'commission'] as const;

export type SellerProfile = (typeof sellerProfiles)[number];
export type BuyerType = (typeof buyerTypes)[number];
export type OrderSize = (typeof orderSizes)[number];
export type ProductKind = (typeof productKinds)[number];
export type ControlLevel = (typeof controlLevels)[number];
export type FeePreference = (typeof feePreferences)[number];
export type BuyerRegion = (typeof buyerRegions)[number];

/** The questions, in the order the form asks them, with the values each accepts. */
export const questions = {
  profile: sellerProfiles,
  buyers: buyerTypes,
  order: orderSizes,
  product: productKinds,
  fees: feePreferences,
  control: controlLevels,
  markets: buyerRegions,
} as const;

export type QuestionId = keyof typeof questions;
export const questionIds = Object.keys(questions) as QuestionId[];

/** A seller's answers; a question left out means "no preference". */
export type Answers = { [Q in QuestionId]?: (typeof questions)[Q][number] };

/** How much each question weighs: who sells, to whom and what matter most. */
export const weights: Record<QuestionId, number> = { profile: 3, buyers: 3, order: 2, product: 3, fees: 1, control: 2, markets: 1 };

/** The `fit` block of a model or platform (src/schemas/traits.ts). */
export interface Fit {
  sellerProfiles: readonly SellerProfile[];
  buyerTypes: readonly BuyerType[];
  orderSizes: readonly OrderSize[];
  productKinds: readonly ProductKind[];
  brandControl: ControlLevel;
}

/** A model or platform, as far as the guide needs it. */
export interface Candidate {
  kind: 'model' | 'platform';
  id: string;
  name: string;
  href: string;
  fit: Fit;
  /** Fee types: a platform's `fees[].type`, a model's `traits.revenueTypes`. */
  feeTypes: readonly string[];
  /** A platform's `buyerMarkets.regions`; undefined when the lesson gives none, and for models. */
  regions?: readonly string[] | undefined;
  /** A platform's `status` when it is not simply active ("tentative", "acquired"), shown next to its name. */
  status?: string | undefined;
}

export type Outcome = 'match' | 'partial' | 'mismatch' | 'unknown';

/** One reason for a score: the answer, the frontmatter field it was compared with, and what that field holds. */
export interface Reason {
  question: QuestionId;
  answer: string;
  outcome: Outcome;
  /** Frontmatter path, such as "fit.buyerTypes" or "fees[].type". */
  field: string;
  /** The field's values as written in frontmatter. */
  values: readonly string[];
  points: number;
}

export type FitLevel = 'strong' | 'partial' | 'weak';

export interface Ranked {
  candidate: Candidate;
  score: number;
  /** The most this candidate could score for these answers. */
  max: number;
  level: FitLevel;
  reasons: Reason[];
}

/** Fee types that are a fixed charge for being there, and those that take a share of each sale. */
export const fixedFeeTypes: readonly string[] = ['membership', 'subscription'];
export const perSaleFeeTypes: readonly string[] = ['commission', 'referral', 'transaction', 'final-value', 'per-order'];

function listReason(question: QuestionId, answer: string, field: string, values: readonly string[]): Reason {
  const w = weights[question];
  const hit = values.includes(answer);
  return { question, answer, field, values, outcome: hit ? 'match' : 'mismatch', points: hit ? w : -w };
}

function controlReason(answer: ControlLevel, have: ControlLevel): Reason {
  const w = weights.control;
  const distance = Math.abs(controlLevels.indexOf(answer) - controlLevels.indexOf(have));
  const outcome: Outcome = distance === 0 ? 'match' : distance === 1 ? 'partial' : 'mismatch';
  return { question: 'control', answer, field: 'fit.brandControl', values: [have], outcome, points: outcome === 'match' ? w : outcome === 'partial' ? 0 : -w };
}

function feeReason(answer: FeePreference, candidate: Candidate): Reason {
  const w = weights.fees;
  const field = candidate.kind === 'model' ? 'traits.revenueTypes' : 'fees[].type';
  const values = [...new Set(candidate.feeTypes)];
  const fixed = values.some((t) => fixedFeeTypes.includes(t));
  const perSale = values.some((t) => perSaleFeeTypes.includes(t));
  const wanted = answer === 'membership' ? fixed : perSale;
  const other = answer === 'membership' ? perSale : fixed;
  const outcome: Outcome = wanted && !other ? 'match' : wanted ? 'partial' : other ? 'mismatch' : 'unknown';
  return { question: 'fees', answer, field, values, outcome, points: outcome === 'match' ? w : outcome === 'mismatch' ? -w : 0 };
}

function marketReason(answer: BuyerRegion, regions: readonly string[] | undefined): Reason {
  const w = weights.markets;
  const field = 'buyerMarkets.regions';
  if (!regions?.length) return { question: 'markets', answer, field, values: [], outcome: 'unknown', points: 0 };
  const hit = regions.includes(answer) || regions.includes('global');
  return { question: 'markets', answer, field, values: regions, outcome: hit ? 'match' : 'mismatch', points: hit ? w : -w };
}

/** The reasons for one candidate, in question order; unanswered questions give none. */
export function reasonsFor(candidate: Candidate, answers: Answers): Reason[] {
  const { fit } = candidate;
  const reasons: Reason[] = [];
  if (answers.profile) reasons.push(listReason('profile', answers.profile, 'fit.sellerProfiles', fit.sellerProfiles));
  if (answers.buyers) reasons.push(listReason('buyers', answers.buyers, 'fit.buyerTypes', fit.buyerTypes));
  if (answers.order) reasons.push(listReason('order', answers.order, 'fit.orderSizes', fit.orderSizes));
  if (answers.product) reasons.push(listReason('product', answers.product, 'fit.productKinds', fit.productKinds));
  if (answers.fees) reasons.push(feeReason(answers.fees, candidate));
  if (answers.control) reasons.push(controlReason(answers.control, fit.brandControl));
  // Models carry no buyer regions: the question does not apply to them.
  if (answers.markets && candidate.kind === 'platform') reasons.push(marketReason(answers.markets, candidate.regions));
  return reasons;
}

/** Strong from three quarters of the possible points, partial from two fifths. */
export function fitLevel(score: number, max: number): FitLevel {
  if (max <= 0) return 'weak';
  const ratio = score / max;
  return ratio >= 0.75 ? 'strong' : ratio >= 0.4 ? 'partial' : 'weak';
}

export function hasAnswers(answers: Answers): boolean {
  return questionIds.some((q) => answers[q] !== undefined);
}

/**
 * Ranks candidates for the answers: highest score first, then more matching fields, then name.
 * Returns an empty list when no question is answered.
 */
export function rank(candidates: readonly Candidate[], answers: Answers): Ranked[] {
  if (!hasAnswers(answers)) return [];
  return candidates
    .map((candidate) => {
      const reasons = reasonsFor(candidate, answers);
      const score = reasons.reduce((sum, r) => sum + r.points, 0);
      const max = reasons.reduce((sum, r) => sum + (r.outcome === 'unknown' ? 0 : weights[r.question]), 0);
      return { candidate, score, max, level: fitLevel(score, max), reasons };
    })
    .sort((a, b) => {
      const matches = (r: Ranked) => r.reasons.filter((x) => x.outcome === 'match').length;
      return b.score - a.score || matches(b) - matches(a) || a.candidate.name.localeCompare(b.candidate.name, 'en');
    });
}

/** Models and platforms ranked separately: a learner picks a model first, then a platform that carries it. */
export function recommend(candidates: readonly Candidate[], answers: Answers): { models: Ranked[]; platforms: Ranked[] } {
  return {
    models: rank(candidates.filter((c) => c.kind === 'model'), answers),
    platforms: rank(candidates.filter((c) => c.kind === 'platform'), answers),
  };
}

/** Reads answers from a URL's query; unknown questions and values are ignored, so an old or edited link still works. */
export function answersFromParams(params: URLSearchParams): Answers {
  const answers: Record<string, string> = {};
  for (const q of questionIds) {
    const value = params.get(q);
    if (value && (questions[q] as readonly string[]).includes(value)) answers[q] = value;
  }
  return answers as Answers;
}

/** The query for a set of answers, in question order, so equal answers always give the same link. */
export function answersToParams(answers: Answers): URLSearchParams {
  const params = new URLSearchParams();
  for (const q of questionIds) {
    const value = answers[q];
    if (value !== undefined) params.set(q, value);
  }
  return params;
}

/** Typical sellers for the static guide table (the page without JavaScript). Labels are in strings.ts. */
export const personas = {
  maker: { profile: 'maker', buyers: 'consumers', order: 'single-item', product: 'handmade-vintage' },
  factory: { profile: 'manufacturer', buyers: 'businesses', order: 'bulk', product: 'manufactured', fees: 'membership' },
  brand: { profile: 'brand-owner', buyers: 'consumers', product: 'own-brand', control: 'high' },
  trader: { profile: 'trading-company', buyers: 'consumers', order: 'small-batch', product: 'general-merchandise' },
  retailer: { profile: 'small-retailer', buyers: 'consumers', order: 'single-item', product: 'general-merchandise', fees: 'commission' },
  individual: { profile: 'individual', buyers: 'consumers', order: 'single-item', product: 'secondhand' },
} as const satisfies Record<string, Answers>;

export type PersonaId = keyof typeof personas;

/** One row of the static guide table: a typical seller, its best models and platforms, and its answers as a query. */
export interface PersonaRow {
  id: PersonaId;
  models: Ranked[];
  platforms: Ranked[];
  /** The query of the live guide with this seller's answers. */
  query: string;
}

/** The static guide table: every persona with its two best models and three best platforms. */
export function personaRows(candidates: readonly Candidate[]): PersonaRow[] {
  return (Object.keys(personas) as PersonaId[]).map((id) => {
    const answers: Answers = personas[id];
    const { models, platforms } = recommend(candidates, answers);
    return { id, models: models.slice(0, 2), platforms: platforms.slice(0, 3), query: answersToParams(answers).toString() };
  });
}
