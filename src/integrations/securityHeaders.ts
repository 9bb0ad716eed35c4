import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Writes `dist/_headers` (read by Netlify and Cloudflare Pages; docs/deploy.md gives the nginx equivalent)
 * after the build, with a Content-Security-Policy whose script hashes come from the built HTML itself,
 * so the policy can never fall out of step with the pages (decisions.md, "Site settings").
 */

/** Inline scripts that execute (JSON-LD and other data blocks are not scripts to CSP). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    scripts.push(m[2] ?? '');
  }
  return scripts;
}

export function sha256(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** The policy, one directive per line of reasoning. */
export function contentSecurityPolicy(scriptHashes: string[]): string {
  const directives = [
    "default-src 'self'",
    // Own files, the hashed inline scripts (theme before first paint), and WebAssembly for Pagefind.
    `script-src 'self' ${[...new Set(scriptHashes)].sort().join(' ')} 'wasm-unsafe-eval'`.replace(/\s+/g, ' '),
    // Pagefind runs its search in a worker it may start from a blob: URL.
    "worker-src 'self' blob:",
    // Pagefind fetches its index from the site itself.
    "connect-src 'self'",
    // Inline SVG icons may use data: URLs; nothing is loaded from elsewhere.
    "img-src 'self' data:",
    "style-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}

export function headersFile(csp: string): string {
  return [
    '# Written by src/integrations/securityHeaders.ts at the end of the build. Do not edit by hand.',
    '/*',
    `  Content-Security-Policy: ${csp}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    '  X-Frame-Options: DENY',
    '',
  ].join('\n');
}

/** Reads a `_headers` file back into a header map (for the test server and the tests). */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m) headers[m[1]!] = m[2]!;
  }
  return headers;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'across-borders:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const hashes = htmlFiles(root).flatMap((file) => inlineScripts(readFileSync(file, 'utf8')).map(sha256));
        writeFileSync(join(root, '_headers'), headersFile(contentSecurityPolicy(hashes)));
        logger.info(`_headers written with ${new Set(hashes).size} inline script hash(es)`);
      },
    },
  };
}
