/**
 * The benchmark's build folders (scripts/bench.ts): each site is a project of its own in a temporary
 * folder (os.tmpdir), never in the repository. Its node_modules is a copy of the repository's made of
 * hard links (`cp -al`: seconds, no space): packages must sit inside the project, as after `npm ci`
 * (Astro compiles Starlight's .astro components under the project root; a symlinked package resolves
 * outside it and fails), and the caches a build writes there (Vite's node_modules/.vite) stay in the
 * temporary project, where a cold build deletes them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchPeakRss, type PeakRss } from './peakRss.ts';

/** A new folder under the system's temporary folder. */
export function benchTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Hard-links `nodeModules` into `projectDir/node_modules`, without its caches. */
export function linkNodeModules(nodeModules: string, projectDir: string): void {
  mkdirSync(projectDir, { recursive: true });
  const target = join(projectDir, 'node_modules');
  execFileSync('cp', ['-al', nodeModules, target]);
  for (const cache of ['.vite', '.astro', '.cache']) rmSync(join(target, cache), { recursive: true, force: true });
}

/**
 * A copy of the course project (config, src, public) with the content folder `contentDir` in it.
 * `socialCards: false` leaves out the social-card endpoint (src/pages/og/), the one stage of the build
 * that renders images with satori and sharp: the build without the card stage.
 */
export function copyCourseProject(projectRoot: string, dir: string, contentDir: string, { socialCards }: { socialCards: boolean }): string {
  mkdirSync(dir, { recursive: true });
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  if (!socialCards) rmSync(join(dir, 'src/pages/og'), { recursive: true, force: true });
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  linkNodeModules(join(projectRoot, 'node_modules'), dir);
  return dir;
}

/** Deletes a project's output and every cache a build leaves (Astro's, Vite's, the social cards'). */
export function removeBuildOutput(dir: string): void {
  for (const name of ['dist', '.astro', '.astro-cache', 'node_modules/.vite', 'node_modules/.astro']) {
    rmSync(join(dir, name), { recursive: true, force: true });
  }
}

export interface BuildRun {
  ms: number;
  peak: PeakRss;
  log: string;
}

/** Runs `astro build` in `dir` on this Node, timing it and polling its process tree's memory; throws with the log on failure. */
export function buildProject(dir: string, astroBin: string, env: Record<string, string> = {}): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, '.astro-cache'), CONTENT_DIR: join(dir, 'content'), ...env },
    });
    const watch = watchPeakRss(child.pid!);
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Math.round(performance.now() - start);
      const peak = watch.stop();
      const log = Buffer.concat(chunks).toString('utf8');
      if (code === 0) resolve({ ms, peak, log });
      else reject(new Error(`astro build in ${dir} failed (exit ${code}):\n${log.slice(-4000)}`));
    });
  });
}
