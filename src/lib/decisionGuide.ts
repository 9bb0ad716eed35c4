/**
 * "Which platform fits me?": scores models and platforms against a seller's answers, using only the typed
 * frontmatter fields `fit`, `fees[].type` / `traits.revenueTypes` and `buyerMarkets.regions`. Every point
 * comes with a reason naming the field it was read from, so a learner can check it in the lesson.
 *
 * Pure and free of Astro and zod imports: the guide page bundles it for the browser, and the build runs it
 * for the static guide table. The option lists come from src/schemas/values.ts, which the schemas build
 * their enums from too.
 */

import { fill } from './template';
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

/** A documented risk as the guide weighs it (`risks`, those with `affects: sellers`). */
export interface CandidateRisk {
  id: string;
  risk: string;
  severity: 'high' | 'medium';
}

/** Buyers or visits (`reach`), compared only within one unit. */
export interface CandidateReach {
  value: number;
  unit: string;
  period: string;
}

/** A model or platform, as far as the guide needs it. */
export interface Candidate {
  kind: 'model' | 'platform';
  id: string;
  name: string;
  href: string;
  /** Where the lesson says whom it suits (its "Who it suits" section when it has one): fit reasons link here. */
  fitHref?: string | undefined;
  /** The lesson's facts-and-sources page: reach and payment reasons link here. */
  sourcesHref?: string | undefined;
  fit: Fit;
  /** Fee types: a platform's `fees[].type`, a model's `traits.revenueTypes`. */
  feeTypes: readonly string[];
  /** A platform's `buyerMarkets.regions`; undefined when the lesson gives none, and for models. */
  regions?: readonly string[] | undefined;
  /** A platform's `status` when it is not simply active ("tentative", "acquired"), shown next to its name. */
  status?: string | undefined;
  /** How sure the identification of a tentative platform is: tentative platforms are listed apart, never ranked. */
  confidence?: string | undefined;
  /** Documented risks to sellers: each costs points, and its sentence is the reason. */
  risks?: readonly CandidateRisk[] | undefined;
  reach?: CandidateReach | undefined;
  /** Payment protection level (`payments.protection`); a platform without one counts as undocumented. */
  protection?: string | undefined;
  /** False when the lesson documents neither the platform's owner nor its founding (platforms only). */
  identityOnRecord?: boolean | undefined;
  /** Fees as a percentage of the sale, per order size, from the fee calculator (where figures are published). */
  costShare?: Partial<Record<OrderSize, number>> | undefined;
}

export type Outcome = 'match' | 'partial' | 'mismatch' | 'unknown' | 'risk' | 'protection' | 'identity';

/**
 * What evidence beyond fit weighs (shown on the guide page): fit decides first, these adjust it. A documented
 * risk to sellers costs points; a platform that holds the buyer's payment gains one, one that holds none, or
 * whose protection the lesson could not document, loses one; so does a platform whose owner and founding are
 * on no record, since a seller cannot check who they deal with. An acquisition is shown, never penalised.
 */
export const evidenceWeights = { highRisk: -3, mediumRisk: -1, protected: 1, unprotected: -1, unknownIdentity: -1 } as const;

/** Protection levels in which the platform stands between the buyer's money and the seller. */
export const protectedPayments: readonly string[] = ['escrow', 'platform-guarantee', 'managed-payments'];

/** One reason for a score: the answer or evidence, the frontmatter field it rests on, and what that field holds. */
export interface Reason {
  /** The question answered, or "evidence" for a risk or the payment protection. */
  question: QuestionId | 'evidence';
  /** The learner's answer; for evidence, the risk's id or the protection level. */
  answer: string;
  outcome: Outcome;
  /** Frontmatter path, such as "fit.buyerTypes" or "risks". */
  field: string;
  /** The field's values as written in frontmatter (a risk's sentence). */
  values: readonly string[];
  points: number;
  /** Where a learner checks it: the lesson section or fact the reason rests on. */
  href: string;
}

/** `none`: no answer matches, so the guide does not call it a fit at all. */
export type FitLevel = 'strong' | 'partial' | 'weak' | 'none';

/** What put a candidate above the next one with the same score. */
export type TieBreak = 'reach' | 'cost' | 'course-order';

export interface Ranked {
  candidate: Candidate;
  /** Fit points plus evidence points. */
  score: number;
  /** Points from the answered questions alone. */
  fitScore: number;
  /** The most this candidate could score for these answers. */
  max: number;
  level: FitLevel;
  reasons: Reason[];
  /** Fees as a percentage of a sale of the answered order size, where the platform publishes figures. */
  cost?: number | undefined;
  /** Set when the next candidate has the same score: the evidence that decided between them. */
  tieBreak?: TieBreak | undefined;
}

/** Fee types that are a fixed charge for being there, and those that take a share of each sale. */
export const fixedFeeTypes: readonly string[] = ['membership', 'subscription'];
export const perSaleFeeTypes: readonly string[] = ['commission', 'referral', 'transaction', 'final-value', 'per-order'];

const fitField: Record<Exclude<QuestionId, 'fees' | 'control' | 'markets'>, keyof Fit> = {
  profile: 'sellerProfiles',
  buyers: 'buyerTypes',
  order: 'orderSizes',
  product: 'productKinds',
};

function listReason(question: keyof typeof fitField, answer: string, candidate: Candidate): Reason {
  const w = weights[question];
  const values = candidate.fit[fitField[question]] as readonly string[];
  const hit = values.includes(answer);
  const href = candidate.fitHref ?? candidate.href;
  return { question, answer, field: `fit.${fitField[question]}`, values, outcome: hit ? 'match' : 'mismatch', points: hit ? w : -w, href };
}

function controlReason(answer: ControlLevel, candidate: Candidate): Reason {
  const w = weights.control;
  const have = candidate.fit.brandControl;
  const distance = Math.abs(controlLevels.indexOf(answer) - controlLevels.indexOf(have));
  const outcome: Outcome = distance === 0 ? 'match' : distance === 1 ? 'partial' : 'mismatch';
  const points = outcome === 'match' ? w : outcome === 'partial' ? 0 : -w;
  return { question: 'control', answer, field: 'fit.brandControl', values: [have], outcome, points, href: candidate.fitHref ?? candidate.href };
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
  const points = outcome === 'match' ? w : outcome === 'mismatch' ? -w : 0;
  return { question: 'fees', answer, field, values, outcome, points, href: candidate.sourcesHref ?? candidate.href };
}

function marketReason(answer: BuyerRegion, candidate: Candidate): Reason {
  const w = weights.markets;
  const field = 'buyerMarkets.regions';
  const regions = candidate.regions;
  const href = candidate.sourcesHref ?? candidate.href;
  if (!regions?.length) return { question: 'markets', answer, field, values: [], outcome: 'unknown', points: 0, href };
  const hit = regions.includes(answer) || regions.includes('global');
  return { question: 'markets', answer, field, values: regions, outcome: hit ? 'match' : 'mismatch', points: hit ? w : -w, href };
}

/** The fit reasons for one candidate, in question order; unanswered questions give none. */
export function reasonsFor(candidate: Candidate, answers: Answers): Reason[] {
  const reasons: Reason[] = [];
  for (const q of ['profile', 'buyers', 'order', 'product'] as const) {
    const answer = answers[q];
    if (answer) reasons.push(listReason(q, answer, candidate));
  }
  if (answers.fees) reasons.push(feeReason(answers.fees, candidate));
  if (answers.control) reasons.push(controlReason(answers.control, candidate));
  // Models carry no buyer regions: the question does not apply to them.
  if (answers.markets && candidate.kind === 'platform') reasons.push(marketReason(answers.markets, candidate));
  return reasons;
}

/** The evidence that adjusts a fit: documented risks to sellers, and the payment protection. */
export function evidenceFor(candidate: Candidate): Reason[] {
  const reasons: Reason[] = [];
  for (const r of candidate.risks ?? []) {
    const points = r.severity === 'high' ? evidenceWeights.highRisk : evidenceWeights.mediumRisk;
    reasons.push({ question: 'evidence', answer: r.id, outcome: 'risk', field: 'risks', values: [r.risk], points, href: `${candidate.href}#risk-${r.id}` });
  }
  // Models are ways of selling, not companies: payment protection and identity are platform evidence.
  if (candidate.kind === 'model') return reasons;
  const sources = candidate.sourcesHref ?? candidate.href;
  const p = candidate.protection ?? 'unknown';
  const points = protectedPayments.includes(p) ? evidenceWeights.protected : evidenceWeights.unprotected;
  reasons.push({ question: 'evidence', answer: p, outcome: 'protection', field: 'payments.protection', values: [p], points, href: sources });
  if (candidate.identityOnRecord === false) {
    reasons.push({ question: 'evidence', answer: 'identity', outcome: 'identity', field: 'owner, founded', values: [], points: evidenceWeights.unknownIdentity, href: sources });
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
 * What decides between two candidates with the same score, in order: documented reach (more buyers within one
 * unit; a documented figure before none), then the lower fees for the answered order size, then course order.
 * Never the alphabet. Negative when `a` ranks first.
 */
function tieBreak(a: Ranked, b: Ranked): { order: number; by: TieBreak } {
  const [ra, rb] = [a.candidate.reach, b.candidate.reach];
  if (ra && rb && ra.unit === rb.unit && ra.value !== rb.value) return { order: rb.value - ra.value, by: 'reach' };
  if (ra && !rb) return { order: -1, by: 'reach' };
  if (rb && !ra) return { order: 1, by: 'reach' };
  if (a.cost !== undefined && b.cost !== undefined && a.cost !== b.cost) return { order: a.cost - b.cost, by: 'cost' };
  return { order: 0, by: 'course-order' };
}

/**
 * Ranks candidates for the answers: fit first (the answered questions), then the evidence (risks to sellers,
 * payment protection); ties by reach, then cost, then course order. Returns an empty list when no question is
 * answered.
 */
export function rank(candidates: readonly Candidate[], answers: Answers): Ranked[] {
  if (!hasAnswers(answers)) return [];
  const position = new Map(candidates.map((c, i) => [c.id, i]));
  const ranked = candidates
    .map((candidate): Ranked => {
      const fit = reasonsFor(candidate, answers);
      const reasons = [...fit, ...evidenceFor(candidate)];
      const score = reasons.reduce((sum, r) => sum + r.points, 0);
      const max = fit.reduce((sum, r) => sum + (r.outcome === 'unknown' ? 0 : weights[r.question as QuestionId]), 0);
      const fitScore = fit.reduce((sum, r) => sum + r.points, 0);
      const matches = fit.filter((r) => r.outcome === 'match').length;
      const cost = answers.order ? candidate.costShare?.[answers.order] : undefined;
      return { candidate, score, fitScore, max, level: fitLevel(fitScore, max, matches), reasons, cost };
    })
    .sort((a, b) => b.score - a.score || tieBreak(a, b).order || position.get(a.candidate.id)! - position.get(b.candidate.id)!);
  for (let i = 0; i + 1 < ranked.length; i++) {
    const [a, b] = [ranked[i]!, ranked[i + 1]!];
    if (a.score === b.score) a.tieBreak = tieBreak(a, b).by;
  }
  return ranked;
}

/** The guide's answer: models and platforms ranked apart, and the platforms it lists but does not rank. */
export interface Recommendation {
  models: Ranked[];
  platforms: Ranked[];
  /** Tentatively identified platforms, scored the same way but listed apart with their confidence. */
  tentative: Ranked[];
}

/**
 * Models and platforms ranked separately (a learner picks a model first, then a platform that carries it);
 * tentatively identified platforms are listed apart with their confidence, never ranked with the others.
 */
export function recommend(candidates: readonly Candidate[], answers: Answers): Recommendation {
  const platforms = candidates.filter((c) => c.kind === 'platform');
  return {
    models: rank(candidates.filter((c) => c.kind === 'model'), answers),
    platforms: rank(platforms.filter((c) => c.status !== 'tentative'), answers),
    tentative: rank(platforms.filter((c) => c.status === 'tentative'), answers),
  };
}

/** "Why not X?": where a candidate stands, what it lost points on, and what ranks above it. */
export interface WhyNot {
  ranked: Ranked;
  /** 1-based place in its list. */
  position: number;
  list: 'models' | 'platforms' | 'tentative';
  /** The candidates ranked above it (the first is the top). */
  above: Ranked[];
  /** Reasons that cost it points, worst first. */
  against: Reason[];
  /** Points short of the top candidate. */
  behindTop: number;
  /** When the one just above has the same score: what decided between them. */
  lostTieBy?: TieBreak | undefined;
}

/** Explains one candidate's place for these answers, or undefined when it is not in any list. */
export function whyNot(recommendation: Recommendation, id: string): WhyNot | undefined {
  for (const list of ['platforms', 'models', 'tentative'] as const) {
    const ranking = recommendation[list];
    const index = ranking.findIndex((r) => r.candidate.id === id);
    if (index < 0) continue;
    const ranked = ranking[index]!;
    const previous = ranking[index - 1];
    return {
      ranked,
      position: index + 1,
      list,
      above: ranking.slice(0, index),
      against: ranked.reasons.filter((r) => r.points < 0).sort((a, b) => a.points - b.points),
      behindTop: ranking[0]!.score - ranked.score,
      lostTieBy: previous && previous.score === ranked.score ? previous.tieBreak : undefined,
    };
  }
  return undefined;
}

/** The words the guide builds its reasons from (strings.guide.reasons, plus the fee and protection labels). */
export interface ReasonPhrases {
  you: Record<QuestionId, string>;
  they: Record<QuestionId, string>;
  unknown: Partial<Record<QuestionId, string>>;
  answers: Record<QuestionId, Record<string, string>>;
  values: Partial<Record<QuestionId, Record<string, string>>>;
  or: string;
  and: string;
  none: string;
  protection: { protected: string; unprotected: string };
  identity: string;
  /** Lower-case names of protection levels ("escrow"). */
  protectionLevels: Record<string, string>;
}

/** A template with its first letter capitalised before it is filled, so "{name}" keeps its own case ("eBay"). */
const capital = (template: string) => template.charAt(0).toUpperCase() + template.slice(1);
const stop = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** "a, b or c" (or "and"). */
function joined(items: readonly string[], last: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${last}${items.at(-1)}`;
}

/**
 * One reason in plain words, such as "You sell in bulk; Made-in-China.com's buyers order in bulk or in small
 * batches." The guide's page and its static table both call this, so the two never word a reason differently.
 */
export function describeReason(reason: Reason, name: string, w: ReasonPhrases): string {
  if (reason.outcome === 'risk') return stop(capital(reason.values[0] ?? ''));
  if (reason.outcome === 'identity') return stop(fill(capital(w.identity), { name }));
  if (reason.outcome === 'protection') {
    const template = reason.points > 0 ? w.protection.protected : w.protection.unprotected;
    return stop(fill(capital(template), { name, level: w.protectionLevels[reason.answer] ?? reason.answer }));
  }
  const q = reason.question as QuestionId;
  const you = fill(capital(w.you[q]), { answer: w.answers[q][reason.answer] ?? reason.answer });
  if (reason.outcome === 'unknown') return stop(`${you}; ${fill(w.unknown[q] ?? '', { name })}`);
  const word = (v: string) => w.values[q]?.[v] ?? w.answers[q][v] ?? v;
  // A platform charges all its fee types at once; it suits any one of its seller profiles.
  const values = reason.values.length ? joined(reason.values.map(word), q === 'fees' ? w.and : w.or) : w.none;
  return stop(`${you}; ${fill(w.they[q], { name, values })}`);
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

/**
 * Typical sellers: the static guide table (the page without JavaScript) ranks them, and the unit tests pin
 * their top three (tests/unit/guide-personas.test.ts). Labels are in strings.ts.
 */
export const personas = {
  factory: { profile: 'manufacturer', buyers: 'businesses', order: 'bulk', product: 'manufactured' },
  wholesaler: { profile: 'trading-company', buyers: 'businesses', order: 'small-batch', product: 'manufactured' },
  'factory-to-shoppers': { profile: 'manufacturer', buyers: 'consumers', order: 'single-item', product: 'manufactured', control: 'low' },
  maker: { profile: 'maker', buyers: 'consumers', order: 'single-item', product: 'handmade-vintage' },
  brand: { profile: 'brand-owner', buyers: 'consumers', product: 'own-brand', control: 'high' },
  retailer: { profile: 'small-retailer', buyers: 'consumers', order: 'single-item', product: 'general-merchandise', fees: 'commission' },
  'social-seller': { profile: 'individual', buyers: 'consumers', order: 'single-item', product: 'general-merchandise', control: 'medium', markets: 'asia-pacific' },
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
