/**
 * `getCollection()` in Vitest reads `.astro/data-store.json`, which `astro sync` writes elsewhere
 * (withastro/astro#12612): sync, then copy it where Vitest looks.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../e2e/harness/buildSite.ts';

export function setup() {
  try {
    execFileSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      cwd: projectRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  } catch (error) {
    // Show the author the content error `astro sync` found, not just its exit code.
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`astro sync failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
  mkdirSync(join(projectRoot, '.astro'), { recursive: true });
  copyFileSync(join(projectRoot, 'node_modules/.astro/data-store.json'), join(projectRoot, '.astro/data-store.json'));
}
