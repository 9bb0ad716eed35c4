/**
 * The lessons as an Atom feed (RFC 4287), newest review first, so a reader's feed app shows a lesson
 * again whenever its facts are re-checked. Pure: the endpoint passes absolute URLs in.
 */
import { isoDay } from './sources';

/** Site path of the feed; pass it through `url()`. */
export const feedPath = '/feed.xml';

export interface FeedLesson {
  title: string;
  description: string;
  /** Absolute URL of the lesson; also its entry id, which must never change. */
  url: string;
  lastReviewed: Date;
  /** The module, as the entry's category. */
  module: string;
}

export interface FeedInfo {
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the home page. */
  home: string;
  author: string;
  /** URL of the course text's licence. */
  rights: string;
  /** Optional absolute URL of an icon. */
  icon?: string;
}

/**
 * Lessons by last review, newest first. Lessons reviewed the same day keep their course order
 * (the sort is stable), so the feed does not reshuffle between builds.
 */
export function byLastReviewed<T extends { lastReviewed: Date }>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => b.lastReviewed.getTime() - a.lastReviewed.getTime());
}

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Control characters other than tab and newlines are not allowed in XML 1.0 at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

/** A date as Atom's RFC 3339 timestamp, at midnight UTC of the review day. */
export function atomDate(date: Date): string {
  return `${isoDay(date)}T00:00:00Z`;
}

/** The feed document. `updated` is the newest review date, so an unchanged course gives the same bytes. */
export function atomFeed(info: FeedInfo, lessons: readonly FeedLesson[]): string {
  const entries = byLastReviewed(lessons);
  const updated = entries[0]?.lastReviewed ?? new Date(0);
  const e = escapeXml;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${e(info.home)}</id>`,
    `  <title>${e(info.title)}</title>`,
    `  <subtitle>${e(info.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${e(info.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(info.home)}"/>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>${e(info.author)}</name><uri>${e(info.home)}</uri></author>`,
    `  <rights>${e(info.rights)}</rights>`,
    ...(info.icon ? [`  <icon>${e(info.icon)}</icon>`] : []),
    ...entries.flatMap((l) => [
      '  <entry>',
      `    <id>${e(l.url)}</id>`,
      `    <title>${e(l.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${e(l.url)}"/>`,
      `    <updated>${atomDate(l.lastReviewed)}</updated>`,
      `    <category term="${e(l.module)}"/>`,
      `    <summary>${e(l.description)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
