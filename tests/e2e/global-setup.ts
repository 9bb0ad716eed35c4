/**
 * Browser tests run against the real built site: once at the root and once under /course/
 * (the GitHub Pages case), each served by the plain static server on 127.0.0.1.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type RunningServer } from '../../scripts/lib/staticServer.ts';
import { buildSite, tempDir } from './harness/buildSite.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Built site served at the root: its folder and URL. */
    rootDir: string;
    rootUrl: string;
    /** Built site served under /course/. */
    courseDir: string;
    courseUrl: string;
  }
}

let servers: RunningServer[] = [];
let work = '';

export async function setup(project: TestProject) {
  work = tempDir('ab-e2e-');
  const rootDir = join(work, 'root');
  const courseDir = join(work, 'course');
  buildSite({ outDir: rootDir });
  buildSite({ outDir: courseDir, basePath: '/course/' });
  const root = await startStaticServer({ root: rootDir });
  const course = await startStaticServer({ root: courseDir, base: '/course/' });
  servers = [root, course];
  project.provide('rootDir', rootDir);
  project.provide('rootUrl', root.url);
  project.provide('courseDir', courseDir);
  project.provide('courseUrl', course.url);
}

export async function teardown() {
  await Promise.all(servers.map((s) => s.close()));
  if (work) rmSync(work, { recursive: true, force: true });
}
