/**
 * Link check over a built site folder, without a server: every internal href/src must resolve to a file
 * that exists (page URLs with their trailing slash), every #fragment to an id on the target page, and
 * every external link must be a well-formed http(s) URL that opens safely.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { findAll, getAttributeValue } from 'domutils';
import type { Element } from 'domhandler';
import { builtPages } from './siteFiles.ts';

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

export interface LinkReport {
  pages: number;
  internal: number;
  external: number;
  problems: LinkProblem[];
}

const linkAttributes: Record<string, string> = { a: 'href', link: 'href', area: 'href', script: 'src', img: 'src', source: 'src', iframe: 'src', form: 'action' };

export function checkLinks(root: string, { base = '/', site }: { base?: string; site?: string } = {}): LinkReport {
  const pages = builtPages(root, base);
  const ids = new Map<string, Set<string>>();
  const docs = pages.map((p) => {
    const doc = parseDocument(readFileSync(p.file, 'utf8'));
    const elements = findAll(() => true, doc.children) as Element[];
    ids.set(p.path, new Set(elements.flatMap((el) => [el.attribs.id, el.name === 'a' ? el.attribs.name : undefined]).filter((x): x is string => !!x)));
    return { page: p, elements };
  });

  const siteOrigin = site ? new URL(site).origin : undefined;
  const report: LinkReport = { pages: pages.length, internal: 0, external: 0, problems: [] };
  const problem = (page: string, link: string, text: string) => report.problems.push({ page, link, problem: text });

  for (const { page, elements } of docs) {
    for (const el of elements) {
      const attr = linkAttributes[el.name];
      const raw = attr ? getAttributeValue(el, attr) : undefined;
      if (raw === undefined) continue;
      const link = raw.trim();
      if (link === '' || link === '#') {
        problem(page.path, raw, 'empty link');
        continue;
      }
      if (/^(mailto|tel|data):/i.test(link)) continue;
      if (/^javascript:/i.test(link)) {
        problem(page.path, link, 'javascript: URL');
        continue;
      }
      let url: URL;
      try {
        url = new URL(link, `http://site.invalid${page.path}`);
      } catch {
        problem(page.path, link, 'malformed URL');
        continue;
      }
      const isInternal = url.origin === 'http://site.invalid' || (siteOrigin !== undefined && url.origin === siteOrigin);
      if (!isInternal) {
        report.external++;
        if (!/^https?:\/\/[^/\s]+\.[^/\s]+/i.test(link) || /\s/.test(link)) problem(page.path, link, 'external link is not a well-formed absolute http(s) URL');
        if (el.name === 'a' && el.attribs.target === '_blank' && !/\bnoopener\b/.test(el.attribs.rel ?? '')) {
          problem(page.path, link, 'external link opens a new window without rel="noopener"');
        }
        continue;
      }
      report.internal++;
      const path = decoded(url.pathname);
      if (path === undefined) {
        problem(page.path, link, 'malformed percent-encoding in the path');
        continue;
      }
      if (!path.startsWith(base)) {
        problem(page.path, link, `internal link outside the base path ${base}`);
        continue;
      }
      const target = join(root, path.slice(base.length));
      const isDir = existsSync(target) && statSync(target).isDirectory();
      let targetPage: string;
      if (path.endsWith('/')) {
        if (!existsSync(join(target, 'index.html'))) {
          problem(page.path, link, 'no page at this URL');
          continue;
        }
        targetPage = path;
      } else if (isDir) {
        problem(page.path, link, 'page link without its trailing slash');
        continue;
      } else if (!existsSync(target)) {
        problem(page.path, link, 'no file at this URL');
        continue;
      } else {
        targetPage = path;
      }
      const fragment = decoded(url.hash.slice(1));
      if (fragment === undefined) problem(page.path, link, 'malformed percent-encoding in the fragment');
      else if (fragment && !ids.get(targetPage)?.has(fragment)) problem(page.path, link, `no element with id "${fragment}" on ${targetPage}`);
    }
  }
  return report;
}

/** A percent-decoded URL part, or undefined when its escapes are malformed (a "%" not followed by hex). */
function decoded(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}
