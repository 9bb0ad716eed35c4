import { describe, expect, test } from 'vitest';
import { feeType } from '../../src/schemas/traits.ts';
import {
  answersFromParams,
  answersToParams,
  describeReason,
  fitLevel,
  fixedFeeTypes,
  perSaleFeeTypes,
  questionIds,
  questions,
  rank,
  recommend,
  sellerProfiles,
  whyNot,
  type Answers,
  type Candidate,
} from '../../src/lib/decisionGuide.ts';
import { reasonPhrases } from '../../src/lib/guideLabels.ts';

/** Fixtures shaped like the course's frontmatter (fit, fees[].type, traits.revenueTypes, buyerMarkets.regions). */
const platform = (id: string, fit: Candidate['fit'], feeTypes: string[], regions?: string[]): Candidate => ({
  kind: 'platform',
  id,
  name: id,
  href: `/platforms/${id}/`,
  fit,
  feeTypes,
  regions,
});
const model = (id: string, fit: Candidate['fit'], feeTypes: string[]): Candidate => ({ kind: 'model', id, name: id, href: `/models/${id}/`, fit, feeTypes });

const candidates: Candidate[] = [
  platform('etsy', { sellerProfiles: ['maker', 'individual'], buyerTypes: ['consumers'], orderSizes: ['single-item'], productKinds: ['handmade-vintage'], brandControl: 'low' }, ['listing', 'transaction', 'payment-processing', 'advertising'], ['global']),
  platform('ebay', { sellerProfiles: ['individual', 'small-retailer'], buyerTypes: ['consumers'], orderSizes: ['single-item'], productKinds: ['secondhand', 'general-merchandise'], brandControl: 'low' }, ['listing', 'final-value', 'per-order'], ['global']),
  platform('amazon', { sellerProfiles: ['brand-owner', 'manufacturer', 'trading-company', 'small-retailer', 'individual'], buyerTypes: ['consumers'], orderSizes: ['single-item'], productKinds: ['general-merchandise', 'own-brand'], brandControl: 'low' }, ['subscription', 'referral', 'fulfillment', 'advertising'], ['north-america', 'europe']),
  platform('alibaba', { sellerProfiles: ['manufacturer', 'trading-company'], buyerTypes: ['businesses'], orderSizes: ['bulk', 'small-batch'], productKinds: ['manufactured'], brandControl: 'medium' }, ['membership', 'certification', 'advertising'], ['global']),
  platform('made-in-china', { sellerProfiles: ['manufacturer', 'trading-company'], buyerTypes: ['businesses'], orderSizes: ['bulk', 'small-batch'], productKinds: ['manufactured'], brandControl: 'medium' }, ['membership', 'certification'], ['global']),
  platform('aliexpress', { sellerProfiles: ['manufacturer', 'trading-company', 'brand-owner'], buyerTypes: ['consumers'], orderSizes: ['single-item', 'small-batch'], productKinds: ['general-merchandise', 'manufactured'], brandControl: 'low' }, ['commission', 'deposit']),
  model('b2b', { sellerProfiles: ['manufacturer', 'trading-company'], buyerTypes: ['businesses'], orderSizes: ['bulk', 'small-batch'], productKinds: ['manufactured'], brandControl: 'medium' }, ['membership', 'certification', 'advertising', 'commission']),
  model('b2c', { sellerProfiles: ['small-retailer'], buyerTypes: ['consumers'], orderSizes: ['single-item'], productKinds: ['general-merchandise'], brandControl: 'low' }, ['commission']),
  model('c2c', { sellerProfiles: ['individual', 'small-retailer', 'maker'], buyerTypes: ['consumers'], orderSizes: ['single-item'], productKinds: ['secondhand', 'handmade-vintage', 'general-merchandise'], brandControl: 'low' }, ['listing', 'final-value', 'transaction']),
  model('independent-website', { sellerProfiles: ['brand-owner', 'small-retailer', 'maker'], buyerTypes: ['consumers'], orderSizes: ['single-item', 'small-batch'], productKinds: ['own-brand', 'handmade-vintage', 'general-merchandise'], brandControl: 'high' }, ['subscription', 'payment-processing', 'advertising']),
  model('social-commerce', { sellerProfiles: ['individual', 'small-retailer', 'maker'], buyerTypes: ['consumers'], orderSizes: ['single-item'], productKinds: ['general-merchandise', 'own-brand', 'handmade-vintage'], brandControl: 'medium' }, ['advertising', 'other']),
];

const ids = (list: { candidate: Candidate }[]) => list.map((r) => r.candidate.id);
/** The fit reasons of a ranked candidate (evidence reasons left out), as 'outcome answer field'. */
const why = (r: { reasons: { field: string; outcome: string; answer: string; question: string }[] }) =>
  r.reasons.filter((x) => x.question !== 'evidence').map((x) => `${x.outcome} ${x.answer} ${x.field}`);

describe('the decision guide steers typical sellers', () => {
  test('a handmade-goods maker to Etsy-like options', () => {
    const { platforms, models } = recommend(candidates, { profile: 'maker', buyers: 'consumers', order: 'single-item', product: 'handmade-vintage' });
    expect(ids(platforms)[0]).toBe('etsy');
    expect(platforms[0]!.level).toBe('strong');
    expect(why(platforms[0]!)).toEqual([
      'match maker fit.sellerProfiles',
      'match consumers fit.buyerTypes',
      'match single-item fit.orderSizes',
      'match handmade-vintage fit.productKinds',
    ]);
    // The models that let a maker sell handmade goods to consumers come first; B2B comes last.
    expect(ids(models).slice(0, 3).sort()).toEqual(['c2c', 'independent-website', 'social-commerce']);
    expect(ids(models).at(-1)).toBe('b2b');
  });

  test('a factory selling in bulk to businesses to B2B platforms', () => {
    const { platforms, models } = recommend(candidates, { profile: 'manufacturer', buyers: 'businesses', order: 'bulk', product: 'manufactured', fees: 'membership' });
    expect(ids(platforms).slice(0, 2).sort()).toEqual(['alibaba', 'made-in-china']);
    expect(ids(models)[0]).toBe('b2b');
    expect(why(platforms[0]!)).toEqual([
      'match manufacturer fit.sellerProfiles',
      'match businesses fit.buyerTypes',
      'match bulk fit.orderSizes',
      'match manufactured fit.productKinds',
      'match membership fees[].type',
    ]);
    expect(why(models[0]!)).toContain('partial membership traits.revenueTypes');
    for (const r of platforms.slice(2)) expect(r.reasons.find((x) => x.question === 'buyers')?.outcome).toBe('mismatch');
  });

  test('a brand that wants its customer data to an independent website', () => {
    const { models } = recommend(candidates, { profile: 'brand-owner', buyers: 'consumers', product: 'own-brand', control: 'high' });
    expect(ids(models)[0]).toBe('independent-website');
    expect(models[0]!.reasons.find((r) => r.question === 'control')).toEqual({
      question: 'control',
      answer: 'high',
      outcome: 'match',
      field: 'fit.brandControl',
      values: ['high'],
      points: 2,
      href: '/models/independent-website/',
    });
    expect(models[0]!.level).toBe('strong');
    // Every marketplace keeps the data: low control is two steps from high.
    const { platforms } = recommend(candidates, { control: 'high' });
    for (const p of platforms) expect(p.reasons[0]?.outcome).not.toBe('match');
  });
});

describe('reasons are traceable to frontmatter fields', () => {
  test('each reason names a field and quotes its values', () => {
    const answers: Answers = { profile: 'maker', buyers: 'consumers', order: 'bulk', product: 'secondhand', fees: 'commission', control: 'medium', markets: 'europe' };
    for (const r of rank(candidates, answers)) {
      for (const reason of r.reasons) {
        expect(reason.field).toMatch(/^(fit\.(sellerProfiles|buyerTypes|orderSizes|productKinds|brandControl)|fees\[\]\.type|traits\.revenueTypes|buyerMarkets\.regions|payments\.protection|risks|owner, founded)$/);
        expect(reason.href.startsWith(r.candidate.href)).toBe(true);
        if (reason.field.startsWith('fit.')) {
          const key = reason.field.slice(4) as keyof Candidate['fit'];
          expect([r.candidate.fit[key]].flat()).toEqual([...reason.values]);
        }
      }
    }
  });

  test('markets apply to platforms only, and a platform without regions says so', () => {
    const { models, platforms } = recommend(candidates, { markets: 'europe' });
    expect(models.every((m) => m.reasons.length === 0)).toBe(true);
    const aliexpress = platforms.find((p) => p.candidate.id === 'aliexpress')!;
    expect(aliexpress.reasons.filter((r) => r.question === 'markets')).toEqual([
      { question: 'markets', answer: 'europe', field: 'buyerMarkets.regions', values: [], outcome: 'unknown', points: 0, href: '/platforms/aliexpress/' },
    ]);
    expect(platforms.find((p) => p.candidate.id === 'etsy')!.reasons[0]!.outcome).toBe('match'); // global
  });

  test('fee preference compares fixed and per-sale fee types', () => {
    const byId = (answers: Answers) => Object.fromEntries(rank(candidates, answers).map((r) => [r.candidate.id, r.reasons[0]!.outcome]));
    expect(byId({ fees: 'commission' })).toMatchObject({ ebay: 'match', alibaba: 'mismatch', amazon: 'partial', 'social-commerce': 'unknown' });
    expect(byId({ fees: 'membership' })).toMatchObject({ ebay: 'mismatch', alibaba: 'match', amazon: 'partial' });
  });

  test('no answers, no ranking', () => {
    expect(rank(candidates, {})).toEqual([]);
  });

  test('fit levels', () => {
    expect([fitLevel(9, 12), fitLevel(5, 12), fitLevel(4, 12), fitLevel(0, 0)]).toEqual(['strong', 'partial', 'weak', 'none']);
    // "Weak fit" only where some answer matches: with none matching, it is no fit at all.
    expect(fitLevel(-12, 12, 0)).toBe('none');
  });
});

describe('answers in the URL', () => {
  test('round-trip through the query string in question order', () => {
    const answers: Answers = { markets: 'europe', profile: 'maker', control: 'high' };
    const query = answersToParams(answers).toString();
    expect(query).toBe('profile=maker&control=high&markets=europe');
    expect(answersFromParams(new URLSearchParams(query))).toEqual(answers);
  });
  test('ignore unknown questions and values', () => {
    expect(answersFromParams(new URLSearchParams('profile=wizard&buyers=consumers&utm=x'))).toEqual({ buyers: 'consumers' });
  });
});

describe('the option lists', () => {
  // The lists and the schema enums come from one source (so comparing them would prove nothing); what can
  // break is the guide's handling of them: every value of every question must survive the URL.
  test('every value of every question round-trips through the URL', () => {
    let values = 0;
    for (const id of questionIds) {
      for (const value of questions[id]) {
        values++;
        const answers = { [id]: value } as Answers;
        expect(answersFromParams(new URLSearchParams(answersToParams(answers))), `${id}=${value}`).toEqual(answers);
      }
    }
    expect(values).toBeGreaterThan(20);
  });
  test('fee groups name real fee types', () => {
    for (const t of [...fixedFeeTypes, ...perSaleFeeTypes]) expect(feeType.options).toContain(t);
  });
});

describe('evidence adjusts the fit, and ties go to evidence', () => {
  const fit: Candidate['fit'] = { sellerProfiles: ['small-retailer'], buyerTypes: ['consumers'], orderSizes: ['single-item'], productKinds: ['general-merchandise'], brandControl: 'low' };
  const base = (id: string, extra: Partial<Candidate> = {}): Candidate => ({
    kind: 'platform',
    id,
    name: id,
    href: `/platforms/${id}/`,
    sourcesHref: `/sources/platforms/${id}/`,
    fit,
    feeTypes: ['commission'],
    protection: 'escrow',
    identityOnRecord: true,
    ...extra,
  });
  const answers: Answers = { profile: 'small-retailer', buyers: 'consumers', order: 'single-item' };

  test('a high risk costs 3, a medium 1; protection and identity count for platforms only', () => {
    const [safe, risky] = rank(
      [base('safe'), base('risky', { risks: [{ id: 'unpaid', risk: 'The owner stopped paying sellers.', severity: 'high' }, { id: 'listed', risk: 'A notorious-markets listing.', severity: 'medium' }] })],
      answers,
    );
    expect([safe!.candidate.id, safe!.score, risky!.score]).toEqual(['safe', 8 + 1, 8 + 1 - 4]);
    expect(risky!.reasons.find((r) => r.answer === 'unpaid')).toMatchObject({ outcome: 'risk', points: -3, href: '/platforms/risky/#risk-unpaid' });
    const [none] = rank([base('none', { protection: undefined, identityOnRecord: false })], answers);
    expect(none!.reasons.filter((r) => r.question === 'evidence').map((r) => [r.outcome, r.points])).toEqual([['protection', -1], ['identity', -1]]);
    const [b2b] = rank([{ ...base('b2b'), kind: 'model' }], answers);
    expect(b2b!.reasons.every((r) => r.question !== 'evidence')).toBe(true);
  });

  test('ties: more reach within one unit, a documented figure before none, then lower cost, then course order', () => {
    const reach = (value: number, unit = 'active-buyers') => ({ value, unit, period: '2025' });
    const byReach = rank([base('small', { reach: reach(10) }), base('big', { reach: reach(20) })], answers);
    expect(ids(byReach)).toEqual(['big', 'small']);
    expect(byReach[0]!.tieBreak).toBe('reach');
    expect(ids(rank([base('unknown'), base('known', { reach: reach(1) })], answers))).toEqual(['known', 'unknown']);
    // Units differ: reach cannot compare, so cost decides.
    const cost = (pct: number) => ({ 'single-item': pct });
    const byCost = rank([base('dear', { reach: reach(99, 'monthly-visits'), costShare: cost(15) }), base('cheap', { reach: reach(1), costShare: cost(9) })], answers);
    expect(ids(byCost)).toEqual(['cheap', 'dear']);
    expect(byCost[0]!.tieBreak).toBe('cost');
    // Nothing tells them apart: course order (the order given), never the alphabet.
    const byOrder = rank([base('zeta'), base('alpha')], answers);
    expect(ids(byOrder)).toEqual(['zeta', 'alpha']);
    expect(byOrder[0]!.tieBreak).toBe('course-order');
  });

  test('why not: the place, what costs points, and the tie it lost', () => {
    const rec = recommend([base('first', { reach: { value: 5, unit: 'active-buyers', period: '2025' } }), base('second'), base('third', { protection: 'none' })], answers);
    const second = whyNot(rec, 'second')!;
    expect([second.position, second.behindTop, second.lostTieBy, second.against]).toEqual([2, 0, 'reach', []]);
    const third = whyNot(rec, 'third')!;
    expect([third.position, third.behindTop]).toEqual([3, 2]);
    expect(third.against.map((r) => r.outcome)).toEqual(['protection']);
    expect(whyNot(rec, 'missing')).toBeUndefined();
  });

  test('reasons in plain words', () => {
    const phrases = reasonPhrases();
    const [r] = rank([base('Shop', { feeTypes: ['listing', 'final-value'], protection: 'none', identityOnRecord: false, risks: [{ id: 'x', risk: 'its owner stopped paying sellers in 2024', severity: 'high' }] })], {
      profile: 'maker',
      order: 'single-item',
      fees: 'commission',
      control: 'high',
    });
    expect(r!.reasons.map((x) => describeReason(x, 'Shop', phrases))).toEqual([
      'You are a maker of handmade goods; Shop suits small retailers.',
      'You sell single items; Shop’s buyers order single items.',
      'You would rather pay a share of each sale; Shop charges listing fees and a final value fee.',
      'You want full control of your brand and customer list; Shop gives little control (the platform owns the buyer).',
      'Its owner stopped paying sellers in 2024.',
      'The lesson could not document any payment protection on Shop.',
      'The lesson could not find who owns Shop or when it began, so a seller cannot check whom they deal with.',
    ]);
  });
});

describe('every value has its words', () => {
  test('each answer, each lesson value and each fee type reads in a reason', () => {
    const phrases = reasonPhrases();
    for (const q of questionIds) {
      for (const value of questions[q]) expect(phrases.answers[q][value], `${q}=${value}`).toBeTruthy();
    }
    for (const t of feeType.options) expect(phrases.values.fees?.[t], `fee type ${t}`).toBeTruthy();
    for (const p of sellerProfiles) expect(phrases.values.profile?.[p], `profile ${p}`).toBeTruthy();
  });
});
