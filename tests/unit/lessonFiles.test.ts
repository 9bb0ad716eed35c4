import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { lessonBody, lessonFiles, splitFrontmatter } from '../../src/lib/lessonFiles.ts';
import { lessonWordCounts } from '../../scripts/lib/lessonWords.ts';

const dir = mkdtempSync(join(tmpdir(), 'ab-lesson-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};
write('lessons/introduction.mdx', '---\ntitle: Intro\n---\nOne two three.\n');
write('lessons/_draft.mdx', '---\ntitle: Draft\n---\nA draft is never built.\n');
write('models/b2b.mdx', '---\r\ntitle: B2B\r\n---\r\nWritten on Windows.\r\n');
write('platforms/notes.md', 'not a lesson');
write('platforms/asia/etsy.mdx', '---\ntitle: Etsy\n---\nNested.\n');

test('lists the lesson files as the content loader does: drafts (`_*.mdx`) and other files left out, nested folders searched', () => {
  expect(lessonFiles(dir).map((l) => [l.key, l.path])).toEqual([
    ['lessons/introduction', '/lessons/introduction/'],
    ['models/b2b', '/models/b2b/'],
    ['platforms/asia/etsy', '/platforms/asia/etsy/'],
  ]);
  expect(lessonWordCounts(dir).map((r) => r.id)).not.toContain('lessons/_draft');
});

test('splits frontmatter from the body with LF and CRLF line ends', () => {
  expect(splitFrontmatter('---\ntitle: A\n---\nBody\n')).toEqual({ frontmatter: 'title: A', body: 'Body\n' });
  expect(splitFrontmatter('---\r\ntitle: A\r\n---\r\nBody\r\n')).toEqual({ frontmatter: 'title: A', body: 'Body\r\n' });
  expect(splitFrontmatter('No frontmatter')).toEqual({ frontmatter: '', body: 'No frontmatter' });
  expect(lessonBody(join(dir, 'models/b2b.mdx'))).toBe('Written on Windows.\r\n');
  expect(lessonWordCounts(dir).find((r) => r.id === 'models/b2b')?.words).toBe(3);
});
