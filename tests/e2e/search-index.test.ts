/**
 * What the built search index holds (docs/design.md, "Search"): lesson content only. Lessons, module
 * pages, the glossary and the comparison are indexed, each with its type and model filters and
 * title/module metadata; home, search and 404 are not; chrome and quiz answers never are.
 * Read straight from Pagefind's fragments in the root build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findAll, removeElement, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { parse } from 'yaml';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { lessonFiles, splitFrontmatter } from '../../src/lib/lessonFiles.ts';
import { projectRoot } from './harness/buildSite.ts';
import { strings } from '../../src/lib/strings.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text?: string }[];
}

let fragments: Fragment[];
const byUrl = (url: string) => fragments.find((f) => f.url === url);

beforeAll(() => {
  const dir = join(inject('rootDir'), 'pagefind', 'fragment');
  fragments = readdirSync(dir).map((name) => {
    const raw = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment;
  });
});

/** The built pages under a route folder ("platforms" → ["/platforms/alibaba/", …]). */
function builtPages(folder: string): string[] {
  const dir = join(inject('rootDir'), folder);
  return existsSync(dir) ? readdirSync(dir).filter((n) => existsSync(join(dir, n, 'index.html'))).map((n) => `/${folder}/${n}/`) : [];
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the search index', () => {
  test('holds every lesson and module page, the glossary and the comparison, and nothing else', () => {
    const lessons = ['lessons', 'models', 'platforms'].flatMap(builtPages);
    const modules = builtPages('modules');
    const extra = ['glossary', 'compare'].filter((p) => existsSync(join(inject('rootDir'), p, 'index.html'))).map((p) => `/${p}/`);
    expect(lessons.length).toBeGreaterThan(10);
    expect(fragments.map((f) => f.url).sort()).toEqual([...lessons, ...modules, ...extra].sort());
    for (const url of ['/', '/search/', '/404.html', '/404/']) expect(byUrl(url)).toBeUndefined();
  });

  test('every page carries its type filter, a title, and the model and module where it has them', () => {
    for (const f of fragments) {
      const type = f.url.startsWith('/modules/') ? 'module' : f.url === '/glossary/' ? 'glossary' : f.url === '/compare/' ? 'comparison' : 'lesson';
      expect(f.filters['type'], f.url).toEqual([type]);
      expect(f.meta['type'], f.url).toBe(type);
      expect(f.meta['title']?.trim(), f.url).toBeTruthy();
      if (f.url.startsWith('/models/') || f.url.startsWith('/platforms/')) {
        expect(f.filters['model'], f.url).toHaveLength(1);
        expect(f.meta['model'], f.url).toBe(f.filters['model']![0]);
        expect(f.meta['module'], f.url).toBeTruthy();
      }
      if (f.url.startsWith('/lessons/')) expect(f.meta['module'], f.url).toBeTruthy();
    }
  });

  test('the model filter has the six models, each on its model lesson', () => {
    const models = fragments.filter((f) => f.url.startsWith('/models/'));
    expect(models).toHaveLength(6);
    const names = new Set(models.map((f) => f.filters['model']![0]));
    expect(names.size).toBe(6);
    const everyModelValue = new Set(fragments.flatMap((f) => f.filters['model'] ?? []));
    expect([...everyModelValue].sort()).toEqual([...names].sort());
  });

  test('headings with ids become sub-results; on the glossary, one per term', () => {
    const withAnchors = fragments.filter((f) => f.url.startsWith('/platforms/') && f.anchors.some((a) => /^h[2-6]$/.test(a.element)));
    expect(withAnchors.length).toBeGreaterThan(5);
    const glossary = byUrl('/glossary/');
    expect(glossary, 'the glossary is indexed').toBeDefined();
    const terms = parse(readFileSync(join(projectRoot, 'content/glossary.yaml'), 'utf8')) as { id: string }[];
    expect(terms.length).toBeGreaterThan(10);
    const ids = new Set(glossary!.anchors.filter((a) => /^h[2-6]$/.test(a.element)).map((a) => a.id));
    for (const term of terms) expect(ids.has(term.id), term.id).toBe(true);
  });

  test('never holds the chrome: header, navigation, footer', () => {
    // The text of each chrome element of the page itself: the skip link, header (search, theme), course
    // menu, breadcrumbs and footer. A whole element's text shows up in a fragment only if it was indexed.
    let checked = 0;
    for (const f of fragments) {
      const doc = parseDocument(readFileSync(join(inject('rootDir'), f.url, 'index.html'), 'utf8'));
      const chrome = findAll(
        (e) =>
          ['header', 'footer', 'course-menu'].includes(e.name) ||
          (e.name === 'nav' && e.attribs['aria-label'] === 'Breadcrumbs') ||
          (e.name === 'a' && e.attribs['class'] === 'skip-link'),
        doc.children,
      );
      const content = normalize(f.content);
      for (const text of chrome.map((e) => normalize(textContent(e))).filter(Boolean)) {
        checked++;
        expect(content.includes(text), `${f.url}: ${text.slice(0, 80)}`).toBe(false);
      }
      for (const text of [strings.footer.licence, strings.skipToContent]) expect(f.content.includes(text), `${f.url}: ${text}`).toBe(false);
    }
    // Every indexed page has at least its skip link, header, menu or breadcrumbs, and footer.
    expect(checked).toBeGreaterThanOrEqual(fragments.length * 3);
  });

  test('never holds citations, so excerpts do not start mid-citation', () => {
    // A lesson page cites by dated markers kept out of the index; "(as of …; source)" notes are on the
    // facts-and-sources pages, which are not indexed.
    const ebay = readFileSync(join(inject('rootDir'), 'platforms/ebay/index.html'), 'utf8');
    expect(ebay, 'the lesson cites by markers kept out of the index').toMatch(/<sup data-pagefind-ignore><a href="\/sources\/platforms\/ebay\/#/);
    expect(byUrl('/platforms/ebay/')?.content, 'and its facts are indexed').toContain('managed payments');
    const note = `; ${strings.lesson.source})`;
    expect(fragments.filter((f) => f.content.includes(note) || /\bn\.d\.\B/.test(f.content)).map((f) => f.url)).toEqual([]);
    expect(fragments.some((f) => f.url.startsWith('/sources/'))).toBe(false);
  });

  test('weighs a lesson\'s fact card low, and leaves sources and citation notes out', () => {
    let cards = 0;
    for (const lesson of lessonFiles(join(projectRoot, 'content'))) {
      const doc = parseDocument(readFileSync(join(inject('rootDir'), lesson.path, 'index.html'), 'utf8'));
      for (const card of findAll((e) => 'data-facts' in e.attribs, doc.children)) {
        cards++;
        expect(Number(card.attribs['data-pagefind-weight']), `${lesson.path}: fact card weight`).toBeLessThan(1);
      }
      // The sources list lives on the lesson's facts-and-sources page, outside the index twice over.
      const sourcesPage = join(inject('rootDir'), 'sources', lesson.path, 'index.html');
      const lists = findAll((e) => (e.attribs['class'] ?? '').split(' ').includes('sources'), parseDocument(readFileSync(sourcesPage, 'utf8')).children);
      expect(lists.length, `${lesson.path}: its sources page lists its sources`).toBe(1);
      expect(lists.every((e) => 'data-pagefind-ignore' in e.attribs), `${lesson.path}: sources list ignored`).toBe(true);
      expect(byUrl(`/sources${lesson.path}`), `${lesson.path}: its sources page is not indexed`).toBeUndefined();
    }
    expect(cards, 'the platform lessons have fact cards').toBeGreaterThan(0);
  });

  test('never holds quiz options or answers', () => {
    let checked = 0;
    let options = 0;
    for (const lesson of lessonFiles(join(projectRoot, 'content'))) {
      const fragment = byUrl(lesson.path);
      expect(fragment, `${lesson.path} is indexed`).toBeDefined();
      const { frontmatter } = splitFrontmatter(readFileSync(lesson.file, 'utf8'));
      const quiz = (parse(frontmatter) as { quiz?: { explanation: string; options: { text: string }[] }[] }).quiz ?? [];
      const content = normalize(fragment!.content);
      // The page's text without its quiz: an option that the lesson also says in prose may be indexed.
      const doc = parseDocument(readFileSync(join(inject('rootDir'), lesson.path, 'index.html'), 'utf8'));
      for (const quizElement of findAll((e) => e.name === 'self-check', doc.children)) removeElement(quizElement);
      const prose = normalize(textContent(doc));
      for (const q of quiz) {
        checked++;
        expect(content.includes(normalize(q.explanation)), `${fragment!.url}: ${q.explanation}`).toBe(false);
        for (const option of q.options.map((o) => normalize(o.text)).filter((o) => !prose.includes(o))) {
          options++;
          expect(content.includes(option), `${fragment!.url}: option "${option}"`).toBe(false);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(options).toBeGreaterThan(50);
  });
});
