/**
 * What a built page's <head> tells search engines and other sites, read from the HTML file:
 * title, description, canonical, robots, Open Graph tags, icon/feed/manifest links, JSON-LD blocks,
 * and the breadcrumbs the page shows.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { findAll, findOne, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { strings } from '../../../src/lib/strings.ts';

export interface PageHead {
  lang: string | undefined;
  title: string;
  description: string | undefined;
  canonical: string[];
  robots: string | undefined;
  /** Open Graph and Twitter tags by property or name ("og:image", "twitter:card"). */
  meta: Record<string, string>;
  /** <link> elements in <head>: rel, href and the other attributes. */
  links: Record<string, string>[];
  /** The raw text of every JSON-LD block. */
  jsonLd: string[];
  /** The breadcrumb trail the page shows: label and href of each link, or undefined without breadcrumbs. */
  breadcrumbs: { label: string; href: string }[] | undefined;
}

export function readHead(file: string): PageHead {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const all = findAll(() => true, doc.children) as Element[];
  const html = all.find((e) => e.name === 'html');
  const head = all.find((e) => e.name === 'head');
  const inHead = head ? (findAll(() => true, head.children) as Element[]) : [];
  const meta: Record<string, string> = {};
  for (const m of inHead.filter((e) => e.name === 'meta')) {
    const key = m.attribs.property ?? m.attribs.name;
    if (key && /^(og|twitter|article):/.test(key)) meta[key] = m.attribs.content ?? '';
  }
  const byName = (name: string) => inHead.find((e) => e.name === 'meta' && e.attribs.name === name)?.attribs.content;
  const links = inHead.filter((e) => e.name === 'link').map((e) => ({ ...e.attribs }));
  const crumbsNav = all.find((e) => e.name === 'nav' && e.attribs['aria-label'] === strings.nav.breadcrumbs);
  const crumbs = crumbsNav
    ? (findAll((e) => e.name === 'a', crumbsNav.children) as Element[]).map((a) => ({ label: textContent(a).trim(), href: a.attribs.href ?? '' }))
    : undefined;
  const title = findOne((e) => e.name === 'title', head?.children ?? []);
  return {
    lang: html?.attribs.lang,
    title: title ? textContent(title).trim() : '',
    description: byName('description'),
    canonical: links.filter((l) => l.rel === 'canonical').map((l) => l.href ?? ''),
    robots: byName('robots'),
    meta,
    links,
    jsonLd: all.filter((e) => e.name === 'script' && e.attribs.type === 'application/ld+json').map((e) => textContent(e)),
    breadcrumbs: crumbs,
  };
}

/** Width and height of a PNG, read from its header; undefined if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
