import { describe, expect, test } from 'vitest';
import { breadcrumbs, courseTree, currentSection, lessonKey, prevNext, reserveId, sectionRoutes, siteSections, tableOfContents, type NavModule, type SiteSection } from '../../src/lib/navigation.ts';

const modules: NavModule[] = [
  {
    id: 'introduction',
    title: 'Introduction',
    href: '/modules/introduction/',
    lessons: [{ kind: 'lesson', id: 'introduction', title: 'Welcome', href: '/lessons/introduction/', minutes: 4 }],
  },
  {
    id: 'b2b-platforms',
    title: 'B2B platforms',
    href: '/modules/b2b-platforms/',
    lessons: [
      { kind: 'model', id: 'b2b', title: 'The B2B model', href: '/models/b2b/', minutes: 5 },
      { kind: 'platform', id: 'alibaba', title: 'Alibaba.com', href: '/platforms/alibaba/', minutes: 7 },
    ],
  },
];
const lessons = modules.flatMap((m) => m.lessons);

test('a lesson key is its collection and id', () => {
  expect(lessons.map(lessonKey)).toEqual(['lessons/introduction', 'models/b2b', 'platforms/alibaba']);
});

describe('courseTree', () => {
  test('marks the current lesson and its module, and lists only that module\'s lessons', () => {
    const tree = courseTree(modules, { lesson: { kind: 'platform', id: 'alibaba' } });
    expect(tree.map((m) => [m.id, m.current, m.active, m.lessons.map((l) => `${l.key}${l.current ? ' (current)' : ''}`)])).toMatchInlineSnapshot(`
      [
        [
          "introduction",
          false,
          false,
          [],
        ],
        [
          "b2b-platforms",
          false,
          true,
          [
            "models/b2b",
            "platforms/alibaba (current)",
          ],
        ],
      ]
    `);
  });

  test('keeps the full tree on module pages and on pages outside the course', () => {
    expect(courseTree(modules, { moduleId: 'introduction' }).every((m) => m.lessons.length > 0)).toBe(true);
    expect(courseTree(modules, undefined).every((m) => m.lessons.length > 0)).toBe(true);
  });

  test('marks a module page as current, and nothing on other pages', () => {
    expect(courseTree(modules, { moduleId: 'introduction' }).map((m) => m.current)).toEqual([true, false]);
    const none = courseTree(modules, undefined);
    expect(none.some((m) => m.current || m.active || m.lessons.some((l) => l.current))).toBe(false);
  });

  test('a model and a platform with the same id are different lessons', () => {
    const twins: NavModule[] = [
      { ...modules[1]!, lessons: [{ kind: 'model', id: 'x', title: 'X model', href: '/models/x/', minutes: 1 }, { kind: 'platform', id: 'x', title: 'X', href: '/platforms/x/', minutes: 1 }] },
    ];
    expect(courseTree(twins, { lesson: { kind: 'platform', id: 'x' } })[0]!.lessons.map((l) => l.current)).toEqual([false, true]);
  });
});

test('breadcrumbs go home, module, lesson', () => {
  expect(breadcrumbs('Home', modules[1]!, lessons[2]!)).toEqual([
    { label: 'Home', href: '/' },
    { label: 'B2B platforms', href: '/modules/b2b-platforms/' },
    { label: 'Alibaba.com', href: '/platforms/alibaba/' },
  ]);
  expect(breadcrumbs('Home', modules[0]!).map((c) => c.label)).toEqual(['Home', 'Introduction']);
});

describe('tableOfContents', () => {
  test('nests h3 under the h2 before it and leaves out other levels', () => {
    const toc = tableOfContents([
      { depth: 3, slug: 'early', text: 'Early' },
      { depth: 2, slug: 'fees', text: 'Fees' },
      { depth: 3, slug: 'membership', text: 'Membership' },
      { depth: 4, slug: 'detail', text: 'Detail' },
      { depth: 3, slug: 'ads', text: 'Ads' },
      { depth: 2, slug: 'logistics', text: 'Logistics' },
      { depth: 1, slug: 'title', text: 'Title' },
    ]);
    const show = (entries: typeof toc): unknown => entries.map((e) => (e.children.length ? { [e.slug]: show(e.children) } : e.slug));
    expect(show(toc)).toEqual(['early', { fees: ['membership', 'ads'] }, 'logistics']);
  });
});

test('reserveId avoids the ids the body already uses', () => {
  const taken = new Set(['sources', 'facts']);
  expect(reserveId(taken, 'takeaways')).toBe('takeaways');
  expect(reserveId(taken, 'sources')).toBe('sources-2');
  expect(reserveId(taken, 'sources')).toBe('sources-3');
  expect(taken.has('sources-3')).toBe(true);
});

describe('prevNext', () => {
  test('crosses module boundaries', () => {
    expect(prevNext(lessons, { kind: 'model', id: 'b2b' })).toEqual({
      prev: { title: 'Welcome', href: '/lessons/introduction/' },
      next: { title: 'Alibaba.com', href: '/platforms/alibaba/' },
    });
  });
  test('has no link past either end', () => {
    expect(prevNext(lessons, { kind: 'lesson', id: 'introduction' })).toEqual({ next: { title: 'The B2B model', href: '/models/b2b/' } });
    expect(prevNext(lessons, { kind: 'platform', id: 'alibaba' })).toEqual({ prev: { title: 'The B2B model', href: '/models/b2b/' } });
  });
});

describe('the header sections', () => {
  test('each page belongs to the section whose link the header marks', () => {
    const cases: [string, SiteSection | undefined][] = [
      ['/', 'course'],
      ['/modules/b2b-platforms/', 'course'],
      ['/platforms/amazon/', 'course'],
      ['/models/b2b/', 'course'],
      ['/lessons/payments-and-payouts/', 'course'],
      ['/sources/platforms/amazon/', 'course'],
      ['/compare/', 'compare'],
      ['/guide/', 'guide'],
      ['/fees/', 'fees'],
      ['/glossary/', 'glossary'],
      ['/search/', undefined],
      ['/corrections/', undefined],
      ['/404.html', undefined],
    ];
    for (const [path, section] of cases) expect(currentSection(path), path).toBe(section);
  });
  test('every section links to a page of its own section', () => {
    for (const s of siteSections) expect(currentSection(sectionRoutes[s])).toBe(s);
  });
});
