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

/** A start tag that carries `data-pagefind-body`; group 1 is its name. */
const bodyStartTag = /<([a-z][a-z0-9-]*)\b[^>]*?\sdata-pagefind-body(?=[\s>=\/])[^>]*>/gi;

/**
 * The parts of a page that Pagefind reads: the `<html>` start tag (its `lang` picks the index), the
 * `<head>` (title and metadata) and every outermost `data-pagefind-body` element. Pagefind indexes
 * nothing outside those once any page has a `data-pagefind-body`, so sending it only these parts
 * gives the same index and spares it parsing the navigation, header and footer of every page.
 * Returns undefined for a page without a `data-pagefind-body` (Pagefind would skip it), and the
 * whole page when an element's end cannot be found, so nothing is ever lost from the index.
 * A scan for the element's own start and end tags, not a full parse: the pages are Astro's output,
 * where no script or comment inside an indexed element holds such a tag.
 */
export function indexedParts(html: string): string | undefined {
  const parts: string[] = [];
  bodyStartTag.lastIndex = 0;
  for (let m = bodyStartTag.exec(html); m; m = bodyStartTag.exec(html)) {
    const end = elementEnd(html, m[1]!, m.index + m[0].length);
    if (end < 0) return html;
    parts.push(html.slice(m.index, end));
    bodyStartTag.lastIndex = end;
  }
  if (parts.length === 0) return undefined;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const headStart = html.search(/<head[\s>]/i);
  const headEnd = html.indexOf('</head>', headStart);
  const head = headStart >= 0 && headEnd >= 0 ? html.slice(headStart, headEnd + '</head>'.length) : '';
  return `<!doctype html>${htmlTag}${head}<body>${parts.join('')}</body></html>`;
}

/** The index just past the end tag that closes an element named `tag` whose content starts at `from`; -1 if none. */
function elementEnd(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : m[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}
