/**
 * The GitHub Pages workflow cannot run here, so its shape is checked instead (docs/design.md, "Site settings"): it builds
 * with the base path taken from the repository's name, an absolute SITE_URL, and publishes dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { normalizeBase } from '../../src/lib/urls.ts';
import { projectRoot } from '../e2e/harness/buildSite.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  id?: string;
}
interface Job {
  needs?: string | string[];
  steps: Step[];
}
const workflow = parse(readFileSync(join(projectRoot, '.github/workflows/deploy-pages.yml'), 'utf8')) as {
  on: { push?: { branches?: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const buildStep = steps.find((s) => /\bnpm run build\b/.test(s.run ?? ''));

/** GitHub's expression syntax, for the two values these steps use. */
function expand(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    if (!(name in context)) throw new Error(`unexpected expression ${name}`);
    return context[name]!;
  });
}

test('runs on a push to main and may write the Pages site', () => {
  expect(workflow.on.push?.branches).toContain('main');
  expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
});

test('installs with npm ci, then builds with the base path from the repository name', () => {
  expect(buildStep, 'a step runs npm run build').toBeDefined();
  const install = steps.findIndex((s) => /\bnpm ci\b/.test(s.run ?? ''));
  expect(install).toBeGreaterThanOrEqual(0);
  expect(install).toBeLessThan(steps.indexOf(buildStep!));

  const basePath = buildStep!.env?.BASE_PATH ?? '';
  expect(basePath).toMatch(/\$\{\{\s*github\.event\.repository\.name\s*\}\}/);
  for (const repository of ['across-borders', 'course']) {
    const expanded = expand(basePath, { 'github.event.repository.name': repository, 'steps.pages.outputs.origin': 'https://owner.github.io' });
    expect(normalizeBase(expanded)).toBe(`/${repository}/`);
    expect(expanded).toBe(`/${repository}/`);
  }
});

test('sets SITE_URL to the Pages origin that configure-pages reports', () => {
  const pages = steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
  expect(pages?.id).toBeDefined();
  expect(buildStep!.env?.SITE_URL).toMatch(new RegExp(`\\$\\{\\{\\s*steps\\.${pages!.id}\\.outputs\\.origin\\s*\\}\\}`));
});

test('uploads dist/ and deploys it with deploy-pages after the build', () => {
  const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
  expect(upload?.with?.path?.replace(/^\.\/|\/$/g, '')).toBe('dist');
  const deploy = Object.entries(workflow.jobs).find(([, j]) => j.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
  expect(deploy).toBeDefined();
  const buildJob = Object.entries(workflow.jobs).find(([, j]) => j.steps.includes(buildStep!))![0];
  expect([deploy![1].needs].flat()).toContain(buildJob);
});

test('every action is pinned to a major version', () => {
  for (const s of steps.filter((s) => s.uses)) expect(s.uses, s.name).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
});
