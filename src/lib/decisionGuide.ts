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
  /** How sure the identification of a tentative platform is: tentative platforms are listed apart, never ranked. */
  confidence?: string | undefined;
  /** Documented risks from the lesson (`risks`): each costs points, and its sentence is the reason. */
  risks?: readonly { id: string; risk: string; severity: 'high' | 'medium' }[] | undefined;
  /** Buyers or visits (`reach`); compared only between candidates with the same unit. */
  reach?: { value: number; unit: string; period: string } | undefined;
  /** Payment protection level (`payments.protection`). */
  protection?: string | undefined;
  /** Fees as a share of the sale, per order size, from the fee calculator (where figures are published). */
  costShare?: Partial<Record<OrderSize, number>> | undefined;
}

export type Outcome = 'match' | 'partial' | 'mismatch' | 'unknown' | 'risk' | 'protection';

/**
 * Evidence beyond fit, and what it weighs (shown on the guide page): fit decides first, these adjust.
 * A documented risk costs points; payment protection the platform gives adds or takes one.
 */
export const evidenceWeights = { highRisk: -3, mediumRisk: -1, protected: 1, unprotected: -1 } as const;

/** Protection levels in which the platform stands between the buyer's money and the seller. */
export const protectedPayments: readonly string[] = ['escrow', 'platform-guarantee', 'managed-payments'];

/** One reason for a score: the answer, the frontmatter field it was compared with, and what that field holds. */
export interface Reason {
  /** The question answered, or "evidence" for a risk or the payment protection. */
  question: QuestionId | 'evidence';
  answer: string;
  outcome: Outcome;
  /** Frontmatter path, such as "fit.buyerTypes" or "fees[].type". */
  field: string;
  /** The field's values as written in frontmatter. */
  values: readonly string[];
  points: number;
}

/** `none`: no answer matches, so the guide does not call it a fit at all. */
export type FitLevel = 'strong' | 'partial' | 'weak' | 'none';

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

/** The evidence that adjusts a fit: documented risks and the payment protection. */
export function evidenceFor(candidate: Candidate): Reason[] {
  const reasons: Reason[] = [];
  for (const r of candidate.risks ?? []) {
    const points = r.severity === 'high' ? evidenceWeights.highRisk : evidenceWeights.mediumRisk;
    reasons.push({ question: 'evidence', answer: r.id, outcome: 'risk', field: 'risks', values: [r.risk], points });
  }
  const p = candidate.protection;
  if (p && p !== 'unknown') {
    const points = protectedPayments.includes(p) ? evidenceWeights.protected : evidenceWeights.unprotected;
    reasons.push({ question: 'evidence', answer: p, outcome: 'protection', field: 'payments.protection', values: [p], points });
  }
  return reasons;
}

/** Strong from three quarters of the possible points, partial from two fifths; weak only where some answer matches. */
export function fitLevel(score: number, max: number, matches = 1): FitLevel {
  if (max <= 0 || matches === 0) return 'none';
  const ratio = score / max;
  return ratio >= 0.75 ? 'strong' : ratio >= 0.4 ? 'partial' : 'weak';
}

export function hasAnswers(answers: Answers): boolean {
  return questionIds.some((q) => answers[q] !== undefined);
}

/**
 * Ranks candidates for the answers: fit first (the answered questions), then the evidence (risks, payment
 * protection); ties go to more reach (within one unit), then to the lower cost for the order size, then to
 * course order. Never to the alphabet. Returns an empty list when no question is answered.
 */
export function rank(candidates: readonly Candidate[], answers: Answers): Ranked[] {
  if (!hasAnswers(answers)) return [];
  const order = new Map(candidates.map((c, i) => [c.id, i]));
  const cost = (c: Candidate) => (answers.order ? c.costShare?.[answers.order] : undefined);
  return candidates
    .map((candidate) => {
      const fit = reasonsFor(candidate, answers);
      const reasons = [...fit, ...evidenceFor(candidate)];
      const score = reasons.reduce((sum, r) => sum + r.points, 0);
      const max = fit.reduce((sum, r) => sum + (r.outcome === 'unknown' ? 0 : weights[r.question as QuestionId]), 0);
      const fitScore = fit.reduce((sum, r) => sum + r.points, 0);
      const matches = fit.filter((r) => r.outcome === 'match').length;
      return { candidate, score, max, level: fitLevel(fitScore, max, matches), reasons };
    })
    .sort((a, b) => {
      if (b.score !== a.score) return b.score - a.score;
      const [ra, rb] = [a.candidate.reach, b.candidate.reach];
      if (ra && rb && ra.unit === rb.unit && ra.value !== rb.value) return rb.value - ra.value;
      const [ca, cb] = [cost(a.candidate), cost(b.candidate)];
      if (ca !== undefined && cb !== undefined && ca !== cb) return ca - cb;
      return order.get(a.candidate.id)! - order.get(b.candidate.id)!;
    });
}

/**
 * Models and platforms ranked separately (a learner picks a model first, then a platform that carries it);
 * tentatively identified platforms are listed apart with their confidence, never ranked with the others.
 */
export function recommend(candidates: readonly Candidate[], answers: Answers): { models: Ranked[]; platforms: Ranked[]; tentative: Ranked[] } {
  const platforms = candidates.filter((c) => c.kind === 'platform');
  return {
    models: rank(candidates.filter((c) => c.kind === 'model'), answers),
    platforms: rank(platforms.filter((c) => c.status !== 'tentative'), answers),
    tentative: rank(platforms.filter((c) => c.status === 'tentative'), answers),
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
