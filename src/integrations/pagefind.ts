import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`,
 * so `dist/` is complete and deployable as it is. Fails the build loudly when indexing fails.
 * What gets indexed is decided in the markup: `data-pagefind-body` on lesson content only.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'across-borders:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
          if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
