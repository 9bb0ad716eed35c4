import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { glossaryLinks } from '../../src/markdown/glossaryLinks.ts';

const terms = [
  { id: 'moq', term: 'MOQ', aliases: ['minimum order quantity'] },
  { id: 'fulfillment', term: 'fulfillment', aliases: [] },
  { id: 'fba', term: 'FBA', aliases: ['Fulfillment by Amazon'] },
  { id: 'escrow', term: 'escrow', aliases: [] },
];
const html = (md: string, base = '/') => markdownToHtml(md, { hastPlugins: [glossaryLinks(base, terms)] }).html;

describe('glossaryLinks', () => {
  test('links the first use of each term only, with the base in the href', () => {
    const out = html('Ask for the MOQ. The MOQ again, then escrow.', '/course/');
    expect(out).toMatchInlineSnapshot(`
      "<p>Ask for the <a href="/course/glossary/#moq" class="term">MOQ</a>. The MOQ again, then <a href="/course/glossary/#escrow" class="term">escrow</a>.</p>
      "
    `);
  });

  test('never links inside headings, links or code, and links the next use instead', () => {
    const out = html('## The MOQ\n\nSee [MOQ](/x/) and `MOQ`, then *the MOQ*.\n');
    expect(out.match(/glossary\/#moq/g)).toHaveLength(1);
    expect(out).toContain('<em>the <a href="/glossary/#moq"');
    expect(out).toContain('<h2>The MOQ</h2>');
  });

  test('prefers the longest spelling', () => {
    const out = html('Fulfillment by Amazon is one kind of fulfillment.');
    expect(out).toContain('href="/glossary/#fba" class="term">Fulfillment by Amazon</a>');
    expect(out).toContain('href="/glossary/#fulfillment" class="term">fulfillment</a>');
  });

  test('counts first uses per document', () => {
    const plugin = glossaryLinks('/', terms);
    for (const md of ['One MOQ.', 'Another MOQ.']) {
      expect(markdownToHtml(md, { hastPlugins: [plugin] }).html).toContain('#moq');
    }
  });

  test('works in MDX and skips link components', () => {
    const { code } = mdxToJs('<Link>MOQ</Link> and <Note>an escrow</Note> then MOQ.\n', { hastPlugins: [glossaryLinks('/', terms)] });
    expect(code).toContain('"/glossary/#escrow"');
    expect(code).toMatch(/Link, \{\s*children: "MOQ"/);
    expect(code).toContain('"/glossary/#moq"');
  });
});
