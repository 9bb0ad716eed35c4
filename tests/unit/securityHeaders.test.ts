import { expect, test } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  headersForPath,
  immutableCache,
  inlineScripts,
  inlineStyles,
  matchesPattern,
  parseHeaderRules,
  parseHeadersFile,
  sha256,
} from '../../src/integrations/securityHeaders.ts';

test('finds the inline scripts that execute, not external or data scripts', () => {
  const html = `<script>a()</script><script type="module">b()</script><script src="/x.js"></script>
    <script type="application/ld+json">{"@type":"Course"}</script><script type="module" src="/y.js"></script>`;
  expect(inlineScripts(html)).toEqual(['a()', 'b()']);
});

test('hashes the way browsers do (sha256, base64)', () => {
  expect(sha256('a()')).toBe("'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='");
});

test('the policy allows hashed scripts and WebAssembly, never unsafe-inline or unsafe-eval for scripts', () => {
  const csp = contentSecurityPolicy([sha256('a()'), sha256('a()')]);
  const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'))!;
  expect(scriptSrc).toBe("script-src 'self' 'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4=' 'wasm-unsafe-eval'");
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  expect(csp).toContain("worker-src 'self' blob:");
});

test('the _headers file round-trips into the headers a host sends', () => {
  const headers = parseHeadersFile(headersFile("default-src 'self'"));
  expect(headers).toEqual({
    'Content-Security-Policy': "default-src 'self'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'X-Frame-Options': 'DENY',
  });
});

test('hashed assets under /_astro/ get a long-lived immutable cache header, pages do not', () => {
  const rules = parseHeaderRules(headersFile("default-src 'self'"));
  expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_astro/*']);
  const asset = headersForPath(rules, '/_astro/Base.Dx3k9a.css');
  expect(asset['Cache-Control']).toBe('public, max-age=31536000, immutable');
  expect(asset['Cache-Control']).toBe(immutableCache);
  expect(asset['Content-Security-Policy']).toBe("default-src 'self'");
  expect(headersForPath(rules, '/platforms/etsy/')['Cache-Control']).toBeUndefined();
  expect(headersForPath(rules, '/platforms/etsy/')['X-Frame-Options']).toBe('DENY');
});

test('path patterns match as hosts match them: * is any run of characters, the rest is literal', () => {
  expect(matchesPattern('/*', '/')).toBe(true);
  expect(matchesPattern('/*', '/a/b.html')).toBe(true);
  expect(matchesPattern('/_astro/*', '/_astro/x.js')).toBe(true);
  expect(matchesPattern('/_astro/*', '/_astroX/x.js')).toBe(false);
  expect(matchesPattern('/_astro/*', '/glossary/_astro/x.js')).toBe(false);
  expect(matchesPattern('/feed.xml', '/feedXxml')).toBe(false);
});

test('finds inline style the policy blocks: <style> blocks and style attributes, not text in scripts', () => {
  const html = `<head><style>a{color:red}</style><link rel="stylesheet" href="/a.css"></head>
    <body><p style="color:red">x</p><svg><rect style='fill:red'/></svg><p data-style="x">y</p>
    <script>document.body.innerHTML = '<p style="x">';</script></body>`;
  expect(inlineStyles(html)).toEqual(['<style>', 'style="color:red"', "style='fill:red'"]);
  expect(inlineStyles('<p class="a">no style</p><link rel="stylesheet" href="/x.css">')).toEqual([]);
});
