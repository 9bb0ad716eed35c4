import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { slugger } from '../lib/slug';

type HastLike = { type: string; tagName?: string; children?: HastLike[] };

function containsLink(node: HastLike): boolean {
  return (node.children ?? []).some((child) => child.tagName === 'a' || containsLink(child));
}

/**
 * Gives every h2–h6 of a lesson body an id and makes its text a link to itself, so any section can be
 * linked to ("#how-it-earns"). The heading text is the link text, which keeps the anchor accessible and
 * out of search excerpts (starlight#3676 leaked a hidden "Section titled" label into them).
 * Astro's own heading-id step runs after this one and keeps the ids set here, so `render()`'s headings
 * and the table of contents use the same ids. A heading that already holds a link keeps it and gets
 * only the id (links cannot nest).
 */
export function headingAnchors(): HastPluginEntry {
  // A factory: Sätteri calls it once per document, so each document numbers its duplicate ids afresh.
  return () => {
    const slug = slugger();
    return defineHastPlugin({
      name: 'across-borders:heading-anchors',
      element: {
        filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slug(ctx.textContent(node));
          if (containsLink(node as HastLike)) {
            ctx.setProperty(node, 'id', id);
            return;
          }
          ctx.replaceNode(node, {
            ...node,
            properties: { ...node.properties, id },
            children: [{ type: 'element', tagName: 'a', properties: { href: `#${id}` }, children: [...node.children] }],
          });
        },
      },
    });
  };
}
