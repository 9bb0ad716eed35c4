/**
 * Shared by the migration scripts: rewrite the YAML frontmatter of every content file once, keeping
 * comments, key order and scalar styles (the `yaml` package's document API), and the MDX body as it is.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, parseDocument } from 'yaml';

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Every MDX lesson file under `contentDir` (drafts starting with `_` included: they migrate too). */
export function contentFiles(contentDir: string): string[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(contentDir, f))
    .sort();
}

/** Applies `change` to the frontmatter document of `text`; returns the new text. */
export function rewriteFrontmatter(text: string, change: (doc: Document) => void): string {
  const m = frontmatter.exec(text);
  if (!m) return text;
  const doc = parseDocument(m[1]!);
  const options = { lineWidth: 0, flowCollectionPadding: false } as const;
  const unchanged = doc.toString(options);
  change(doc);
  // A file the change leaves alone keeps its bytes: re-serialising would re-fold some long strings.
  if (doc.toString(options) === unchanged) return text;
  const yaml = doc.toString(options).replace(/\n$/, '');
  return `---\n${yaml}\n---\n${text.slice(m[0].length)}`;
}

/** Runs `change` over every content file, writing only the files it changed. */
export function migrate(contentDir: string, change: (doc: Document, file: string) => void): string[] {
  const changed: string[] = [];
  for (const file of contentFiles(contentDir)) {
    const before = readFileSync(file, 'utf8');
    const after = rewriteFrontmatter(before, (doc) => change(doc, file));
    if (after !== before) {
      writeFileSync(file, after);
      changed.push(file);
    }
  }
  return changed;
}
