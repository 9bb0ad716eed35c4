import { describe, expect, test } from 'vitest';
import {
  emptySearchState,
  hasFilters,
  pagefindFilters,
  parseSearchState,
  sameSearch,
  searchStateToQuery,
  toggleFilter,
} from '../../src/lib/searchState';

describe('search state in the URL', () => {
  test('reads the query and the filters, ignoring other parameters', () => {
    const state = parseSearchState('?q=%20trade+assurance%20&type=lesson&model=B2B&model=Independent+website&utm=x');
    expect(state).toEqual({ query: 'trade assurance', filters: { type: ['lesson'], model: ['B2B', 'Independent website'] } });
  });

  test('an empty or missing query string is an empty search', () => {
    expect(parseSearchState('')).toEqual(emptySearchState());
    expect(parseSearchState('?q=&type=')).toEqual(emptySearchState());
  });

  test('drops repeated values', () => {
    expect(parseSearchState('?model=B2B&model=B2B').filters.model).toEqual(['B2B']);
  });

  test('writes parameters in a fixed order, and nothing for an empty search', () => {
    const state = { query: 'final value fee', filters: { model: ['C2C'], type: ['lesson', 'glossary'] } };
    expect(searchStateToQuery(state)).toBe('?q=final+value+fee&type=lesson&type=glossary&model=C2C');
    expect(searchStateToQuery(emptySearchState())).toBe('');
  });

  test('round-trips through the URL', () => {
    const state = { query: 'FBA & fees “quoted”', filters: { type: ['module'], model: ['Live commerce'] } };
    expect(parseSearchState(searchStateToQuery(state))).toEqual(state);
  });

  test('toggles a filter value on and off without changing the original', () => {
    const start = emptySearchState();
    const on = toggleFilter(start, 'model', 'B2B');
    expect(on.filters.model).toEqual(['B2B']);
    expect(start.filters.model).toEqual([]);
    expect(hasFilters(on)).toBe(true);
    const off = toggleFilter(on, 'model', 'B2B');
    expect(off.filters.model).toEqual([]);
    expect(hasFilters(off)).toBe(false);
  });

  test('builds Pagefind filters: OR inside a filter, AND across, optionally leaving one out', () => {
    const state = { query: 'fee', filters: { type: ['lesson', 'glossary'], model: ['B2C'] } };
    expect(pagefindFilters(state)).toEqual({ type: { any: ['lesson', 'glossary'] }, model: { any: ['B2C'] } });
    expect(pagefindFilters(state, 'type')).toEqual({ model: { any: ['B2C'] } });
    expect(pagefindFilters(emptySearchState())).toEqual({});
  });

  test('compares searches by what they would find', () => {
    expect(sameSearch(parseSearchState('?q=fba '), parseSearchState('?q=fba'))).toBe(true);
    expect(sameSearch(parseSearchState('?q=fba'), parseSearchState('?q=fba&type=lesson'))).toBe(false);
  });
});
