/**
 * The site's origin. Hosts set SITE_URL (docs/deploy.md); a build without it uses the address of the
 * local preview, which is right for trying the site and wrong for any real host.
 */

/** The origin of a build without SITE_URL: where `npm start` serves the site. */
export const defaultSiteUrl = 'http://localhost:4321';

/** What a build without SITE_URL affects, in the words of the warning. */
export const siteUrlUses = ['canonical links', 'the sitemap and robots.txt', 'the Atom feed', 'social images (og:image)', 'the CSV lesson links'] as const;

/**
 * The one warning of a build without SITE_URL: it names the variable, what it affects, and what to set.
 * Undefined when SITE_URL is set.
 */
export function siteUrlWarning(siteUrl: string | undefined, fallback = defaultSiteUrl): string | undefined {
  if (siteUrl) return undefined;
  const uses = `${siteUrlUses.slice(0, -1).join(', ')} and ${siteUrlUses.at(-1)}`;
  return (
    `SITE_URL is not set: ${uses} point to ${fallback}. ` +
    'That is right for a local preview only; for a host, build with SITE_URL=https://your.domain (docs/deploy.md).'
  );
}

/**
 * Bundler warnings the build leaves out of its log: Astro compiles every MDX file with a
 * "use astro:head-inject" directive, which Rolldown warns it "may not be preserved", once per lesson.
 * Astro reads the directive before bundling, so nothing is lost (upstream: withastro/astro#18087);
 * the filter names the directive, so any other MODULE_LEVEL_DIRECTIVE warning still shows.
 */
export function isKnownHarmlessLog(log: { code?: string | undefined; message: string }): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}
