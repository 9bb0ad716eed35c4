import { expect, test } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  inlineScripts,
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
