import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Tells the social-image endpoint (src/pages/og/) where to keep rendered cards between builds: a
 * folder inside Astro's `cacheDir`, so a separate cache (the tests' ASTRO_CACHE_DIR) also gets
 * separate cards, and deleting the cache renders them all again.
 */
export default function socialCards(): AstroIntegration {
  return {
    name: 'across-borders:social-cards',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const dir = fileURLToPath(new URL('social-cards/', config.cacheDir));
        updateConfig({ vite: { define: { __SOCIAL_CARD_CACHE_DIR__: JSON.stringify(dir) } } });
      },
    },
  };
}
