import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { pruneCardCache } from '../lib/socialCardRender';

/**
 * Tells the social-image endpoint (src/pages/og/) where to keep rendered cards between builds: a
 * folder inside Astro's `cacheDir`, so a separate cache (the tests' ASTRO_CACHE_DIR) also gets
 * separate cards, and deleting the cache renders them all again. After a build, the cards it did not use
 * (of lessons renamed or removed, of an older template) are deleted, so the folder does not grow.
 */
export default function socialCards(): AstroIntegration {
  let dir = '';
  let buildStart = Date.now();
  return {
    name: 'across-borders:social-cards',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        dir = fileURLToPath(new URL('social-cards/', config.cacheDir));
        updateConfig({ vite: { define: { __SOCIAL_CARD_CACHE_DIR__: JSON.stringify(dir) } } });
      },
      'astro:build:start': () => {
        buildStart = Date.now();
      },
      'astro:build:done': ({ logger }) => {
        const pruned = pruneCardCache(dir, buildStart);
        if (pruned) logger.info(`${pruned} unused social card(s) removed from the cache`);
      },
    },
  };
}
