import type { AstroIntegration } from 'astro';
import { isKnownHarmlessLog, siteUrlWarning } from '../lib/site';

/**
 * Keeps the build log to what an operator can act on:
 * - one warning at the start of `astro build` when SITE_URL is unset: such a build deploys and looks fine,
 *   but every absolute URL in it points to the local preview (src/lib/site.ts says which). Only builds
 *   warn: the dev server and `astro check` need no site URL;
 * - none of the bundler's warnings that Astro's own MDX output causes and that change nothing in the site
 *   (`isKnownHarmlessLog`); every other warning is printed as usual.
 */
export default function buildLog(): AstroIntegration {
  return {
    name: 'across-borders:build-log',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [{ name: 'across-borders:known-harmless-logs', onLog: (_level: string, log: { code?: string; message: string }) => !isKnownHarmlessLog(log) }],
          },
        });
      },
      'astro:build:start': ({ logger }) => {
        const warning = siteUrlWarning(process.env.SITE_URL);
        if (warning) logger.warn(warning);
      },
    },
  };
}
