import { expect, test } from 'vitest';
import { slugger, slugify } from '../../src/lib/slug.ts';

test('slugs headings the way GitHub does, in any script', () => {
  expect(slugify('How it earns')).toBe('how-it-earns');
  expect(slugify('Who it suits, and who it does not')).toBe('who-it-suits-and-who-it-does-not');
  expect(slugify('Payments & buyer protection')).toBe('payments--buyer-protection');
  expect(slugify('阿里巴巴 国际站')).toBe('阿里巴巴-国际站');
  expect(slugify('“De minimis” rules')).toBe('de-minimis-rules');
  expect(slugify('  Fees\n')).toBe('fees');
});

test('numbers repeated headings on one page, and starts afresh on the next', () => {
  const slug = slugger();
  expect(['Fees', 'Fees', 'Fees', 'Fees 1', '!!!'].map(slug)).toEqual(['fees', 'fees-1', 'fees-2', 'fees-1-1', 'section']);
  expect(slugger()('Fees')).toBe('fees');
});

test('a heading with nothing to slug gets "section", numbered with a real "Section" heading', () => {
  const slug = slugger();
  expect(['…', 'Section', '', ' Fees '].map(slug)).toEqual(['section', 'section-1', 'section-2', 'fees']);
});
