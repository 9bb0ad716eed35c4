import { describe, expect, test } from 'vitest';
import {
  buildGlossary,
  createTermMatcher,
  GlossaryError,
  alphabetIndex,
  groupByInitial,
  isCaseSensitive,
  linkFirstUses,
  termsUsedIn,
  type TermSpec,
} from '../../src/lib/glossary.ts';
import { proseOf } from '../../src/lib/words.ts';

const terms: TermSpec[] = [
  { id: 'b2b', term: 'B2B', aliases: ['business-to-business'] },
  { id: 'b2c', term: 'B2C', aliases: [] },
  { id: 'b2b2c', term: 'B2B2C', aliases: [] },
  { id: 'moq', term: 'MOQ', aliases: ['minimum order quantity'] },
  { id: 'fulfillment', term: 'fulfillment', aliases: [] },
  { id: 'fba', term: 'FBA', aliases: ['Fulfillment by Amazon'] },
  { id: 'escrow', term: 'escrow', aliases: [] },
  { id: 'de-minimis', term: 'de minimis', aliases: [] },
  { id: 'fob', term: 'FOB', aliases: ['Free On Board'] },
  { id: 'trade-assurance', term: 'Trade Assurance', aliases: [] },
  { id: 'fee', term: 'referral fee', aliases: [] },
];
const matcher = createTermMatcher(terms);
const ids = (text: string) => matcher.find(text).map((m) => `${m.id}:${m.text}`);

/** The error a call throws (fails the test when it throws none). */
function thrown(run: () => unknown): GlossaryError {
  try {
    run();
  } catch (error) {
    return error as GlossaryError;
  }
  throw new Error('expected an error');
}

describe('isCaseSensitive', () => {
  test.each([
    ['MOQ', true],
    ['Trade Assurance', true],
    ['Fulfillment by Amazon', true],
    ['escrow', false],
    ['Incoterms', false],
    ['de minimis', false],
  ])('%s → %s', (phrase, expected) => expect(isCaseSensitive(phrase)).toBe(expected));
});

describe('createTermMatcher', () => {
  test('matches whole words only', () => {
    expect(ids('B2B2C is not B2B, and B2Bx is nothing')).toEqual(['b2b2c:B2B2C', 'b2b:B2B']);
    expect(ids('escrowed money; non-escrow accounts')).toEqual([]);
    expect(ids('Paid in escrow.')).toEqual(['escrow:escrow']);
  });

  test('prefers the longest spelling at a position', () => {
    expect(ids('Fulfillment by Amazon and fulfillment')).toEqual(['fba:Fulfillment by Amazon', 'fulfillment:fulfillment']);
  });

  test('keeps the capitals of abbreviations and names, but lets common nouns start a sentence', () => {
    expect(ids('moq, fob and trade assurance')).toEqual([]);
    expect(ids('MOQ, FOB and Trade Assurance')).toEqual(['moq:MOQ', 'fob:FOB', 'trade-assurance:Trade Assurance']);
    expect(ids('Escrow holds it. De minimis ended.')).toEqual(['escrow:Escrow', 'de-minimis:De minimis']);
    expect(ids('ESCROW')).toEqual([]);
  });

  test('accepts plurals and line breaks inside a phrase', () => {
    expect(ids('MOQs and referral\n  fees')).toEqual(['moq:MOQs', 'fee:referral\n  fees']);
  });

  test('rejects a spelling claimed by two terms', () => {
    const error = thrown(() =>
      createTermMatcher([
        { id: 'a', term: 'escrow', aliases: [] },
        { id: 'b', term: 'Escrow', aliases: [] },
      ]),
    );
    expect(error).toBeInstanceOf(GlossaryError);
    expect(error.message).toBe('content/glossary.yaml: term "b", field "term": terms "a" and "b" both claim the spelling "Escrow"');
    expect(error.hint).toMatch(/^Keep each term and alias on one entry only/);
  });
});

describe('linkFirstUses', () => {
  test('links each term once, across calls sharing the same set', () => {
    const seen = new Set<string>();
    expect(linkFirstUses('A B2B buyer asks for the MOQ; B2B means business-to-business.', matcher, seen)).toEqual([
      'A ',
      { id: 'b2b', text: 'B2B' },
      ' buyer asks for the ',
      { id: 'moq', text: 'MOQ' },
      '; B2B means business-to-business.',
    ]);
    expect(linkFirstUses('Another MOQ and an escrow', matcher, seen)).toEqual(['Another MOQ and an ', { id: 'escrow', text: 'escrow' }]);
    expect(linkFirstUses('MOQ B2B escrow', matcher, seen)).toBeUndefined();
  });
});

describe('proseOf and termsUsedIn', () => {
  test('ignore code, link targets, tags and imports', () => {
    const body = [
      "import Note from '../Note.astro';",
      '',
      'Ask about the `MOQ` first. See [the terms](/glossary/#escrow "escrow").',
      '```',
      'FOB',
      '```',
      '<Note kind="FBA">Trade Assurance</Note>',
    ].join('\n');
    expect(proseOf(body)).not.toMatch(/MOQ|escrow|FOB|FBA|import/);
    expect(termsUsedIn(body, matcher)).toEqual(['trade-assurance']);
  });
});

describe('buildGlossary', () => {
  const input = [
    { id: 'moq', term: 'MOQ', aliases: ['minimum order quantity'], definition: 'd', related: ['b2b'] },
    { id: 'b2b', term: 'B2B', aliases: [], definition: 'd', related: [] },
    { id: 'escrow', term: 'escrow', aliases: [], definition: 'd', related: [] },
  ];
  test('sorts terms, resolves related terms and finds the lessons that use each', () => {
    const lessons = [
      { title: 'One', body: 'A B2B buyer and a minimum order quantity.' },
      { title: 'Two', body: 'Only B2B here.' },
    ];
    const glossary = buildGlossary(input, lessons);
    expect(glossary.map((g) => [g.term, g.related.map((r) => r.term), g.lessons.map((l) => l.title)])).toEqual([
      ['B2B', [], ['One', 'Two']],
      ['escrow', [], []],
      ['MOQ', ['B2B'], ['One']],
    ]);
  });
  test('names an unknown related id', () => {
    const error = thrown(() => buildGlossary([{ ...input[0]!, related: ['nope'] }], []));
    expect(error.message).toBe('content/glossary.yaml: term "moq", field "related": "nope" is not the id of a term');
    expect(error.hint).toBe('Use the id of an existing term.');
  });
  test('indexes every letter, linking those that have terms', () => {
    const index = alphabetIndex(['B', 'E']);
    expect(index).toHaveLength(26);
    expect(index.slice(0, 3)).toEqual([{ letter: 'A' }, { letter: 'B', anchor: 'letter-b' }, { letter: 'C' }]);
    expect(alphabetIndex(['#', 'Z'])[0]).toEqual({ letter: '#', anchor: 'letter-other' });
    expect(alphabetIndex(['#', 'Z']).at(-1)).toEqual({ letter: 'Z', anchor: 'letter-z' });
  });
  test('groups by first letter', () => {
    expect(groupByInitial([{ term: 'B2B' }, { term: 'buyer' }, { term: 'escrow' }]).map((g) => [g.initial, g.terms.length])).toEqual([
      ['B', 2],
      ['E', 1],
    ]);
  });
});

describe('case variants of one term', () => {
  test('are all matched', () => {
    const m = createTermMatcher([{ id: 'fob', term: 'FOB', aliases: ['Free On Board', 'Free on Board'] }]);
    expect(m.find('Free on Board, Free On Board').map((x) => x.id)).toEqual(['fob', 'fob']);
  });
});
