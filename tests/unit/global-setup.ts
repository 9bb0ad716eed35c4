/**
 * `getCollection()` in Vitest reads `.astro/data-store.json`, which `astro sync` writes elsewhere
 * (withastro/astro#12612): sync, then copy it where Vitest looks.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../e2e/harness/buildSite.ts';

export function setup() {
  execFileSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: projectRoot,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  mkdirSync(join(projectRoot, '.astro'), { recursive: true });
  copyFileSync(join(projectRoot, 'node_modules/.astro/data-store.json'), join(projectRoot, '.astro/data-store.json'));
}
