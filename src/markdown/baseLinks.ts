import { defineHastPlugin } from 'satteri';
import { withBase } from '../lib/urls';

/**
 * Gives site-absolute links written in MDX (`[Amazon](/platforms/amazon/)`) the base path,
 * which Astro does not add to Markdown links (starlight#932).
 */
export function baseLinks(base: string) {
  return defineHastPlugin({
    name: 'across-borders:base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && href.startsWith('/')) ctx.setProperty(node, 'href', withBase(base, href));
      },
    },
  });
}
