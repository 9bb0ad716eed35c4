import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Writes `dist/_headers` (read by Netlify and Cloudflare Pages; docs/deploy.md gives the nginx equivalent)
 * after the build, with a Content-Security-Policy whose script hashes come from the built HTML itself,
 * so the policy can never fall out of step with the pages, and a long cache lifetime for the hashed
 * assets under `/_astro/`. Styles ship as files only (`build.inlineStylesheets: 'never'`), so
 * `style-src 'self'` needs no hashes; the build fails if a page still carries inline style.
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

/**
 * Inline style the policy blocks: `<style>` blocks and `style=""` attributes. `style-src 'self'` allows
 * neither, and the site has no need for them (Astro writes stylesheets as files, see astro.config.mjs).
 */
export function inlineStyles(html: string): string[] {
  const found: string[] = [];
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  for (const m of markup.matchAll(/<style\b[^>]*>/gi)) found.push(m[0]);
  for (const m of markup.matchAll(/<[a-z][^\s>]*(?:\s[^>]*?)?\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)) {
    found.push(`style=${m[1]}`);
  }
  return found;
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

/** Built assets carry a content hash in their names, so a file at a given URL never changes. */
export const immutableCache = 'public, max-age=31536000, immutable';

export function headersFile(csp: string): string {
  return [
    '# Written by src/integrations/securityHeaders.ts at the end of the build. Do not edit by hand.',
    '/*',
    `  Content-Security-Policy: ${csp}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    '  X-Frame-Options: DENY',
    '/_astro/*',
    `  Cache-Control: ${immutableCache}`,
    '',
  ].join('\n');
}

/** One block of a `_headers` file: a path pattern (`*` matches any run of characters) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Reads a `_headers` file into its blocks, in file order (the syntax Netlify and Cloudflare Pages share). */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    const current = rules.at(-1);
    if (header && current) {
      current.headers[header[1]!] = header[2]!.trim();
    } else if (!header) {
      rules.push({ pattern: line.trim(), headers: {} });
    }
  }
  return rules;
}

/** Whether a `_headers` pattern matches a URL path (relative to the site's root, starting with "/"). */
export function matchesPattern(pattern: string, path: string): boolean {
  const regex = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${regex}$`).test(path);
}

/** The headers a host sends for a path: every matching block, later blocks adding to earlier ones. */
export function headersForPath(rules: HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => matchesPattern(r.pattern, path)).map((r) => r.headers));
}

/** The headers every page gets (the `/*` block), as a header map. */
export function parseHeadersFile(text: string): Record<string, string> {
  return parseHeaderRules(text).find((r) => r.pattern === '/*')?.headers ?? {};
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
        const pages = htmlFiles(root).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
        const styled = pages.flatMap(({ file, html }) =>
          inlineStyles(html).map((style) => `${relative(root, file)}: ${style.slice(0, 80)}`),
        );
        if (styled.length > 0) {
          throw new Error(
            `Inline style that the Content-Security-Policy (style-src 'self') blocks:\n  ${styled.join('\n  ')}\n` +
              'Hint: move it into a stylesheet or a class; keep build.inlineStylesheets set to "never".',
          );
        }
        const hashes = pages.flatMap(({ html }) => inlineScripts(html).map(sha256));
        writeFileSync(join(root, '_headers'), headersFile(contentSecurityPolicy(hashes)));
        logger.info(`_headers written with ${new Set(hashes).size} inline script hash(es)`);
      },
    },
  };
}
