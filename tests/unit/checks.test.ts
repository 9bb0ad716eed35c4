/** The site checks catch what they are for: shown once on a deliberately broken fixture site. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLinks } from '../checks/linkCheck.ts';
import { validateSite } from '../checks/htmlCheck.ts';
import { nuCheck } from '../checks/nuCheck.ts';
import { builtPages } from '../checks/siteFiles.ts';

const broken = join(import.meta.dirname, '../fixtures/broken-site');

describe('link check', () => {
  const report = checkLinks(broken);
  const problems = report.problems.map((p) => `${p.page} ${p.link}: ${p.problem}`);
  test('reports each kind of broken link, and nothing else', () => {
    expect(problems).toEqual([
      '/ /missing/: no page at this URL',
      '/ /good/#nowhere: no element with id "nowhere" on /good/',
      '/ /sub: page link without its trailing slash',
      '/ htps:/broken: external link is not a well-formed absolute http(s) URL',
      '/ https://example.com/: external link opens a new window without rel="noopener"',
      '/ /good/#%E0%A4%A: malformed percent-encoding in the fragment',
      '/ /%E0%A4%A/: malformed percent-encoding in the path',
    ]);
  });
  test('counts the links it checked', () => {
    expect(report.pages).toBe(4);
    expect(report.internal).toBe(9);
  });
  test('understands a base path', () => {
    const underBase = checkLinks(broken, { base: '/course/' });
    expect(underBase.problems.some((p) => p.problem.includes('outside the base path'))).toBe(true);
  });
});

describe('HTML validation', () => {
  test('reports invalid nesting', async () => {
    const { problems } = await validateSite(broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.file)).toContain('/index.html');
  });
});

describe('W3C Nu HTML Checker', () => {
  test('reports the broken page as errors, and passes a valid one', () => {
    const pages = builtPages(broken);
    const report = nuCheck(pages.map((p) => p.file));
    expect(report.files).toBe(4);
    const files = new Set(report.errors.map((e) => e.file.slice(broken.length)));
    expect(files.has('/index.html')).toBe(true);
    expect(files.has('/good/index.html')).toBe(false);
    expect(report.errors.every((e) => e.line > 0 && e.message.length > 0)).toBe(true);
  }, 120_000);

  test('says what to install when Java is missing', () => {
    expect(() => nuCheck([join(broken, 'index.html')], '/nonexistent/java')).toThrow(/default-jre-headless/);
  });
});
