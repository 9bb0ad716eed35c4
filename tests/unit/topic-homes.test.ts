/**
 * A topic has one home: payments, logistics, customs and tax, compliance and returns are taught in the operations
 * module, and a platform or model lesson that mentions one links the lesson that owns it (src/lib/topicHomes.ts).
 */
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/contentFiles.ts';
import { operationsLessons } from '../../src/lib/contentRules.ts';
import { homeLinks, linksLesson, missingTopicLinks, topicHomes, vagueLinkText } from '../../src/lib/topicHomes.ts';

describe('the topic table', () => {
  test('names each operations lesson once, and only those', () => {
    expect(topicHomes.map((h) => h.lesson).sort()).toEqual([...operationsLessons].sort());
  });

  test('an IOSS paragraph without the customs link is caught; with the link it passes', () => {
    const body = 'On this marketplace the seller never files an IOSS return: the platform charges the buyer at checkout.';
    expect(missingTopicLinks(body)).toEqual([{ topic: 'customs, duties and taxes', lesson: 'customs-duties-and-taxes', found: 'IOSS' }]);
    expect(missingTopicLinks(`${body} See [how IOSS works](/lessons/customs-duties-and-taxes/).`)).toEqual([]);
    expect(missingTopicLinks(`${body} See [how IOSS works](/lessons/customs-duties-and-taxes/#the-eu).`)).toEqual([]);
  });

  test('a link that is not site-absolute, or points at another lesson, does not count', () => {
    const body = 'Parcels under €150 pay VAT at checkout.';
    for (const href of ['lessons/customs-duties-and-taxes/', '../customs-duties-and-taxes/', '/lessons/customs-duties-and-taxes', '/lessons/payments-and-payouts/']) {
      expect(missingTopicLinks(`${body} [The rules](${href}).`).map((m) => m.lesson), href).toEqual(['customs-duties-and-taxes']);
    }
    expect(linksLesson('[x](/lessons/customs-duties-and-taxes/)', 'customs-duties-and-taxes')).toBe(true);
  });

  test('finds every link to a home however it is written, so a vague or relative one can be reported', () => {
    const links = homeLinks('See [here](lessons/payments-and-payouts/) and [how duty is charged](/lessons/customs-duties-and-taxes/), not [Etsy](/platforms/etsy/).');
    expect(links).toEqual([
      { text: 'here', href: 'lessons/payments-and-payouts/' },
      { text: 'how duty is charged', href: '/lessons/customs-duties-and-taxes/' },
    ]);
    expect(links[0]!.text).toMatch(vagueLinkText);
    expect(links[1]!.text).not.toMatch(vagueLinkText);
  });

  test('each topic has signals that fire, including a section heading', () => {
    const samples: Record<string, string> = {
      'payments-and-payouts': '## Payments\n\nThe platform pays the seller.',
      'logistics-and-fulfillment': 'Quote FCA, an Incoterms rule, for a container.',
      'customs-duties-and-taxes': 'Every parcel to the US now owes duty since de minimis ended.',
      'compliance-and-account-health': 'The marketplace was named a notorious market for counterfeit goods.',
      'returns-and-customer-service': 'The buyer gets free returns within 15 days.',
    };
    for (const [lesson, body] of Object.entries(samples)) expect(missingTopicLinks(body).map((m) => m.lesson), lesson).toEqual([lesson]);
  });

  test('stays quiet on ordinary words that only look like a topic', () => {
    const body = [
      'The founder returned to Hangzhou, and the points return to zero after a year.',
      'The company reserves the right to change its terms; it shipped its first app in 2010.',
      'A dutiful team paid the membership fee, and the platform logistically sits between two models.',
    ].join('\n\n');
    expect(missingTopicLinks(body)).toEqual([]);
  });
});

const lessons = readContent().filter((f) => f.collection === 'platforms' || f.collection === 'models');

test('the course has platform and model lessons to check', () => {
  expect(lessons.length).toBeGreaterThanOrEqual(24);
});

describe('a platform or model lesson that mentions a topic links its home', () => {
  test.each(lessons.map((f) => [`${f.collection}/${f.id}`, f.body] as const))('%s', (_key, body) => {
    const missing = missingTopicLinks(body).map((m) => `mentions ${m.topic} ("${m.found}") but does not link /lessons/${m.lesson}/`);
    expect(missing).toEqual([]);
  });
});

describe('links to a topic home are site-absolute and say where they lead', () => {
  test.each(lessons.map((f) => [`${f.collection}/${f.id}`, f.body] as const))('%s', (_key, body) => {
    for (const { text, href } of homeLinks(body)) {
      expect(href, `[${text}](${href})`).toMatch(/^\/lessons\/[a-z-]+\/(?:#[\w-]+)?$/);
      expect(text.trim(), `[${text}](${href})`).not.toMatch(vagueLinkText);
    }
  });
});
