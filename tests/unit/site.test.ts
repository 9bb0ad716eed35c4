import { expect, test } from 'vitest';
import { defaultSiteUrl, isKnownHarmlessLog, siteUrlUses, siteUrlWarning } from '../../src/lib/site.ts';

test('a build without SITE_URL gets one warning naming the variable, what it affects and the address used', () => {
  for (const unset of [undefined, '']) {
    const warning = siteUrlWarning(unset)!;
    expect(warning).toMatch(/^SITE_URL is not set:/);
    for (const use of siteUrlUses) expect(warning).toContain(use);
    expect(warning).toMatch(/canonical.*sitemap.*feed.*social images/);
    expect(warning).toContain(defaultSiteUrl);
    expect(warning).toContain('SITE_URL=https://');
    expect(warning.split('\n')).toHaveLength(1);
  }
});

test('a build with SITE_URL gets no warning', () => {
  expect(siteUrlWarning('https://example.org')).toBeUndefined();
});

test('the build log leaves out only the MDX head-inject directive warning, no other bundler warning', () => {
  const headInject = 'The semantics of the module level directive "use astro:head-inject" in "content/models/b2c.mdx" may not be preserved when bundling.';
  expect(isKnownHarmlessLog({ code: 'MODULE_LEVEL_DIRECTIVE', message: headInject })).toBe(true);
  expect(isKnownHarmlessLog({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" may not be preserved.' })).toBe(false);
  expect(isKnownHarmlessLog({ code: 'CIRCULAR_DEPENDENCY', message: headInject })).toBe(false);
  expect(isKnownHarmlessLog({ message: 'anything' })).toBe(false);
});
