/**
 * Builds the real site for the tests into a temporary folder, so test runs never clash with `dist/`
 * or with each other. Used by the e2e global setup and the benchmark.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../../..');

export interface BuildOptions {
  outDir: string;
  basePath?: string;
  contentDir?: string;
  env?: Record<string, string>;
}

/** Runs `astro build` (which also runs Pagefind) on the project's own Node; throws with the output on failure. */
export function buildSite({ outDir, basePath = '/', contentDir, env = {} }: BuildOptions): string {
  const cacheDir = tempDir('astro-cache-');
  // Vitest puts Vite's BASE_URL, MODE, DEV, PROD and SSR into process.env; Astro would inline
  // them into the child build's import.meta.env, so the /course/ build would link to "/".
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key)),
  );
  try {
    return execFileSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: projectRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // A build of a thousand pages logs several megabytes.
      maxBuffer: 256 * 1024 * 1024,
      env: {
        ...inherited,
        ASTRO_TELEMETRY_DISABLED: '1',
        // Vitest sets NODE_ENV=test, which would make import.meta.env.DEV true in the built site.
        NODE_ENV: 'production',
        OUT_DIR: outDir,
        BASE_PATH: basePath,
        ASTRO_CACHE_DIR: cacheDir,
        ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
        ...env,
      },
    });
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/**
 * A fresh folder for a build, inside the project: Astro puts its prerender chunks in `.astro/` when the
 * output folder is outside the working directory, so two builds at once would overwrite each other's.
 */
export function tempDir(prefix: string): string {
  const parent = join(projectRoot, '.cache');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}
