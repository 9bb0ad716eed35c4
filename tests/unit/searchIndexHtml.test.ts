import { expect, test } from 'vitest';
import { spaceBlocks } from '../../src/lib/searchIndexHtml';

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
