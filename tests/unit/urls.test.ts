import { describe, expect, test } from 'vitest';
import { normalizeBase, withBase } from '../../src/lib/urls.ts';

describe('normalizeBase', () => {
  test.each([
    ['/', '/'],
    ['', '/'],
    ['course', '/course/'],
    ['/course', '/course/'],
    ['/course/', '/course/'],
    ['//a/b//', '/a/b/'],
  ])('%s → %s', (input, expected) => expect(normalizeBase(input)).toBe(expected));
});

describe('withBase', () => {
  test('prefixes site-absolute paths and adds the trailing slash to pages', () => {
    expect(withBase('/course/', '/platforms/alibaba')).toBe('/course/platforms/alibaba/');
    expect(withBase('/course/', '/platforms/alibaba/')).toBe('/course/platforms/alibaba/');
    expect(withBase('/', '/platforms/alibaba')).toBe('/platforms/alibaba/');
    expect(withBase('/course/', '/')).toBe('/course/');
  });
  test('keeps query strings and fragments after the slash', () => {
    expect(withBase('/course/', '/glossary#fob')).toBe('/course/glossary/#fob');
    expect(withBase('/course/', '/search/?q=fba')).toBe('/course/search/?q=fba');
  });
  test('leaves files, external, relative, fragment and already-based links alone', () => {
    expect(withBase('/course/', '/favicon.svg')).toBe('/course/favicon.svg');
    expect(withBase('/course/', 'https://example.com/a')).toBe('https://example.com/a');
    expect(withBase('/course/', '//cdn.example.com/a')).toBe('//cdn.example.com/a');
    expect(withBase('/course/', '#sources')).toBe('#sources');
    expect(withBase('/course/', '../up/')).toBe('../up/');
    expect(withBase('/course/', '/course/platforms/')).toBe('/course/platforms/');
  });
});
