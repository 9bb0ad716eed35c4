/**
 * The copy of a page that Pagefind reads. Astro's compressHTML ('jsx') drops the whitespace between
 * tags, and Pagefind only separates words at the elements it knows as blocks (p, li, td, div, …), so
 * `<dt>Logistics</dt><dd>Amazon's …</dd>` would be indexed as "LogisticsAmazon's". A space after the
 * closing tag of every block-level element keeps the words apart. The built page itself is untouched.
 */

/** Block-level elements whose end should always end a word. */
const blockTags = [
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'legend',
];

const closingBlockTag = new RegExp(`</(?:${blockTags.join('|')})\\s*>(?=<)`, 'gi');

export function spaceBlocks(html: string): string {
  return html.replace(closingBlockTag, '$& ');
}
