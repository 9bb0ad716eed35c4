/**
 * A plain static host for the built site, used by `npm run preview`, the tests and the benchmark.
 * It behaves like GitHub Pages, Netlify or nginx: the site is served under its base path,
 * `index.html` answers for folders, a folder without its slash is redirected, misses get `404.html`
 * with status 404, and text is gzipped at level 6. Given the rules of the build's `_headers` file, it sends
 * them by path as Netlify and Cloudflare Pages do, so pages can be tested under their own security headers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersForPath, type HeaderRule } from '../../src/integrations/securityHeaders.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};
const compressible = /^(text\/|application\/(json|xml|manifest\+json|javascript)|image\/svg)/;

export interface StaticServerOptions {
  /** Folder holding the built site (`dist/`). */
  root: string;
  /** Path the site is served under, e.g. "/course/". */
  base?: string;
  /** Extra headers for every response. */
  headers?: Record<string, string>;
  /**
   * The blocks of a `_headers` file (`parseHeaderRules`), applied by path as a host applies them. Paths are
   * matched relative to the base: under "/course/", "/course/_astro/x.js" matches "/_astro/*".
   */
  headerRules?: HeaderRule[];
  port?: number;
}

export interface RunningServer {
  server: Server;
  /** Origin plus base, with a trailing slash: "http://127.0.0.1:41234/course/". */
  url: string;
  origin: string;
  close(): Promise<void>;
}

async function isFile(path: string) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
async function isDir(path: string) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const root = normalize(options.root);

  const server = createServer(async (req, res) => {
    try {
      await respond(req, res);
    } catch (error) {
      // A file that vanished or cannot be read between stat and read: answer, do not crash the server.
      if (res.headersSent) {
        res.end();
      } else {
        res.writeHead(500, { 'Content-Type': types['.txt']! });
        res.end(`Could not read the file: ${(error as Error).message}`);
      }
    }
  });

  async function respond(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '';
    }
    const siteHeaders = () => ({
      ...options.headers,
      ...(options.headerRules && path.startsWith(base) ? headersForPath(options.headerRules, `/${path.slice(base.length)}`) : {}),
    });
    const send = async (status: number, body: Buffer, type: string) => {
      const headers: Record<string, string> = { 'Content-Type': type, ...siteHeaders() };
      const gzip = compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const payload = gzip ? gzipSync(body, { level: 6 }) : body;
      if (gzip) headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
      headers['Content-Length'] = String(payload.length);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : payload);
    };
    const notFound = async () => {
      const page = join(root, '404.html');
      if (await isFile(page)) return send(404, await readFile(page), types['.html']!);
      return send(404, Buffer.from('Not found'), types['.txt']!);
    };

    if (!path) return notFound();
    if (!path.startsWith(base)) {
      if (path === base.slice(0, -1)) {
        res.writeHead(301, { Location: encodeURI(base) + url.search });
        return res.end();
      }
      return notFound();
    }
    const file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (await isDir(file)) {
      if (!path.endsWith('/')) {
        // The request's own (percent-encoded) path: a decoded non-ASCII one is not a valid header value.
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      const index = join(file, 'index.html');
      return (await isFile(index)) ? send(200, await readFile(index), types['.html']!) : notFound();
    }
    if (await isFile(file)) {
      const type = types[extname(file)] ?? 'application/octet-stream';
      return send(200, await readFile(file), type);
    }
    return notFound();
  }

  // A busy port rejects (error.code "EADDRINUSE") instead of crashing the process with an 'error' event.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    server,
    origin,
    url: origin + base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
