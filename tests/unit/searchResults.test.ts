import { describe, expect, test } from 'vitest';
import {
  decodeEntities,
  displaySubResults,
  excerptParts,
  fillTemplate,
  filterChips,
  nextResultSlice,
  shapeHit,
  withKnownFilters,
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

  test('a sub-result with no text of its own is not shown, and a later section takes its place', () => {
    const empty = {
      ...data,
      sub_results: [
        // The page's excerpt came from this section: a bare "↳ Facts" would repeat the hit.
        { ...sub('Facts', '/p/#facts', 9), excerpt: data.excerpt },
        { ...sub('Payments', '/p/#payments', 8), excerpt: '' },
        { ...sub('Logistics', '/p/#logistics', 7), excerpt: '<mark></mark> &nbsp;' },
        sub('Fees', '/p/#fees', 1),
      ],
    };
    const hit = shapeHit(empty, { typeLabels, untitled: 'Untitled' });
    expect(hit.subResults).toEqual([{ title: 'Fees', href: '/p/#fees', excerpt: [{ text: 'about ', mark: false }, { text: 'Fees', mark: true }] }]);
    expect(hit.subResults.every((s) => s.excerpt.some((part) => part.text.trim()))).toBe(true);
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

  test('sort other values alphabetically, and show no chip for a value the index does not know', () => {
    // A crafted link (/search/?model=Call+%2B1-555-0100) must not put its own text on the page.
    let state = toggleFilter(emptySearchState(), 'model', 'Call +1-555-0100 to unlock');
    state = toggleFilter(state, 'model', 'B2B');
    const chips = filterChips('model', { C2C: 2, B2B: 3 }, { B2B: 1 }, state);
    expect(chips.map((c) => `${c.label}:${c.count}:${c.pressed}`)).toEqual(['B2B:1:true', 'C2C:0:false']);
    expect(filterChips('type', undefined, undefined, toggleFilter(emptySearchState(), 'type', 'lesson'), typeLabels)).toEqual([]);
  });

  test('a search keeps only the filter values the index knows', () => {
    const known = { type: { lesson: 30, glossary: 1 }, model: { B2B: 3 } };
    let state = { ...emptySearchState(), query: 'fee' };
    for (const [key, value] of [['type', 'lesson'], ['type', 'Call us'], ['model', 'B2B'], ['model', 'toString'], ['model', '__proto__']] as const) {
      state = toggleFilter(state, key, value);
    }
    expect(withKnownFilters(state, known)).toEqual({ query: 'fee', filters: { type: ['lesson'], model: ['B2B'] } });
    expect(withKnownFilters(state, {}).filters).toEqual({ type: [], model: [] });
  });
});

test('templates fill named values and keep unknown ones', () => {
  expect(fillTemplate('{count} results for “{query}” {x}', { count: 3, query: 'FBA' })).toBe('3 results for “FBA” {x}');
});

describe('result pages', () => {
  test('a new search loads the first page; each "Show more" the next one; the last page may be short', () => {
    expect(nextResultSlice(0, 33, 5)).toEqual({ start: 0, end: 5 });
    expect(nextResultSlice(5, 33, 5)).toEqual({ start: 5, end: 10 });
    expect(nextResultSlice(30, 33, 5)).toEqual({ start: 30, end: 33 });
    expect(nextResultSlice(0, 3, 5)).toEqual({ start: 0, end: 3 });
    expect(nextResultSlice(10, 33, 10)).toEqual({ start: 10, end: 20 });
  });

  test('when every result is shown, or there is none, nothing is loaded', () => {
    expect(nextResultSlice(33, 33, 5)).toEqual({ start: 33, end: 33 });
    expect(nextResultSlice(40, 33, 5)).toEqual({ start: 33, end: 33 });
    expect(nextResultSlice(0, 0, 5)).toEqual({ start: 0, end: 0 });
  });

  test('a page size that is not a whole number of 1 or more says what to change', () => {
    for (const size of [0, -1, 2.5, Number.NaN]) {
      expect(() => nextResultSlice(0, 10, size)).toThrow(/pageSize must be a whole number of 1 or more/);
    }
  });
});
