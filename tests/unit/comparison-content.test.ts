/**
 * The comparison and the decision guide over the real content. Expectations are derived from the
 * collections, so they hold for any valid content while lessons are being written.
 */
import { getCollection } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { getComparison } from '../../src/lib/comparisonData.ts';
import { majorPlatforms } from '../../src/lib/contentRules.ts';
import { personas, recommend } from '../../src/lib/decisionGuide.ts';

const data = await getComparison();
const platforms = await getCollection('platforms');
const models = await getCollection('models');

describe('the comparison covers the content', () => {
  test('one row per platform and one column per model', () => {
    expect(data.rows.map((r) => r.id).sort()).toEqual(platforms.map((p) => p.id).sort());
    expect(data.columns.map((c) => c.id).sort()).toEqual(models.map((m) => m.id).sort());
  });

  test('unidentified platforms have no fit and are left out of the guide', () => {
    for (const p of platforms.filter((x) => x.data.status === 'unidentified')) {
      const row = data.rows.find((r) => r.id === p.id)!;
      expect(row.identified).toBe(false);
      expect(row.fit).toBeUndefined();
      expect(data.unranked).toContain(row);
      expect(data.candidates.find((c) => c.id === p.id && c.kind === 'platform')).toBeUndefined();
    }
  });
});

describe('the guide on the real content', () => {
  const platformCandidates = data.candidates.filter((c) => c.kind === 'platform');
  const modelCandidates = data.candidates.filter((c) => c.kind === 'model');

  test('a handmade maker gets a platform for handmade goods first', () => {
    // The precondition is content the course must have: Etsy is one of its major platforms.
    expect(majorPlatforms).toContain('etsy');
    expect(
      platformCandidates.filter((c) => c.fit.productKinds.includes('handmade-vintage') && c.fit.sellerProfiles.includes('maker')).map((c) => c.id),
    ).toContain('etsy');
    const { platforms: ranked } = recommend(data.candidates, personas.maker);
    expect(ranked[0]!.candidate.fit.productKinds).toContain('handmade-vintage');
  });

  test('a factory selling in bulk to businesses gets a B2B platform and the B2B model first', () => {
    // The precondition is content the course must have: Alibaba.com, a major B2B platform, and the B2B model.
    expect(platformCandidates.filter((c) => c.fit.buyerTypes.includes('businesses')).map((c) => c.id)).toContain('alibaba');
    expect(modelCandidates.map((c) => c.id)).toContain('b2b');
    const { platforms: ranked, models: rankedModels } = recommend(data.candidates, personas.factory);
    expect(ranked[0]!.candidate.fit.buyerTypes).toContain('businesses');
    expect(rankedModels[0]!.candidate.fit.buyerTypes).toContain('businesses');
  });

  test('a brand that wants its customer data gets the model with the most brand control first', () => {
    const { models: rankedModels } = recommend(data.candidates, personas.brand);
    const most = modelCandidates.some((c) => c.fit.brandControl === 'high') ? 'high' : 'medium';
    expect(rankedModels[0]!.candidate.fit.brandControl).toBe(most);
  });
});
