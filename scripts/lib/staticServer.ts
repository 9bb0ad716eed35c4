/**
 * A plain static host for the built site, used by `npm run preview`, the tests and the benchmark.
 * It behaves like GitHub Pages, Netlify or nginx: the site is served under its base path,
 * `index.html` answers for folders, a folder without its slash is redirected, misses get `404.html`
 * with status 404, and text is gzipped at level 6 (decisions.md, "Tests and CI").
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

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
  /** Extra headers for every response (the CSP test passes the site's own security headers). */
  headers?: Record<string, string>;
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
    const send = async (status: number, body: Buffer, type: string) => {
      const headers: Record<string, string> = { 'Content-Type': type, ...options.headers };
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

    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (!path.startsWith(base)) {
      if (path === base.slice(0, -1)) {
        res.writeHead(301, { Location: base + url.search });
        return res.end();
      }
      return notFound();
    }
    const file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (await isDir(file)) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/${url.search}` });
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
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
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
