/**
 * Browser tests run against the real built site: once at the root and once under /course/
 * (the GitHub Pages case). Both are served on 127.0.0.1 with the build's own `_headers` applied, as
 * Netlify or Cloudflare Pages apply them, so every browser test runs under the Content-Security-Policy.
 * The byte budget is measured on a plain server without them: the budget counts the bytes a page needs,
 * and GitHub Pages sends no such headers.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type RunningServer } from '../../scripts/lib/staticServer.ts';
import { parseHeaderRules } from '../../src/integrations/securityHeaders.ts';
import { buildSite, tempDir } from './harness/buildSite.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Built site served at the root, with its `_headers` applied: its folder and URL. */
    rootDir: string;
    rootUrl: string;
    /** Built site served under /course/, with its `_headers` applied. */
    courseDir: string;
    courseUrl: string;
    /** The root build served without `_headers` (for the byte budget). */
    plainRootUrl: string;
  }
}

let servers: RunningServer[] = [];
let work = '';

const headerRules = (dir: string) => parseHeaderRules(readFileSync(join(dir, '_headers'), 'utf8'));

export async function setup(project: TestProject) {
  work = tempDir('ab-e2e-');
  const rootDir = join(work, 'root');
  const courseDir = join(work, 'course');
  buildSite({ outDir: rootDir });
  buildSite({ outDir: courseDir, basePath: '/course/' });
  const root = await startStaticServer({ root: rootDir, headerRules: headerRules(rootDir) });
  const course = await startStaticServer({ root: courseDir, base: '/course/', headerRules: headerRules(courseDir) });
  const plainRoot = await startStaticServer({ root: rootDir });
  servers = [root, course, plainRoot];
  project.provide('rootDir', rootDir);
  project.provide('rootUrl', root.url);
  project.provide('courseDir', courseDir);
  project.provide('courseUrl', course.url);
  project.provide('plainRootUrl', plainRoot.url);
}

export async function teardown() {
  await Promise.all(servers.map((s) => s.close()));
  if (work) rmSync(work, { recursive: true, force: true });
}
