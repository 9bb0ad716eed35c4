import { describe, expect, test } from 'vitest';
import { atomFeed, byLastReviewed, escapeXml } from '../../src/lib/feed.ts';

const info = {
  title: 'Across Borders: lessons',
  subtitle: 'New & re-checked lessons',
  self: 'https://x.org/course/feed.xml',
  home: 'https://x.org/course/',
  author: 'Across Borders',
  rights: 'https://creativecommons.org/licenses/by-sa/4.0/',
};
const lesson = (title: string, day: string) => ({
  title,
  description: `About ${title}.`,
  url: `https://x.org/course/platforms/${title.toLowerCase()}/`,
  lastReviewed: new Date(day),
  module: 'B2C platforms',
});

test('escapeXml escapes markup and drops characters XML forbids', () => {
  expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
});

test('byLastReviewed puts the newest review first and keeps course order on a tie', () => {
  const lessons = [lesson('A', '2026-01-01'), lesson('B', '2026-03-01'), lesson('C', '2026-01-01'), lesson('D', '2026-03-01')];
  expect(byLastReviewed(lessons).map((l) => l.title)).toEqual(['B', 'D', 'A', 'C']);
});

describe('atomFeed', () => {
  const xml = atomFeed(info, [lesson('Wish', '2026-01-10'), lesson('Etsy', '2026-02-20')]);
  test('has one entry per lesson, newest first, and the newest date as the feed date', () => {
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.indexOf('<title>Etsy</title>')).toBeLessThan(xml.indexOf('<title>Wish</title>'));
    expect(xml).toContain('  <updated>2026-02-20T00:00:00Z</updated>\n  <author>');
  });
  test('escapes text', () => {
    expect(xml).toContain('<subtitle>New &amp; re-checked lessons</subtitle>');
  });
  test('reads like this', () => {
    expect(atomFeed(info, [lesson('Etsy', '2026-02-20')])).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
        <id>https://x.org/course/</id>
        <title>Across Borders: lessons</title>
        <subtitle>New &amp; re-checked lessons</subtitle>
        <link rel="self" type="application/atom+xml" href="https://x.org/course/feed.xml"/>
        <link rel="alternate" type="text/html" href="https://x.org/course/"/>
        <updated>2026-02-20T00:00:00Z</updated>
        <author><name>Across Borders</name><uri>https://x.org/course/</uri></author>
        <rights>https://creativecommons.org/licenses/by-sa/4.0/</rights>
        <entry>
          <id>https://x.org/course/platforms/etsy/</id>
          <title>Etsy</title>
          <link rel="alternate" type="text/html" href="https://x.org/course/platforms/etsy/"/>
          <updated>2026-02-20T00:00:00Z</updated>
          <category term="B2C platforms"/>
          <summary>About Etsy.</summary>
        </entry>
      </feed>
      "
    `);
  });
});
