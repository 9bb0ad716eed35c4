import { describe, expect, test } from 'vitest';
import {
  decodeEntities,
  displaySubResults,
  excerptParts,
  fillTemplate,
  filterChips,
  shapeHit,
  type PagefindResultData,
} from '../../src/lib/searchResults';
import { emptySearchState, toggleFilter } from '../../src/lib/searchState';

const typeLabels = { lesson: 'Lesson', module: 'Module', glossary: 'Glossary', comparison: 'Comparison' };

const sub = (title: string, url: string, hits: number, anchor = true) => ({
  title,
  url,
  excerpt: `about <mark>${title}</mark>`,
  locations: Array.from({ length: hits }, (_, i) => i),
  ...(anchor ? { anchor: { element: 'h2', id: url.split('#')[1] ?? '', location: 1 } } : {}),
});

describe('excerpts', () => {
  test('split into plain and highlighted parts, with entities decoded', () => {
    expect(excerptParts('Fees &amp; <mark>Trade</mark> <mark>Assurance</mark> for &lt;b&gt; buyers&#39; orders')).toEqual([
      { text: 'Fees & ', mark: false },
      { text: 'Trade', mark: true },
      { text: ' ', mark: false },
      { text: 'Assurance', mark: true },
      { text: " for <b> buyers' orders", mark: false },
    ]);
  });

  test('never let markup through: any other tag is dropped', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>safe <mark>text</mark>')).toEqual([
      { text: 'safe ', mark: false },
      { text: 'text', mark: true },
    ]);
  });

  test('decode numeric and named entities, and leave unknown ones alone', () => {
    expect(decodeEntities('&#x201C;FBA&#8221; &nbsp;&bogus;')).toBe('“FBA” \u00a0&bogus;');
  });
});

describe('hits', () => {
  const data: PagefindResultData = {
    url: '/course/platforms/amazon/?highlight=fba',
    excerpt: 'Sellers use <mark>FBA</mark> to ship',
    meta: { title: 'Amazon', module: 'B2C platforms', type: 'lesson' },
    sub_results: [
      { title: 'Amazon', url: '/course/platforms/amazon/?highlight=fba', excerpt: 'root' },
      sub('How it earns', '/course/platforms/amazon/?highlight=fba#how-it-earns', 1),
      sub('Logistics', '/course/platforms/amazon/?highlight=fba#logistics', 5),
      sub('Payments', '/course/platforms/amazon/?highlight=fba#payments', 2),
      sub('Who it suits', '/course/platforms/amazon/?highlight=fba#who-it-suits', 1),
    ],
  };

  test('sub-results leave out the page itself and keep the three sections with most matches', () => {
    expect(displaySubResults(data).map((s) => s.title)).toEqual(['Logistics', 'Payments', 'How it earns']);
  });

  test('a hit has the title, the link, the module and highlighted excerpts', () => {
    const hit = shapeHit(data, { typeLabels, untitled: 'Untitled', maxSubResults: 2 });
    expect(hit).toMatchObject({
      title: 'Amazon',
      href: '/course/platforms/amazon/?highlight=fba',
      context: 'B2C platforms',
      excerpt: [
        { text: 'Sellers use ', mark: false },
        { text: 'FBA', mark: true },
        { text: ' to ship', mark: false },
      ],
    });
    expect(hit.subResults.map((s) => [s.title, s.href])).toEqual([
      ['Logistics', '/course/platforms/amazon/?highlight=fba#logistics'],
      ['Payments', '/course/platforms/amazon/?highlight=fba#payments'],
    ]);
  });

  test('a sub-result whose excerpt repeats the page excerpt shows only its heading', () => {
    const same = { ...data, sub_results: [{ ...sub('Logistics', '/p/#logistics', 2), excerpt: data.excerpt }] };
    expect(shapeHit(same, { typeLabels, untitled: 'Untitled' }).subResults).toEqual([{ title: 'Logistics', href: '/p/#logistics', excerpt: [] }]);
  });

  test('a page outside any module is labelled by its type; a page without a title gets a placeholder', () => {
    const glossary = shapeHit({ url: '/glossary/', excerpt: '', meta: { type: 'glossary' } }, { typeLabels, untitled: 'Untitled' });
    expect(glossary).toMatchObject({ title: 'Untitled', context: 'Glossary', subResults: [] });
    const titled = shapeHit({ url: '/glossary/', excerpt: '', meta: { type: 'glossary', title: 'Glossary' } }, { typeLabels, untitled: 'Untitled' });
    expect(titled.context).toBe('');
  });
});

describe('filter chips', () => {
  test('list every known value, content types in their fixed order, with counts and pressed state', () => {
    const state = toggleFilter(emptySearchState(), 'type', 'glossary');
    const chips = filterChips('type', { comparison: 1, glossary: 1, lesson: 30, module: 7 }, { lesson: 4, glossary: 1 }, state, typeLabels);
    expect(chips.map((c) => [c.value, c.label, c.count, c.pressed])).toEqual([
      ['lesson', 'Lesson', 4, false],
      ['module', 'Module', 0, false],
      ['glossary', 'Glossary', 1, true],
      ['comparison', 'Comparison', 0, false],
    ]);
  });

  test('sort other values alphabetically and keep a chosen value the index does not know', () => {
    const state = toggleFilter(emptySearchState(), 'model', 'Gone');
    const chips = filterChips('model', { C2C: 2, B2B: 3 }, { B2B: 1 }, state);
    expect(chips.map((c) => `${c.label}:${c.count}:${c.pressed}`)).toEqual(['B2B:1:false', 'C2C:0:false', 'Gone:0:true']);
  });
});

test('templates fill named values and keep unknown ones', () => {
  expect(fillTemplate('{count} results for “{query}” {x}', { count: 3, query: 'FBA' })).toBe('3 results for “FBA” {x}');
});
