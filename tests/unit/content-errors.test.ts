/**
 * An author's mistake in frontmatter must fail `npm run build` with a message naming the file and the field.
 * Each case copies the fixture course (tests/fixtures/content), breaks one thing, builds, and reads the error.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, projectRoot, tempDir } from '../e2e/harness/buildSite.ts';

const fixture = join(projectRoot, 'tests/fixtures/content');
const work = tempDir('ab-errors-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds a copy of the fixture after `mutate`; returns the build's output, or '' if it succeeded. */
function buildBroken(name: string, mutate: (dir: string) => void): string {
  const dir = join(work, name, 'content');
  cpSync(fixture, dir, { recursive: true });
  mutate(dir);
  try {
    buildSite({ outDir: join(work, name, 'dist'), contentDir: dir });
    return '';
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}\n${e.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
  }
}

function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(path, next);
}

describe('frontmatter errors fail the build and name the file and the field', () => {
  test('the fixture itself builds', () => {
    expect(buildBroken('valid', () => {})).toBe('');
  });

  test('a missing field', () => {
    const out = buildBroken('missing', (d) => edit(d, 'platforms/sample.mdx', /^title: .*\n/m, ''));
    expect(out).toMatch(/platforms\/sample\.mdx/);
    expect(out).toMatch(/\btitle\b.*(Invalid input|expected string|required)/i);
  });

  test('a wrong enum value', () => {
    const out = buildBroken('enum', (d) => edit(d, 'platforms/sample.mdx', 'status: active', 'status: actve'));
    expect(out).toMatch(/platforms\/sample\.mdx/);
    expect(out).toMatch(/status: Invalid option: expected one of "active"/);
  });

  test('a bad URL', () => {
    const out = buildBroken('url', (d) => edit(d, 'platforms/sample.mdx', 'website: https://example.com/', 'website: example.com'));
    expect(out).toMatch(/platforms\/sample\.mdx/);
    expect(out).toMatch(/website: must be an absolute URL/);
  });

  test('a reference to a model that does not exist', () => {
    const out = buildBroken('reference', (d) => edit(d, 'platforms/sample.mdx', 'model: b2b', 'model: b2x'));
    expect(out).toMatch(/platforms\/sample\.mdx: field "model": "b2x" is not a model of the course/);
  });

  test('a quiz answer out of range', () => {
    const out = buildBroken('quiz', (d) => edit(d, 'platforms/sample.mdx', 'answer: 1', 'answer: 7'));
    expect(out).toMatch(/platforms\/sample\.mdx/);
    expect(out).toMatch(/quiz\.2\.answer: answer is out of range/);
  });

  test('two lessons claiming the same place in the course', () => {
    const out = buildBroken('duplicate', (d) => {
      const copy = readFileSync(join(d, 'platforms/sample.mdx'), 'utf8').replace('title: Sample platform', 'title: Second platform');
      writeFileSync(join(d, 'platforms/second.mdx'), copy);
    });
    expect(out).toMatch(/platforms\/second\.mdx: field "order": position 2 of module "b2b-platforms" is already taken by .*platforms\/sample\.mdx/);
  });
});
