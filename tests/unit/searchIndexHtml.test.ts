import { describe, expect, test } from 'vitest';
import { indexedParts, spaceBlocks } from '../../src/lib/searchIndexHtml';

test('a space follows the end of block elements that touch the next tag', () => {
  expect(spaceBlocks('<dl><dt>Logistics</dt><dd>Amazon’s own</dd></dl><p>x</p>')).toBe(
    '<dl><dt>Logistics</dt> <dd>Amazon’s own</dd> </dl> <p>x</p>',
  );
  expect(spaceBlocks('<tr><th>Fee</th><td>3%</td></tr>')).toBe('<tr><th>Fee</th> <td>3%</td> </tr>');
});

test('inline elements and text after a block are left alone', () => {
  const html = '<p><b>Trade</b><i>Assurance</i> and <a href="#">source</a>)</p>text';
  expect(spaceBlocks(html)).toBe(html);
  expect(spaceBlocks('<div>a</div>b')).toBe('<div>a</div>b');
});

describe('what Pagefind is given', () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>T</title><meta property="og:image" content="/og.png"></head>` +
    `<body><header><nav>Course tree</nav></header>${body}<footer>Footer</footer></body></html>`;

  test('the html start tag, the head and the data-pagefind-body element, nothing else', () => {
    const parts = indexedParts(page('<main><article class="lesson" data-pagefind-body><h1>Etsy</h1><article><p>Inner</p></article><p>Tail</p></article><aside>Chrome</aside></main>'));
    expect(parts).toBe(
      '<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>T</title><meta property="og:image" content="/og.png"></head>' +
        '<body><article class="lesson" data-pagefind-body><h1>Etsy</h1><article><p>Inner</p></article><p>Tail</p></article></body></html>',
    );
    expect(parts).not.toMatch(/Course tree|Footer|Chrome/);
  });

  test('every outermost indexed element, in order', () => {
    const parts = indexedParts(page('<div data-pagefind-body="">A<div>x</div></div><p>gap</p><section data-pagefind-body>B</section>'));
    expect(parts).toContain('<body><div data-pagefind-body="">A<div>x</div></div><section data-pagefind-body>B</section></body>');
    expect(parts).not.toContain('gap');
  });

  test('a page without data-pagefind-body is not sent; an element without its end is sent whole', () => {
    expect(indexedParts(page('<main><p>data-pagefind-body in text</p></main>'))).toBeUndefined();
    const broken = page('<article data-pagefind-body><p>never closed');
    expect(indexedParts(broken)).toBe(broken);
  });
});
