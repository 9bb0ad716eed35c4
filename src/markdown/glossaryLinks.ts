import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineHastPlugin } from 'satteri';
import { parse } from 'yaml';
import type { Element, ElementContent, Text } from 'hast';
import { createTermMatcher, GlossaryError, linkFirstUses, type TermSpec } from '../lib/glossary';
import { routes, withBase } from '../lib/urls';

/** Text inside these never links: headings, links, code, and controls whose text is a label. */
const skipTags = new Set([
  'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'svg',
  'button', 'label', 'summary', 'option', 'select', 'textarea', 'abbr', 'dfn', 'title',
]);
/** MDX components that are links or code themselves. */
const skipComponents = new Set(['Link', 'Term', 'Code']);

/** The class of a term link: a dotted underline tells a definition from an ordinary link (global.css, `.term`). */
export const termLinkClass = ['term'];

/**
 * Reads the spellings of every term from the glossary YAML. The content layer validates the file
 * fully; this only needs ids, terms and aliases, and tolerates a missing file (fixture content).
 */
export function readGlossaryTerms(file: string): TermSpec[] {
  if (!existsSync(file)) return [];
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new GlossaryError({ field: '(top level)' }, 'the file must be a list of terms', 'start each term with "- id: …"');
  return data.map((raw: unknown, i) => {
    const t = (raw ?? {}) as { id?: unknown; term?: unknown; aliases?: unknown };
    if (typeof t.id !== 'string' || typeof t.term !== 'string') {
      const field = typeof t.id === 'string' ? 'term' : 'id';
      throw new GlossaryError({ term: typeof t.id === 'string' ? t.id : `#${i + 1}`, field }, `entry ${i + 1} has no ${field}`, 'give every entry an id and a term');
    }
    const aliases = Array.isArray(t.aliases) ? t.aliases.filter((a): a is string => typeof a === 'string') : [];
    return { id: t.id, term: t.term, aliases };
  });
}

/** The glossary of the content folder the build uses (CONTENT_DIR, as in src/content.config.ts). */
export function defaultGlossaryFile(): string {
  return resolve(process.env.CONTENT_DIR ?? './content', 'glossary.yaml');
}

type Ancestor = { type: string; tagName?: string; name?: string | null };

function insideSkipped(ancestor: Ancestor | undefined, parentOf: (n: Ancestor) => Ancestor | undefined): boolean {
  for (let p = ancestor; p; p = parentOf(p)) {
    if (p.type === 'element' && p.tagName && skipTags.has(p.tagName)) return true;
    if ((p.type === 'mdxJsxFlowElement' || p.type === 'mdxJsxTextElement') && p.name && (skipTags.has(p.name) || skipComponents.has(p.name))) {
      return true;
    }
  }
  return false;
}

/**
 * Links the first use of each glossary term in a lesson to its definition on the glossary page, at build time
 * (no JavaScript in the browser). Whole words only, longest spelling first, never inside headings, links or code.
 * The hrefs carry the site's base, because Astro does not add it to Markdown links (starlight#932).
 *
 * Registered as a factory: Sätteri calls it once per document, so "first use" is counted per lesson.
 */
export function glossaryLinks(base: string, terms: readonly TermSpec[] = readGlossaryTerms(defaultGlossaryFile())) {
  const matcher = createTermMatcher(terms);
  return () => {
    const seen = new Set<string>();
    return defineHastPlugin({
      name: 'across-borders:glossary-links',
      text(node, ctx) {
        if (!node.value.trim()) return;
        const parentOf = (n: Ancestor) => ctx.parent(n as Text) as Ancestor | undefined;
        if (insideSkipped(ctx.parent(node) as Ancestor | undefined, parentOf)) return;
        const segments = linkFirstUses(node.value, matcher, seen);
        if (!segments) return;
        const nodes: ElementContent[] = segments.map((s): ElementContent => {
          if (typeof s === 'string') return { type: 'text', value: s };
          const link: Element = {
            type: 'element',
            tagName: 'a',
            // Kept short: lesson pages have a byte budget, and a lesson may link twenty terms.
            properties: { href: withBase(base, routes.glossary(s.id)), className: termLinkClass },
            children: [{ type: 'text', value: s.text }],
          };
          return link;
        });
        ctx.replaceNode(node, nodes);
      },
    });
  };
}
