/**
 * The glossary collection (content/glossary.yaml) against the glossary's rules: at least 40 terms, the terms
 * the lesson writers were promised, definitions of one to three sentences, related terms that exist, and
 * spellings that link to exactly one term.
 */
import { getCollection } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { buildGlossary, createTermMatcher } from '../../src/lib/glossary.ts';

const entries = await getCollection('glossary');
const terms = entries.map((e) => ({ ...e.data, related: e.data.related.map((r) => r.id) }));

/** Ids and spellings promised to the lesson writers. */
const promised: Record<string, string> = {
  b2b: 'B2B', b2c: 'B2C', c2c: 'C2C', b2b2c: 'B2B2C', marketplace: 'marketplace', 'independent-website': 'independent website',
  dtc: 'direct-to-consumer', moq: 'MOQ', rfq: 'RFQ', oem: 'OEM', odm: 'ODM', incoterms: 'Incoterms', exw: 'EXW', fob: 'FOB',
  cif: 'CIF', ddp: 'DDP', escrow: 'escrow', 'trade-assurance': 'Trade Assurance', 'gold-supplier': 'Gold Supplier',
  fulfillment: 'fulfillment', fba: 'Fulfillment by Amazon', dropshipping: 'dropshipping', 'referral-fee': 'referral fee',
  'final-value-fee': 'final value fee', 'listing-fee': 'listing fee', 'insertion-fee': 'insertion fee',
  'membership-fee': 'membership fee', commission: 'commission', 'transaction-fee': 'transaction fee',
  'payment-processing-fee': 'payment processing fee', ppc: 'PPC', vat: 'VAT', ioss: 'IOSS', 'de-minimis': 'de minimis',
  'customs-duty': 'customs duty', chargeback: 'chargeback', storefront: 'storefront', seo: 'SEO',
  'social-commerce': 'social commerce', 'live-commerce': 'live commerce', 'managed-payments': 'managed payments',
  'buyer-protection': 'buyer protection', 'freight-forwarder': 'freight forwarder', 'overseas-warehouse': 'overseas warehouse',
  gmv: 'GMV', 'take-rate': 'take rate', counterfeit: 'counterfeit',
};

describe('content/glossary.yaml', () => {
  test('has at least 40 terms', () => {
    expect(terms.length).toBeGreaterThanOrEqual(40);
  });

  test.each(Object.entries(promised))('term %s links from "%s"', (id, spelling) => {
    const matches = createTermMatcher(terms).find(`Here: ${spelling}.`);
    expect(matches.map((m) => m.id)).toEqual([id]);
  });

  test('every definition is one to three sentences', () => {
    for (const t of terms) {
      const sentences = t.definition.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
      expect(sentences, `${t.id}: ${t.definition}`).toBeGreaterThanOrEqual(1);
      expect(sentences, `${t.id}: ${t.definition}`).toBeLessThanOrEqual(3);
    }
  });

  test('ids are anchors, related terms exist and no spelling belongs to two terms', () => {
    for (const t of terms) expect(t.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(() => buildGlossary(terms, [])).not.toThrow();
    for (const t of terms) expect(t.related, t.id).not.toContain(t.id);
  });

  test('uses American spelling', () => {
    const text = terms.map((t) => `${t.term} ${t.aliases.join(' ')} ${t.definition}`).join(' ');
    expect(text).not.toMatch(/\b(fulfilment|organis|programme|colour|licence|favour|centre)\w*/i);
  });
});
