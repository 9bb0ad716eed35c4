import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { indexedParts, spaceBlocks } from '../lib/searchIndexHtml';
import { searchChunksPlugin } from './searchChunks';

/** Every built HTML page, as paths relative to the output folder (Pagefind's own output excluded). */
async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('pagefind/'))
    .sort();
}

/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`,
 * so `dist/` is complete and deployable as it is. Fails the build loudly when indexing fails.
 * What gets indexed is decided in the markup: `data-pagefind-body` on lesson content only,
 * with filters and metadata from SearchMeta.astro. Pages are fed one by one, cut down to what
 * Pagefind reads (the head and the data-pagefind-body elements: the same index, a quarter less
 * indexing time, since the course tree and the chrome of every page are left out), with a space
 * after block elements so words do not run together (src/lib/searchIndexHtml.ts).
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'across-borders:pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [searchChunksPlugin()] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const files = await htmlFiles(root);
          let indexed = 0;
          for (const sourcePath of files) {
            const parts = indexedParts(await readFile(join(root, sourcePath), 'utf8'));
            if (parts === undefined) continue;
            const added = await index.addHTMLFile({ sourcePath, content: spaceBlocks(parts) });
            if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
            if (added.file.url) indexed++;
          }
          if (indexed === 0) throw new Error('Pagefind found no page with data-pagefind-body: the search index would be empty');
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${indexed} of ${files.length} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
