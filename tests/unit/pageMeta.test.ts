import { describe, expect, test } from 'vitest';
import { pageMeta, type MetaModule } from '../../src/lib/pageMeta.ts';

const absolute = (path: string) => new URL(path.slice(1), 'https://x.org/course/').href;
const lesson = (title: string, href: string) => ({
  title,
  href,
  minutes: 8,
  entry: { data: { description: `About ${title}.`, lastReviewed: new Date('2026-02-01'), objectives: ['compare fees'] } },
});
const modules: MetaModule[] = [
  { id: 'c2c-platforms', title: 'C2C platforms', number: 1, summary: 'People selling to people.', href: '/modules/c2c-platforms/', lessons: [lesson('eBay', '/platforms/ebay/'), lesson('Etsy', '/platforms/etsy/')] },
];
const course = { modules, totalMinutes: 16 };
const meta = (path: string, terms?: { id: string; term: string; definition: string }[]) =>
  pageMeta({ path, title: 'Page | Across Borders', course, terms, absolute });
const types = (path: string) => meta(path).jsonLd.map((d) => d['@type']);

describe('pageMeta', () => {
  test('the home page: a website with the Course and its modules, and the home image', () => {
    const m = meta('/');
    expect(m).toMatchObject({ type: 'website', image: '/og/home.png' });
    expect(types('/')).toEqual(['Course']);
    expect(m.jsonLd[0]).toMatchObject({ image: 'https://x.org/course/og/home.png', hasPart: [{ name: 'C2C platforms', url: 'https://x.org/course/modules/c2c-platforms/' }] });
  });
  test('a lesson: an article with its own image, a LearningResource and the breadcrumb trail', () => {
    const m = meta('/platforms/etsy/');
    expect(m).toMatchObject({ type: 'article', title: 'Etsy', image: '/og/platforms/etsy.png', imageAlt: 'Etsy: Across Borders' });
    expect(types('/platforms/etsy/')).toEqual(['LearningResource', 'BreadcrumbList']);
    expect(m.jsonLd[1]).toMatchObject({
      itemListElement: [
        { position: 1, name: 'Home', item: 'https://x.org/course/' },
        { position: 2, name: 'C2C platforms', item: 'https://x.org/course/modules/c2c-platforms/' },
        { position: 3, name: 'Etsy', item: 'https://x.org/course/platforms/etsy/' },
      ],
    });
  });
  test('a module page: its breadcrumb trail and the home image', () => {
    expect(meta('/modules/c2c-platforms/')).toMatchObject({ title: 'C2C platforms', image: '/og/home.png' });
    expect(types('/modules/c2c-platforms/')).toEqual(['BreadcrumbList']);
  });
  test('the glossary: a DefinedTermSet whose terms link to their anchors', () => {
    const m = meta('/glossary/', [{ id: 'moq', term: 'MOQ', definition: 'Minimum order quantity.' }]);
    expect(m.jsonLd).toMatchObject([{ '@type': 'DefinedTermSet', hasDefinedTerm: [{ name: 'MOQ', url: 'https://x.org/course/glossary/#moq' }] }]);
  });
  test('any other page: no structured data, its own title, the home image', () => {
    expect(meta('/compare/')).toMatchObject({ type: 'website', title: 'Page | Across Borders', image: '/og/home.png', jsonLd: [] });
  });
});
