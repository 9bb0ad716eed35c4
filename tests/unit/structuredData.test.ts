import { describe, expect, test } from 'vitest';
import {
  breadcrumbListLd,
  contentLicense,
  courseLd,
  definedTermSetLd,
  isoDuration,
  learningResourceLd,
  serializeJsonLd,
} from '../../src/lib/structuredData.ts';

const site = { name: 'Across Borders', url: 'https://x.org/course/', language: 'en', license: contentLicense };
const absolute = (path: string) => new URL(path.slice(1), site.url).href;

test.each([
  [0, 'PT0M'],
  [7, 'PT7M'],
  [60, 'PT1H'],
  [75, 'PT1H15M'],
  [312.4, 'PT5H12M'],
])('isoDuration(%s) is %s', (minutes, expected) => expect(isoDuration(minutes)).toBe(expected));

describe('courseLd', () => {
  test('describes the course with its modules, in order, as parts', () => {
    const ld = courseLd(site, {
      description: 'A free course.',
      minutes: 300,
      image: 'https://x.org/course/og/home.png',
      modules: [
        { title: 'Introduction', summary: 'Why it matters.', url: 'https://x.org/course/modules/introduction/' },
        { title: 'B2B platforms', summary: 'Selling to businesses.', url: 'https://x.org/course/modules/b2b-platforms/' },
      ],
    });
    expect(ld).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@type": "Course",
        "description": "A free course.",
        "hasPart": [
          {
            "@type": "LearningResource",
            "description": "Why it matters.",
            "learningResourceType": "module",
            "name": "Introduction",
            "position": 1,
            "url": "https://x.org/course/modules/introduction/",
          },
          {
            "@type": "LearningResource",
            "description": "Selling to businesses.",
            "learningResourceType": "module",
            "name": "B2B platforms",
            "position": 2,
            "url": "https://x.org/course/modules/b2b-platforms/",
          },
        ],
        "image": "https://x.org/course/og/home.png",
        "inLanguage": "en",
        "isAccessibleForFree": true,
        "license": "https://creativecommons.org/licenses/by-sa/4.0/",
        "name": "Across Borders",
        "provider": {
          "@type": "Organization",
          "name": "Across Borders",
          "url": "https://x.org/course/",
        },
        "timeRequired": "PT5H",
        "url": "https://x.org/course/",
      }
    `);
  });
});

describe('learningResourceLd', () => {
  const lesson = {
    title: 'Etsy',
    description: 'A marketplace for handmade goods.',
    url: 'https://x.org/course/platforms/etsy/',
    minutes: 12,
    lastReviewed: new Date('2026-03-01'),
    objectives: ['explain the fees'],
    module: { title: 'C2C platforms', url: 'https://x.org/course/modules/c2c-platforms/' },
  };
  test('names the lesson, its reading time, review date, objectives and place in the course', () => {
    const ld = learningResourceLd(site, { ...lesson, image: 'https://x.org/course/og/platforms/etsy.png' });
    expect(ld).toMatchObject({
      '@type': 'LearningResource',
      learningResourceType: 'lesson',
      name: 'Etsy',
      timeRequired: 'PT12M',
      dateModified: '2026-03-01',
      teaches: ['explain the fees'],
      image: 'https://x.org/course/og/platforms/etsy.png',
      isPartOf: { name: 'C2C platforms', isPartOf: { '@type': 'Course', url: site.url } },
    });
  });
  test('leaves out objectives and image when there are none', () => {
    const ld = learningResourceLd(site, { ...lesson, objectives: [] });
    expect(ld).not.toHaveProperty('teaches');
    expect(ld).not.toHaveProperty('image');
  });
});

test('breadcrumbListLd numbers the crumbs and makes their URLs absolute', () => {
  const crumbs = [
    { label: 'Home', href: '/' },
    { label: 'C2C platforms', href: '/modules/c2c-platforms/' },
    { label: 'Etsy', href: '/platforms/etsy/' },
  ];
  expect(breadcrumbListLd(crumbs, absolute).itemListElement).toEqual([
    { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.org/course/' },
    { '@type': 'ListItem', position: 2, name: 'C2C platforms', item: 'https://x.org/course/modules/c2c-platforms/' },
    { '@type': 'ListItem', position: 3, name: 'Etsy', item: 'https://x.org/course/platforms/etsy/' },
  ]);
});

test('definedTermSetLd lists every term with its definition and anchor', () => {
  const glossary = { name: 'Glossary', url: 'https://x.org/course/glossary/' };
  const ld = definedTermSetLd(site, glossary, [{ term: 'MOQ', definition: 'Minimum order quantity.', url: `${glossary.url}#moq` }]);
  expect(ld).toMatchObject({
    '@type': 'DefinedTermSet',
    name: 'Glossary',
    hasDefinedTerm: [{ '@type': 'DefinedTerm', name: 'MOQ', description: 'Minimum order quantity.', url: 'https://x.org/course/glossary/#moq', inDefinedTermSet: glossary.url }],
  });
});

test('serializeJsonLd cannot close its script element early, and parses back to the same data', () => {
  const data = { '@type': 'Thing', name: '</script><script>alert(1)</script>' };
  const text = serializeJsonLd(data);
  expect(text).not.toContain('<');
  expect(JSON.parse(text)).toEqual(data);
});
