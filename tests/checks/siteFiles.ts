/** The built pages of a site folder, with the URL path each is served at. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  file: string;
  /** URL path under the base, e.g. "/course/platforms/etsy/". */
  path: string;
}

/** Every .html file of the build except Pagefind's own folder, sorted. */
export function builtPages(root: string, base = '/'): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(dir === root && entry.name === 'pagefind')) walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(root, full).split(sep).join('/');
        const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
        pages.push({ file: full, path: base + path });
      }
    }
  };
  walk(root);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}
