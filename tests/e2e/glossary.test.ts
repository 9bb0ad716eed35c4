/**
 * Glossary links over the built site: every link a lesson makes to the glossary resolves to a term's
 * anchor, in the root build and under /course/, each term links at most once per lesson, and the glossary
 * page gives every term a heading with an id inside its data-pagefind-body.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { findAll, findOne, textContent } from 'domutils';
import type { Element } from 'domhandler';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './harness/browser.ts';

const lessonFolders = ['lessons', 'models', 'platforms'];

function parse(file: string) {
  return parseDocument(readFileSync(file, 'utf8'));
}
const elements = (file: string) => findAll(() => true, parse(file).children) as Element[];

/** Every lesson page of a build: [site path, file]. */
function lessonPages(dir: string): [string, string][] {
  return lessonFolders.flatMap((folder) =>
    readdirSync(join(dir, folder), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dir, folder, d.name, 'index.html')))
      .map((d): [string, string] => [`${folder}/${d.name}/`, join(dir, folder, d.name, 'index.html')]),
  );
}

/** Ids of the term headings on the glossary page. */
function termIds(dir: string): Set<string> {
  const headings = elements(join(dir, 'glossary', 'index.html')).filter((el) => /^h[23]$/.test(el.name) && el.attribs.id);
  return new Set(headings.map((h) => h.attribs.id!));
}

describe.each([
  ['root', () => inject('rootDir'), '/'],
  ['/course/', () => inject('courseDir'), '/course/'],
])('glossary links in the %s build', (_name, dir, base) => {
  test('every glossary link in every lesson resolves to an existing term anchor', () => {
    const ids = termIds(dir());
    expect(ids.size).toBeGreaterThanOrEqual(40);
    let links = 0;
    const broken: string[] = [];
    for (const [path, file] of lessonPages(dir())) {
      for (const a of elements(file).filter((el) => el.name === 'a' && /\/glossary\/#/.test(el.attribs.href ?? ''))) {
        links++;
        const href = a.attribs.href!;
        const id = href.slice(href.indexOf('#') + 1);
        if (!href.startsWith(`${base}glossary/#`) || !ids.has(id)) broken.push(`${path}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(0);
  });

  test('a term links at most once per lesson, and never from a heading, a link or code', () => {
    const problems: string[] = [];
    for (const [path, file] of lessonPages(dir())) {
      const terms = elements(file).filter((el) => el.name === 'a' && el.attribs.class === 'term');
      const seen = new Set<string>();
      for (const a of terms) {
        const id = a.attribs.href!.split('#')[1]!;
        if (seen.has(id)) problems.push(`${path}: "${id}" linked twice`);
        seen.add(id);
        for (let p = a.parent as Element | null; p && p.type === 'tag'; p = p.parent as Element | null) {
          if (/^(h[1-6]|a|code|pre)$/.test(p.name)) problems.push(`${path}: "${id}" inside <${p.name}>`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the glossary page', () => {
  test('gives every term a heading with an id inside the indexed main content', () => {
    const doc = parse(join(inject('rootDir'), 'glossary', 'index.html'));
    const main = findOne((el) => el.name === 'main', doc.children)!;
    expect(main.attribs['data-pagefind-body']).toBeDefined();
    const headings = findAll((el) => el.name === 'h3', main.children);
    expect(headings.length).toBeGreaterThanOrEqual(40);
    for (const h of headings) {
      expect(h.attribs.id).toMatch(/^[a-z0-9-]+$/);
      expect(textContent(h).trim().length).toBeGreaterThan(1);
    }
  });

  test('has an A–Z index: every letter in order, a link to its section where terms start with it', () => {
    const doc = parse(join(inject('rootDir'), 'glossary', 'index.html'));
    const index = findOne((el) => el.name === 'nav' && el.attribs['aria-label'] === 'Terms by letter', doc.children)!;
    const items = findAll((el) => el.name === 'li', index.children);
    expect(items.map((li) => textContent(li).trim())).toEqual([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']);
    const sections = new Set(findAll((el) => el.name === 'section' && /^letter-/.test(el.attribs.id ?? ''), doc.children).map((s) => s.attribs.id!));
    const linked = findAll((el) => el.name === 'a', index.children).map((a) => a.attribs.href!.slice(1));
    // Every section has its letter linked, and every linked letter has its section.
    expect(new Set(linked)).toEqual(sections);
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.length).toBeLessThan(26);
  });

  test('related terms and "lessons that use it" link to pages and anchors that exist', () => {
    const dir = inject('rootDir');
    const ids = termIds(dir);
    const main = findOne((el) => el.name === 'main', parse(join(dir, 'glossary', 'index.html')).children)!;
    const links = findAll((el) => el.name === 'a', main.children).map((a) => a.attribs.href!);
    const related = links.filter((h) => h.startsWith('#') && !h.startsWith('#letter-'));
    expect(related.length).toBeGreaterThan(0);
    for (const h of related) expect(ids.has(h.slice(1)), h).toBe(true);
    const lessons = links.filter((h) => lessonFolders.some((f) => h.startsWith(`/${f}/`)));
    expect(lessons.length).toBeGreaterThan(0);
    for (const h of lessons) expect(existsSync(join(dir, h, 'index.html')), h).toBe(true);
  });
});

describe('in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('following a term link in a lesson lands on its definition, with JavaScript off too', async () => {
    const [path] = lessonPages(inject('courseDir')).find(([, file]) => readFileSync(file, 'utf8').includes('class="term"')) ?? [];
    expect(path).toBeDefined();
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${inject('courseUrl')}${path}`);
    const link = page.locator('a.term').first();
    const id = (await link.getAttribute('href'))!.split('#')[1];
    await link.click();
    await page.waitForURL(`**/course/glossary/#${id}`);
    await expect(page.locator(`h3[id="${id}"]`).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
