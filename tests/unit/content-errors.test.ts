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

  test('an impossible date, quoted or not, names the file and the field', () => {
    const out = buildBroken('impossible', (d) => {
      edit(d, 'platforms/sample.mdx', "asOf: '2024-01-01'", "asOf: '2025-02-30'");
      edit(d, 'models/b2b.mdx', /^lastReviewed: .*$/m, "lastReviewed: '2025-13-45'");
      edit(d, 'lessons/intro.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2025-02-30');
    });
    expect(out).toMatch(/platforms\/sample\.mdx: founded\.asOf: "2025-02-30" is not a real day/);
    expect(out).toMatch(/models\/b2b\.mdx: lastReviewed: "2025-13-45" is not a real day/);
    expect(out).toMatch(/lessons\/intro\.mdx: lastReviewed: write the date in quotes/);
  });

  test('a date after the build date names the file and the field', () => {
    const out = buildBroken('future', (d) => edit(d, 'platforms/sample.mdx', "checked: '2026-11-25'", "checked: '2999-01-01'"));
    expect(out).toMatch(/platforms\/sample\.mdx: founded\.checked: "2999-01-01" lies after the build date/);
  });

  test('two broken files are reported together, with a hint', () => {
    const out = buildBroken('two-files', (d) => {
      edit(d, 'platforms/sample.mdx', 'status: active', 'status: actve');
      edit(d, 'models/b2b.mdx', /^title: .*\n/m, '');
    });
    expect(out).toMatch(/2 content problem\(s\) in 2 file\(s\)/);
    expect(out).toMatch(/models\/b2b\.mdx: title: /);
    expect(out).toMatch(/platforms\/sample\.mdx: status: Invalid option/);
    expect(out).toMatch(/Hint:[\s\S]*CONTRIBUTING\.md/);
  });

  test('a <Fact> naming no fact or fee of its file names the file, the line and the id, with what to change', () => {
    const out = buildBroken('fact-id', (d) => {
      edit(d, 'platforms/sample.mdx', 'A fixture body.', 'A fixture body.\n\nIts commission is <Fact id="commision-recent" />, and it began <Fact id="launch" />.');
    });
    const line = readFileSync(join(fixture, 'platforms/sample.mdx'), 'utf8').split('\n').indexOf('A fixture body.') + 3;
    expect(out).toMatch(new RegExp(`platforms/sample\\.mdx: body, line ${line}: <Fact id="commision-recent">: no fact or fee of this file has the id "commision-recent": add it under facts:`));
    expect(out).toMatch(/the id "commision-recent": [^\n]*; did you mean "commission-recent"\?/);
    // A timeline event has an id too, but it is a sentence, not a figure to print.
    expect(out).toMatch(/<Fact id="launch">: "launch" is one of the timeline, which <Fact> cannot print[^\n]*; ids of this file: commission-recent, founded, listing-fee-2015/);
    expect(out).toMatch(/2 content problem\(s\) in 1 file\(s\)/);
  });

  test('a <Fact> naming a fee or a named fact builds and prints it with its source marker', () => {
    const name = 'fact-ok';
    const out = buildBroken(name, (d) => {
      edit(d, 'platforms/sample.mdx', 'A fixture body.', 'A fixture body. It charges <Fact id="commission-recent" /> and was founded in <Fact id="founded" />.');
    });
    expect(out).toBe('');
    const html = readFileSync(join(work, name, 'dist/platforms/sample/index.html'), 'utf8');
    const body = html.slice(html.indexOf('data-lesson-body'));
    // The marker's link names the fact: the prose value carries no data-fact of its own.
    expect(body).toMatch(/<span[^>]*>5% of the sale<sup data-pagefind-ignore><a href="\/sources\/platforms\/sample\/#fact-commission-recent" aria-label="(Source, as of|n\.d\. \(undated source, checked) [^"]+">/);
    expect(body).toMatch(/<span[^>]*>1999<sup data-pagefind-ignore><a href="\/sources\/platforms\/sample\/#fact-founded"/);
    const sources = readFileSync(join(work, name, 'dist/sources/platforms/sample/index.html'), 'utf8');
    expect(sources).toContain('id="fact-commission-recent"');
    expect(sources).toContain('id="fact-founded"');
  });

  test('a platform since the textbook needs no textbook name; one from the chapter does', () => {
    expect(buildBroken('since', (d) => edit(d, 'platforms/sample.mdx', /^textbookName: .*$/m, 'sinceTextbook: true'))).toBe('');
    const out = buildBroken('no-name', (d) => edit(d, 'platforms/sample.mdx', /^textbookName: .*\n/m, ''));
    expect(out).toMatch(/platforms\/sample\.mdx: textbookName: textbookName is required/);
  });
});
