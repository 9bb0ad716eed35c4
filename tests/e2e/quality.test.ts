/**
 * Quality gates over every page the build makes: links and anchors, HTML validity (html-validate and the
 * W3C Nu HTML Checker), and one browser visit per page and build, under the site's own security headers,
 * that collects everything a visit can show at once: accessibility (axe, WCAG 2.2 A/AA, light and dark),
 * Content-Security-Policy violations, console errors and uncaught exceptions, and requests that leave the site.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parseHeadersFile } from '../../src/integrations/securityHeaders.ts';
import { validateSite } from '../checks/htmlCheck.ts';
import { checkLinks } from '../checks/linkCheck.ts';
import { builtPages } from '../checks/siteFiles.ts';
import { nuCheck } from '../checks/nuCheck.ts';
import { foreignRequests, launchBrowser, watchCspViolations } from './harness/browser.ts';

const site = 'http://localhost:4321';

describe('links and anchors', () => {
  test('every internal link and anchor resolves in the root build', () => {
    const report = checkLinks(inject('rootDir'), { site });
    expect(report.internal).toBeGreaterThan(100);
    expect(report.problems).toEqual([]);
  });
  test('every internal link and anchor resolves in the /course/ build', () => {
    const report = checkLinks(inject('courseDir'), { base: '/course/', site });
    expect(report.internal).toBeGreaterThan(100);
    expect(report.problems).toEqual([]);
  });
});

describe('HTML validity', () => {
  test('every built page is valid HTML (html-validate:standard)', async () => {
    const { pages, problems } = await validateSite(inject('rootDir'));
    expect(pages).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
  test('the W3C Nu HTML Checker reports no error on any built page', () => {
    const pages = builtPages(inject('rootDir'));
    const { files, errors } = nuCheck(pages.map((p) => p.file));
    expect(files).toBe(pages.length);
    expect(errors.map((e) => `${e.file.slice(inject('rootDir').length)}:${e.line}: ${e.message}`)).toEqual([]);
  }, 180_000);
});

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The A/AA rules whose outcome depends on colours. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** Everything one visit can find wrong with a page, as readable lines; empty means the page passed. */
async function visit(
  browser: Browser,
  url: string,
  options: { missing: boolean; csp: string; axe: boolean },
): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  const violations = await watchCspViolations(page);
  page.on('request', (r) => requests.push(r.url()));
  // A file the page asks for and does not get (a path without the base, say) fails the visit, whatever the console says.
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url() !== url) problems.push(`status ${r.status()} for ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // The 404 page's own document answers 404 by design; Chromium logs that as a failed resource.
    const ownStatus = options.missing && m.location().url === url && /status of 404/.test(m.text());
    if (!ownStatus) problems.push(`console error: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${String(e)}`));
  try {
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    const status = response?.status();
    if (status !== (options.missing ? 404 : 200)) problems.push(`status ${status}`);
    if (response?.headers()['content-security-policy'] !== options.csp) problems.push('served without the site’s CSP');

    if (await isDark(page)) problems.push('dark theme under a light system preference');
    if (options.axe) problems.push(...(await axe(page, 'light')));
    // The same rule ThemeInit applies before first paint, re-run after the system preference changes.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() =>
      document.documentElement.classList.toggle('dark', matchMedia('(prefers-color-scheme: dark)').matches),
    );
    if (!(await isDark(page))) problems.push('light theme under a dark system preference');
    if (options.axe) problems.push(...(await axe(page, 'dark')));

    problems.push(...violations.map((v) => `CSP violation: ${v}`));
    problems.push(...foreignRequests(requests).map((u) => `request outside the site: ${u}`));
  } finally {
    await context.close();
  }
  return problems;
}

const isDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('dark'));

/**
 * Light: every WCAG 2.2 A/AA rule. Dark: the rules that depend on colour, since the dark theme changes colours
 * only (the `dark` class swaps the --ab-* colour tokens); the markup, names and roles are those checked in light.
 */
async function axe(page: Page, scheme: 'light' | 'dark'): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (scheme === 'light' ? builder.withTags(axeTags) : builder.withRules(colourRules)).analyze();
  return violations.map(
    (v) => `axe (${scheme}): ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}

/**
 * axe runs on the root build only: the /course/ build is the same markup and colours with a longer prefix on its
 * URLs, so what can break there is what its visit still checks (status, the policy, console errors, which include
 * every resource that failed to load, and requests that leave the site). Half the suite's axe time.
 */
describe.each([
  { build: 'root', dir: () => inject('rootDir'), url: () => inject('rootUrl'), base: '/', axe: true },
  { build: '/course/', dir: () => inject('courseDir'), url: () => inject('courseUrl'), base: '/course/', axe: false },
])('every page of the $build build, under its own headers', ({ dir, url, base, axe: withAxe }) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const pages = builtPages(dir(), base);
  const csp = parseHeadersFile(readFileSync(join(dir(), '_headers'), 'utf8'))['Content-Security-Policy']!;

  test('the build has pages to visit and a policy to apply', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(csp).toContain("style-src 'self'");
  });

  // Pages whose content is drawn by their script from the URL are visited in that state too.
  const withState = [
    `${base}guide/?profile=small-retailer&buyers=consumers&order=single-item&product=general-merchandise&why=wish`,
    `${base}fees/?price=100&shipping=5&tax=0&market=us&orders=30`,
  ];

  test.each([...pages.map((p) => p.path), ...withState])(
    `%s: ${withAxe ? 'axe light and dark, ' : ''}no CSP violation, no console error, nothing from elsewhere`,
    async (path) => {
      // The 404 page is seen as a host shows it: for a URL that has no page, a folder deeper than itself.
      const missing = path === `${base}404.html`;
      const origin = new URL(url()).origin;
      const pageUrl = missing ? `${url()}no-such-folder/no-such-page/` : origin + encodeURI(path);
      expect(await visit(browser, pageUrl, { missing, csp, axe: withAxe })).toEqual([]);
    },
    // Two axe runs on the longest pages (the comparison, the glossary) on a busy two-core machine.
    180_000,
  );
});
