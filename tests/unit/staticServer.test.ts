/**
 * The static server behaves like a host: non-ASCII folders redirect without crashing it, a `_headers` file is
 * applied by path, a file it cannot read answers 500, and a busy port gives `npm start` one clear line.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startStaticServer, type RunningServer } from '../../scripts/lib/staticServer.ts';
import { headersFile, parseHeaderRules } from '../../src/integrations/securityHeaders.ts';

// Reading a file can fail after `stat` found it (deleted, permissions); the server must answer, not crash.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    readFile: (async (path: Parameters<typeof original.readFile>[0], ...rest: unknown[]) => {
      if (String(path).includes('unreadable')) throw new Error('EACCES: permission denied');
      return (original.readFile as (...a: unknown[]) => Promise<Buffer>)(path, ...rest);
    }) as typeof original.readFile,
  };
});

const projectRoot = join(import.meta.dirname, '../..');
let site: string;

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'ab-server-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), text);
  };
  write('index.html', '<!doctype html><title>Home</title>');
  write('404.html', '<!doctype html><title>Not found</title>');
  write('术语/index.html', '<!doctype html><title>Glossary</title>');
  write('_astro/site.Ab12Cd.css', 'body{color:black}');
  write('unreadable.txt', 'secret');
  write('_headers', headersFile("default-src 'self'"));
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

async function withServer(options: Partial<Parameters<typeof startStaticServer>[0]>, run: (s: RunningServer) => Promise<void>) {
  const server = await startStaticServer({ root: site, ...options });
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

describe('paths', () => {
  test('a non-ASCII folder without its slash redirects with an encoded Location, and the server keeps serving', async () => {
    await withServer({}, async ({ origin }) => {
      const folder = encodeURIComponent('术语');
      const redirect = await fetch(`${origin}/${folder}?q=1`, { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe(`/${folder}/?q=1`);
      const page = await fetch(`${origin}/${folder}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Glossary</title>');
    });
  });

  test('a malformed escape is a 404, and a file that cannot be read is a 500, not a crash', async () => {
    await withServer({}, async ({ origin }) => {
      expect((await fetch(`${origin}/%E0%A4%A`)).status).toBe(404);
      const failed = await fetch(`${origin}/unreadable.txt`);
      expect(failed.status).toBe(500);
      expect(await failed.text()).toContain('EACCES');
      expect((await fetch(`${origin}/`)).status).toBe(200);
    });
  });
});

describe('_headers', () => {
  const rules = () => parseHeaderRules(headersFile("default-src 'self'"));

  test('applies every matching block by path, as a host does', async () => {
    await withServer({ headerRules: rules() }, async ({ origin }) => {
      const page = await fetch(`${origin}/`);
      expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
      expect(page.headers.get('cache-control')).toBeNull();
      const asset = await fetch(`${origin}/_astro/site.Ab12Cd.css`);
      expect(asset.headers.get('content-security-policy')).toBe("default-src 'self'");
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const missing = await fetch(`${origin}/nowhere/`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('x-frame-options')).toBe('DENY');
    });
  });

  test('matches paths relative to the base path', async () => {
    await withServer({ base: '/course/', headerRules: rules() }, async ({ url }) => {
      const asset = await fetch(`${url}_astro/site.Ab12Cd.css`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    });
  });

  test('sends none of them without the rules', async () => {
    await withServer({}, async ({ origin }) => {
      const page = await fetch(`${origin}/`);
      expect(page.headers.get('content-security-policy')).toBeNull();
    });
  });
});

describe('busy port', () => {
  test('the server start rejects with EADDRINUSE instead of crashing', async () => {
    await withServer({}, async ({ server }) => {
      const port = (server.address() as { port: number }).port;
      await expect(startStaticServer({ root: site, port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    });
  });

  test('npm run preview prints one line naming the port and PORT, with no stack trace', async () => {
    await withServer({}, async ({ server }) => {
      const port = (server.address() as { port: number }).port;
      const run = promisify(execFile)(process.execPath, [join(projectRoot, 'scripts/serve.ts')], {
        cwd: projectRoot,
        env: { ...process.env, OUT_DIR: site, PORT: String(port), BASE_PATH: '/' },
      });
      const failure = (await run.then(
        () => ({ code: 0, stdout: '', stderr: '' }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      )) as { code: number; stdout: string; stderr: string };
      expect(failure.code).toBe(1);
      const lines = failure.stderr.trim().split('\n');
      expect(lines).toEqual([`Port ${port} is already in use. Set PORT to use another one, for example: PORT=${port + 1} npm start`]);
    });
  });
});
